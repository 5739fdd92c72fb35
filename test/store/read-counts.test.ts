// The read counts per feed and in all (walk 13 #250, #251), and migration 17's index they read.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

const outlet = 'https://outlet.example/feed.xml';
const aggregator = 'https://news.example/rss';
const other = 'https://other.example/atom';

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-read-counts-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

const uidOf = (feed: string, item: string): string => makeArticle(feed, item).uid;

describe('readCounts', () => {
	it('counts each feed by its own rows and the total with copies of one address once', () => {
		// The outlet's five; the aggregator carries two of them (same address) and one of its own; another feed has two.
		store.commitFeed(okState(outlet), ['o1', 'o2', 'o3', 'o4', 'o5'].map(id => makeArticle(outlet, id)));
		store.commitFeed(okState(aggregator), [
			makeArticle(aggregator, 'g1', {url: 'https://outlet.example/o1?utm_source=agg'}),
			makeArticle(aggregator, 'g2', {url: 'https://www.example.org/o2'}),
			makeArticle(aggregator, 'g3'),
		]);
		store.commitFeed(okState(other), [makeArticle(other, 'x1'), makeArticle(other, 'x2')]);
		expect(store.sameAs(uidOf(outlet, 'o2'))).toEqual([uidOf(aggregator, 'g2')]);

		let counts = store.readCounts();
		expect(Object.fromEntries(counts.feeds)).toEqual({
			[outlet]: {stored: 5, unread: 5},
			[aggregator]: {stored: 3, unread: 3},
			[other]: {stored: 2, unread: 2},
		});
		// Ten rows, one of them a copy (g2 of o2; g1's address is outlet.example, not example.org): nine reports.
		expect([counts.stored, counts.unread]).toEqual([9, 9]);

		// Read as the app reads a story: the article and its copies.
		store.markRead([uidOf(outlet, 'o2'), ...store.sameAs(uidOf(outlet, 'o2')), uidOf(outlet, 'o3'), uidOf(other, 'x1')]);
		counts = store.readCounts();
		expect(counts.feeds.get(outlet)).toEqual({stored: 5, unread: 3});
		expect(counts.feeds.get(aggregator)).toEqual({stored: 3, unread: 2});
		expect(counts.feeds.get(other)).toEqual({stored: 2, unread: 1});
		expect([counts.stored, counts.unread]).toEqual([9, 6]);

		// Only one copy read (a copy that arrived after the read): unread in its feed's list and in the total, once.
		store.markRead([uidOf(outlet, 'o2')], false);
		counts = store.readCounts();
		expect(counts.feeds.get(outlet)).toEqual({stored: 5, unread: 4});
		expect(counts.feeds.get(aggregator)).toEqual({stored: 3, unread: 2});
		expect([counts.stored, counts.unread]).toEqual([9, 7]);

		store.markRead([uidOf(aggregator, 'g2')], false);
		expect(store.readCounts().unread).toBe(7);
	});

	it('does not take two addresses that end alike for copies', () => {
		const tail = '/2026/11/27/0123456789abcdef';
		store.commitFeed(okState(outlet), [makeArticle(outlet, 'a', {url: `https://outlet.example/one${tail}`})]);
		store.commitFeed(okState(other), [makeArticle(other, 'b', {url: `https://other.example/two${tail}`})]);
		store.commitFeed(okState(aggregator), [makeArticle(aggregator, 'c', {url: `https://outlet.example/one${tail}#top`})]);
		const counts = store.readCounts();
		expect([counts.stored, counts.unread]).toEqual([2, 2]);
		store.markRead([uidOf(outlet, 'a'), uidOf(aggregator, 'c')]);
		expect([store.readCounts().stored, store.readCounts().unread]).toEqual([2, 1]);
	});

	it('is empty for an empty store', () => {
		expect(store.readCounts()).toEqual({feeds: new Map(), stored: 0, unread: 0});
	});

	it('reads the per-feed counts from an index alone', () => {
		const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT a.feed_url, count(*), count(*) - count(r.read_at) FROM articles a
			LEFT JOIN read_state r ON r.uid = a.uid GROUP BY a.feed_url`).all() as Array<{detail: string}>;
		expect(plan.map(row => row.detail).join(' | ')).toContain('COVERING INDEX articles_feed_uid');
	});
});

describe('migration 17: the index of articles by feed and uid', () => {
	it('upgrades a store of schema 16 and counts its rows and read marks', () => {
		store.close();
		const file = path.join(dir, 'sixteen.db');
		const raw = new Database(file);
		migrate(raw, migrations.slice(0, 16));
		raw.prepare('INSERT INTO feeds (url) VALUES (?)').run(outlet);
		const insert = raw.prepare(`INSERT INTO articles (uid, feed_url, item_id, url, canonical_url, published, published_ms, fetched_at)
			VALUES (?, ?, ?, ?, ?, '2026-11-20T10:00:00.000Z', 0, '2026-11-20T10:05:00.000Z')`);
		for (const id of ['o1', 'o2', 'o3']) insert.run(`u-${id}`, outlet, id, `https://outlet.example/${id}`, `//outlet.example/${id}`);
		raw.prepare("INSERT INTO read_state (uid, read_at) VALUES ('u-o1', '2026-11-21T08:00:00.000Z')").run();
		expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'articles_feed_uid'").pluck().get()).toBe(0);
		raw.close();

		store = new ArticleStore(file);
		expect(store.db.pragma('user_version', {simple: true})).toBeGreaterThanOrEqual(17);
		expect(store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_feed_uid'").pluck().get())
			.toBe('CREATE INDEX articles_feed_uid ON articles(feed_url, uid)');
		expect(Object.fromEntries(store.readCounts().feeds)).toEqual({[outlet]: {stored: 3, unread: 2}});
		expect(store.db.pragma('integrity_check', {simple: true})).toBe('ok');
	});
});
