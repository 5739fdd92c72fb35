// The OS scheduling priority of the threads that analyse in the background, lowered so the app's UI thread runs first.

import {readlinkSync} from 'node:fs';
import os from 'node:os';
import {isMainThread} from 'node:worker_threads';

/**
 * The nice value the briefing worker takes while it reads the quotes of a briefing the reader already has (and an
 * analysis helper started from it), 0–19 (higher yields more). Measured in the keys-while-reading bench
 * (bench/findings.md, ninth session, load 8–13, interleaved): keys p95 8.1–11.7 ms at 0, 6.5–8.7 ms at 5, 5.9–6.7 ms
 * at 10. Against other programs' threads a lowered thread also weighs less (nice 5: about a third of a nice-0 thread;
 * the scheduler splits a process's share between its threads by their weights): the quote pass of a first launch
 * without keys took 7.7–8.4 s at 5 as at 0 (7.8–7.9 s), but 8.0–9.1 s at 10 on that loaded machine.
 */
export const backgroundNice = 5;

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
 * the main thread, without a thread id (no /proc/thread-self: not Linux), or when the system refuses. Returns the
 * thread's nice value afterwards, or undefined when it was left alone for one of those reasons. `tid`: the calling
 * thread's id (currentThreadId).
 */
export function lowerThreadPriority(nice = backgroundNice, tid = currentThreadId()): number | undefined {
	if (isMainThread || !(nice > 0) || tid === undefined) return undefined;
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
