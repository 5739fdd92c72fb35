// Snapshots in the store: results computed from the articles (the briefing, the session), kept under a name with a
// key of their inputs.

import type Database from 'better-sqlite3';
import {withBusyRetry} from './busy-retry.js';

function prepare(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
		snapshotGet: prepare('SELECT input_key, result FROM briefing_snapshot WHERE name = ?'),
		snapshotKey: prepare('SELECT input_key FROM briefing_snapshot WHERE name = ?').pluck(),
		// Pieces are named `name~1`, `name~2`, …: those numbered above `pieces` are left from a longer write.
		piecesDrop: prepare(`DELETE FROM briefing_snapshot WHERE substr(name, 1, length(@name) + 1) = @name || '~'
			AND CAST(substr(name, length(@name) + 2) AS INTEGER) > @pieces`),
		snapshotPut: prepare(`INSERT INTO briefing_snapshot (name, input_key, result, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(name) DO UPDATE SET input_key = excluded.input_key, result = excluded.result, created_at = excluded.created_at`),
	};
}

export class Snapshots {
	private readonly statements: ReturnType<typeof prepare>;

	/** `readOnly`: nothing is written (read-only stores). */
	constructor(db: Database.Database, private readonly readOnly: boolean) {
		this.statements = prepare(db);
	}

	/** The stored result under `name`, if it was computed from inputs with this key. */
	getSnapshot<T>(name: string, inputKey: string): T | undefined {
		const row = this.statements.snapshotGet.get(name) as {input_key: string; result: string} | undefined;
		if (!row || row.input_key !== inputKey) {
			return undefined;
		}

		try {
			return JSON.parse(row.result) as T;
		} catch {
			return undefined;
		}
	}

	/** The key of the inputs the result under `name` was computed from (without reading the result). */
	snapshotInputKey(name: string): string | undefined {
		return this.statements.snapshotKey.get(name) as string | undefined;
	}

	/** The stored result under `name` whatever it was computed from, with the key of those inputs. */
	latestSnapshot<T>(name: string): {inputKey: string; result: T} | undefined {
		const row = this.statements.snapshotGet.get(name) as {input_key: string; result: string} | undefined;
		if (!row) {
			return undefined;
		}

		try {
			return {inputKey: row.input_key, result: JSON.parse(row.result) as T};
		} catch {
			return undefined;
		}
	}

	putSnapshot(name: string, inputKey: string, result: unknown): void {
		if (this.readOnly) return;
		withBusyRetry(() => this.statements.snapshotPut.run(name, inputKey, JSON.stringify(result), new Date().toISOString()));
	}

	/** Keeps bytes under `name` (a binary snapshot: no JSON or text copy of megabytes on the way). */
	putSnapshotBytes(name: string, inputKey: string, bytes: Uint8Array): void {
		if (this.readOnly) return;
		withBusyRetry(() => this.statements.snapshotPut.run(name, inputKey, bytes, new Date().toISOString()));
	}

	/** Deletes the pieces `name~N` numbered above `pieces`, left from an earlier write that took more of them. */
	dropSnapshotPiecesAbove(name: string, pieces: number): void {
		if (this.readOnly) return;
		withBusyRetry(() => this.statements.piecesDrop.run({name, pieces}));
	}

	/** The bytes kept under `name`, if they were computed from inputs with this key. */
	getSnapshotBytes(name: string, inputKey: string): Buffer | undefined {
		const row = this.statements.snapshotGet.get(name) as {input_key: string; result: unknown} | undefined;
		return row?.input_key === inputKey && Buffer.isBuffer(row.result) ? row.result : undefined;
	}
}
