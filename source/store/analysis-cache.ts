// The analysis cache in the store: each article's analysis results by analyzer, valid while its content hash is the same.

import type Database from 'better-sqlite3';
import {withBusyRetry} from './busy-retry.js';

function prepare(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
		analysisMany: prepare(`SELECT uid, content_hash, result FROM analysis_cache
			WHERE analyzer = ? AND uid IN (SELECT value FROM json_each(?))`).raw(),
		analysisCount: prepare('SELECT count(*) FROM analysis_cache WHERE analyzer = ? AND uid IN (SELECT value FROM json_each(?))').pluck(),
		analysisGet: prepare('SELECT content_hash, result FROM analysis_cache WHERE uid = ? AND analyzer = ?'),
		analysisPut: prepare(`INSERT INTO analysis_cache (uid, analyzer, content_hash, result, created_at)
			SELECT uid, @analyzer, @contentHash, @result, @createdAt FROM articles WHERE uid = @uid
			ON CONFLICT(uid, analyzer) DO UPDATE SET content_hash = excluded.content_hash, result = excluded.result,
				created_at = excluded.created_at`),
	};
}

/** An analyzer named with a version at its end ("briefing-v15"): its name before the number, and the number. */
function versioned(analyzer: string): {prefix: string; version: number} | undefined {
	const match = /^(.*\D)(\d+)$/u.exec(analyzer);
	return match ? {prefix: match[1]!, version: Number(match[2])} : undefined;
}

/**
 * Deletes the rows an article's analysis under a newer version of the same analyzer replaced ("briefing-v14" once
 * "briefing-v15" holds that article): after each bump of the analysis they stayed beside the new ones until retention
 * removed their articles (a month's store: ~4,600 briefing rows of ~770 bytes, 3.5 MB). An older version's row of an
 * article the newer one never analysed stays (the people window still reads it). Runs where retention purges, in its
 * transaction: a scan of the analyzers' names, and per older version one scan of the key's index.
 */
export function collectSupersededAnalyses(db: Database.Database): number {
	const byPrefix = new Map<string, Array<{analyzer: string; version: number}>>();
	for (const analyzer of db.prepare('SELECT DISTINCT analyzer FROM analysis_cache').pluck().all() as string[]) {
		const name = versioned(analyzer);
		if (name) byPrefix.set(name.prefix, [...(byPrefix.get(name.prefix) ?? []), {analyzer, version: name.version}]);
	}

	let deleted = 0;
	// Both sides read the (uid, analyzer) key's index, never the rows' results.
	const supersede = db.prepare(`DELETE FROM analysis_cache WHERE rowid IN (SELECT old.rowid FROM analysis_cache old
		JOIN analysis_cache newer ON newer.uid = old.uid AND newer.analyzer IN (SELECT value FROM json_each(?))
		WHERE old.analyzer = ?)`);
	for (const names of byPrefix.values()) {
		names.sort((a, b) => a.version - b.version);
		for (let index = 0; index < names.length - 1; index++) {
			const newer = names.slice(index + 1).filter(name => name.version > names[index]!.version).map(name => name.analyzer);
			if (newer.length > 0) deleted += supersede.run(JSON.stringify(newer), names[index]!.analyzer).changes;
		}
	}

	return deleted;
}

export class AnalysisCache {
	private readonly statements: ReturnType<typeof prepare>;

	/** `readOnly`: results are not written (a store opened read-only computes again next time rather than fail). */
	constructor(private readonly db: Database.Database, private readonly readOnly: boolean) {
		this.statements = prepare(db);
	}

	/** The cached result for this article and analyzer, if it was computed from the same content. */
	getAnalysis<T>(uid: string, analyzer: string, contentHash: string): T | undefined {
		const row = this.statements.analysisGet.get(uid, analyzer) as {content_hash: string; result: string} | undefined;
		if (!row || row.content_hash !== contentHash) {
			return undefined;
		}

		try {
			return JSON.parse(row.result) as T;
		} catch {
			return undefined;
		}
	}

	/**
	 * The cached results of many articles in one query, unparsed (uid → content hash and JSON text): the
	 * caller parses only those whose hash still matches.
	 */
	analysesOf(uids: readonly string[], analyzer: string): Map<string, {contentHash: string; result: string}> {
		const rows = uids.length === 0 ? [] : this.statements.analysisMany.all(analyzer, JSON.stringify(uids)) as Array<[string, string, string]>;
		return new Map(rows.map(([uid, contentHash, result]) => [uid, {contentHash, result}]));
	}

	/** The analyzers with cached results whose name starts with `prefix` ("briefing-v" → briefing-v9, briefing-v10). */
	analyzersNamed(prefix: string): string[] {
		return this.db.prepare('SELECT DISTINCT analyzer FROM analysis_cache WHERE substr(analyzer, 1, ?) = ?').pluck().all(prefix.length, prefix) as string[];
	}

	/**
	 * Only the quotes part of cached results, of every analyzer whose name is `prefix` and a version number
	 * ("briefing-v" → briefing-v4, briefing-v10): uid → the rows, newest version first. SQLite picks the part out,
	 * so features and topic scores are never parsed (the People screen's window reads thousands of them).
	 */
	quoteAnalysesOf(uids: readonly string[], prefix: string): Map<string, Array<{analyzer: string; contentHash: string; quotes: string | null}>> {
		const result = new Map<string, Array<{analyzer: string; contentHash: string; quotes: string | null}>>();
		if (uids.length === 0) return result;
		const rows = this.db.prepare(`SELECT uid, analyzer, content_hash, json_extract(result, '$.quotes') FROM analysis_cache
			WHERE substr(analyzer, 1, ?) = ? AND uid IN (SELECT value FROM json_each(?))`).raw().all(prefix.length, prefix, JSON.stringify(uids)) as Array<[string, string, string, string | null]>;
		const version = (analyzer: string) => Number(analyzer.slice(prefix.length)) || 0;
		for (const [uid, analyzer, contentHash, quotes] of rows) {
			if (!/^\d+$/u.test(analyzer.slice(prefix.length))) continue;
			const list = result.get(uid) ?? [];
			list.push({analyzer, contentHash, quotes});
			result.set(uid, list);
		}

		for (const list of result.values()) list.sort((a, b) => version(b.analyzer) - version(a.analyzer));
		return result;
	}

	/** How many of these articles have a cached result of this analyzer (of any content hash). */
	analysisCount(uids: readonly string[], analyzer: string): number {
		return uids.length === 0 ? 0 : Number(this.statements.analysisCount.get(analyzer, JSON.stringify(uids)));
	}

	/** Many results in short transactions (one commit per chunk instead of one per article). */
	putAnalyses(analyzer: string, entries: ReadonlyArray<{uid: string; contentHash: string; result: unknown}>, chunk = 500): void {
		// A cache: a store opened read-only computes again next time rather than fail.
		if (this.readOnly) return;
		const createdAt = new Date().toISOString();
		for (let start = 0; start < entries.length; start += chunk) {
			const part = entries.slice(start, start + chunk).map(entry => ({uid: entry.uid, analyzer, contentHash: entry.contentHash, result: JSON.stringify(entry.result), createdAt}));
			// Short write transactions: another connection (the app marking articles read) waits milliseconds, not the whole build.
			withBusyRetry(() => this.db.transaction(() => {
				for (const row of part) {
					this.statements.analysisPut.run(row);
				}
			}).immediate());
		}
	}

	putAnalysis(uid: string, analyzer: string, contentHash: string, result: unknown): void {
		if (this.readOnly) return;
		withBusyRetry(() => this.statements.analysisPut.run({uid, analyzer, contentHash, result: JSON.stringify(result), createdAt: new Date().toISOString()}));
	}
}
