import { createRandom } from './generate';

/**
 * A pure, seeded generator of Kialo discussion exports (numbered layout),
 * shaped like the real ones in shared/interop/kialo: one thesis, claims
 * 40–1300 characters long with escaped parentheses, about a third with a
 * Markdown link, 6% `-> See` links to an earlier claim, and trees up to 19
 * levels deep, Cons somewhat more common than Pros.
 */

const WORDS = (
  'faith science reason evidence belief church history experiment theory religion ' +
  'speech law harm freedom court rights government ban protest internet company ' +
  'users platform censorship democracy truth moral ethics society culture people'
).split(' ');

export interface KialoCounts {
  /** Entries, the thesis included. */
  entries: number;
  /** `-> See` entries (no statement of their own). */
  links: number;
  /** Distinct link addresses (one authority each). */
  addresses: number;
}

export function generateKialo(entries: number, seed = 1): { text: string; counts: KialoCounts } {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(random() * (max - min));
    let text = '';
    while (text.length < length) text += `${text === '' ? '' : ' '}${pick(WORDS)}`;
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  // Each entry: its number and how many children it has so far.
  const numbers: string[] = ['1'];
  const childCount = [0];
  const depths = [1];
  const lines = [`Discussion Title: ${sentence(20, 60)}`, '', `1. ${sentence(30, 90)}`];
  let links = 0;
  const addresses = new Set<string>();
  for (let i = 1; i < entries; i++) {
    // Prefer recent entries as parents, so branches grow deep as in real discussions.
    let parent = random() < 0.7 ? i - 1 - Math.floor(random() * Math.min(i, 12)) : 0;
    if (depths[parent]! >= 19) parent = Math.floor(random() * i);
    const number = `${numbers[parent]}.${++childCount[parent]!}`;
    numbers.push(number);
    childCount.push(0);
    depths.push(depths[parent]! + 1);
    const stance = random() < 0.57 ? 'Con' : 'Pro';
    let text: string;
    if (i > 10 && random() < 0.06) {
      links++;
      text = `-> See ${numbers[Math.floor(random() * (i - 1)) + 1]}.`;
    } else {
      text = sentence(40, random() < 0.05 ? 1300 : 400).replace(' the ', ' \\(the\\) ');
      if (random() < 0.33) {
        const address = `https://example.org/${pick(WORDS)}/${Math.floor(random() * 400)}`;
        addresses.add(address);
        text += ` See [${pick(WORDS)} ${pick(WORDS)}](${address}).`;
      }
    }
    lines.push(`${number}. ${stance}: ${text}`);
  }
  return { text: `${lines.join('\n')}\n`, counts: { entries, links, addresses: addresses.size } };
}
