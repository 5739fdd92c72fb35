import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import type {Article} from '../../source/model/article.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

const feedA = 'https://a.example/feed.xml';
const feedB = 'https://b.example/rss';

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-store-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

describe('commitFeed', () => {
	it('stores a feed with its articles and counts only new ones', () => {
		const first = [makeArticle(feedA, '1'), makeArticle(feedA, '2')];
		expect(store.commitFeed(okState(feedA, {etag: '"v1"'}), first)).toBe(2);
		expect(store.commitFeed(okState(feedA), [...first, makeArticle(feedA, '3')])).toBe(1);
		expect(store.count()).toBe(3);
		const state = store.getFeedState(feedA);
		expect(state?.status).toBe('ok');
		expect(state?.articleCount).toBe(3);
		expect(state?.title).toBe('Test Feed');
		expect(store.getFeedState(feedB)).toBeUndefined();
	});

	it('keeps the file settings of the connection: WAL, foreign keys, busy timeout', () => {
		expect(store.db.pragma('journal_mode', {simple: true})).toBe('wal');
		expect(store.db.pragma('foreign_keys', {simple: true})).toBe(1);
		expect(store.db.pragma('busy_timeout', {simple: true})).toBe(5000);
		expect(store.db.pragma('user_version', {simple: true})).toBe(migrations.length);
	});

	it('updates a changed article in place and keeps its star, and its read mark unless the title changed', () => {
		const original = makeArticle(feedA, 'x', {title: 'Erste Fassung'});
		store.commitFeed(okState(feedA), [original]);
		store.markRead([original.uid]);
		store.setStarred([original.uid]);
		const changed = {...original, title: 'Zweite Fassung', content: 'Neuer Text über Zürich'};
		expect(store.commitFeed(okState(feedA), [changed])).toBe(0);
		const stored = store.article(original.uid);
		expect(stored?.title).toBe('Zweite Fassung');
		// A new title is news again (walk 10 #218, retitled-item.test.ts); a body change alone keeps the mark.
		expect(stored?.read).toBe(false);
		expect(stored?.starred).toBe(true);
		store.markRead([original.uid]);
		store.commitFeed(okState(feedA), [{...changed, content: 'Neuer Text über Zürich und Basel'}]);
		expect(store.article(original.uid)).toMatchObject({read: true, starred: true});
		expect(store.search('Zweite').map(hit => hit.uid)).toEqual([original.uid]);
		expect(store.search('Erste')).toEqual([]);
		expect(store.search('zurich').map(hit => hit.uid)).toEqual([original.uid]);
		// A change outside the indexed text (the outlet renamed itself) keeps the index as it is and consistent.
		store.commitFeed(okState(feedA), [{...changed, feedTitle: 'Renamed Feed'}]);
		expect(store.search('Zweite').map(hit => hit.feedTitle)).toEqual(['Renamed Feed']);
		store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
	});

	it('keeps the first estimated publication time when the feed still gives none', () => {
		const first = makeArticle(feedA, 'undated', {published: '2026-11-20T10:00:00.000Z', publishedEstimated: true});
		store.commitFeed(okState(feedA), [first]);
		store.commitFeed(okState(feedA), [{...first, published: '2026-11-21T10:00:00.000Z'}]);
		expect(store.article(first.uid)?.published).toBe('2026-11-20T10:00:00.000Z');
		store.commitFeed(okState(feedA), [{...first, published: '2026-11-19T08:00:00.000Z', publishedEstimated: false}]);
		expect(store.article(first.uid)?.published).toBe('2026-11-19T08:00:00.000Z');
		expect(store.article(first.uid)?.publishedEstimated).toBe(false);
	});

	it('leaves nothing behind when a commit fails midway, and other feeds untouched', () => {
		store.commitFeed(okState(feedB), [makeArticle(feedB, 'b1')]);
		const articles = [makeArticle(feedA, '1'), makeArticle(feedA, '2'), makeArticle(feedB, 'stray'), makeArticle(feedA, '4')];
		expect(() => store.commitFeed(okState(feedA), articles)).toThrow(/belongs to/);
		expect(store.getFeedState(feedA)).toBeUndefined();
		expect(store.articles({feedUrls: [feedA]})).toEqual([]);
		expect(store.count()).toBe(1);
		expect(store.search('Summary').map(hit => hit.feedUrl)).toEqual([feedB]);
	});

	it('records an error state without touching stored articles', () => {
		store.commitFeed(okState(feedA, {etag: '"e1"'}), [makeArticle(feedA, '1')]);
		store.commitFeed(okState(feedA, {status: 'error', error: 'HTTP 500', lastSuccess: '2026-11-20T10:05:00.000Z', etag: '"e1"'}), []);
		const state = store.getFeedState(feedA);
		expect(state).toMatchObject({status: 'error', error: 'HTTP 500', etag: '"e1"', articleCount: 1});
	});

	it('keeps the same link from two feeds once per feed and knows they are the same', () => {
		const a = makeArticle(feedA, 'a', {url: 'https://www.news.example/story?utm_source=rss#top'});
		const b = makeArticle(feedB, 'b', {url: 'http://News.example:80/story/'});
		store.commitFeed(okState(feedA), [a, a]);
		store.commitFeed(okState(feedB), [b]);
		expect(store.count()).toBe(2);
		expect(store.sameAs(a.uid)).toEqual([b.uid]);
		expect(store.sameAs(b.uid)).toEqual([a.uid]);
	});

	it('stores 200 feeds × 50 real items, skips unchanged ones and re-indexes changed ones', async () => {
		// Real articles from the shared fixture feeds, spread over 200 feed URLs.
		const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/feeds');
		const real: Article[] = [];
		for (const name of readdirSync(fixtures).filter(file => !file.startsWith('broken'))) {
			const parsed = await parseFeedText(await readFeedFile(path.join(fixtures, name)), {feedUrl: `file:${name}`, fetchedAt: '2026-11-20T10:05:00.000Z', settings: defaultSettings});
			real.push(...parsed.articles);
		}

		expect(real.length).toBeGreaterThan(200);
		const feeds = Array.from({length: 200}, (_, f) => {
			const url = `https://feed${f}.example/rss`;
			return {url, articles: Array.from({length: 50}, (_, i) => {
				const source = real[((f * 50) + i) % real.length]!;
				return makeArticle(url, `item-${i}`, {...source, uid: `${f}-${i}`, feedUrl: url, itemId: `item-${i}`});
			})};
		});
		// Timings of this workload live in the benchmark (bench/), not here: a test on a shared machine can't time.
		let added = 0;
		for (const feed of feeds) {
			added += store.commitFeed(okState(feed.url), feed.articles);
		}

		expect(added).toBe(10_000);
		// A refresh where nothing changed stores nothing new; then one where five of each feed's fifty items changed.
		for (const feed of feeds) {
			expect(store.commitFeed(okState(feed.url), feed.articles)).toBe(0);
		}

		const again = feeds.map(feed => ({url: feed.url, articles: feed.articles.map((article, i) => (i < 5 ? {...article, title: `${article.title} (aktualisiert)`} : article))}));
		for (const feed of again) {
			expect(store.commitFeed(okState(feed.url), feed.articles)).toBe(0);
		}

		expect(store.count()).toBe(10_000);
		expect(store.search('aktualisiert')).toHaveLength(50);
	});
});

describe('queries', () => {
	beforeEach(() => {
		store.commitFeed(okState(feedA), [
			makeArticle(feedA, 'old', {published: '2026-11-01T00:00:00.000Z', title: 'Old one'}),
			makeArticle(feedA, 'mid', {published: '2026-11-10T00:00:00.000Z', title: 'Middle one'}),
		]);
		store.commitFeed(okState(feedB), [makeArticle(feedB, 'new', {published: '2026-11-20T00:00:00.000Z', title: 'New one'})]);
	});

	it('lists articles newest first inside a window', () => {
		expect(store.articles().map(a => a.itemId)).toEqual(['new', 'mid', 'old']);
		expect(store.articles({since: '2026-11-05T00:00:00Z'}).map(a => a.itemId)).toEqual(['new', 'mid']);
		expect(store.articles({since: '2026-11-05T00:00:00Z', until: '2026-11-15T00:00:00Z'}).map(a => a.itemId)).toEqual(['mid']);
		expect(store.articles({order: 'oldest', limit: 2}).map(a => a.itemId)).toEqual(['old', 'mid']);
		expect(store.articles({feedUrls: [feedB]}).map(a => a.itemId)).toEqual(['new']);
		expect(store.newestPublished()).toBe('2026-11-20T00:00:00.000Z');
	});

	it('marks many read and unread, stars and unstars', () => {
		const [newest, middle, oldest] = store.articles();
		store.markRead([newest!.uid, middle!.uid]);
		expect(store.articles({unreadOnly: true}).map(a => a.uid)).toEqual([oldest!.uid]);
		store.markRead([newest!.uid], false);
		expect(store.articles({unreadOnly: true}).map(a => a.uid)).toEqual([newest!.uid, oldest!.uid]);
		store.setStarred([oldest!.uid, middle!.uid]);
		expect(store.starred().map(a => a.uid)).toEqual([middle!.uid, oldest!.uid]);
		store.setStarred([middle!.uid], false);
		expect(store.starred().map(a => a.uid)).toEqual([oldest!.uid]);
		expect(store.article(middle!.uid)?.read).toBe(true);
		store.markRead(['no-such-uid']);
	});

	it('remembers when a story was last seen', () => {
		expect(store.storyLastSeen('s1')).toBeUndefined();
		store.markStoriesSeen(['s1', 's2'], '2026-11-20T12:00:00.000Z');
		expect(store.storyLastSeen('s2')).toBe('2026-11-20T12:00:00.000Z');
	});

	it('caches analysis results by content hash', () => {
		const uid = store.articles()[0]!.uid;
		store.putAnalysis(uid, 'quotes@1', 'h1', {quotes: [{text: 'x'}]});
		expect(store.getAnalysis(uid, 'quotes@1', 'h1')).toEqual({quotes: [{text: 'x'}]});
		expect(store.getAnalysis(uid, 'quotes@1', 'h2')).toBeUndefined();
		expect(store.getAnalysis(uid, 'quotes@2', 'h1')).toBeUndefined();
	});

	it('counts the articles with a cached result of one analyzer, whatever their content hash', () => {
		const [first, second] = store.articles().map(article => article.uid);
		store.putAnalysis(first!, 'quotes@1', 'h1', {});
		store.putAnalysis(second!, 'quotes@2', 'h1', {});
		expect(store.analysisCount([first!, second!, 'no-such-uid'], 'quotes@1')).toBe(1);
		expect(store.analysisCount([first!, second!], 'quotes@2')).toBe(1);
		expect(store.analysisCount([], 'quotes@1')).toBe(0);
	});

	it('removes a feed with its articles', () => {
		expect(store.removeFeed(feedA)).toBe(2);
		expect(store.feedStates().map(f => f.url)).toEqual([feedB]);
		expect(store.search('one').map(hit => hit.feedUrl)).toEqual([feedB]);
	});
});

describe('search', () => {
	beforeEach(() => {
		store.commitFeed(okState(feedA), [
			makeArticle(feedA, 'de', {title: 'Selenskyj trifft Müller in Köln', summary: 'Gespräche über Straßenbau und Grüße', content: 'Der Präsident sagte: "Wir brauchen Hilfe."'}),
			makeArticle(feedA, 'en', {title: 'Ukraine talks resume', summary: 'Foo and bar meet near the border', content: 'NEAR the front, "foo" OR bar* were heard.'}),
		]);
	});

	it('finds words with and without umlauts and diacritics', () => {
		const de = store.articles().find(a => a.itemId === 'de')!.uid;
		for (const query of ['Müller', 'muller', 'KÖLN', 'koln', 'Präsident', 'praSident', 'Straßenbau', 'selensk*', 'grüße müller']) {
			expect(store.search(query).map(hit => hit.uid), query).toEqual([de]);
		}

		// unicode61 keeps ß as a letter of its own; the Swiss spelling "strassenbau" is found as another spelling.
		expect(store.search('strassenbau').map(hit => hit.uid)).toEqual([de]);
	});

	it('returns title, feed, published and a marked snippet', () => {
		const [hit] = store.search('border');
		expect(hit).toMatchObject({title: 'Ukraine talks resume', feedTitle: 'Test Feed', feedUrl: feedA, published: '2026-11-20T10:00:00.000Z'});
		expect(hit?.snippet).toContain('[border]');
	});

	it('treats hostile query text as plain words', () => {
		const hostile = ['"foo" OR bar*', 'NEAR(', 'NEAR(foo bar)', 'title:foo', '"', '***', '(', 'AND', 'foo OR', '-foo', '^foo', '{title summary}: foo', "'; DROP TABLE articles; --", '\u0000', ''];
		for (const query of hostile) {
			expect(() => store.search(query), query).not.toThrow();
		}

		const en = store.articles().find(a => a.itemId === 'en')!.uid;
		expect(store.search('"foo" OR bar*').map(hit => hit.uid)).toEqual([en]);
		expect(store.search('NEAR(').map(hit => hit.uid)).toEqual([en]);
		expect(store.search('title:foo')).toEqual([]);
		expect(store.search('***')).toEqual([]);
		expect(store.count()).toBe(2);
	});
});

describe('retention', () => {
	it('deletes old articles unless starred, with their index and cache entries, and does not take them back', () => {
		const now = new Date('2026-11-25T00:00:00Z');
		const old = makeArticle(feedA, 'old', {published: '2026-10-01T00:00:00Z', title: 'Vergessene Meldung'});
		const starredOld = makeArticle(feedA, 'kept', {published: '2026-10-01T00:00:00Z', title: 'Gemerkte Meldung'});
		const fresh = makeArticle(feedA, 'fresh', {published: '2026-11-24T00:00:00Z', title: 'Frische Meldung'});
		store.commitFeed(okState(feedA), [old, starredOld, fresh]);
		store.setStarred([starredOld.uid]);
		store.markRead([old.uid]);
		store.putAnalysis(old.uid, 'quotes@1', 'h', {x: 1});
		expect(store.applyRetention(30, now)).toEqual({deleted: 1});
		expect(store.articles().map(a => a.itemId).sort()).toEqual(['fresh', 'kept']);
		expect(store.search('Vergessene')).toEqual([]);
		expect(store.search('Meldung')).toHaveLength(2);
		expect(store.db.prepare('SELECT count(*) FROM analysis_cache').pluck().get()).toBe(0);
		expect(store.db.prepare('SELECT count(*) FROM read_state WHERE uid = ?').pluck().get(old.uid)).toBe(0);
		expect(store.commitFeed(okState(feedA), [old, starredOld, fresh])).toBe(0);
		expect(store.count()).toBe(2);
		// FTS stays consistent with its content table.
		store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
	});

	it('with a refresh window, does not store items already past it, counts them once, and still updates stored ones', () => {
		const now = new Date('2026-11-25T00:00:00Z');
		const starredOld = makeArticle(feedA, 'kept', {published: '2026-10-01T00:00:00Z'});
		store.commitFeed(okState(feedA), [starredOld]);
		store.setStarred([starredOld.uid]);
		const old = makeArticle(feedA, 'old', {published: '2026-10-01T00:00:00Z'});
		const fresh = makeArticle(feedA, 'fresh', {published: '2026-11-24T00:00:00Z'});
		store.setRefreshWindow(30, now);
		expect(store.commitFeed(okState(feedA), [old, old, {...starredOld, title: 'Changed'}, fresh])).toBe(1);
		expect(store.takeSkippedOld()).toBe(1);
		expect(store.articles().map(a => a.itemId).sort()).toEqual(['fresh', 'kept']);
		expect(store.article(starredOld.uid)?.title).toBe('Changed');
		expect(store.commitFeeds([{state: okState(feedA), articles: [old, fresh]}])).toEqual([0]);
		expect(store.takeSkippedOld()).toBe(0);
		// Without a window (bundled snapshots, --source files) old items are stored as before; one skipped stays skipped.
		store.setRefreshWindow(null);
		const older = makeArticle(feedA, 'older', {published: '2026-09-01T00:00:00Z'});
		expect(store.commitFeed(okState(feedA), [older, old])).toBe(1);
		expect(store.takeSkippedOld()).toBe(0);
		expect(store.articles().map(a => a.itemId)).not.toContain('old');
	});

	it('stores an item it skipped or purged once the window is widened, but never an undated one again', () => {
		const now = new Date('2026-11-25T00:00:00Z');
		const old = makeArticle(feedA, 'old', {published: '2026-10-01T00:00:00Z'});
		const undated = makeArticle(feedA, 'undated', {published: '2026-09-01T00:00:00Z', publishedEstimated: true});
		store.setRefreshWindow(30, now);
		expect(store.commitFeed(okState(feedA), [old, undated])).toBe(0);
		// Retention raised to 90 days: the dated item is inside the window now and is stored, as new.
		store.setRefreshWindow(90, now);
		expect(store.commitFeed(okState(feedA), [old, undated])).toBe(1);
		expect(store.articles().map(a => a.itemId)).toEqual(['old']);
		// Retention off (0): a purged dated item comes back too.
		store.applyRetention(30, now);
		expect(store.articles()).toEqual([]);
		store.setRefreshWindow(0, now);
		expect(store.commitFeed(okState(feedA), [old, undated])).toBe(1);
		expect(store.articles().map(a => a.itemId)).toEqual(['old']);
	});

	it('counts the items that came back because the window was widened, once, apart from the truly new ones', () => {
		const now = new Date('2026-11-25T00:00:00Z');
		const skipped = makeArticle(feedA, 'skipped', {published: '2026-10-01T00:00:00Z'});
		const purged = makeArticle(feedB, 'purged', {published: '2026-10-02T00:00:00Z'});
		store.commitFeed(okState(feedB), [purged]);
		store.applyRetention(30, now);
		store.setRefreshWindow(30, now);
		expect(store.commitFeed(okState(feedA), [skipped])).toBe(0);
		expect(store.takeSkippedOld()).toBe(1);
		expect(store.takeReturned()).toBe(0);
		// retentionDays 30 → 90: both are inside the window; with them one item never seen before.
		store.setRefreshWindow(90, now);
		const fresh = makeArticle(feedA, 'fresh', {published: '2026-11-24T00:00:00Z'});
		expect(store.commitFeeds([{state: okState(feedA), articles: [skipped, fresh]}, {state: okState(feedB), articles: [purged]}])).toEqual([2, 1]);
		expect(store.takeReturned()).toBe(2);
		expect(store.takeReturned()).toBe(0);
		// Stored now: the next refresh finds them known, neither new nor back.
		expect(store.commitFeed(okState(feedA), [skipped, fresh])).toBe(0);
		expect(store.takeReturned()).toBe(0);
	});
});

describe('commitFeeds', () => {
	async function realArticles(): Promise<Article[]> {
		const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/feeds');
		const real: Article[] = [];
		for (const name of readdirSync(fixtures).filter(file => !file.startsWith('broken'))) {
			const parsed = await parseFeedText(await readFeedFile(path.join(fixtures, name)), {feedUrl: `file:${name}`, fetchedAt: '2026-11-20T10:05:00.000Z', settings: defaultSettings});
			real.push(...parsed.articles);
		}

		return real;
	}

	it('stores batches of feeds with a full-text index equal to the one feed-by-feed commits build', async () => {
		const real = await realArticles();
		const feeds = Array.from({length: 40}, (_, f) => {
			const url = `https://feed${f}.example/rss`;
			return {url, articles: Array.from({length: 30}, (_, i) => {
				const source = real[((f * 30) + i) % real.length]!;
				return makeArticle(url, `item-${i}`, {...source, uid: `${f}-${i}`, feedUrl: url, itemId: `item-${i}`});
			})};
		});
		// One feed carries the same item twice, changed in between: the second write updates a row stored moments before.
		const twice = feeds[7]!.articles[3]!;
		feeds[7]!.articles.push({...twice, title: `${twice.title} zweite Fassung`});
		const other = new ArticleStore(path.join(dir, 'one-by-one.db'));
		try {
			for (let start = 0; start < feeds.length; start += 16) {
				const batch = feeds.slice(start, start + 16).map(feed => ({state: okState(feed.url), articles: feed.articles}));
				expect(store.commitFeeds(batch)).toEqual(batch.map(() => 30));
			}

			for (const feed of feeds) {
				other.commitFeed(okState(feed.url), feed.articles);
			}

			// Later refreshes: unchanged items skipped, changed ones re-indexed, in batches too.
			const changed = feeds.map(feed => ({state: okState(feed.url), articles: feed.articles.map((article, i) => (i < 2 ? {...article, title: `${article.title} aktualisiert`} : article))}));
			expect(store.commitFeeds(changed)).toEqual(changed.map(() => 0));
			for (const {state, articles} of changed) {
				other.commitFeed(state, articles);
			}

			store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
			// Feeds here share the real items' addresses: one hit per address, the other feeds' copies in alsoIn.
			expect(store.search('aktualisiert', {limit: 500}).reduce((count, hit) => count + 1 + (hit.alsoIn?.length ?? 0), 0)).toBe(80);
			expect(store.search('zweite Fassung')).toHaveLength(1);
			const words = ['aktualisiert', 'the', 'Merkel', 'Regierung', 'police', 'zweite', 'über'];
			for (const word of words) {
				const hits = store.search(word, {limit: 2000});
				expect(hits.map(hit => [hit.uid, hit.snippet]), word).toEqual(other.search(word, {limit: 2000}).map(hit => [hit.uid, hit.snippet]));
			}

			expect(words.some(word => store.search(word).length >= 10)).toBe(true);
		} finally {
			other.close();
		}
	});

	it('keeps the other feeds of a batch when one feed cannot be stored', () => {
		const foreign = makeArticle(feedB, 'x');
		const results = store.commitFeeds([
			{state: okState(feedA), articles: [makeArticle(feedA, '1'), makeArticle(feedA, '2')]},
			{state: okState('https://c.example/feed'), articles: [makeArticle('https://c.example/feed', 'c1'), foreign]},
			{state: okState(feedB), articles: [makeArticle(feedB, 'b1')]},
		]);
		expect(results[0]).toBe(2);
		expect(results[1]).toBeInstanceOf(Error);
		expect(String(results[1])).toMatch(/belongs to/);
		expect(results[2]).toBe(1);
		expect(store.articles().map(article => article.itemId).sort()).toEqual(['1', '2', 'b1']);
		expect(store.getFeedState('https://c.example/feed')).toBeUndefined();
		store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
	});
});

describe('migrations', () => {
	it('upgrades an old-version file step by step and keeps its data', () => {
		const file = path.join(dir, 'old.db');
		const old = new Database(file);
		migrate(old, migrations.slice(0, 1));
		old.prepare("INSERT INTO feeds (url, title) VALUES ('https://x.example/', 'X')").run();
		expect(old.pragma('user_version', {simple: true})).toBe(1);
		old.close();

		const addColumn = (db: Database.Database) => {
			db.exec("ALTER TABLE feeds ADD COLUMN note TEXT NOT NULL DEFAULT 'migrated'");
		};

		const db = new Database(file);
		migrate(db, [...migrations, addColumn]);
		expect(db.pragma('user_version', {simple: true})).toBe(migrations.length + 1);
		expect(db.prepare('SELECT title, note FROM feeds').get()).toEqual({title: 'X', note: 'migrated'});
		db.close();
	});

	it('rolls a failing step back and leaves the version where it was', () => {
		const file = path.join(dir, 'fail.db');
		const db = new Database(file);
		const broken = (d: Database.Database) => {
			d.exec('CREATE TABLE half_done (x)');
			throw new Error('step failed');
		};

		expect(() => migrate(db, [...migrations, broken])).toThrow('step failed');
		expect(db.pragma('user_version', {simple: true})).toBe(migrations.length);
		expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
		db.close();
	});

	it('lets the full-text index gather 16 segments of a level before merging them (a file made before that too)', () => {
		const file = path.join(dir, 'merge.db');
		const old = new Database(file);
		migrate(old, migrations.slice(0, 6));
		const automerge = (db: Database.Database) => db.prepare("SELECT v FROM articles_fts_config WHERE k = 'automerge'").pluck().get();
		expect(automerge(old)).toBeUndefined();
		old.close();
		const store = new ArticleStore(file);
		try {
			expect(automerge(store.db)).toBe(16);
		} finally {
			store.close();
		}
	});

	it('refuses a file from a newer version', () => {
		const file = path.join(dir, 'newer.db');
		const db = new Database(file);
		db.pragma('user_version = 99');
		db.close();
		expect(() => new ArticleStore(file)).toThrow(/newer lagebild/);
	});
});

describe('two processes', () => {
	it('waits for another process holding the write lock instead of failing', async () => {
		const file = path.join(dir, 'lagebild.db');
		const script = `
			const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
			const db = new Database(${JSON.stringify(file)});
			db.pragma('busy_timeout = 5000');
			db.exec('BEGIN IMMEDIATE');
			db.prepare("INSERT INTO feeds (url, title) VALUES ('https://other.example/', 'Other process')").run();
			process.stdout.write('locked\\n');
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600);
			db.exec('COMMIT');
			db.close();
		`;
		const child = spawn(process.execPath, ['-e', script], {stdio: ['ignore', 'pipe', 'inherit']});
		await new Promise<void>(resolve => {
			child.stdout.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('locked')) {
					resolve();
				}
			});
		});
		const started = Date.now();
		expect(store.commitFeed(okState(feedA), [makeArticle(feedA, '1')])).toBe(1);
		const waited = Date.now() - started;
		await new Promise(resolve => child.on('exit', resolve));
		expect(waited).toBeGreaterThan(200);
		expect(store.feedStates().map(f => f.url).sort()).toEqual([feedA, 'https://other.example/']);
	});

	it('retries with backoff when the lock is busy even without a busy timeout', async () => {
		const file = path.join(dir, 'lagebild.db');
		const impatient = new ArticleStore(file, {busyTimeoutMs: 0});
		try {
			const script = `
				const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
				const db = new Database(${JSON.stringify(file)});
				db.exec('BEGIN IMMEDIATE');
				process.stdout.write('locked\\n');
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
				db.exec('COMMIT');
				db.close();
			`;
			const child = spawn(process.execPath, ['-e', script], {stdio: ['ignore', 'pipe', 'inherit']});
			await new Promise<void>(resolve => {
				child.stdout.on('data', () => {
					resolve();
				});
			});
			expect(() => impatient.db.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
			expect(impatient.commitFeed(okState(feedA), [makeArticle(feedA, '1')])).toBe(1);
			await new Promise(resolve => child.on('exit', resolve));
			expect(impatient.count()).toBe(1);
		} finally {
			impatient.close();
		}
	});

	it('lets two connections write in turns and read each other\'s data', () => {
		const second = new ArticleStore(path.join(dir, 'lagebild.db'));
		try {
			for (let i = 0; i < 20; i++) {
				store.commitFeed(okState(feedA), [makeArticle(feedA, `a${i}`)]);
				second.commitFeed(okState(feedB), [makeArticle(feedB, `b${i}`)]);
				second.markRead([makeArticle(feedA, `a${i}`).uid]);
			}

			expect(store.count()).toBe(40);
			expect(store.articles({unreadOnly: true}).every(a => a.feedUrl === feedB)).toBe(true);
		} finally {
			second.close();
		}
	});
});
