// Schema migrations of the SQLite store, applied in order and recorded in PRAGMA user_version.

import type Database from 'better-sqlite3';
import {hasCjk} from '../text/cjk.js';
import {articleHash} from './article-hash.js';
import {cjkIndexText} from './cjk-bigrams.js';
import {indexedBody} from './indexed-body.js';

/** Each step moves the schema from version index to index + 1; it runs inside its own transaction. */
/** The text the index reads of a row (`articles`, `old` or `new`): the summary only where the content lacks it. */
const ftsBody = (row: string): string => `CASE WHEN instr(${row}.content, ${row}.summary) > 0 THEN ${row}.content ELSE ${row}.summary || char(10) || ${row}.content END`;
/** In a trigger of articles: the old row's index entries out, the new row's in (migration 16; 11 writes its own out). */
const ftsDeleteOld = `INSERT INTO articles_fts(articles_fts, rowid, title, body, cjk_title, cjk_body)
				VALUES ('delete', old.id, old.title, ${ftsBody('old')}, old.cjk_title, old.cjk_body);`;
const ftsInsertNew = `INSERT INTO articles_fts(rowid, title, body, cjk_title, cjk_body)
				VALUES (new.id, new.title, ${ftsBody('new')}, new.cjk_title, new.cjk_body);`;

export const migrations: ReadonlyArray<(db: Database.Database) => void> = [
	// 0 → 1: the first schema.
	db => {
		db.exec(`
			CREATE TABLE feeds (
				url TEXT PRIMARY KEY,
				title TEXT NOT NULL DEFAULT '',
				status TEXT NOT NULL DEFAULT 'new',
				error TEXT NOT NULL DEFAULT '',
				last_fetch TEXT,
				last_success TEXT,
				etag TEXT,
				last_modified TEXT,
				items_last_fetch INTEGER NOT NULL DEFAULT 0,
				new_last_fetch INTEGER NOT NULL DEFAULT 0
			);

			-- An explicit integer key keeps rowids stable across VACUUM, which the external-content FTS index relies on.
			CREATE TABLE articles (
				id INTEGER PRIMARY KEY,
				uid TEXT NOT NULL UNIQUE,
				feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
				item_id TEXT NOT NULL,
				feed_title TEXT NOT NULL DEFAULT '',
				url TEXT NOT NULL DEFAULT '',
				canonical_url TEXT NOT NULL DEFAULT '',
				title TEXT NOT NULL DEFAULT '',
				author TEXT NOT NULL DEFAULT '',
				published TEXT NOT NULL,
				published_ms INTEGER NOT NULL,
				published_estimated INTEGER NOT NULL DEFAULT 0,
				summary TEXT NOT NULL DEFAULT '',
				content TEXT NOT NULL DEFAULT '',
				language TEXT NOT NULL DEFAULT 'und',
				fetched_at TEXT NOT NULL,
				updated_at TEXT,
				UNIQUE (feed_url, item_id)
			);
			CREATE INDEX articles_published ON articles(published_ms);
			CREATE INDEX articles_canonical_url ON articles(canonical_url);

			CREATE TABLE read_state (
				uid TEXT PRIMARY KEY REFERENCES articles(uid) ON DELETE CASCADE,
				read_at TEXT,
				starred INTEGER NOT NULL DEFAULT 0,
				starred_at TEXT
			);
			CREATE INDEX read_state_starred ON read_state(starred) WHERE starred = 1;

			CREATE TABLE story_state (
				story_id TEXT PRIMARY KEY,
				last_seen TEXT NOT NULL
			);

			CREATE TABLE analysis_cache (
				uid TEXT NOT NULL REFERENCES articles(uid) ON DELETE CASCADE,
				analyzer TEXT NOT NULL,
				content_hash TEXT NOT NULL,
				result TEXT NOT NULL,
				created_at TEXT NOT NULL,
				PRIMARY KEY (uid, analyzer)
			);

			-- Items removed by retention, so the next refresh does not bring them back as "new".
			CREATE TABLE purged_items (
				feed_url TEXT NOT NULL,
				item_id TEXT NOT NULL,
				purged_at TEXT NOT NULL,
				PRIMARY KEY (feed_url, item_id)
			);

			-- Title plus one body text: the summary is indexed only when the content does not already contain it,
			-- which halves the indexing work for the many feeds whose content repeats the teaser.
			CREATE VIEW articles_fts_source AS
				SELECT id, title, CASE WHEN instr(content, summary) > 0 THEN content ELSE summary || char(10) || content END AS body
				FROM articles;
			CREATE VIRTUAL TABLE articles_fts USING fts5(
				title, body,
				content='articles_fts_source', content_rowid='id',
				tokenize = 'unicode61 remove_diacritics 2'
			);
			CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
				INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title,
					CASE WHEN instr(new.content, new.summary) > 0 THEN new.content ELSE new.summary || char(10) || new.content END);
			END;
			CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
				INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title,
					CASE WHEN instr(old.content, old.summary) > 0 THEN old.content ELSE old.summary || char(10) || old.content END);
			END;
			CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, content ON articles BEGIN
				INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title,
					CASE WHEN instr(old.content, old.summary) > 0 THEN old.content ELSE old.summary || char(10) || old.content END);
				INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title,
					CASE WHEN instr(new.content, new.summary) > 0 THEN new.content ELSE new.summary || char(10) || new.content END);
			END;
		`);
	},
	// 1 → 2: a hash of each article's stored fields, so a refresh skips unchanged items without touching SQLite;
	// and the index is only rewritten when indexed text really changed, not on every upsert.
	db => {
		db.exec(`
			ALTER TABLE articles ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
			DROP TRIGGER articles_fts_update;
			CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, content ON articles
			WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.content IS NOT new.content
			BEGIN
				INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title,
					CASE WHEN instr(old.content, old.summary) > 0 THEN old.content ELSE old.summary || char(10) || old.content END);
				INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title,
					CASE WHEN instr(new.content, new.summary) > 0 THEN new.content ELSE new.summary || char(10) || new.content END);
			END;
		`);
	},
	// 2 → 3: the full article text fetched from the page (reader's `F`), kept apart from the feed's text so
	// the next refresh, which brings the teaser again, does not overwrite it.
	db => {
		db.exec('ALTER TABLE articles ADD COLUMN full_text TEXT');
	},
	// 3 → 4: the last computed briefing, with a key naming its inputs, so the app can show it at once on start.
	db => {
		db.exec(`
			CREATE TABLE briefing_snapshot (
				name TEXT PRIMARY KEY,
				input_key TEXT NOT NULL,
				result TEXT NOT NULL,
				created_at TEXT NOT NULL
			);
		`);
	},
	// 4 → 5: a counter every insert, change and removal of an article moves, so results computed from the
	// articles (the briefing snapshot) know when they are stale without scanning the table.
	db => {
		db.exec(`
			CREATE TABLE articles_version (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				version INTEGER NOT NULL
			);
			INSERT INTO articles_version (id, version) VALUES (1, 0);
			CREATE TRIGGER articles_version_insert AFTER INSERT ON articles BEGIN
				UPDATE articles_version SET version = version + 1 WHERE id = 1;
			END;
			CREATE TRIGGER articles_version_update AFTER UPDATE ON articles BEGIN
				UPDATE articles_version SET version = version + 1 WHERE id = 1;
			END;
			CREATE TRIGGER articles_version_delete AFTER DELETE ON articles BEGIN
				UPDATE articles_version SET version = version + 1 WHERE id = 1;
			END;
		`);
	},
	// 5 → 6: new articles are indexed by the store, one INSERT … SELECT per committed feed, instead of by a
	// per-row trigger: over the bench's 10,000 articles that halves the cost of storing them (≈ 1.0 s → 0.5 s).
	// Changes and removals keep their triggers. Rows inserted by other means than ArticleStore are not indexed.
	db => {
		db.exec('DROP TRIGGER articles_fts_insert');
	},
	// 6 → 7: the full-text index merges its segments once 16 of a level have piled up instead of 4. Every refresh
	// batch writes a segment; merging them four at a time was ≈ 60 ms of the bench farm's cold refresh (≈ 10 % of
	// its store work) for searches that read a few more small segments. Results are the same either way.
	db => {
		db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16)").run();
	},
	// 7 → 8: two per-row costs of a refresh's inserts, each ≈ 5–10 % of storing the bench farm's 10,000 articles.
	// The content version is moved by the store once per feed by the number of rows it inserted (the same count
	// the per-row trigger gave; changes and removals keep their triggers). Links are looked up by an index on their
	// last 16 characters instead of the whole canonical URL (often 80–120 bytes): new articles land at random
	// places of that index, and every batch commit wrote each leaf page it touched again; the short keys fill a
	// quarter of the pages. sameAs compares the whole URL as before, so its answers are the same.
	db => {
		db.exec(`
			DROP TRIGGER articles_version_insert;
			DROP INDEX articles_canonical_url;
			CREATE INDEX articles_canonical_url_tail ON articles(substr(canonical_url, -16));
		`);
	},
	// 8 → 9: how often a feed is asked. Consecutive failures and since when (the background refresh backs off; the
	// feed list says how long), the server's Retry-After, the feed's own max-age, and 410 Gone. A feed stored as
	// failing counts as failing once, since its last fetch: when the run began is not known.
	db => {
		db.exec(`
			ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE feeds ADD COLUMN failing_since TEXT;
			ALTER TABLE feeds ADD COLUMN retry_after TEXT;
			ALTER TABLE feeds ADD COLUMN fresh_until TEXT;
			ALTER TABLE feeds ADD COLUMN gone INTEGER NOT NULL DEFAULT 0;
			UPDATE feeds SET failures = 1, failing_since = last_fetch WHERE status = 'error';
		`);
	},
	// 9 → 10: the refresh lock (store/refresh-lock.ts): at most one row, the process that refreshes now.
	db => {
		db.exec(`
			CREATE TABLE refresh_lock (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				pid INTEGER NOT NULL,
				started_at TEXT NOT NULL
			);
		`);
	},
	// 10 → 11: a word inside a run of Chinese, Japanese or Korean characters is found (cjk-bigrams.ts). Two columns
	// hold the pairs of characters of the title's and the body's CJK runs, empty for the other articles (most: they pay
	// a test for CJK characters at each store and two empty columns); the index takes them as two more columns, built
	// again from the table. Its statements are written out here, not shared with a later step (review V18 #20): a
	// later edit of a shared text would change what this step does to a store being upgraded.
	db => {
		db.exec(`
			ALTER TABLE articles ADD COLUMN cjk_title TEXT NOT NULL DEFAULT '';
			ALTER TABLE articles ADD COLUMN cjk_body TEXT NOT NULL DEFAULT '';
		`);
		const pairs: Array<[string, string, number]> = [];
		for (const [id, title, summary, content] of db.prepare('SELECT id, title, summary, content FROM articles').raw().iterate() as IterableIterator<[number, string, string, string]>) {
			if (hasCjk(title) || hasCjk(summary) || hasCjk(content)) pairs.push([cjkIndexText(title), cjkIndexText(indexedBody(summary, content)), id]);
		}

		const update = db.prepare('UPDATE articles SET cjk_title = ?, cjk_body = ? WHERE id = ?');
		for (const row of pairs) update.run(...row);

		db.exec(`
			DROP TRIGGER articles_fts_delete;
			DROP TRIGGER articles_fts_update;
			DROP TABLE articles_fts;
			DROP VIEW articles_fts_source;
			CREATE VIEW articles_fts_source AS
				SELECT id, title, CASE WHEN instr(articles.content, articles.summary) > 0 THEN articles.content ELSE articles.summary || char(10) || articles.content END AS body, cjk_title, cjk_body
				FROM articles;
			CREATE VIRTUAL TABLE articles_fts USING fts5(
				title, body, cjk_title, cjk_body,
				content='articles_fts_source', content_rowid='id',
				tokenize = 'unicode61 remove_diacritics 2'
			);
			CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
				INSERT INTO articles_fts(articles_fts, rowid, title, body, cjk_title, cjk_body)
				VALUES ('delete', old.id, old.title, CASE WHEN instr(old.content, old.summary) > 0 THEN old.content ELSE old.summary || char(10) || old.content END, old.cjk_title, old.cjk_body);
			END;
			CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, content, cjk_title, cjk_body ON articles
			WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.content IS NOT new.content
				OR old.cjk_title IS NOT new.cjk_title OR old.cjk_body IS NOT new.cjk_body
			BEGIN
				INSERT INTO articles_fts(articles_fts, rowid, title, body, cjk_title, cjk_body)
				VALUES ('delete', old.id, old.title, CASE WHEN instr(old.content, old.summary) > 0 THEN old.content ELSE old.summary || char(10) || old.content END, old.cjk_title, old.cjk_body);
				INSERT INTO articles_fts(rowid, title, body, cjk_title, cjk_body)
				VALUES (new.id, new.title, CASE WHEN instr(new.content, new.summary) > 0 THEN new.content ELSE new.summary || char(10) || new.content END, new.cjk_title, new.cjk_body);
			END;
			INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
			INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
		`);
	},
	// A feed's last error by key beside its English words ({"key", "params"} as JSON): the interface says it in its
	// language without reading the English. Errors stored before stay NULL here and are recognised by their words.
	db => {
		db.exec('ALTER TABLE feeds ADD COLUMN error_text TEXT');
	},
	// 12 → 13: an article's links (JSON: address, words, where in the text), the feed's and those of the page F read,
	// kept beside their texts as full_text is. NULL for none, and for every article stored before: a refresh stores the
	// links of the items its feeds still carry. The full-text index reads named columns only, never these.
	db => {
		db.exec(`
			ALTER TABLE articles ADD COLUMN links TEXT;
			ALTER TABLE articles ADD COLUMN full_text_links TEXT;
		`);
	},
	// 13 → 14: links are no longer part of an article's content hash (article-hash.ts): a feed whose hrefs change at
	// every fetch rewrote its unchanged articles at every refresh. The hashes of the rows with links are computed again
	// without them, so the first refresh after the upgrade does not rewrite those rows either; and the content version
	// no longer moves when an update writes the links alone (the briefing does not read them). The version trigger
	// names every column but `links`: a column added later joins the list.
	db => {
		db.exec('DROP TRIGGER articles_version_update');
		// One row's text at a time (a store kept for months holds tens of thousands with links); only [hash, id] is kept,
		// written after the read ends: the connection cannot update while it iterates (as migration 11).
		const hashes: Array<[string, number]> = [];
		for (const [id, title, summary, content, url, author, feedTitle, language, published, estimated] of db.prepare(`SELECT id, title, summary,
			content, url, author, feed_title, language, published, published_estimated FROM articles WHERE links IS NOT NULL`).raw().iterate() as IterableIterator<[number, string, string, string, string, string, string, string, string, number]>) {
			hashes.push([articleHash({title, summary, content, url, author, feedTitle, language, published, publishedEstimated: estimated === 1}), id]);
		}

		const update = db.prepare('UPDATE articles SET content_hash = ? WHERE id = ?');
		for (const row of hashes) update.run(...row);

		db.exec(`
			CREATE TRIGGER articles_version_update AFTER UPDATE OF uid, feed_url, item_id, feed_title, url, canonical_url, title,
				author, published, published_ms, published_estimated, summary, content, language, fetched_at, updated_at,
				content_hash, full_text, full_text_links, cjk_title, cjk_body ON articles
			BEGIN
				UPDATE articles_version SET version = version + 1 WHERE id = 1;
			END;
		`);
	},
	// 14 → 15: the titles an item has had (review V16 #5), as short keys of their words, newest last (articles.ts
	// titleKey): a feed that flips a headline back to one the item already had (an A/B test) brings no news, where a new
	// title does. NULL for an item that kept its first title (most; the rows stored before). The version trigger names
	// the new column too (test/store/version-trigger.test.ts): it is written only with a new title.
	db => {
		db.exec(`
			ALTER TABLE articles ADD COLUMN seen_titles TEXT;
			DROP TRIGGER articles_version_update;
			CREATE TRIGGER articles_version_update AFTER UPDATE OF uid, feed_url, item_id, feed_title, url, canonical_url, title,
				author, published, published_ms, published_estimated, summary, content, language, fetched_at, updated_at,
				content_hash, full_text, full_text_links, cjk_title, cjk_body, seen_titles ON articles
			BEGIN
				UPDATE articles_version SET version = version + 1 WHERE id = 1;
			END;
		`);
	},
	// 15 → 16: a refresh indexes its new rows once at its end (articles.ts deferIndexing), so a row may be stored and
	// not indexed yet — for the rest of a refresh, or after a refresh that was killed until the next one. The index
	// triggers touch only rows the index holds (FTS5's docsize row for the rowid): a 'delete' of a row it never held
	// corrupts an external-content index, and such a row's update is indexed by the flush with its last text.
	db => {
		db.exec(`
			DROP TRIGGER articles_fts_delete;
			DROP TRIGGER articles_fts_update;
			CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
			WHEN EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id)
			BEGIN
				${ftsDeleteOld}
			END;
			CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, content, cjk_title, cjk_body ON articles
			WHEN (old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.content IS NOT new.content
				OR old.cjk_title IS NOT new.cjk_title OR old.cjk_body IS NOT new.cjk_body)
				AND EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id)
			BEGIN
				${ftsDeleteOld}
				${ftsInsertNew}
			END;
		`);
	},
	// 16 → 17: the read counts per feed (marks.ts readCounts: the feed manager's unread/stored, walk 13 #250) walk the
	// articles by feed with each one's uid for its read mark; the (feed_url, item_id) index holds no uid, so every row
	// was read from the table (265–340 ms over the bench's 10,000 articles at load 18, 1 s cold). With the uid in the
	// index the count reads the index alone, and a feed's articles are marked read from it (marks.ts markFeedRead).
	db => {
		db.exec('CREATE INDEX articles_feed_uid ON articles(feed_url, uid)');
	},
	// 17 → 18: a counter every write of a feed's row moves (a refresh writes each feed it asked, a 304 and a failure
	// too; an add, a move, a removal), beside the articles' content version: together they tell an app that another
	// process (`lagebild refresh` from cron, walk 13 #256) changed what it shows (ArticleStore.changeStamp).
	db => {
		db.exec(`
			CREATE TABLE feeds_version (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				version INTEGER NOT NULL
			);
			INSERT INTO feeds_version (id, version) VALUES (1, 0);
			CREATE TRIGGER feeds_version_insert AFTER INSERT ON feeds BEGIN
				UPDATE feeds_version SET version = version + 1 WHERE id = 1;
			END;
			CREATE TRIGGER feeds_version_update AFTER UPDATE ON feeds BEGIN
				UPDATE feeds_version SET version = version + 1 WHERE id = 1;
			END;
			CREATE TRIGGER feeds_version_delete AFTER DELETE ON feeds BEGIN
				UPDATE feeds_version SET version = version + 1 WHERE id = 1;
			END;
		`);
	},
];

export const schemaVersion = migrations.length;

/** Brings the database up to the newest schema; refuses files written by a newer lagebild. */
export function migrate(db: Database.Database, steps: ReadonlyArray<(db: Database.Database) => void> = migrations): void {
	const current = db.pragma('user_version', {simple: true}) as number;
	if (current > steps.length) {
		throw new Error(`the database was written by a newer lagebild (schema ${current}, this one knows ${steps.length})`);
	}

	for (let version = current; version < steps.length; version++) {
		const step = steps[version];
		if (!step) {
			break;
		}

		// IMMEDIATE: a second process starting at the same time waits instead of migrating twice.
		db.transaction(() => {
			const now = db.pragma('user_version', {simple: true}) as number;
			if (now !== version) {
				return;
			}

			step(db);
			db.pragma(`user_version = ${version + 1}`);
		}).immediate();
	}
}
