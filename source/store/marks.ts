// Marks in the store: read and starred articles, and when each story was last seen.

import type Database from 'better-sqlite3';
import {articleColumns, type ArticleRow, type StoredArticle, toArticle} from './articles.js';
import {withBusyRetry} from './busy-retry.js';

/** A feed's stored articles and how many of them are unread, each row as the feed's own list shows it. */
export interface FeedReadCount {
	stored: number;
	unread: number;
}

/** What Marks.markFeedRead marked. */
export interface FeedMarked {
	/** The feed's own articles it marked (those that were unread). */
	count: number;
	/** Every uid it marked, the copies' in other feeds too: markRead(uids, false) takes the marks back. */
	uids: string[];
}

/** The read counts of the whole store (ReadCounts.readCounts). */
export interface ReadCounts {
	/** By feed URL; a feed with no stored article is not in it. */
	feeds: Map<string, FeedReadCount>;
	/**
	 * Over every feed, the copies of one address in several feeds (sameAs: an aggregator's and the outlet's) counted
	 * once, as the briefing shows them: one report, unread while any copy is (a read marks every copy; a copy that
	 * arrives after it is unread).
	 */
	stored: number;
	unread: number;
}

function prepare(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
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
		readUids: prepare('SELECT uid FROM read_state WHERE read_at IS NOT NULL').pluck(),
		storySeenAll: prepare('SELECT story_id, last_seen FROM story_state').raw(),
		// Reads the index articles_feed_uid alone (migration 17) and one read_state row per article.
		feedCounts: prepare(`SELECT a.feed_url, count(*), count(*) - count(r.read_at) FROM articles a
			LEFT JOIN read_state r ON r.uid = a.uid GROUP BY a.feed_url`).raw(),
		// The addresses stored more than once, each with its rows and unread rows: the index's tails first (read from
		// the index alone: LIMIT -1 keeps the subquery from being flattened into a scan that reads each row), then the
		// rows of the few tails found twice, grouped by their whole address (the expression as articles.ts sameAs).
		copyGroups: prepare(`WITH tails AS (SELECT tail FROM (SELECT substr(canonical_url, -16) AS tail FROM articles
				WHERE substr(canonical_url, -16) > '' LIMIT -1) GROUP BY tail HAVING count(*) > 1)
			SELECT count(*), count(*) - count(r.read_at) FROM tails JOIN articles a ON substr(a.canonical_url, -16) = tails.tail
			LEFT JOIN read_state r ON r.uid = a.uid
			WHERE a.canonical_url != '' GROUP BY a.canonical_url HAVING count(*) > 1`).raw(),
		feedUnread: prepare(`SELECT count(*) FROM articles a LEFT JOIN read_state r ON r.uid = a.uid
			WHERE a.feed_url = ? AND r.read_at IS NULL`).pluck(),
		// The unread copies (same address, another feed) of the feed's unread articles; run before the feed's own are
		// marked, which it reads. RETURNING names only the rows it marked: a row already read is not updated.
		markFeedCopiesRead: prepare(`INSERT INTO read_state (uid, read_at)
			SELECT DISTINCT b.uid, @at FROM articles a
				JOIN articles b ON substr(b.canonical_url, -16) = substr(a.canonical_url, -16) AND b.canonical_url = a.canonical_url
					AND b.feed_url != a.feed_url
				LEFT JOIN read_state ra ON ra.uid = a.uid
				LEFT JOIN read_state rb ON rb.uid = b.uid
			WHERE a.feed_url = @url AND a.canonical_url != '' AND ra.read_at IS NULL AND rb.read_at IS NULL
			ON CONFLICT(uid) DO UPDATE SET read_at = excluded.read_at WHERE read_state.read_at IS NULL
			RETURNING uid`).pluck(),
		markFeedRead: prepare(`INSERT INTO read_state (uid, read_at)
			SELECT a.uid, @at FROM articles a LEFT JOIN read_state r ON r.uid = a.uid WHERE a.feed_url = @url AND r.read_at IS NULL
			ON CONFLICT(uid) DO UPDATE SET read_at = excluded.read_at WHERE read_state.read_at IS NULL
			RETURNING uid`).pluck(),
	};
}

export class Marks {
	private readonly statements: ReturnType<typeof prepare>;

	constructor(private readonly db: Database.Database) {
		this.statements = prepare(db);
	}

	/**
	 * Stored and unread articles per feed and in all (see ReadCounts): ≈ 5–10 ms over the bench's 10,000 articles in
	 * 60 feeds (bench/findings.md, nineteenth session).
	 */
	readCounts(): ReadCounts {
		// One read transaction: a cron refresh committing between the two statements would mix two states.
		return this.db.transaction((): ReadCounts => {
			const feeds = new Map<string, FeedReadCount>();
			let stored = 0;
			let unread = 0;
			for (const [url, rows, unreadRows] of this.statements.feedCounts.all() as Array<[string, number, number]>) {
				feeds.set(url, {stored: rows, unread: unreadRows});
				stored += rows;
				unread += unreadRows;
			}

			for (const [rows, unreadRows] of this.statements.copyGroups.all() as Array<[number, number]>) {
				stored -= rows - 1;
				unread -= Math.max(0, unreadRows - 1);
			}

			return {feeds, stored, unread};
		})();
	}

	/** Uids of every article marked read. */
	readUids(): Set<string> {
		return new Set(this.statements.readUids.all() as string[]);
	}

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

	/** How many of the feed's stored articles are unread (all of them, however many; what A on a feed asks about). */
	feedUnreadCount(url: string): number {
		return this.statements.feedUnread.get(url) as number;
	}

	/**
	 * Marks every unread article of the feed read, and their unread copies in other feeds (as a story's read marks its
	 * copies), in one transaction: as newsboat's A, the whole feed, not the newest of its list.
	 */
	markFeedRead(url: string, at = new Date().toISOString()): FeedMarked {
		return withBusyRetry(() => this.db.transaction(() => {
			const copies = this.statements.markFeedCopiesRead.all({url, at}) as string[];
			const own = this.statements.markFeedRead.all({url, at}) as string[];
			return {count: own.length, uids: [...own, ...copies]};
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
}
