// Preload for start-up pairs: adds the main thread's CPU and all threads' (ms, from /proc schedstat) to the first-frame mark.

/*
 * The main thread's CPU is what a quiet machine waits for before the first frame; V8's compiler and GC helpers run on
 * the other core. schedstat counts in nanoseconds (/proc/PID/stat in 10 ms ticks). Linux only; elsewhere the mark
 * stays as it was.
 */
const fs = require('node:fs');

const appendFileSync = fs.appendFileSync;
fs.appendFileSync = function (file, text, ...rest) {
	if (typeof text === 'string' && text.startsWith('first-frame') && file === process.env.LAGEBILD_BENCH_MARK) {
		try {
			const cpuMs = (task) => Number(fs.readFileSync(`/proc/self/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
			let all = 0;
			for (const task of fs.readdirSync('/proc/self/task')) {
				try {
					all += cpuMs(task);
				} catch {
					// A thread that ended meanwhile.
				}
			}
			text = `${text.replace(/\n$/, '')} main ${cpuMs(process.pid).toFixed(1)} threads ${all.toFixed(1)}\n`;
		} catch {
			// No /proc: the mark without the figures.
		}
	}
	return appendFileSync.call(this, file, text, ...rest);
};
