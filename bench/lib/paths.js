// Where the bench lives in the repository and where it writes its scratch output.

import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '..');
/** Git-ignored (see .gitignore: /bench/out/): profiles, generated homes, logs. */
export const benchOutDir = path.join(benchDir, 'out');
/** One JSON record per part, so `node bench/run.js refresh` can update RESULTS.md without re-running the rest. */
export const resultsDir = path.join(benchDir, 'results');
