/**
 * Lets the browser paint and handle input before more work runs, so one long
 * start-up chain becomes several short tasks. Uses `scheduler.yield` where the
 * browser has it, else a macrotask.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
