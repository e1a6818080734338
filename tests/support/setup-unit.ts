/** Runs before every unit test file (vite.config.ts `setupFiles`). */
import { configureRuns } from './property';

// Properties that name no run count follow FC_RUNS and CI too.
configureRuns();
