// The lagebild executable, dist/cli.js: runs the bundle dist/bundle/cli.cjs with V8's code cache (launch/bundle-loader.ts).

/*
 * scripts/bundle.mjs builds this file alone into dist/cli.js, so `bundle/cli.cjs` is found beside it there (tsc's copy
 * in dist/launch/ is not run). Nothing but Node's own modules before the bundle: this runs at every start.
 */

import {fileURLToPath} from 'node:url';
import {writeBenchMark} from '../bench-mark.js';
import type {runCommandLine} from '../cli-run.js';
import {loadBundle} from './bundle-loader.js';

const bundle = loadBundle(fileURLToPath(new URL('bundle/cli.cjs', import.meta.url)));
// For the benchmarks: whether this start compiled from the cache (`code-cache <ms> used|missing|rejected|off`).
writeBenchMark('code-cache', process.env, bundle.codeCache);
const {runCommandLine: run} = bundle.exports as {runCommandLine: typeof runCommandLine};
/*
 * Once the first frame is on the screen the start's code is compiled: the cache holds what a start runs, no more (a
 * larger cache takes longer to read at every start). Writing it blocks the main thread ~40-100 ms, once per build;
 * right after the frame, before anyone can answer it with a key.
 */
process.exitCode = await run({onFirstFrame: bundle.saveCodeCache});
