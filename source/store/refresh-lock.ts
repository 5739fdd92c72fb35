// The refresh lock: one row in the store naming the process that refreshes; a row whose process is gone counts for nothing.

import {readFileSync} from 'node:fs';
import type Database from 'better-sqlite3';
import {withBusyRetry} from './busy-retry.js';

/** Thrown when another live process refreshes the same store. */
export class RefreshBusyError extends Error {
	constructor(readonly pid: number) {
		super(`another lagebild is refreshing these feeds (pid ${pid}); try again when it is done`);
		this.name = 'RefreshBusyError';
	}
}

/** Whether a process with this id runs now (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Linux's clock ticks per second for /proc times (USER_HZ): 100 on every architecture Node runs on. */
const ticksPerSecond = 100;
/**
 * Boot time (/proc/stat's btime) is whole seconds and follows clock adjustments: a process start computed from it can
 * be off by a second or two, so a start this much after the lock was taken counts as "after".
 */
const startSlackMs = 5000;

let bootTimeMs: number | undefined;

/** When the process with this id started (Linux /proc), or undefined where that cannot be read. */
export function processStartMs(pid: number): number | undefined {
	try {
		bootTimeMs ??= Number(/^btime (\d+)$/mu.exec(readFileSync('/proc/stat', 'utf8'))?.[1]) * 1000;
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
		const starttime = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
		return Number.isFinite(bootTimeMs) && bootTimeMs > 0 && Number.isFinite(starttime) ? bootTimeMs + starttime * 1000 / ticksPerSecond : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Whether the lock's row still names a running holder: its process runs and did not start after the lock was taken.
 * A lagebild killed with SIGKILL leaves its row, and its pid may since have gone to another program (a pid reused
 * after a wrap-around, or a container's small pid space): that program started after the lock, so it holds nothing.
 */
function holderRuns(pid: number, lockedAt: string): boolean {
	if (!processAlive(pid)) return false;
	const started = processStartMs(pid);
	const locked = Date.parse(lockedAt);
	return started === undefined || !Number.isFinite(locked) || started <= locked + startSlackMs;
}

/**
 * Takes the lock in one IMMEDIATE transaction, so two processes starting at once cannot both see it free.
 * A row left by a process that died (SIGKILL, a crash) is taken over, also when its pid now belongs to a program
 * started since: no stale lock outlives its process.
 * Returns the release; throws RefreshBusyError while another live process holds it.
 */
export function takeRefreshLock(db: Database.Database, now = new Date()): () => void {
	const holder = withBusyRetry(() => db.transaction(() => {
		const other = refreshHolder(db);
		if (other !== undefined) return other;
		db.prepare('INSERT OR REPLACE INTO refresh_lock (id, pid, started_at) VALUES (1, ?, ?)').run(process.pid, now.toISOString());
		return undefined;
	}).immediate());
	if (holder !== undefined) throw new RefreshBusyError(holder);
	return () => {
		if (!db.open) return;
		withBusyRetry(() => db.prepare('DELETE FROM refresh_lock WHERE id = 1 AND pid = ?').run(process.pid));
	};
}

/** The pid of another live process that holds the refresh lock now, else undefined (a poll: no transaction, no write). */
export function refreshHolder(db: Database.Database): number | undefined {
	const row = db.prepare('SELECT pid, started_at FROM refresh_lock WHERE id = 1').get() as {pid: number; started_at: string} | undefined;
	return row && row.pid !== process.pid && holderRuns(row.pid, row.started_at) ? row.pid : undefined;
}
