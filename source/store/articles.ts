// Articles in the store: a refresh's commits (new and changed items, their index entries, the window of retention),
// the queries that read them back, and retention.

import {createHash} from 'node:crypto';
import type Database from 'better-sqlite3';
import type {Article, ArticleLink} from '../model/article.js';
import type {FeedState} from '../model/feed.js';
import type {FeedCommit} from '../model/refresh.js';
import {collectSupersededAnalyses} from './analysis-cache.js';
import {articleHash} from './article-hash.js';
import {withBusyRetry} from './busy-retry.js';
import {canonicalUrl} from './canonical-url.js';
import {storedLinks} from '../text/article-links.js';
import {hasCjk} from '../text/cjk.js';
import {cjkIndexText} from './cjk-bigrams.js';
import type {FeedStates} from './feed-states.js';
import {indexedBody} from './indexed-body.js';

export interface StoredArticle extends Article {
	read: boolean;
	starred: boolean;
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

/** When an article reached the reader and whether it was read since: what decides whether it is new in its story. */
export interface Arrival {
	fetchedAt: string;
	published: string;
	read: boolean;
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

export interface ArticleRow {
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

export const articleColumns = `a.uid, a.item_id, a.feed_url, a.feed_title, a.url, a.title, a.author, a.published, a.published_estimated,
	a.summary, coalesce(a.full_text, a.content) AS content, a.language, a.fetched_at, r.read_at, r.starred`;

export function toArticle(row: ArticleRow): StoredArticle {
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

/** The links as stored: JSON, or NULL for none (most articles). */
function linksColumn(links: readonly ArticleLink[] | undefined): string | null {
	return links && links.length > 0 ? JSON.stringify(links) : null;
}

/** A title as the reader tells two apart: spacing and case aside (a feed retyping its headline is no news). */
function titleWords(title: string): string {
	return title.normalize('NFC').replaceAll(/\s+/gu, ' ').trim().toLowerCase();
}

/** A title's words as a short key (no spaces): what an item's seen_titles lists, space-separated. */
function titleKey(title: string): string {
	return createHash('sha1').update(titleWords(title)).digest('base64').slice(0, 12);
}

/**
 * Rows a refresh stores before their index entries are written together (Articles.deferIndexing): the farm's cold
 * refresh (10,000 items) makes four segments instead of one per commit; most refreshes bring fewer and index at their end.
 */
const indexChunkRows = 2500;

/** Titles an item remembers: enough for headlines tested against each other, not for a live blog's day. */
const seenTitlesKept = 8;

/** A changed item whose title changed too: its row, the titles it has had (this one last), and whether this one is new to it. */
interface Retitle {
	uid: string;
	seenTitles: string;
	news: boolean;
}

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

function prepare(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
		feedItemHashes: prepare('SELECT item_id, content_hash, links FROM articles WHERE feed_url = ?').raw(),
		// Links are not content (article-hash.ts): written alone they move neither updated_at, nor the index, nor the
		// content version (the version trigger leaves out an update of this column alone, migration 14).
		setLinks: prepare('UPDATE articles SET links = ? WHERE feed_url = ? AND item_id = ?'),
		storedTitle: prepare('SELECT uid, title, seen_titles FROM articles WHERE feed_url = ? AND item_id = ?').raw(),
		setSeenTitles: prepare('UPDATE articles SET seen_titles = ? WHERE uid = ?'),
		// An item whose feed gave it a title it never had is news again: unread (a star stays) and arrived at this fetch.
		arrivedAgain: prepare('UPDATE articles SET fetched_at = ? WHERE uid = ?'),
		unread: prepare('UPDATE read_state SET read_at = NULL WHERE uid = ? AND read_at IS NOT NULL'),
		arrivalTimes: prepare(`SELECT a.uid, a.fetched_at, a.published, r.read_at FROM articles a LEFT JOIN read_state r ON r.uid = a.uid
			WHERE a.uid IN (SELECT value FROM json_each(?))`).raw(),
		purgedItemIds: prepare('SELECT item_id FROM purged_items WHERE feed_url = ?').pluck(),
		skipOldItem: prepare('INSERT OR IGNORE INTO purged_items (feed_url, item_id, purged_at) VALUES (?, ?, ?)'),
		upsertArticle: prepare(`INSERT INTO articles (uid, feed_url, item_id, feed_title, url, canonical_url, title, author,
				published, published_ms, published_estimated, summary, content, language, fetched_at, content_hash, cjk_title, cjk_body, links)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(feed_url, item_id) DO UPDATE SET
				content_hash = excluded.content_hash, feed_title = excluded.feed_title, url = excluded.url, canonical_url = excluded.canonical_url,
				title = excluded.title, author = excluded.author, summary = excluded.summary, content = excluded.content, links = excluded.links,
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
		// FTS5 keeps one docsize row per indexed row (columnsize is on), keyed by its rowid: what is indexed, exactly.
		lastIndexedId: prepare('SELECT coalesce(max(id), 0) FROM articles_fts_docsize').pluck(),
		// Rows above an id that are not indexed yet: a deferred refresh's, and those a killed one left (which another
		// process may have indexed since: never indexed twice).
		indexUnindexedAbove: prepare(`INSERT INTO articles_fts(rowid, title, body, cjk_title, cjk_body)
			SELECT id, title, body, cjk_title, cjk_body FROM articles_fts_source
			WHERE id > @above AND id NOT IN (SELECT id FROM articles_fts_docsize WHERE id > @above)`),
		// One article, for the reader: with the links of the text it shows (the page's once F read it, else the feed's).
		articleByUid: prepare(`SELECT ${articleColumns}, CASE WHEN a.full_text IS NULL THEN a.links ELSE a.full_text_links END AS links
			FROM articles a LEFT JOIN read_state r ON r.uid = a.uid WHERE a.uid = ?`),
		// The tail expression is the one articles_canonical_url_tail indexes (the planner matches it as written).
		sameAs: prepare(`SELECT b.uid FROM articles a JOIN articles b ON substr(b.canonical_url, -16) = substr(a.canonical_url, -16)
				AND b.canonical_url = a.canonical_url AND b.uid != ?
			WHERE a.uid = ? AND a.canonical_url != '' ORDER BY b.published_ms`),
		newest: prepare('SELECT published FROM articles ORDER BY published_ms DESC LIMIT 1'),
		count: prepare('SELECT count(*) AS n FROM articles'),
		// The bundled snapshots are file: feeds; a feed one follows is http(s).
		anyFetched: prepare("SELECT 1 FROM articles WHERE feed_url NOT LIKE 'file:%' LIMIT 1").pluck(),
		setFullText: prepare('UPDATE articles SET full_text = ?, full_text_links = ? WHERE uid = ?'),
		articleTimes: prepare(`SELECT uid, published, published_estimated, fetched_at,
			coalesce(content_hash, '') || ':' || coalesce(length(full_text), '-') || ':' || coalesce(updated_at, '') FROM articles`).raw(),
		articlesByUids: prepare(`SELECT ${articleColumns} FROM articles a LEFT JOIN read_state r ON r.uid = a.uid
			WHERE a.uid IN (SELECT value FROM json_each(?))`),
		contentVersion: prepare('SELECT version FROM articles_version WHERE id = 1').pluck(),
	};
}

export class Articles {
	private readonly statements: ReturnType<typeof prepare>;
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
	/**
	 * While a refresh holds the store (deferIndexing … flushIndex): rows above this id wait for their index entries;
	 * null otherwise. With how many rows the commits since added, and what the transaction under way indexed (its new
	 * mark, taken over only once it commits).
	 */
	private deferredIndexAbove: number | null = null;
	private deferredRows = 0;
	private pendingIndexAbove: number | null = null;

	constructor(private readonly db: Database.Database, private readonly feeds: FeedStates) {
		this.statements = prepare(db);
		this.commitFeedTransaction = this.db.transaction((state: FeedState, articles: Article[]) => {
			this.pendingSkippedOld = 0;
			this.pendingReturned = 0;
			const newCount = this.commitFeedRows(state, articles);
			this.indexDeferredRowsIfMany(newCount);
			return newCount;
		});
		// No savepoint per feed: FTS5 writes its pending index data out at every savepoint, which costs as much as a
		// commit per feed. A feed that fails takes the batch back with it, and the batch is then stored feed by feed.
		this.commitFeedsTransaction = this.db.transaction((commits: readonly FeedCommit[]) => {
			this.pendingSkippedOld = 0;
			this.pendingReturned = 0;
			const counts = commits.map(commit => this.commitFeedRows(commit.state, commit.articles));
			this.indexDeferredRowsIfMany(counts.reduce((sum, count) => sum + count, 0));
			return counts;
		});
	}

	/**
	 * The commits that follow leave their new rows out of the full-text index until `indexChunkRows` have gathered,
	 * then index them in one INSERT … SELECT within the commit that passes it; flushIndex indexes the rest. Each commit
	 * flushed its rows' pending index data into a segment of its own, and FTS5 merged those as they piled up: in the
	 * farm's cold refresh (10,000 items, a commit per batch of up to 16 feeds) ≈ 0.2 s of this thread's CPU
	 * (bench/findings.md, eighteenth session). A row is searchable once its chunk is indexed, at the latest when its
	 * refresh ends. The index triggers leave a row that is not indexed alone (migration 16), so a removal or an
	 * update meanwhile, from any process, cannot corrupt the index; a refresh that was killed left its rows above the
	 * last indexed one, and the next refresh indexes them.
	 */
	deferIndexing(): void {
		if (this.deferredIndexAbove !== null) return;
		this.deferredIndexAbove = this.statements.lastIndexedId.get() as number;
		this.deferredRows = 0;
	}

	/** Indexes what the commits since deferIndexing left out, and ends the deferral. */
	flushIndex(): void {
		const above = this.deferredIndexAbove;
		if (above === null) return;
		this.deferredIndexAbove = null;
		if (!this.db.open) return;
		withBusyRetry(() => this.db.transaction(() => this.statements.indexUnindexedAbove.run({above})).immediate());
	}

	/**
	 * Within a commit: indexes the deferred rows once there are many. Not all at the refresh's end: there, only this
	 * thread works (the parse worker is done), where a chunk indexed between two batches overlaps the worker's parsing.
	 */
	private indexDeferredRowsIfMany(newRows: number): void {
		this.pendingIndexAbove = null;
		const above = this.deferredIndexAbove;
		if (above === null || this.deferredRows + newRows < indexChunkRows) return;
		this.statements.indexUnindexedAbove.run({above});
		this.pendingIndexAbove = this.statements.maxArticleId.get() as number;
	}

	/** After a commit: the deferral's mark and count as that commit left them (a commit taken back leaves them as they were). */
	private takeDeferredIndex(newRows: number): void {
		if (this.deferredIndexAbove === null) return;
		if (this.pendingIndexAbove === null) {
			this.deferredRows += newRows;
		} else {
			this.deferredIndexAbove = this.pendingIndexAbove;
			this.deferredRows = 0;
		}
	}

	commitFeed(state: FeedState, articles: Article[]): number {
		const newCount = withBusyRetry(() => this.commitFeedTransaction.immediate(state, articles));
		this.skippedOld += this.pendingSkippedOld;
		this.returned += this.pendingReturned;
		this.takeDeferredIndex(newCount);
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
			this.takeDeferredIndex(counts.reduce((sum, count) => sum + count, 0));
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

	/**
	 * Changes whenever an article is added, removed, changed by a refresh or given a full text: what a
	 * result computed from the articles (the briefing snapshot) is keyed by. Read marks are not part of it.
	 */
	contentVersion(): string {
		return String(this.statements.contentVersion.get() as number);
	}

	/** One article, with its links (the other reads leave them out: only the reader shows them). */
	article(uid: string): StoredArticle | undefined {
		const row = this.statements.articleByUid.get(uid) as (ArticleRow & {links: string | null}) | undefined;
		if (!row) return undefined;
		const article = toArticle(row);
		const links = storedLinks(row.links);
		return links.length > 0 ? {...article, links} : article;
	}

	/**
	 * When these articles were fetched and published, and whether they are read, by uid (unknown uids left out): what
	 * "new" is decided from (rank.ts isNewReport over reportArrival). One query, no article's text read.
	 */
	arrivalTimes(uids: readonly string[]): Map<string, Arrival> {
		const rows = uids.length === 0 ? [] : this.statements.arrivalTimes.all(JSON.stringify(uids)) as Array<[string, string, string, string | null]>;
		return new Map(rows.map(([uid, fetchedAt, published, readAt]) => [uid, {fetchedAt, published, read: readAt !== null}]));
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

	/** Whether any stored article came from a feed fetched over the network, not from the bundled snapshots' files. */
	holdsFetchedArticles(): boolean {
		return this.statements.anyFetched.get() !== undefined;
	}

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

	/**
	 * Deletes articles published more than `days` days ago unless starred (0: none), with their index entries and
	 * cached analyses (the cache's rows go with their article: ON DELETE CASCADE); and, whatever `days`, the cached
	 * analyses a newer version of their analyzer replaced (analysis-cache.ts collectSupersededAnalyses).
	 */
	applyRetention(days: number, now = new Date()): RetentionResult {
		const cutoff = days > 0 ? now.getTime() - (days * 86_400_000) : undefined;
		const purgedAt = now.toISOString();
		return withBusyRetry(() => this.db.transaction(() => {
			let deleted = 0;
			if (cutoff !== undefined) {
				const condition = `published_ms < @cutoff AND uid NOT IN (SELECT uid FROM read_state WHERE starred = 1)`;
				this.db.prepare(`INSERT OR REPLACE INTO purged_items (feed_url, item_id, purged_at)
					SELECT feed_url, item_id, @purgedAt FROM articles WHERE ${condition}`).run({cutoff, purgedAt});
				deleted = this.db.prepare(`DELETE FROM articles WHERE ${condition}`).run({cutoff}).changes;
				// Tombstones outlive their articles by one more window; feeds rarely carry items that old.
				this.db.prepare('DELETE FROM purged_items WHERE purged_at < ?').run(new Date(cutoff).toISOString());
				this.db.prepare('DELETE FROM story_state WHERE last_seen < ?').run(new Date(cutoff).toISOString());
			}

			collectSupersededAnalyses(this.db);
			return {deleted};
		}).immediate());
	}

	/** Keeps the full text read from the article's page, and its links; they replace the feed's from then on. */
	setFullText(uid: string, text: string, links: readonly ArticleLink[] = []): boolean {
		return withBusyRetry(() => this.statements.setFullText.run(text, linksColumn(links), uid)).changes > 0;
	}

	/**
	 * The stored item's retitle when the feed changed its title (spacing and case aside), else undefined. A title the
	 * item had before (a headline flipped back, an A/B test) is no news; a new one is (a live blog's next entry).
	 */
	private retitle(feedUrl: string, article: Article): Retitle | undefined {
		const row = this.statements.storedTitle.get(feedUrl, article.itemId) as [string, string, string | null] | undefined;
		if (!row || titleWords(row[1]) === titleWords(article.title)) return undefined;
		const [uid, title, seenTitles] = row;
		const seen = seenTitles?.split(' ') ?? [titleKey(title)];
		const key = titleKey(article.title);
		return {uid, seenTitles: [...seen.filter(other => other !== key), key].slice(-seenTitlesKept).join(' '), news: !seen.includes(key)};
	}

	private commitFeedRows(state: FeedState, articles: Article[]): number {
		let newCount = 0;
		const nowMs = Date.now();
		const title = articles.find(article => article.feedTitle !== '')?.feedTitle ?? '';
		// The feed row first: articles reference it.
		this.feeds.record(state, title, articles.length, 0);
		if (articles.length === 0) {
			// Not modified, or failed: only the feed's state changes (most feeds of most refreshes).
			return 0;
		}

		// Two reads per feed instead of two lookups per article: item id → [content hash, links].
		const known = new Map((this.statements.feedItemHashes.all(state.url) as Array<[string, string, string | null]>)
			.map(([itemId, hash, links]) => [itemId, [hash, links] as const]));
		const purged = new Set(this.statements.purgedItemIds.all(state.url) as string[]);
		// New rows get their index entries in one INSERT … SELECT over the ids above this (rowids grow), far
		// cheaper than one trigger run per row; deferred, in one at the refresh's end (deferIndexing). Outside a
		// refresh, from the last indexed row, not the last row: a killed refresh's rows above it are indexed with these
		// (review V18 #20) — from the last row, this commit's rows raised the last indexed id over them, and no later
		// refresh, whose deferral starts at that id, would have indexed them.
		const deferred = this.deferredIndexAbove !== null;
		let indexedUpTo = this.deferredIndexAbove ?? this.statements.lastIndexedId.get() as number;
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

			const links = linksColumn(article.links);
			const contentHash = articleHash(article);
			const stored = known.get(article.itemId);
			if (stored?.[0] === contentHash) {
				if (stored[1] !== links) {
					this.statements.setLinks.run(links, state.url, article.itemId);
					known.set(article.itemId, [contentHash, links]);
				}

				continue;
			}

			// A changed item given a title it never had (not a new spacing or case) is unread again and arrives now; a
			// change of the body alone (a typo fixed) keeps it read. Read before the upsert overwrites the title.
			const retitled = stored === undefined ? undefined : this.retitle(state.url, article);

			if (insertedHere.has(article.itemId) && !deferred) {
				// The same item again, changed: its row's update trigger rewrites index entries, which must exist by then
				// (deferred, the trigger leaves the row alone and the flush indexes its last text).
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
				links,
			);
			known.set(article.itemId, [contentHash, links]);
			if (retitled !== undefined) {
				this.statements.setSeenTitles.run(retitled.seenTitles, retitled.uid);
				if (retitled.news) {
					this.statements.arrivedAgain.run(article.fetchedAt, retitled.uid);
					this.statements.unread.run(retitled.uid);
				}
			}

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

		if (!deferred) indexNewRows();

		if (newCount > 0) {
			this.statements.addToContentVersion.run(newCount);
			this.feeds.record(state, title, articles.length, newCount);
		}

		return newCount;
	}
}
