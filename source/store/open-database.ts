// Opening the store's SQLite file: to read and write (created and migrated), or read-only (a home the user cannot write).

import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import {withBusyRetry} from './busy-retry.js';
import {migrate, schemaVersion} from './migrations.js';

/**
 * The addon file that better-sqlite3 finds through the `bindings` package, which tries a dozen places, a require each
 * (≈ 2 ms of every start); undefined, for better-sqlite3's own search, when it is not there.
 */
const nativeBinding = ((): string | undefined => {
	try {
		return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
	} catch {
		return undefined;
	}
})();

export interface OpenStoreOptions {
	/** Milliseconds a write waits for another process's lock before SQLITE_BUSY. */
	busyTimeoutMs?: number;
	/**
	 * Opens an existing file for reading only (a home or store the user cannot write): nothing is created or migrated,
	 * the analysis cache and snapshots are read but not written, and any other write fails.
	 */
	readOnly?: boolean;
}

/** SQLite's answers when a WAL file cannot be read in place: its -shm index cannot be made beside it. */
const readOnlyPlaceCodes = new Set(['SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY']);

/**
 * An existing store opened read-only. In a directory the user cannot write, SQLite cannot make the -shm file a WAL
 * database is read through ("attempt to write a readonly database" at the first query), so the file is read into
 * memory instead, marked as a rollback-journal database (header bytes 18–19; a WAL header cannot be deserialized).
 * What another process's open WAL file holds beyond the last checkpoint is not in that copy.
 */
function openReadOnlyDatabase(file: string, binding: {nativeBinding?: string}): Database.Database {
	const db = new Database(file, {...binding, readonly: true, fileMustExist: true});
	try {
		db.pragma('user_version', {simple: true});
		return db;
	} catch (error) {
		db.close();
		if (!readOnlyPlaceCodes.has((error as {code?: string}).code ?? '')) throw error;
	}

	const bytes = readFileSync(file);
	if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
		bytes[18] = 1;
		bytes[19] = 1;
	}

	return new Database(bytes, {...binding, readonly: true});
}

export function openReadOnlyStore(file: string): Database.Database {
	const db = openReadOnlyDatabase(file, nativeBinding ? {nativeBinding} : {});
	const version = db.pragma('user_version', {simple: true}) as number;
	if (version !== schemaVersion) {
		db.close();
		throw new Error(version > schemaVersion
			? `the database was written by a newer lagebild (schema ${version}, this one knows ${schemaVersion})`
			: `it is from an older lagebild (schema ${version}) and must be upgraded, which needs write access`);
	}

	return db;
}

/** Opens (and creates or migrates) a store to read and write. */
export function openWritableStore(file: string, options: OpenStoreOptions): Database.Database {
	if (file !== ':memory:') {
		mkdirSync(path.dirname(file), {recursive: true});
	}

	const db = new Database(file, nativeBinding ? {nativeBinding} : {});
	try {
		db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
		if (file !== ':memory:') {
			withBusyRetry(() => db.pragma('journal_mode = WAL'));
		}

		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		withBusyRetry(() => {
			migrate(db);
		});
	} catch (error) {
		db.close();
		throw error;
	}

	return db;
}
