/**
 * What the Kialo importer, exporter and the importer registry share: the
 * words of the format and the test for "is this a Kialo export". Kept apart
 * from the importer so the registry can sniff a file without loading it.
 */
import type { Relation } from '../../model/types';

/** A claim's relation to its parent claim, as Kialo writes it. */
export const KIALO_STANCES = ['Pro', 'Con'] as const;
export type KialoStance = (typeof KIALO_STANCES)[number];

export const STANCE_OF_RELATION: Readonly<Record<Relation, KialoStance>> = {
  supports: 'Pro',
  opposes: 'Con',
};

export const RELATION_OF_STANCE: Readonly<Record<KialoStance, Relation>> = {
  Pro: 'supports',
  Con: 'opposes',
};

/**
 * The first line of every Kialo export: `Discussion Title: …` in the
 * numbered layout, `Discussion Name:` (title on the next line) in the newer one.
 */
const HEADING = /^\uFEFF?[ \t\r\n]*Discussion (?:Title|Name):/;

/** Whether the text starts like a Kialo discussion export. */
export const looksLikeKialo = (text: string): boolean => HEADING.test(text.slice(0, 4096));

/** Prefix marking an implicit premise in a claim's text, so the map's reading survives. */
export const IMPLICIT_MARKER = '[unstated premise] ';

/** Edge note for a claim that stands for another Kialo discussion (`-> See discussion #N`). */
export const discussionNote = (number: string): string => `Kialo: see discussion #${number}`;
export const DISCUSSION_NOTE = /^Kialo: see discussion #(\d{1,12})$/;

/** Only web addresses become links (and citations); every other target stays text. */
export const isWebAddress = (url: string): boolean => /^https?:\/\/[^\s]/i.test(url);
