// The refresh lock: one row in the store naming the process that refreshes; a row whose process is gone counts for nothing.

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

/**
 * Takes the lock in one IMMEDIATE transaction, so two processes starting at once cannot both see it free.
 * A row left by a process that died (SIGKILL, a crash) is taken over: no stale lock outlives its process.
 * Returns the release; throws RefreshBusyError while another live process holds it.
 */
export function takeRefreshLock(db: Database.Database, now = new Date()): () => void {
	const holder = withBusyRetry(() => db.transaction(() => {
		const row = db.prepare('SELECT pid FROM refresh_lock WHERE id = 1').get() as {pid: number} | undefined;
		if (row && row.pid !== process.pid && processAlive(row.pid)) return row.pid;
		db.prepare('INSERT OR REPLACE INTO refresh_lock (id, pid, started_at) VALUES (1, ?, ?)').run(process.pid, now.toISOString());
		return undefined;
	}).immediate());
	if (holder !== undefined) throw new RefreshBusyError(holder);
	return () => {
		if (!db.open) return;
		withBusyRetry(() => db.prepare('DELETE FROM refresh_lock WHERE id = 1 AND pid = ?').run(process.pid));
	};
}
