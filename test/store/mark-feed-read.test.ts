// A on a feed marks the whole feed (review V18 #14): every unread article, however many, with their copies.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/article.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from './make-article.js';

const busy = 'https://busy.example/live.xml';
const aggregator = 'https://news.example/rss';
const quiet = 'https://quiet.example/feed';

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-feed-read-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

/** 1,500 items a minute apart, the newest last: more than the 1,000 the app's list of a feed reads. */
function busyItems(): Article[] {
	return Array.from({length: 1500}, (_, index) => makeArticle(busy, `b${index}`, {
		published: new Date(Date.UTC(2026, 10, 20, 0, index)).toISOString(),
		url: `https://busy.example/items/${index}`,
	}));
}

function readAt(uid: string): string | null {
	return (store.db.prepare('SELECT read_at FROM read_state WHERE uid = ?').pluck().get(uid) as string | null | undefined) ?? null;
}

describe('markFeedRead', () => {
	it('marks all of a feed of 1,500 articles and their copies in other feeds, counts them first, and is taken back by markRead', () => {
		const items = busyItems();
		store.commitFeed(okState(busy), items);
		// The aggregator carries three of the oldest (beyond the newest 1,000), one of them read already, and one of its own.
		store.commitFeed(okState(aggregator), [
			makeArticle(aggregator, 'c0', {url: 'https://busy.example/items/0'}),
			makeArticle(aggregator, 'c1', {url: 'https://busy.example/items/1/'}),
			makeArticle(aggregator, 'c2', {url: 'https://busy.example/items/2?utm_medium=rss'}),
			makeArticle(aggregator, 'own'),
		]);
		store.commitFeed(okState(quiet), [makeArticle(quiet, 'q0')]);
		const copy = (id: string) => makeArticle(aggregator, id).uid;
		// Read before: 100 of the busy feed's (item 0 without its copy, items 10–58, the newest 50), and the aggregator's
		// copy of item 2 alone.
		const readBefore = [items[0]!, ...items.slice(10, 59), ...items.slice(-50)].map(item => item.uid);
		store.markRead(readBefore, true, '2026-11-21T08:00:00.000Z');
		store.markRead([copy('c2')], true, '2026-11-21T08:00:00.000Z');
		// The app's list of the feed reads its newest 1,000: the 450 older unread ones are beyond it.
		expect(store.articles({feedUrls: [busy], limit: 1000}).filter(article => !article.read)).toHaveLength(950);
		expect(store.feedUnreadCount(busy)).toBe(1400);

		const marked = store.markFeedRead(busy, '2026-11-27T19:00:00.000Z');
		expect(marked.count).toBe(1400);
		// Item 0's copy: item 0 was read before, so not touched; item 1's copy marked; item 2's copy was read already.
		const unreadBefore = items.filter(item => !readBefore.includes(item.uid)).map(item => item.uid);
		expect(new Set(marked.uids)).toEqual(new Set([...unreadBefore, copy('c1')]));
		expect(marked.uids).toHaveLength(1401);
		expect(store.feedUnreadCount(busy)).toBe(0);
		expect(store.readCounts().feeds.get(busy)).toEqual({stored: 1500, unread: 0});
		expect(store.readCounts().feeds.get(aggregator)).toEqual({stored: 4, unread: 2});
		expect(readAt(copy('c0'))).toBeNull();
		expect(store.readCounts().feeds.get(quiet)).toEqual({stored: 1, unread: 1});
		// Earlier marks keep their time.
		expect(readAt(items[0]!.uid)).toBe('2026-11-21T08:00:00.000Z');
		expect(readAt(copy('c2'))).toBe('2026-11-21T08:00:00.000Z');
		expect(readAt(items[700]!.uid)).toBe('2026-11-27T19:00:00.000Z');

		// Pressed again: nothing left.
		expect(store.markFeedRead(busy)).toEqual({count: 0, uids: []});

		// Taken back: exactly what was unread before is unread again.
		store.markRead(marked.uids, false);
		expect(store.feedUnreadCount(busy)).toBe(1400);
		expect(store.readCounts().feeds.get(aggregator)).toEqual({stored: 4, unread: 3});
		expect(readAt(items[0]!.uid)).toBe('2026-11-21T08:00:00.000Z');
		expect(readAt(copy('c2'))).toBe('2026-11-21T08:00:00.000Z');
	});

	it('is seen by another connection to the file once it returns', () => {
		store.commitFeed(okState(busy), busyItems());
		const other = new ArticleStore(store.file);
		try {
			expect(other.feedUnreadCount(busy)).toBe(1500);
			const versions: number[] = [];
			versions.push(other.db.pragma('data_version', {simple: true}) as number);
			store.markFeedRead(busy);
			versions.push(other.db.pragma('data_version', {simple: true}) as number);
			expect(other.feedUnreadCount(busy)).toBe(0);
			expect(versions[1]).not.toBe(versions[0]);
		} finally {
			other.close();
		}
	});

	it('marks nothing of a feed the store does not hold', () => {
		store.commitFeed(okState(quiet), [makeArticle(quiet, 'q0')]);
		expect(store.feedUnreadCount('https://unknown.example/feed')).toBe(0);
		expect(store.markFeedRead('https://unknown.example/feed')).toEqual({count: 0, uids: []});
		expect(store.feedUnreadCount(quiet)).toBe(1);
	});
});
