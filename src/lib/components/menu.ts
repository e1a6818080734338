import type { Action } from 'svelte/action';

/** The menus open now: opening one closes the others. */
const openMenus = new Set<HTMLDetailsElement>();

/**
 * Makes a `<details>` behave as a menu button: Esc closes it and returns
 * focus to its summary; a click outside closes it (returning focus when it
 * was inside, so it is not lost on a removed element); and only one menu is
 * open at a time. Native `<details>` does none of these.
 */
export const menu: Action<HTMLDetailsElement> = (details) => {
  const summary = details.querySelector('summary');
  const close = (returnFocus: boolean) => {
    if (!details.open) return;
    details.open = false;
    if (returnFocus) summary?.focus();
  };
  const onToggle = () => {
    if (!details.open) {
      openMenus.delete(details);
      return;
    }
    for (const other of openMenus) if (other !== details) other.open = false;
    openMenus.add(details);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.open) return;
    // Handled: the app's own Esc (clearing the selection) leaves it alone.
    event.preventDefault();
    close(true);
  };
  const onPointer = (event: PointerEvent) => {
    if (!details.open || details.contains(event.target as Node)) return;
    close(details.contains(document.activeElement));
  };
  details.addEventListener('toggle', onToggle);
  details.addEventListener('keydown', onKey);
  // Capture: a click the canvas or a panel handles itself still closes the menu.
  document.addEventListener('pointerdown', onPointer, true);
  return {
    destroy() {
      openMenus.delete(details);
      details.removeEventListener('toggle', onToggle);
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer, true);
    },
  };
};
