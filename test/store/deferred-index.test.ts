// A refresh's full-text index entries written once at its end (Articles.deferIndexing), and the index triggers of
// migration 16 that leave a row the index does not hold alone.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/article.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

let dir: string;
const feedA = 'https://a.example/feed';
const feedB = 'https://b.example/feed';

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-deferred-'));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

function items(feed: string, words: string, count: number): Article[] {
	return Array.from({length: count}, (_unused, index) => makeArticle(feed, `${words}-${index}`, {title: `${words} item ${index}`, content: `Body about ${words} number ${index}.`}));
}

/** FTS5's own check of the index against the articles (every row indexed, with its text). */
function integrity(store: ArticleStore): void {
	store.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
}

/** The index's every term instance, by article uid: equal for two stores that index the same texts. */
function indexDump(store: ArticleStore): unknown[] {
	store.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab('main', 'articles_fts', 'instance')");
	return store.db.prepare('SELECT a.uid, v.term, v.col, v."offset" FROM temp.vocab v JOIN articles a ON a.id = v.doc ORDER BY a.uid, v.col, v."offset"').raw().all();
}

const uidsOf = (store: ArticleStore, text: string): string[] => store.search(text).map(hit => hit.uid).sort();

describe('a refresh indexes its rows once, at its end', () => {
	it('finds them after the refresh lock is released, with the entries a commit-by-commit store has', () => {
		const deferred = new ArticleStore(path.join(dir, 'deferred.db'));
		const direct = new ArticleStore(path.join(dir, 'direct.db'));
		try {
			const commits = [{state: okState(feedA), articles: items(feedA, 'zorblax', 5)}, {state: okState(feedB), articles: items(feedB, 'quintar', 4)}];
			// The same item twice in one feed, changed: its last text is what is indexed.
			const twice = makeArticle(feedA, 'twice', {title: 'first words'});
			const again = {...twice, title: 'Second wording'};
			const release = deferred.lockRefresh();
			deferred.commitFeeds(commits);
			deferred.commitFeed(okState(feedA), [...commits[0]!.articles, twice, again]);
			expect(deferred.count()).toBe(10);
			// Stored, not searchable yet.
			expect(uidsOf(deferred, 'zorblax')).toEqual([]);
			release();

			direct.commitFeeds(commits);
			direct.commitFeed(okState(feedA), [...commits[0]!.articles, twice, again]);
			expect(uidsOf(deferred, 'zorblax')).toHaveLength(5);
			expect(uidsOf(deferred, 'zorblax')).toEqual(uidsOf(direct, 'zorblax'));
			expect(uidsOf(deferred, 'wording')).toEqual([twice.uid]);
			expect(uidsOf(deferred, 'first')).toEqual([]);
			integrity(deferred);
			integrity(direct);
			expect(indexDump(deferred)).toEqual(indexDump(direct));
		} finally {
			deferred.close();
			direct.close();
		}
	});

	it('indexes the rows in chunks within the refresh; a batch taken back leaves its rows to the commits that store them', () => {
		const store = new ArticleStore(path.join(dir, 'store.db'));
		try {
			const release = store.lockRefresh();
			store.commitFeed(okState(feedA), items(feedA, 'zorblax', 2490));
			expect(uidsOf(store, 'zorblax')).toEqual([]);
			// A feed of the batch fails: the batch is taken back and stored feed by feed; the good feed's commit passes
			// 2,500 rows and indexes the chunk.
			const good = {state: okState(feedB), articles: items(feedB, 'quintar', 20)};
			const bad = {state: okState('https://c.example/feed'), articles: items(feedA, 'wrongfeed', 1)};
			const outcomes = store.commitFeeds([good, bad]);
			expect(outcomes[0]).toBe(20);
			expect(outcomes[1]).toBeInstanceOf(Error);
			expect(store.search('zorblax', {limit: 5000})).toHaveLength(2490);
			expect(uidsOf(store, 'quintar')).toHaveLength(20);
			integrity(store);
			store.commitFeed(okState(feedA), [...items(feedA, 'zorblax', 2490), ...items(feedA, 'plinth', 3)]);
			expect(uidsOf(store, 'plinth')).toEqual([]);
			release();
			expect(uidsOf(store, 'plinth')).toHaveLength(3);
			integrity(store);
		} finally {
			store.close();
		}
	});

	it('indexes what was committed when the store is closed within the refresh (an interrupt between commits)', () => {
		const file = path.join(dir, 'store.db');
		const store = new ArticleStore(file);
		store.lockRefresh();
		store.commitFeed(okState(feedA), items(feedA, 'zorblax', 3));
		store.close();
		const reopened = new ArticleStore(file);
		try {
			expect(uidsOf(reopened, 'zorblax')).toHaveLength(3);
			integrity(reopened);
		} finally {
			reopened.close();
		}
	});

	it('leaves the index whole when rows it does not hold yet are removed or changed, and a killed refresh\'s rows are indexed by the next', () => {
		const file = path.join(dir, 'store.db');
		const store = new ArticleStore(file);
		store.commitFeed(okState(feedB), items(feedB, 'quintar', 2));
		store.lockRefresh();
		store.commitFeed(okState(feedA), items(feedA, 'zorblax', 3));
		store.commitFeed(okState(feedB), items(feedB, 'quintar', 3));
		// Killed: no release, no close of the store (the connection goes without a flush).
		store.db.close();

		// Another process meanwhile: removes one unindexed row, changes another's text, removes an indexed one.
		const other = new ArticleStore(file);
		try {
			const [gone, changed] = items(feedA, 'zorblax', 2);
			other.db.prepare('DELETE FROM articles WHERE uid = ?').run(gone!.uid);
			other.db.prepare("UPDATE articles SET title = 'Retold plinth' WHERE uid = ?").run(changed!.uid);
			other.db.prepare('DELETE FROM articles WHERE uid = ?').run(items(feedB, 'quintar', 1)[0]!.uid);
			expect(uidsOf(other, 'quintar')).toEqual(items(feedB, 'quintar', 2).slice(1).map(article => article.uid));
			// The next refresh indexes the rows the killed one left, with their text as it is now.
			other.lockRefresh()();
			expect(uidsOf(other, 'zorblax')).toEqual(items(feedA, 'zorblax', 3).slice(1).map(article => article.uid).sort());
			expect(uidsOf(other, 'plinth')).toEqual([changed!.uid]);
			expect(uidsOf(other, 'quintar')).toEqual(items(feedB, 'quintar', 3).slice(1).map(article => article.uid).sort());
			integrity(other);
		} finally {
			other.close();
		}
	});
});

describe('a commit outside a refresh after a killed one (review V18 #20)', () => {
	it('indexes the killed refresh\'s rows with its own, so none stays out of search', () => {
		const file = path.join(dir, 'store.db');
		const store = new ArticleStore(file);
		store.commitFeed(okState(feedB), items(feedB, 'quintar', 2));
		store.lockRefresh();
		store.commitFeed(okState(feedA), items(feedA, 'zorblax', 3));
		// Killed: no release, no close of the store (the connection goes without a flush).
		store.db.close();

		// A commit without the refresh lock (seeding, --source), then the next refresh.
		const other = new ArticleStore(file);
		try {
			other.db.prepare('DELETE FROM refresh_lock').run();
			expect(uidsOf(other, 'zorblax')).toEqual([]);
			other.commitFeed(okState(feedB), items(feedB, 'quintar', 4));
			expect(uidsOf(other, 'quintar')).toEqual(items(feedB, 'quintar', 4).map(article => article.uid).sort());
			expect(uidsOf(other, 'zorblax')).toEqual(items(feedA, 'zorblax', 3).map(article => article.uid).sort());
			other.lockRefresh()();
			expect(uidsOf(other, 'zorblax')).toHaveLength(3);
			integrity(other);
		} finally {
			other.close();
		}
	});
});

describe('migration 16: the index triggers touch only indexed rows', () => {
	it('upgrades a store of schema 15 whose removals and changes still reach the index', () => {
		const file = path.join(dir, 'lagebild.db');
		const raw = new Database(file);
		migrate(raw, migrations.slice(0, 15));
		expect(raw.pragma('user_version', {simple: true})).toBe(15);
		raw.close();
		const old = new ArticleStore(file);
		expect(old.db.pragma('user_version', {simple: true})).toBeGreaterThanOrEqual(16);
		old.commitFeed(okState(feedA), items(feedA, 'zorblax', 3));
		const [first, second] = items(feedA, 'zorblax', 2);
		old.db.prepare('DELETE FROM articles WHERE uid = ?').run(first!.uid);
		old.db.prepare("UPDATE articles SET title = 'Retold plinth', summary = '', content = 'Other words.' WHERE uid = ?").run(second!.uid);
		try {
			expect(uidsOf(old, 'zorblax')).toEqual([items(feedA, 'zorblax', 3)[2]!.uid]);
			expect(uidsOf(old, 'plinth')).toEqual([second!.uid]);
			integrity(old);
		} finally {
			old.close();
		}
	});
});
