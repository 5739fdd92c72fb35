// Starting a worker whose isolate optimizes its code in its own thread, not on V8's shared compiler threads.

import v8 from 'node:v8';
import type {Worker} from 'node:worker_threads';

/**
 * The worker `start` creates, its isolate set up without concurrent recompilation (V8's flag is read once, when an
 * isolate is set up; it is set back as soon as the worker runs, so the calling thread's isolate — the app's UI thread —
 * keeps optimizing in the background). Why: compiled concurrently, the briefing worker's optimizing compiles ran on
 * V8's four platform threads, and glibc's malloc gave each of them an arena of its own that kept the compiler's freed
 * zone memory for the rest of the process. The app's first launch over the 10,000 generated articles peaked ~14 MB
 * lower this way, with less CPU (bench/findings.md, seventeenth session).
 */
export function inOwnThreadCompiling(start: () => Worker, flags: readonly string[] = processFlags()): Worker {
	// Turned off for the whole process by whoever started it: every isolate compiles in its own thread already, and
	// setting the flag back afterwards would turn it on for the workers started later (review V17 #10).
	if (concurrentRecompilationOff(flags)) return start();
	v8.setFlagsFromString('--no-concurrent-recompilation');
	let worker: Worker;
	try {
		worker = start();
	} catch (error) {
		v8.setFlagsFromString('--concurrent-recompilation');
		throw error;
	}
	const restore = () => v8.setFlagsFromString('--concurrent-recompilation');
	worker.once('online', restore);
	worker.once('exit', restore);
	return worker;
}

/** Node's options for this process: NODE_OPTIONS first, then the command line's, which win. */
function processFlags(): string[] {
	return [...(process.env.NODE_OPTIONS ?? '').split(/\s+/), ...process.execArgv];
}

/** Whether the last of `flags` that names V8's concurrent recompilation turns it off (V8 reads `_` as `-`, `--no` with or without a dash). */
export function concurrentRecompilationOff(flags: readonly string[]): boolean {
	let off = false;
	for (const flag of flags) {
		const name = flag.replace(/^--?/, '').replaceAll('_', '-');
		if (/^no-?concurrent-recompilation$|^concurrent-recompilation=false$/.test(name)) off = true;
		else if (/^concurrent-recompilation(?:=true)?$/.test(name)) off = false;
	}
	return off;
}
