// Feed state in the store: each feed's fetch outcome, validators and back-off, its moves and removal, the refresh lock.

import type Database from 'better-sqlite3';
import {errorTextFrom, type ErrorText} from '../i18n/error-keys.js';
import type {FeedState, FeedStatus} from '../model/feed.js';
import type {FeedHold} from '../model/refresh.js';
import {withBusyRetry} from './busy-retry.js';
import {refreshHolder, takeRefreshLock} from './refresh-lock.js';

interface FeedRow {
	url: string;
	title: string;
	status: string;
	error: string;
	/** {key, params} as JSON (schema 12); NULL for no error, words no key fits, and errors stored before. */
	error_text: string | null;
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

const feedStatuses = new Set<FeedStatus>(['new', 'ok', 'not-modified', 'error']);

/** The row's error by key, when it has one this version knows with every param its words need (errorTextFrom). */
function storedErrorText(row: FeedRow): {errorText?: ErrorText} {
	if (!row.error || !row.error_text) return {};
	try {
		const text = errorTextFrom(JSON.parse(row.error_text));
		return text ? {errorText: text} : {};
	} catch {
		return {};
	}
}

function toFeedState(row: FeedRow): FeedState & {title: string} {
	return {
		url: row.url,
		title: row.title,
		status: feedStatuses.has(row.status as FeedStatus) ? (row.status as FeedStatus) : 'new',
		error: row.error,
		...storedErrorText(row),
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

function prepare(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
		feedState: prepare(`SELECT f.*, (SELECT count(*) FROM articles WHERE feed_url = f.url) AS article_count
			FROM feeds f WHERE f.url = ?`),
		feedStates: prepare(`SELECT f.*, (SELECT count(*) FROM articles WHERE feed_url = f.url) AS article_count
			FROM feeds f ORDER BY f.url`),
		upsertFeed: prepare(`INSERT INTO feeds (url, title, status, error, error_text, last_fetch, last_success, etag, last_modified, items_last_fetch, new_last_fetch,
				failures, failing_since, retry_after, fresh_until, gone)
			VALUES (@url, @title, @status, @error, @errorText, @lastFetch, @lastSuccess, @etag, @lastModified, @items, @newCount,
				@failures, @failingSince, @retryAfter, @freshUntil, @gone)
			ON CONFLICT(url) DO UPDATE SET
				title = CASE WHEN excluded.title != '' THEN excluded.title ELSE feeds.title END,
				status = excluded.status, error = excluded.error, error_text = excluded.error_text, last_fetch = excluded.last_fetch,
				last_success = excluded.last_success, etag = excluded.etag, last_modified = excluded.last_modified,
				failures = excluded.failures, failing_since = excluded.failing_since, retry_after = excluded.retry_after,
				fresh_until = excluded.fresh_until, gone = excluded.gone,
				items_last_fetch = CASE WHEN excluded.status = 'ok' THEN excluded.items_last_fetch ELSE feeds.items_last_fetch END,
				new_last_fetch = excluded.new_last_fetch`),
		validatedFeedUrls: prepare('SELECT url FROM feeds WHERE etag IS NOT NULL OR last_modified IS NOT NULL').pluck(),
		// Two one-row tables (migrations 5 and 18): what a poll costs.
		changeStamp: prepare(`SELECT (SELECT version FROM articles_version WHERE id = 1) || '.'
			|| (SELECT version FROM feeds_version WHERE id = 1)`).pluck(),
		refreshHolds: prepare(`SELECT url, last_fetch, failures, retry_after, fresh_until, gone FROM feeds
			WHERE failures > 0 OR retry_after IS NOT NULL OR fresh_until IS NOT NULL OR gone = 1`).raw(),
	};
}

export class FeedStates {
	private readonly statements: ReturnType<typeof prepare>;

	constructor(private readonly db: Database.Database, private readonly file: string) {
		this.statements = prepare(db);
	}

	getFeedState(url: string): (FeedState & {title: string}) | undefined {
		const row = this.statements.feedState.get(url) as FeedRow | undefined;
		return row ? toFeedState(row) : undefined;
	}

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
	 * What a refresh changes — the stored articles (their content version) and the feeds' rows — as one value: a value
	 * unlike the one read before means this or another process (`lagebild refresh` from cron) changed them since.
	 * Read marks, stars, the analysis cache and snapshots do not move it.
	 */
	changeStamp(): string {
		return this.statements.changeStamp.get() as string;
	}

	/** Another live process refreshing this store now (its pid), whose commits go on until it ends; else undefined. */
	refreshingElsewhere(): number | undefined {
		if (this.file === ':memory:') return undefined;
		return refreshHolder(this.db);
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

	/** Writes a feed's row as a refresh left it: its title (kept when empty), state and counts of the last fetch. */
	record(state: FeedState, title: string, items: number, newCount: number): void {
		this.statements.upsertFeed.run(this.feedParameters(state, title, items, newCount));
	}

	private feedParameters(state: FeedState, title: string, items: number, newCount: number): Record<string, string | number | null> {
		return {
			url: state.url,
			title,
			status: state.status,
			error: state.error,
			errorText: state.error && state.errorText ? JSON.stringify(state.errorText) : null,
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
