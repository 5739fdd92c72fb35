// Marks in the store: read and starred articles, and when each story was last seen.

import type Database from 'better-sqlite3';
import {articleColumns, type ArticleRow, type StoredArticle, toArticle} from './articles.js';
import {withBusyRetry} from './busy-retry.js';

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
	};
}

export class Marks {
	private readonly statements: ReturnType<typeof prepare>;

	constructor(private readonly db: Database.Database) {
		this.statements = prepare(db);
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
