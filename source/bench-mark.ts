// The benchmark's marks: `<name> <ms since process start>[ <more>]` lines appended to the file LAGEBILD_BENCH_MARK names.

import {appendFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

/** Appends the mark when `env.LAGEBILD_BENCH_MARK` names a file; a mark that cannot be written never breaks the app. */
export function writeBenchMark(name: string, env: Record<string, string | undefined> = process.env, more = ''): void {
	const file = env.LAGEBILD_BENCH_MARK;
	if (!file) return;
	try {
		appendFileSync(file, `${name} ${Math.round(performance.now())}${more ? ` ${more}` : ''}\n`);
	} catch {
		// The benchmark loses its figure, the app nothing.
	}
}
