import type { ViewerState } from './viewer.svelte';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Where focus is on a control that uses arrows itself, leave the arrows alone. */
const ownsArrows = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  target.closest('[role="listbox"], [role="menu"], details[open]') !== null;

/** The app-wide shortcuts: `/` to search, Esc to clear, arrows to walk the argument, + and − to fold. */
export function handleGlobalKey(viewer: ViewerState, event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === '/' && !isTyping(event.target)) {
    event.preventDefault();
    viewer.focusSearch();
    return;
  }
  if (event.key === 'Escape') {
    if (isTyping(event.target)) return;
    viewer.select(null);
    return;
  }
  if (isTyping(event.target) || ownsArrows(event.target)) return;
  // + and − unfold and fold the selected statement's reasons (= is + without Shift).
  if ((event.key === '+' || event.key === '=' || event.key === '-') && viewer.selected !== null) {
    if (viewer.isFolded(viewer.selected) === (event.key !== '-'))
      viewer.toggleFold(viewer.selected);
    event.preventDefault();
    return;
  }
  if (viewer.stepWithKey(event.key)) event.preventDefault();
}
