// The SQLite store: feed state, articles, read and star marks, story state, analysis cache and full-text search.

import crypto, {createHash} from 'node:crypto';
import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {Article} from '../model/article.js';
import type {FeedState, FeedStatus} from '../model/feed.js';
import type {FeedCommit, FeedHold, RefreshStore} from '../model/refresh.js';
import {withBusyRetry} from './busy-retry.js';
import {canonicalUrl} from './canonical-url.js';
import {buildFtsQuery, feedMatches, type FeedFilter, NoFeedMatchError, parseSearch, type SearchTerm, searchWords, titleColumns} from './fts-query.js';
import {spellingVariants} from './search-spellings.js';
import {cjkIndexText, cjkRuns, cjkSnippet, hasCjk} from './cjk-bigrams.js';
import {indexedBody, migrate, schemaVersion} from './migrations.js';
import {takeRefreshLock} from './refresh-lock.js';

export interface StoredArticle extends Article {
	read: boolean;
	starred: boolean;
}

export interface SearchHit {
	uid: string;
	title: string;
	feedTitle: string;
	feedUrl: string;
	url: string;
	published: string;
	/** A few words around the match; matched words are wrapped in the `mark` strings. */
	snippet: string;
	/** Other feeds that carry the same article (same address): listed once, under its best-ranked copy. */
	alsoIn?: Array<{feedTitle: string; feedUrl: string}>;
}

export interface ArticleQuery {
	/** ISO time; only articles published at or after it. */
	since?: string;
	/** ISO time; only articles published before it. */
	until?: string;
	feedUrls?: string[];
	unreadOnly?: boolean;
	limit?: number;
	/** Newest first unless "oldest". */
	order?: 'newest' | 'oldest';
}

/** What places an article in time, without its text (for choosing a briefing window cheaply). */
export interface ArticleTime {
	uid: string;
	published: string;
	publishedEstimated: boolean;
	fetchedAt: string;
	/** Changes whenever the stored article does (its content hash and its fetched full text). */
	version: string;
}

export interface RetentionResult {
	deleted: number;
}

interface ArticleRow {
	uid: string;
	item_id: string;
	feed_url: string;
	feed_title: string;
	url: string;
	title: string;
	author: string;
	published: string;
	published_estimated: number;
	summary: string;
	content: string;
	language: string;
	fetched_at: string;
	read_at: string | null;
	starred: number | null;
}

interface SearchRow {
	uid: string;
	title: string;
	feed_title: string;
	feed_url: string;
	url: string;
	canonical_url: string | null;
	published: string;
	snippet: string;
}

interface FeedRow {
	url: string;
	title: string;
	status: string;
	error: string;
	last_fetch: string | null;
	last_success: string | null;
	etag: string | null;
	last_modified: string | null;
	article_count: number;
	failures: number;
	failing_since: string | null;
	retry_after: string | null;
	fresh_until: string | null;
	gone: number;
}

const articleColumns = `a.uid, a.item_id, a.feed_url, a.feed_title, a.url, a.title, a.author, a.published, a.published_estimated,
	a.summary, coalesce(a.full_text, a.content) AS content, a.language, a.fetched_at, r.read_at, r.starred`;

const feedStatuses = new Set<FeedStatus>(['new', 'ok', 'not-modified', 'error']);

function toArticle(row: ArticleRow): StoredArticle {
	return {
		uid: row.uid,
		itemId: row.item_id,
		feedUrl: row.feed_url,
		feedTitle: row.feed_title,
		url: row.url,
		title: row.title,
		author: row.author,
		published: row.published,
		publishedEstimated: row.published_estimated === 1,
		summary: row.summary,
		content: row.content,
		language: row.language,
		fetchedAt: row.fetched_at,
		read: row.read_at !== null,
		starred: row.starred === 1,
	};
}

function toFeedState(row: FeedRow): FeedState & {title: string} {
	return {
		url: row.url,
		title: row.title,
		status: feedStatuses.has(row.status as FeedStatus) ? (row.status as FeedStatus) : 'new',
		error: row.error,
		lastFetch: row.last_fetch,
		lastSuccess: row.last_success,
		etag: row.etag,
		lastModified: row.last_modified,
		articleCount: row.article_count,
		failures: row.failures,
		failingSince: row.failing_since,
		retryAfter: row.retry_after,
		freshUntil: row.fresh_until,
		gone: row.gone === 1,
	};
}

// crypto.hash (Node ≥ 20.12): one call instead of a Hash object per article.
const hashOnce = (crypto as {hash?: (algorithm: string, data: string, encoding: 'base64') => string}).hash;

/** Covers every stored field a feed can change; an estimated date is left out since it moves with each fetch. */
function articleHash(article: Article): string {
	const text = [article.title, article.summary, article.content, article.url, article.author, article.feedTitle, article.language,
		article.publishedEstimated ? '' : article.published].join('\u0000');
	return hashOnce ? hashOnce('sha1', text, 'base64') : createHash('sha1').update(text).digest('base64');
}

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

function timeMs(iso: string, fallback: number): number {
	const ms = Date.parse(iso);
	return Number.isFinite(ms) ? ms : fallback;
}

/** The article's time in ms: its publication, else when it was fetched, else now (the fetch time is read only when needed). */
function publishedMs(article: Article, nowMs: number): number {
	const published = Date.parse(article.published);
	return Number.isFinite(published) ? published : timeMs(article.fetchedAt, nowMs);
}

/** The index's pairs of CJK characters of an article's title and body (cjk-bigrams.ts); empty for most articles. */
function cjkColumns(article: Article): [string, string] {
	if (!hasCjk(article.title) && !hasCjk(article.summary) && !hasCjk(article.content)) return ['', ''];
	return [cjkIndexText(article.title), cjkIndexText(indexedBody(article.summary, article.content))];
}

/** The rows a search keeps by feed: only those of @feeds (a JSON list; null: any), none of @notFeeds. */
const feedCondition = `AND (@feeds IS NULL OR a.feed_url IN (SELECT value FROM json_each(@feeds)))
	AND (@notFeeds IS NULL OR a.feed_url NOT IN (SELECT value FROM json_each(@notFeeds)))`;

/** A few words of a text for a hit found by its feed alone, as long as FTS5's snippets (12 tokens). */
function leadWords(text: string): string {
	const words = text.split(/\s+/u).filter(Boolean);
	return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}

function prepareStatements(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
		feedState: prepare(`SELECT f.*, (SELECT count(*) FROM articles WHERE feed_url = f.url) AS article_count
			FROM feeds f WHERE f.url = ?`),
		feedStates: prepare(`SELECT f.*, (SELECT count(*) FROM articles WHERE feed_url = f.url) AS article_count
			FROM feeds f ORDER BY f.url`),
		upsertFeed: prepare(`INSERT INTO feeds (url, title, status, error, last_fetch, last_success, etag, last_modified, items_last_fetch, new_last_fetch,
				failures, failing_since, retry_after, fresh_until, gone)
			VALUES (@url, @title, @status, @error, @lastFetch, @lastSuccess, @etag, @lastModified, @items, @newCount,
				@failures, @failingSince, @retryAfter, @freshUntil, @gone)
			ON CONFLICT(url) DO UPDATE SET
				title = CASE WHEN excluded.title != '' THEN excluded.title ELSE feeds.title END,
				status = excluded.status, error = excluded.error, last_fetch = excluded.last_fetch,
				last_success = excluded.last_success, etag = excluded.etag, last_modified = excluded.last_modified,
				failures = excluded.failures, failing_since = excluded.failing_since, retry_after = excluded.retry_after,
				fresh_until = excluded.fresh_until, gone = excluded.gone,
				items_last_fetch = CASE WHEN excluded.status = 'ok' THEN excluded.items_last_fetch ELSE feeds.items_last_fetch END,
				new_last_fetch = excluded.new_last_fetch`),
		validatedFeedUrls: prepare('SELECT url FROM feeds WHERE etag IS NOT NULL OR last_modified IS NOT NULL').pluck(),
		refreshHolds: prepare(`SELECT url, last_fetch, failures, retry_after, fresh_until, gone FROM feeds
			WHERE failures > 0 OR retry_after IS NOT NULL OR fresh_until IS NOT NULL OR gone = 1`).raw(),
		feedItemHashes: prepare('SELECT item_id, content_hash FROM articles WHERE feed_url = ?').raw(),
		purgedItemIds: prepare('SELECT item_id FROM purged_items WHERE feed_url = ?').pluck(),
		skipOldItem: prepare('INSERT OR IGNORE INTO purged_items (feed_url, item_id, purged_at) VALUES (?, ?, ?)'),
		upsertArticle: prepare(`INSERT INTO articles (uid, feed_url, item_id, feed_title, url, canonical_url, title, author,
				published, published_ms, published_estimated, summary, content, language, fetched_at, content_hash, cjk_title, cjk_body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(feed_url, item_id) DO UPDATE SET
				content_hash = excluded.content_hash, feed_title = excluded.feed_title, url = excluded.url, canonical_url = excluded.canonical_url,
				title = excluded.title, author = excluded.author, summary = excluded.summary, content = excluded.content,
				cjk_title = excluded.cjk_title, cjk_body = excluded.cjk_body,
				language = excluded.language, updated_at = excluded.fetched_at,
				published = CASE WHEN excluded.published_estimated = 1 THEN articles.published ELSE excluded.published END,
				published_ms = CASE WHEN excluded.published_estimated = 1 THEN articles.published_ms ELSE excluded.published_ms END,
				published_estimated = excluded.published_estimated AND articles.published_estimated
			WHERE articles.title IS NOT excluded.title OR articles.summary IS NOT excluded.summary
				OR articles.content IS NOT excluded.content OR articles.url IS NOT excluded.url
				OR articles.author IS NOT excluded.author OR articles.feed_title IS NOT excluded.feed_title
				OR articles.language IS NOT excluded.language OR articles.content_hash IS NOT excluded.content_hash
				OR (excluded.published_estimated = 0 AND articles.published IS NOT excluded.published)`),
		maxArticleId: prepare('SELECT coalesce(max(id), 0) FROM articles').pluck(),
		// What the per-row insert trigger did before migration 8, once per feed.
		addToContentVersion: prepare('UPDATE articles_version SET version = version + ? WHERE id = 1'),
		// The same body the view gives a rebuild: title plus content, with the summary only when the content lacks it.
		indexArticlesAbove: prepare(`INSERT INTO articles_fts(rowid, title, body, cjk_title, cjk_body)
			SELECT id, title, body, cjk_title, cjk_body FROM articles_fts_source WHERE id > ?`),
		indexArticle: prepare(`INSERT INTO articles_fts(rowid, title, body, cjk_title, cjk_body)
			SELECT id, title, body, cjk_title, cjk_body FROM articles_fts_source WHERE id = ?`),
		searchText: prepare('SELECT summary, content FROM articles WHERE uid = ?').raw(),
		articleByUid: prepare(`SELECT ${articleColumns} FROM articles a LEFT JOIN read_state r ON r.uid = a.uid WHERE a.uid = ?`),
		// The tail expression is the one articles_canonical_url_tail indexes (the planner matches it as written).
		sameAs: prepare(`SELECT b.uid FROM articles a JOIN articles b ON substr(b.canonical_url, -16) = substr(a.canonical_url, -16)
				AND b.canonical_url = a.canonical_url AND b.uid != ?
			WHERE a.uid = ? AND a.canonical_url != '' ORDER BY b.published_ms`),
		newest: prepare('SELECT published FROM articles ORDER BY published_ms DESC LIMIT 1'),
		count: prepare('SELECT count(*) AS n FROM articles'),
		markRead: prepare(`INSERT INTO read_state (uid, read_at) SELECT uid, @at FROM articles WHERE uid = @uid
			ON CONFLICT(uid) DO UPDATE SET read_at = coalesce(read_state.read_at, excluded.read_at)`),
		markUnread: prepare('UPDATE read_state SET read_at = NULL WHERE uid = ?'),
		star: prepare(`INSERT INTO read_state (uid, starred, starred_at) SELECT uid, @starred, @at FROM articles WHERE uid = @uid
			ON CONFLICT(uid) DO UPDATE SET starred = excluded.starred, starred_at = excluded.starred_at`),
		starredList: prepare(`SELECT ${articleColumns} FROM articles a JOIN read_state r ON r.uid = a.uid
			WHERE r.starred = 1 ORDER BY a.published_ms DESC`),
		storySeen: prepare('SELECT last_seen FROM story_state WHERE story_id = ?'),
		markStorySeen: prepare(`INSERT INTO story_state (story_id, last_seen) VALUES (?, ?)
			ON CONFLICT(story_id) DO UPDATE SET last_seen = excluded.last_seen`),
		search: prepare(`SELECT a.uid, a.title, a.feed_title, a.feed_url, a.url, a.canonical_url, a.published,
				snippet(articles_fts, -1, @before, @after, '…', 12) AS snippet
			FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			WHERE articles_fts MATCH @query ${feedCondition}
			ORDER BY a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @titleQuery) DESC, a.published_ms DESC
			LIMIT @limit`),
		// A search of feed filters alone (`feed:tagesschau`): the feeds' newest articles, the summary's start as snippet.
		searchFeeds: prepare(`SELECT a.uid, a.title, a.feed_title, a.feed_url, a.url, a.canonical_url, a.published,
				substr(CASE WHEN a.summary != '' THEN a.summary ELSE a.content END, 1, 200) AS snippet
			FROM articles a WHERE 1 ${feedCondition}
			ORDER BY a.published_ms DESC
			LIMIT @limit`),
		feedNames: prepare('SELECT url, title FROM feeds').raw(),
		setFullText: prepare('UPDATE articles SET full_text = ? WHERE uid = ?'),
		articleTimes: prepare(`SELECT uid, published, published_estimated, fetched_at,
			coalesce(content_hash, '') || ':' || coalesce(length(full_text), '-') || ':' || coalesce(updated_at, '') FROM articles`).raw(),
		articlesByUids: prepare(`SELECT ${articleColumns} FROM articles a LEFT JOIN read_state r ON r.uid = a.uid
			WHERE a.uid IN (SELECT value FROM json_each(?))`),
		readUids: prepare('SELECT uid FROM read_state WHERE read_at IS NOT NULL').pluck(),
		storySeenAll: prepare('SELECT story_id, last_seen FROM story_state').raw(),
		contentVersion: prepare('SELECT version FROM articles_version WHERE id = 1').pluck(),
		snapshotGet: prepare('SELECT input_key, result FROM briefing_snapshot WHERE name = ?'),
		snapshotKey: prepare('SELECT input_key FROM briefing_snapshot WHERE name = ?').pluck(),
		snapshotPut: prepare(`INSERT INTO briefing_snapshot (name, input_key, result, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(name) DO UPDATE SET input_key = excluded.input_key, result = excluded.result, created_at = excluded.created_at`),
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

function openReadOnlyStore(file: string): Database.Database {
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
function openWritableStore(file: string, options: OpenStoreOptions): Database.Database {
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

export class ArticleStore implements RefreshStore {
	readonly db: Database.Database;
	readonly file: string;
	/** Opened with `readOnly`: cache writes are skipped, other writes fail. */
	readonly readOnly: boolean;
	private readonly statements: ReturnType<typeof prepareStatements>;
	private readonly commitFeedTransaction: Database.Transaction<(state: FeedState, articles: Article[]) => number>;
	private readonly commitFeedsTransaction: Database.Transaction<(commits: readonly FeedCommit[]) => number[]>;
	/**
	 * Items published before this time are not stored by a commit (0: no limit); null outside a refresh that knows
	 * the retention setting (bundled snapshots, --source files). See setRefreshWindow.
	 */
	private refreshCutoffMs: number | null = null;
	/** Old items skipped by the transaction under way, counted in skippedOld only once it commits. */
	private pendingSkippedOld = 0;
	private skippedOld = 0;
	/** Items skipped or purged before that the widened window let back in: likewise counted once committed. */
	private pendingReturned = 0;
	private returned = 0;

	/** Opens (and creates or migrates) the store; `':memory:'` gives a private in-memory store. */
	constructor(file: string, options: OpenStoreOptions = {}) {
		this.file = file;
		this.readOnly = options.readOnly === true && file !== ':memory:';
		this.db = this.readOnly ? openReadOnlyStore(file) : openWritableStore(file, options);
		this.statements = prepareStatements(this.db);
		this.commitFeedTransaction = this.db.transaction((state: FeedState, articles: Article[]) => {
			this.pendingSkippedOld = 0;
			this.pendingReturned = 0;
			return this.commitFeedRows(state, articles);
		});
		// No savepoint per feed: FTS5 writes its pending index data out at every savepoint, which costs as much as a
		// commit per feed. A feed that fails takes the batch back with it, and the batch is then stored feed by feed.
		this.commitFeedsTransaction = this.db.transaction((commits: readonly FeedCommit[]) => {
			this.pendingSkippedOld = 0;
			this.pendingReturned = 0;
			return commits.map(commit => this.commitFeedRows(commit.state, commit.articles));
		});
	}

	close(): void {
		if (this.db.open) {
			this.db.close();
		}
	}

	// --- RefreshStore -----------------------------------------------------------------------

	getFeedState(url: string): (FeedState & {title: string}) | undefined {
		const row = this.statements.feedState.get(url) as FeedRow | undefined;
		return row ? toFeedState(row) : undefined;
	}

	commitFeed(state: FeedState, articles: Article[]): number {
		const newCount = withBusyRetry(() => this.commitFeedTransaction.immediate(state, articles));
		this.skippedOld += this.pendingSkippedOld;
		this.returned += this.pendingReturned;
		return newCount;
	}

	/**
	 * Several feeds' outcomes in one transaction: one commit (and one flush of the full-text index) instead of
	 * one per feed. Each feed is still all or nothing; a feed that fails gets its Error in the result.
	 */
	commitFeeds(commits: readonly FeedCommit[]): Array<number | Error> {
		try {
			const counts = withBusyRetry(() => this.commitFeedsTransaction.immediate(commits));
			this.skippedOld += this.pendingSkippedOld;
			this.returned += this.pendingReturned;
			return counts;
		} catch (error) {
			if (commits.length === 1) {
				return [error instanceof Error ? error : new Error(String(error))];
			}
		}

		return commits.map(commit => {
			try {
				return this.commitFeed(commit.state, commit.articles);
			} catch (error) {
				return error instanceof Error ? error : new Error(String(error));
			}
		});
	}

	// --- feeds --------------------------------------------------------------------------------

	/** The feeds with a validator (ETag or Last-Modified) to revalidate with: the others will send a body. */
	validatedFeedUrls(): Set<string> {
		return new Set(this.statements.validatedFeedUrls.all() as string[]);
	}

	/** The feeds a refresh may not ask now (see feeds/schedule.ts), in one query: most stores hold none. */
	refreshHolds(): Map<string, FeedHold> {
		const holds = new Map<string, FeedHold>();
		for (const [url, lastFetch, failures, retryAfter, freshUntil, gone] of this.statements.refreshHolds.all() as Array<[string, string | null, number, string | null, string | null, number]>) {
			holds.set(url, {lastFetch, failures, retryAfter, freshUntil, gone: gone === 1});
		}

		return holds;
	}

	/** State of every feed the store has seen, with the number of articles stored for it. */
	feedStates(): Array<FeedState & {title: string}> {
		return (this.statements.feedStates.all() as FeedRow[]).map(row => toFeedState(row));
	}

	/**
	 * Takes the refresh lock (store/refresh-lock.ts) for this process; returns its release. Throws RefreshBusyError
	 * while another live process refreshes this store. An in-memory store is private: nothing to lock.
	 */
	lockRefresh(): () => void {
		if (this.file === ':memory:') return () => undefined;
		return takeRefreshLock(this.db);
	}

	/**
	 * Moves a feed to a new address (a permanent redirect): its row with state and validators, its articles (their
	 * uids, so read marks and stars, stay) and its purged items. False, changing nothing, when the store already holds
	 * a feed at `to` or none at `from`.
	 */
	moveFeed(from: string, to: string): boolean {
		if (from === to) return false;
		return withBusyRetry(() => this.db.transaction(() => {
			if (this.db.prepare('SELECT 1 FROM feeds WHERE url = ?').get(to)) return false;
			if (!this.db.prepare('SELECT 1 FROM feeds WHERE url = ?').get(from)) return false;
			// The articles point at the feed's URL: checked at the commit, once both sides carry the new one.
			this.db.pragma('defer_foreign_keys = ON');
			this.db.prepare('UPDATE feeds SET url = ? WHERE url = ?').run(to, from);
			this.db.prepare('UPDATE articles SET feed_url = ? WHERE feed_url = ?').run(to, from);
			this.db.prepare('UPDATE OR IGNORE purged_items SET feed_url = ? WHERE feed_url = ?').run(to, from);
			this.db.prepare('DELETE FROM purged_items WHERE feed_url = ?').run(from);
			return true;
		}).immediate());
	}

	/**
	 * Keeps the feed's own title, found before its first refresh (when `feeds add` checked the address): the list
	 * shows it instead of the host. A row for a feed not fetched yet is a new one; a later refresh's title replaces it.
	 */
	setFeedTitle(url: string, title: string): void {
		const text = title.trim();
		if (text === '') return;
		withBusyRetry(() => this.db.prepare(`INSERT INTO feeds (url, title) VALUES (?, ?)
			ON CONFLICT(url) DO UPDATE SET title = excluded.title`).run(url, text));
	}

	/** Forgets a feed: its state, its articles and everything attached to them. */
	removeFeed(url: string): number {
		return withBusyRetry(() => this.db.transaction(() => {
			const deleted = this.db.prepare('DELETE FROM articles WHERE feed_url = ?').run(url).changes;
			this.db.prepare('DELETE FROM purged_items WHERE feed_url = ?').run(url);
			this.db.prepare('DELETE FROM feeds WHERE url = ?').run(url);
			return deleted;
		}).immediate());
	}

	/** Lets retention-purged items of these feeds be stored again (bundled snapshots reloaded into an empty cache). */
	forgetPurged(feedUrls: readonly string[]): void {
		withBusyRetry(() => this.db.transaction(() => {
			for (const url of feedUrls) {
				this.db.prepare('DELETE FROM purged_items WHERE feed_url = ?').run(url);
			}
		}).immediate());
	}

	// --- articles -----------------------------------------------------------------------------

	articles(query: ArticleQuery = {}): StoredArticle[] {
		const where: string[] = [];
		const parameters: Array<string | number> = [];
		if (query.since !== undefined) {
			where.push('a.published_ms >= ?');
			parameters.push(timeMs(query.since, 0));
		}

		if (query.until !== undefined) {
			where.push('a.published_ms < ?');
			parameters.push(timeMs(query.until, Number.MAX_SAFE_INTEGER));
		}

		if (query.feedUrls !== undefined) {
			if (query.feedUrls.length === 0) {
				return [];
			}

			where.push(`a.feed_url IN (${query.feedUrls.map(() => '?').join(', ')})`);
			parameters.push(...query.feedUrls);
		}

		if (query.unreadOnly) {
			where.push('r.read_at IS NULL');
		}

		const order = query.order === 'oldest' ? 'ASC' : 'DESC';
		const sql = `SELECT ${articleColumns} FROM articles a LEFT JOIN read_state r ON r.uid = a.uid
			${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
			ORDER BY a.published_ms ${order}, a.uid ${order}
			${query.limit === undefined ? '' : 'LIMIT ?'}`;
		if (query.limit !== undefined) {
			parameters.push(Math.max(0, Math.floor(query.limit)));
		}

		return (this.db.prepare(sql).all(...parameters) as ArticleRow[]).map(row => toArticle(row));
	}

	/** Every article's place in time, without text: a few bytes each instead of the whole article. */
	articleTimes(): ArticleTime[] {
		return (this.statements.articleTimes.all() as Array<[string, string, number, string, string]>).map(([uid, published, estimated, fetchedAt, version]) => ({
			uid,
			published,
			publishedEstimated: estimated === 1,
			fetchedAt,
			version,
		}));
	}

	/** The stored articles with these uids (in no particular order; unknown uids are left out). */
	articlesByUid(uids: readonly string[]): StoredArticle[] {
		if (uids.length === 0) {
			return [];
		}

		return (this.statements.articlesByUids.all(JSON.stringify(uids)) as ArticleRow[]).map(row => toArticle(row));
	}

	/** Uids of every article marked read. */
	readUids(): Set<string> {
		return new Set(this.statements.readUids.all() as string[]);
	}

	/**
	 * Changes whenever an article is added, removed, changed by a refresh or given a full text: what a
	 * result computed from the articles (the briefing snapshot) is keyed by. Read marks are not part of it.
	 */
	contentVersion(): string {
		return String(this.statements.contentVersion.get() as number);
	}

	article(uid: string): StoredArticle | undefined {
		const row = this.statements.articleByUid.get(uid) as ArticleRow | undefined;
		return row ? toArticle(row) : undefined;
	}

	/** Uids of other stored articles that link to the same page (canonical URL) as this one. */
	sameAs(uid: string): string[] {
		return (this.statements.sameAs.all(uid, uid) as Array<{uid: string}>).map(row => row.uid);
	}

	/** Publication time of the newest article, or null for an empty store. */
	newestPublished(): string | null {
		const row = this.statements.newest.get() as {published: string} | undefined;
		return row?.published ?? null;
	}

	count(): number {
		return (this.statements.count.get() as {n: number}).n;
	}

	// --- read and star marks ----------------------------------------------------------------

	markRead(uids: readonly string[], read = true, at = new Date().toISOString()): void {
		withBusyRetry(() => this.db.transaction(() => {
			for (const uid of uids) {
				if (read) {
					this.statements.markRead.run({uid, at});
				} else {
					this.statements.markUnread.run(uid);
				}
			}
		}).immediate());
	}

	setStarred(uids: readonly string[], starred = true, at = new Date().toISOString()): void {
		withBusyRetry(() => this.db.transaction(() => {
			for (const uid of uids) {
				this.statements.star.run({uid, starred: starred ? 1 : 0, at: starred ? at : null});
			}
		}).immediate());
	}

	starred(): StoredArticle[] {
		return (this.statements.starredList.all() as ArticleRow[]).map(row => toArticle(row));
	}

	// --- story state --------------------------------------------------------------------------

	storyLastSeen(storyId: string): string | undefined {
		return (this.statements.storySeen.get(storyId) as {last_seen: string} | undefined)?.last_seen;
	}

	markStoriesSeen(storyIds: readonly string[], at = new Date().toISOString()): void {
		withBusyRetry(() => this.db.transaction(() => {
			for (const id of storyIds) {
				this.statements.markStorySeen.run(id, at);
			}
		}).immediate());
	}

	/** When each story was last seen (story id → ISO time). */
	storiesLastSeen(): Map<string, string> {
		return new Map(this.statements.storySeenAll.all() as Array<[string, string]>);
	}

	// --- full-text search ---------------------------------------------------------------------

	/**
	 * Full-text search over title, summary and body; user text is never interpreted as FTS syntax. A name finds
	 * its other spellings too (Selenskyj: Selenskij, Zelensky), listed after every hit of the spelling typed.
	 * `feed:words` keeps to the feeds whose title or address holds the words (`-feed:` leaves them out; several
	 * `feed:` are either); alone it lists those feeds' newest articles. Throws NoFeedMatchError when a feed filter
	 * names no stored feed.
	 */
	search(text: string, options: {limit?: number; mark?: [string, string]} = {}): SearchHit[] {
		const parsed = parseSearch(text);
		const limit = options.limit ?? 50;
		const feeds = this.searchFeeds(parsed.feeds);
		const query = buildFtsQuery(text);
		if (query === undefined) {
			return feeds.feeds === null ? [] : this.searchRows(limit, fetch => this.statements.searchFeeds.all({...feeds, limit: fetch}) as SearchRow[])
				.map(({key: _key, ...hit}) => ({...hit, snippet: leadWords(hit.snippet)}));
		}

		const hits = this.withCjkSnippets(parsed.terms, this.searchQuery(query, limit, options.mark, feeds), options.mark);
		if (hits.length >= limit) {
			return hits.map(({key: _key, ...hit}) => hit);
		}

		const spellings = new Map<string, string[]>();
		for (const {word, prefix} of searchWords(text)) {
			const variants = prefix || hasCjk(word) ? [] : spellingVariants(this.db, word);
			if (variants.length > 0) {
				spellings.set(word, variants);
			}
		}

		if (spellings.size === 0) {
			return hits.map(({key: _key, ...hit}) => hit);
		}

		const found = new Set(hits.map(hit => hit.key));
		const wider = this.withCjkSnippets(parsed.terms, this.searchQuery(buildFtsQuery(text, spellings)!, limit, options.mark, feeds), options.mark).filter(hit => !found.has(hit.key));
		return [...hits, ...wider].slice(0, limit).map(({key: _key, ...hit}) => hit);
	}

	/**
	 * A search for CJK words: each hit's snippet around the first of them in its text, since FTS5's would quote the
	 * index's pairs of characters. Other searches' snippets are kept.
	 */
	private withCjkSnippets<T extends SearchHit>(terms: readonly SearchTerm[], hits: T[], mark: [string, string] = ['[', ']']): T[] {
		const words = terms.filter(term => !term.exclude).flatMap(term => cjkRuns(term.word));
		if (words.length === 0) return hits;
		return hits.map(hit => {
			const [summary, content] = (this.statements.searchText.get(hit.uid) as [string, string] | undefined) ?? ['', ''];
			return {...hit, snippet: cjkSnippet(indexedBody(summary, content), words, mark)};
		});
	}

	/** The feed addresses a search's feed filters keep and leave out (JSON lists for the statements; null: no filter). */
	private searchFeeds(filters: readonly FeedFilter[]): {feeds: string | null; notFeeds: string | null} {
		if (filters.length === 0) return {feeds: null, notFeeds: null};
		const named = this.statements.feedNames.all() as Array<[string, string]>;
		const kept = new Set<string>();
		const left = new Set<string>();
		for (const filter of filters) {
			const urls = named.filter(([url, title]) => feedMatches(filter, title, url)).map(([url]) => url);
			if (urls.length === 0) throw new NoFeedMatchError(filter.typed);
			for (const url of urls) (filter.exclude ? left : kept).add(url);
		}

		const hasInclude = filters.some(filter => !filter.exclude);
		return {feeds: hasInclude ? JSON.stringify([...kept]) : null, notFeeds: left.size > 0 ? JSON.stringify([...left]) : null};
	}

	/**
	 * One hit per article address (an item carried by two feeds is one article), the best-ranked copy with the
	 * other copies' feeds in alsoIn. Copies take rows of the LIMIT, so a short page is read again, wider.
	 */
	private searchQuery(query: string, limit: number, mark: [string, string] = ['[', ']'], feeds: {feeds: string | null; notFeeds: string | null} = {feeds: null, notFeeds: null}): Array<SearchHit & {key: string}> {
		const [before, after] = mark;
		return this.searchRows(limit, fetch => this.statements.search.all({
			query,
			// Hits with every word in the headline first, then the rest; each newest first. By rank (bm25) the
			// reports of a running story came in no order of time: 22.11., 25.11., 21.11., 26.11. for "Kimmel".
			titleQuery: `${titleColumns} : (${query})`,
			before,
			after,
			limit: fetch,
			...feeds,
		}) as SearchRow[]);
	}

	/** Reads rows until `limit` articles are found or no more rows come, folding copies of one address into one hit. */
	private searchRows(limit: number, read: (fetch: number) => SearchRow[]): Array<SearchHit & {key: string}> {
		for (let fetch = limit + 8; ; fetch *= 4) {
			const rows = read(fetch);
			const byKey = new Map<string, SearchHit & {key: string}>();
			for (const row of rows) {
				// An item without an address is its own article.
				const key = row.canonical_url ? `url:${row.canonical_url}` : `uid:${row.uid}`;
				const first = byKey.get(key);
				if (first) {
					if (first.feedUrl !== row.feed_url && !first.alsoIn?.some(feed => feed.feedUrl === row.feed_url)) {
						(first.alsoIn ??= []).push({feedTitle: row.feed_title, feedUrl: row.feed_url});
					}
					continue;
				}
				byKey.set(key, {
					key,
					uid: row.uid,
					title: row.title,
					feedTitle: row.feed_title,
					feedUrl: row.feed_url,
					url: row.url,
					published: row.published,
					snippet: row.snippet,
				});
			}
			if (byKey.size >= limit || rows.length < fetch) {
				return [...byKey.values()].slice(0, limit);
			}
		}
	}

	// --- retention ------------------------------------------------------------------------------

	/**
	 * Makes the commits that follow skip items published more than `days` days before `now` (0: store all) which
	 * the store does not hold: retention would delete them right after the refresh, and they would count as new.
	 * A skipped item is remembered like a purged one, so the next refresh passes over it without counting it again —
	 * until the window is widened: an item with its own date inside the window is stored even if it was skipped or
	 * purged before (retention raised or turned off with 0). Undated items stay passed over: their date is the fetch
	 * time, always inside the window. Stored items (a starred old one) are still updated. null turns the window off
	 * (the default): bundled snapshots and --source files are stored whatever their age.
	 */
	setRefreshWindow(days: number | null, now = new Date()): void {
		this.refreshCutoffMs = days === null ? null : days > 0 ? now.getTime() - (days * 86_400_000) : 0;
	}

	/** How many items older than the refresh window the commits since the last call skipped (first sightings only). */
	takeSkippedOld(): number {
		const skipped = this.skippedOld;
		this.skippedOld = 0;
		return skipped;
	}

	/**
	 * How many items the commits since the last call stored again after they had been purged or skipped as too old:
	 * the window now reaches them (retention raised or turned off). They are among the new ones the commits counted.
	 */
	takeReturned(): number {
		const returned = this.returned;
		this.returned = 0;
		return returned;
	}

	/** Deletes articles published more than `days` days ago unless starred, with their index entries and cache. */
	applyRetention(days: number, now = new Date()): RetentionResult {
		if (!(days > 0)) {
			return {deleted: 0};
		}

		const cutoff = now.getTime() - (days * 86_400_000);
		const purgedAt = now.toISOString();
		return withBusyRetry(() => this.db.transaction(() => {
			const condition = `published_ms < @cutoff AND uid NOT IN (SELECT uid FROM read_state WHERE starred = 1)`;
			this.db.prepare(`INSERT OR REPLACE INTO purged_items (feed_url, item_id, purged_at)
				SELECT feed_url, item_id, @purgedAt FROM articles WHERE ${condition}`).run({cutoff, purgedAt});
			const deleted = this.db.prepare(`DELETE FROM articles WHERE ${condition}`).run({cutoff}).changes;
			// Tombstones outlive their articles by one more window; feeds rarely carry items that old.
			this.db.prepare('DELETE FROM purged_items WHERE purged_at < ?').run(new Date(cutoff).toISOString());
			this.db.prepare('DELETE FROM story_state WHERE last_seen < ?').run(new Date(cutoff).toISOString());
			return {deleted};
		}).immediate());
	}

	// --- analysis cache -------------------------------------------------------------------------

	/** The cached result for this article and analyzer, if it was computed from the same content. */
	/** Keeps the full text read from the article's page; it replaces the feed's text from then on. */
	setFullText(uid: string, text: string): boolean {
		return withBusyRetry(() => this.statements.setFullText.run(text, uid)).changes > 0;
	}

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

	// --- snapshots of computed results ---------------------------------------------------------

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

	/** The bytes kept under `name`, if they were computed from inputs with this key. */
	getSnapshotBytes(name: string, inputKey: string): Buffer | undefined {
		const row = this.statements.snapshotGet.get(name) as {input_key: string; result: unknown} | undefined;
		return row?.input_key === inputKey && Buffer.isBuffer(row.result) ? row.result : undefined;
	}

	// --- internals ------------------------------------------------------------------------------


	private commitFeedRows(state: FeedState, articles: Article[]): number {
		let newCount = 0;
		const nowMs = Date.now();
		const title = articles.find(article => article.feedTitle !== '')?.feedTitle ?? '';
		// The feed row first: articles reference it.
		this.statements.upsertFeed.run(this.feedParameters(state, title, articles.length, 0));
		if (articles.length === 0) {
			// Not modified, or failed: only the feed's state changes (most feeds of most refreshes).
			return 0;
		}

		// Two reads per feed instead of two lookups per article.
		const known = new Map(this.statements.feedItemHashes.all(state.url) as Array<[string, string]>);
		const purged = new Set(this.statements.purgedItemIds.all(state.url) as string[]);
		// New rows get their index entries in one INSERT … SELECT over the ids above this (rowids grow), far
		// cheaper than one trigger run per row.
		let indexedUpTo = this.statements.maxArticleId.get() as number;
		let unindexed = false;
		const indexNewRows = (): void => {
			if (unindexed) {
				this.statements.indexArticlesAbove.run(indexedUpTo);
				indexedUpTo = this.statements.maxArticleId.get() as number;
				unindexed = false;
			}
		};

		const insertedHere = new Set<string>();
		let skippedAt: string | undefined;
		for (const article of articles) {
			if (article.feedUrl !== state.url) {
				throw new Error(`article ${article.uid} belongs to ${article.feedUrl}, not ${state.url}`);
			}

			const exists = known.has(article.itemId);
			const cutoff = this.refreshCutoffMs;
			const wasPurged = !exists && purged.has(article.itemId);
			if (wasPurged && !(cutoff !== null && !article.publishedEstimated && publishedMs(article, nowMs) >= cutoff)) {
				continue;
			}

			// Before the insert, from the date alone: no extra query for the items that are stored.
			if (!exists && cutoff !== null && cutoff > 0 && publishedMs(article, nowMs) < cutoff) {
				this.statements.skipOldItem.run(state.url, article.itemId, skippedAt ??= new Date(nowMs).toISOString());
				purged.add(article.itemId);
				this.pendingSkippedOld++;
				continue;
			}

			const contentHash = articleHash(article);
			if (known.get(article.itemId) === contentHash) {
				continue;
			}

			if (insertedHere.has(article.itemId)) {
				// The same item again, changed: its row's update trigger rewrites index entries, which must exist by then.
				indexNewRows();
			}

			// In the order of the statement's columns: positional values bind in half the time of named ones.
			const inserted = this.statements.upsertArticle.run(
				article.uid,
				article.feedUrl,
				article.itemId,
				article.feedTitle,
				article.url,
				article.url ? canonicalUrl(article.url) : '',
				article.title,
				article.author,
				article.published,
				publishedMs(article, nowMs),
				article.publishedEstimated ? 1 : 0,
				article.summary,
				article.content,
				article.language || 'und',
				article.fetchedAt,
				contentHash,
				...cjkColumns(article),
			);
			known.set(article.itemId, contentHash);
			if (!exists) {
				newCount++;
				if (wasPurged) this.pendingReturned++;
				insertedHere.add(article.itemId);
				const id = Number(inserted.lastInsertRowid);
				if (id > indexedUpTo) {
					unindexed = true;
				} else {
					// SQLite picks a free lower rowid only once the largest possible one is taken; index that row alone.
					this.statements.indexArticle.run(id);
				}
			}
		}

		indexNewRows();

		if (newCount > 0) {
			this.statements.addToContentVersion.run(newCount);
			this.statements.upsertFeed.run(this.feedParameters(state, title, articles.length, newCount));
		}

		return newCount;
	}

	private feedParameters(state: FeedState, title: string, items: number, newCount: number): Record<string, string | number | null> {
		return {
			url: state.url,
			title,
			status: state.status,
			error: state.error,
			lastFetch: state.lastFetch,
			lastSuccess: state.lastSuccess,
			etag: state.etag,
			lastModified: state.lastModified,
			items,
			newCount,
			failures: state.failures ?? 0,
			failingSince: state.failingSince ?? null,
			retryAfter: state.retryAfter ?? null,
			freshUntil: state.freshUntil ?? null,
			gone: state.gone ? 1 : 0,
		};
	}

}

/** Opens the store file inside a lagebild home directory. */
export function openStore(home: string): ArticleStore {
	return new ArticleStore(path.join(home, 'lagebild.db'));
}
