import type { SelectionOnScreen } from '../graph/selection-box';
import type { Box } from '../graph/viewport';

const sameBox = (a: Box | null, b: Box | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2);

/** Whether two reports say the same, so an unchanged one does not wake the panels that read it. */
export const sameSelectionOnScreen = (a: SelectionOnScreen, b: SelectionOnScreen): boolean =>
  sameBox(a.selected, b.selected) &&
  a.whole === b.whole &&
  a.statements.length === b.statements.length &&
  a.statements.every((box, i) => sameBox(box, b.statements[i]!)) &&
  a.screen.width === b.screen.width &&
  a.screen.height === b.screen.height;
