// The OS scheduling priority of the threads that analyse in the background, lowered so the app's UI thread runs first.

import {readlinkSync} from 'node:fs';
import os from 'node:os';
import {isMainThread} from 'node:worker_threads';

/**
 * The nice value the briefing worker and its analysis helper run at (0–19, higher yields more). On a machine whose
 * cores are all busy with the quote pass, a keypress's render waited behind it (p95 19.4 ms while quotes were read,
 * bench/findings.md, eighth session); with the analysis threads below the UI thread, the kernel runs the UI thread
 * whenever it has work. When the UI is idle nothing else in the process competes, so the pass is not slowed; against
 * other programs it weighs less (nice 10: about a tenth of a nice-0 thread's share while both want the core).
 */
export const backgroundNice = 10;

/**
 * The calling thread's kernel thread id, from /proc/thread-self ("PID/task/TID"); undefined where there is no such
 * link (not Linux, /proc not mounted).
 */
export function currentThreadId(): number | undefined {
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
		return Number.isSafeInteger(tid) && tid > 0 ? tid : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Lowers the calling worker thread's priority to `nice` (only this thread: on Linux setpriority with a thread id
 * renices that thread, and threads it starts afterwards inherit it). Raising a nice value needs no privilege; a
 * value at or below the thread's present one is left alone (lowering it again would need one). Nothing is done on
 * the main thread, where there is no thread id to read, or when the system refuses. Returns the thread's nice value
 * afterwards, or undefined when it was left alone for one of those reasons.
 */
export function lowerThreadPriority(nice = backgroundNice): number | undefined {
	if (isMainThread || !(nice > 0)) return undefined;
	const tid = currentThreadId();
	if (tid === undefined) return undefined;
	try {
		const now = os.getPriority(tid);
		if (now >= nice) return now;
		os.setPriority(tid, Math.min(19, Math.round(nice)));
		return os.getPriority(tid);
	} catch {
		return undefined;
	}
}

/** The calling worker thread's nice value (undefined on the main thread or where it cannot be read). */
export function currentThreadNice(): number | undefined {
	if (isMainThread) return undefined;
	const tid = currentThreadId();
	if (tid === undefined) return undefined;
	try {
		return os.getPriority(tid);
	} catch {
		return undefined;
	}
}
