// The OS scheduling priority of the threads that analyse in the background, lowered so the app's UI thread runs first.

import {readlinkSync} from 'node:fs';
import os from 'node:os';
import {isMainThread} from 'node:worker_threads';

/**
 * The nice value the briefing worker takes while it reads the quotes of a briefing the reader already has (and an
 * analysis helper started from it), 0–19 (higher yields more); 0: it keeps the process's. Off by default, measured
 * (bench/findings.md, ninth session; interleaved, the quote pass's progress already once a second): keys while quotes
 * are read p95 6.4–10.6 ms at 0, 6.4–9.4 ms at 5, 5.9–10.0 ms at 10 — all under the 16 ms target, the gain ~2 ms; but
 * the quote pass of a first launch without keys took longer lowered: at 5, 6.6–7.6 s against 6.2–7.8 s at 0 and
 * 6.6–7.2 s before (medians 7.4 / 6.8 / 6.8 s, the machine's other load weighed down to ~1 %), at 10 ~8 % longer at
 * load 10. A lowered thread also weighs less against other programs (the scheduler splits a process's share between
 * its threads by their weights), so a busy desktop would slow the pass more.
 */
export const backgroundNice = 0;

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
export function lowerThreadPriority(nice = backgroundNice, threadId?: number): number | undefined {
	if (isMainThread || !(nice > 0)) return undefined;
	// Read only when there is something to do: at the default 0 a worker's start costs no /proc lookup.
	const tid = threadId ?? currentThreadId();
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
