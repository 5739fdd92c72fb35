// The refresh's insert path after migration 8: the content version moved once per feed, links found by their tail.

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
import {canonicalUrl} from '../../source/store/canonical-url.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-insert-'));
	store = new ArticleStore(path.join(dir, 'store.db'));
});
afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

/** The real fixture feeds' articles, each feed under its own URL. */
async function realFeeds(): Promise<Array<{url: string; articles: Article[]}>> {
	const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/feeds');
	const feeds = [];
	for (const name of readdirSync(fixtures).filter(file => !file.startsWith('broken'))) {
		const parsed = await parseFeedText(await readFeedFile(path.join(fixtures, name)), {feedUrl: `https://feeds.example/${name}`, fetchedAt: '2026-11-20T10:05:00.000Z', settings: defaultSettings});
		if (parsed.articles.length > 0) feeds.push({url: `https://feeds.example/${name}`, articles: parsed.articles});
	}

	return feeds;
}

describe('content version', () => {
	it('moves by one for every article inserted, changed or removed, as the per-row insert trigger did', async () => {
		// The old trigger's count, kept by a temporary trigger of this connection only: the oracle.
		store.db.exec(`
			CREATE TEMP TABLE row_events (n INTEGER NOT NULL);
			INSERT INTO row_events VALUES (0);
			CREATE TEMP TRIGGER count_insert AFTER INSERT ON main.articles BEGIN UPDATE row_events SET n = n + 1; END;
			CREATE TEMP TRIGGER count_update AFTER UPDATE ON main.articles BEGIN UPDATE row_events SET n = n + 1; END;
			CREATE TEMP TRIGGER count_delete AFTER DELETE ON main.articles BEGIN UPDATE row_events SET n = n + 1; END;
		`);
		const events = (): number => store.db.prepare('SELECT n FROM row_events').pluck().get() as number;
		const check = (): void => {
			expect(Number(store.contentVersion())).toBe(events());
		};

		const feeds = await realFeeds();
		expect(feeds.length).toBeGreaterThan(10);
		const before = store.contentVersion();
		// Feed by feed, and several feeds in one transaction.
		store.commitFeed(okState(feeds[0]!.url), feeds[0]!.articles);
		check();
		expect(store.contentVersion()).not.toBe(before);
		expect(store.commitFeeds(feeds.slice(1).map(feed => ({state: okState(feed.url), articles: feed.articles})))).toEqual(feeds.slice(1).map(feed => new Set(feed.articles.map(a => a.itemId)).size));
		check();
		// Nothing new: the version stays.
		const settled = store.contentVersion();
		store.commitFeed(okState(feeds[0]!.url), feeds[0]!.articles);
		expect(store.contentVersion()).toBe(settled);
		// Changed items, and one new item sent twice in one feed, the second time changed.
		const [first, second] = feeds[1]!.articles;
		const fresh = makeArticle(feeds[1]!.url, 'fresh-item');
		store.commitFeed(okState(feeds[1]!.url), [{...first!, title: `${first!.title} (neu)`}, second!, fresh, {...fresh, content: 'geändert'}]);
		check();
		// A feed that fails inside a batch: the batch is taken back and stored feed by feed.
		const stray = makeArticle(feeds[3]!.url, 'stray');
		const outcome = store.commitFeeds([
			{state: okState(feeds[2]!.url), articles: [makeArticle(feeds[2]!.url, 'new-2')]},
			{state: okState(feeds[4]!.url), articles: [stray]},
		]);
		expect(outcome[0]).toBe(1);
		expect(outcome[1]).toBeInstanceOf(Error);
		check();
		store.applyRetention(1, new Date('2027-06-01T00:00:00Z'));
		check();
		expect(store.count()).toBe(0);
	});
});

describe('sameAs by the tail index', () => {
	it('answers what a comparison of whole canonical URLs answers, also for links sharing their last 16 characters', async () => {
		const feeds = await realFeeds();
		// Links of other feeds to the same pages (written differently), and different pages with one tail.
		const echoes = feeds.slice(0, 4).flatMap(feed => feed.articles.slice(0, 5).map((article, i) => makeArticle('https://echo.example/rss', `${feed.url}#${i}`, {url: article.url.replace(/^https?:\/\/(?:www\.)?/i, 'http://www.') + '?utm_source=echo', published: `2026-11-2${i}T00:00:00.000Z`})));
		const tails = Array.from({length: 6}, (_, i) => makeArticle('https://tails.example/rss', `t${i}`, {url: `https://site${i % 3}.example/section/${'x'.repeat(i)}/2026/story/index.html`}));
		for (const feed of [...feeds, {url: 'https://echo.example/rss', articles: echoes}, {url: 'https://tails.example/rss', articles: tails}]) {
			store.commitFeed(okState(feed.url), feed.articles);
		}

		const rows = store.db.prepare('SELECT uid, canonical_url, published_ms FROM articles ORDER BY id').all() as Array<{uid: string; canonical_url: string; published_ms: number}>;
		expect(rows.length).toBeGreaterThan(300);
		let linked = 0;
		for (const row of rows) {
			const expected = row.canonical_url === '' ? [] : rows.filter(other => other.uid !== row.uid && other.canonical_url === row.canonical_url);
			const found = store.sameAs(row.uid);
			expect(new Set(found), row.canonical_url).toEqual(new Set(expected.map(other => other.uid)));
			// Ordered by publication time.
			const times = found.map(uid => rows.find(other => other.uid === uid)!.published_ms);
			expect(times).toEqual([...times].sort((a, b) => a - b));
			if (found.length > 0) linked++;
		}

		expect(linked).toBeGreaterThanOrEqual(echoes.length * 2);
		// Pages of different sites with one tail are not the same page.
		expect(store.sameAs(tails[0]!.uid)).toEqual([]);
		expect(canonicalUrl(tails[0]!.url).slice(-16)).toBe(canonicalUrl(tails[3]!.url).slice(-16));
		const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT b.uid FROM articles a JOIN articles b ON substr(b.canonical_url, -16) = substr(a.canonical_url, -16)
			AND b.canonical_url = a.canonical_url AND b.uid != ? WHERE a.uid = ? AND a.canonical_url != '' ORDER BY b.published_ms`).all('x', 'y') as Array<{detail: string}>;
		expect(plan.map(step => step.detail).join('\n')).toMatch(/USING INDEX articles_canonical_url_tail/);
	});
});

describe('migration 7 → 8', () => {
	it('keeps a version-7 file\'s articles, version and links, and moves the version by the store from then on', () => {
		// A version-7 file whose rows were counted by the old insert trigger.
		const file = path.join(dir, 'seven.db');
		const legacy = new Database(file);
		migrate(legacy, migrations.slice(0, 7));
		legacy.prepare("INSERT INTO feeds (url) VALUES ('https://a.example/rss'), ('https://b.example/rss')").run();
		const insert = legacy.prepare(`INSERT INTO articles (uid, feed_url, item_id, url, canonical_url, published, published_ms, fetched_at)
			VALUES (?, ?, ?, ?, ?, '2026-11-20T10:00:00.000Z', 0, '2026-11-20T10:05:00.000Z')`);
		insert.run('a1', 'https://a.example/rss', '1', 'https://www.news.example/story', '//news.example/story');
		insert.run('b1', 'https://b.example/rss', '1', 'http://news.example/story/', '//news.example/story');
		insert.run('b2', 'https://b.example/rss', '2', 'http://news.example/other', '//news.example/other');
		expect(legacy.prepare('SELECT version FROM articles_version').pluck().get()).toBe(3);
		legacy.close();

		const upgraded = new ArticleStore(file);
		try {
			expect(upgraded.db.pragma('user_version', {simple: true})).toBe(migrations.length);
			expect(upgraded.contentVersion()).toBe('3');
			expect(upgraded.sameAs('a1')).toEqual(['b1']);
			expect(upgraded.sameAs('b2')).toEqual([]);
			const triggers = upgraded.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'articles_version%' ORDER BY name").pluck().all();
			expect(triggers).toEqual(['articles_version_delete', 'articles_version_update']);
			upgraded.commitFeed(okState('https://a.example/rss'), [makeArticle('https://a.example/rss', '2'), makeArticle('https://a.example/rss', '3')]);
			expect(upgraded.contentVersion()).toBe('5');
		} finally {
			upgraded.close();
		}
	});
});
