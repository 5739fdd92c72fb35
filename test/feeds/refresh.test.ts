// refreshFeeds over a real loopback server with good and hostile feeds, committed to an in-memory store.

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import type {RefreshProgress} from '../../source/model/refresh.js';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {MemoryStore} from './memory-store.js';

const settings = {...defaultSettings, timeoutSeconds: 1, maxBodyBytes: 2 * 1024 * 1024, concurrency: 4};
let server: FeedServer;

beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => {
	await server.close();
});

const feed = (path: string, title = ''): FeedConfig => ({url: server.url(path), title, tags: [], enabled: true});

describe('refreshFeeds', () => {
	it('stores the good feeds and gives every bad one its own clear error', async () => {
		const store = new MemoryStore();
		const expectedErrors: Record<string, string | RegExp> = {
			'/status/404': 'HTTP 404 Not Found',
			'/status/500': 'HTTP 500 Internal Server Error',
			'/slow?ms=4000': 'timeout after 1 s',
			'/endless': 'too large (over 2 MB)',
			'/gzip-bomb': 'too large (over 2 MB)',
			'/loop/a': 'redirect loop',
			'/redirect/7/heraldsun-rss092.rss': 'too many redirects (over 5)',
			'/html': 'not a feed (got an HTML page)',
			'/malformed': /^XML error at line 4: /,
			'/billion-laughs': 'refused: XML entity declarations in DOCTYPE',
			'/ftp-redirect': 'unsupported URL scheme ftp: (redirect)',
			'/reset': /^connection (reset|closed) by the server$/,
		};
		const good = ['/ok/tagesschau-2021-02-18.rss', '/gzip/nyt-world-europe-2021-02-27.rss', '/br/orf-rdf-2025.rdf', '/deflate/heise-developer-2016.atom', '/redirect/3/slashdot-rdf.rdf', '/latin1-header', '/escapes'];
		const feeds = [...good.map((path) => feed(path)), ...Object.keys(expectedErrors).map((path) => feed(path)), {url: 'ftp://127.0.0.1/feed', title: 'FTP', tags: [], enabled: true}];
		const progress: RefreshProgress[] = [];
		const summary = await refreshFeeds(feeds, {settings, store, onProgress: (p) => progress.push(p)});

		expect(summary.results).toHaveLength(feeds.length);
		expect(summary.ok).toBe(good.length);
		expect(summary.failed).toBe(Object.keys(expectedErrors).length + 1);
		for (const [path, expected] of Object.entries(expectedErrors)) {
			const result = summary.results.find((r) => r.url === server.url(path))!;
			expect(result.outcome, path).toBe('error');
			if (typeof expected === 'string') expect(result.error, path).toBe(expected);
			else expect(result.error, path).toMatch(expected);
			expect(store.getFeedState(server.url(path))).toMatchObject({status: 'error', error: result.error});
		}
		expect(summary.results.at(-1)).toMatchObject({outcome: 'error', error: 'unsupported URL scheme ftp:'});
		for (const path of good) {
			const articles = store.articlesOf(server.url(path));
			expect(articles.length, path).toBeGreaterThan(0);
			expect(store.getFeedState(server.url(path))).toMatchObject({status: 'ok', articleCount: articles.length});
		}
		expect(summary.newArticles).toBe(store.articles.size);
		expect(store.articlesOf(server.url('/ok/tagesschau-2021-02-18.rss'))).toHaveLength(38);

		expect(progress).toHaveLength(feeds.length);
		expect(progress.map((p) => p.done)).toEqual(feeds.map((_, i) => i + 1));
		expect(progress.at(-1)).toMatchObject({done: feeds.length, total: feeds.length, failed: summary.failed});
	});

	it('commits a 304 as not-modified without reparsing and keeps the validators', async () => {
		const store = new MemoryStore();
		const feeds = [feed('/ok/guardian-us-politics-2018.rss', 'The Guardian (mine)')];
		const first = await refreshFeeds(feeds, {settings, store});
		expect(first.results[0]).toMatchObject({outcome: 'ok', title: 'The Guardian (mine)', items: 55, newArticles: 55});
		const etag = store.getFeedState(feeds[0]!.url)!.etag;
		expect(etag).toBeTruthy();

		const second = await refreshFeeds(feeds, {settings, store});
		expect(second.results[0]).toMatchObject({outcome: 'not-modified', newArticles: 0, items: 0});
		expect(second).toMatchObject({ok: 0, notModified: 1, failed: 0});
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe(etag);
		const lastCommit = store.commits.at(-1)!;
		expect(lastCommit.articles).toEqual([]);
		expect(lastCommit.state).toMatchObject({status: 'not-modified', etag, articleCount: 55});
	});

	it('keeps the last good validators when a feed starts failing', async () => {
		const store = new MemoryStore();
		const url = server.url('/status/500');
		store.states.set(url, {url, status: 'ok', error: '', lastFetch: 'x', lastSuccess: '2021-01-01T00:00:00.000Z', etag: '"old"', lastModified: null, articleCount: 3});
		await refreshFeeds([feed('/status/500')], {settings, store});
		expect(store.getFeedState(url)).toMatchObject({status: 'error', error: 'HTTP 500 Internal Server Error', etag: '"old"', lastSuccess: '2021-01-01T00:00:00.000Z', articleCount: 3});
	});

	it('runs feeds concurrently up to the limit', async () => {
		const store = new MemoryStore();
		const feeds = Array.from({length: 4}, (_, i) => feed(`/slow?ms=300&n=${i}`));
		const started = Date.now();
		await refreshFeeds(feeds, {settings: {...settings, concurrency: 4}, store});
		expect(Date.now() - started).toBeLessThan(1000);
		const serial = Date.now();
		await refreshFeeds(feeds, {settings: {...settings, concurrency: 1}, store});
		expect(Date.now() - serial).toBeGreaterThanOrEqual(1150);
	});

	it('stops on cancel without marking the feeds as failed in the store', async () => {
		const store = new MemoryStore();
		const controller = new AbortController();
		const feeds = [feed('/slow?ms=3000&c=1'), feed('/slow?ms=3000&c=2'), feed('/ok/heraldsun-rss092.rss')];
		setTimeout(() => controller.abort(), 100);
		const started = Date.now();
		const summary = await refreshFeeds(feeds, {settings: {...settings, timeoutSeconds: 5, concurrency: 2}, store, signal: controller.signal});
		expect(Date.now() - started).toBeLessThan(1500);
		expect(summary.results.map((r) => r.error)).toEqual(['cancelled', 'cancelled', 'cancelled']);
		expect(store.commits).toEqual([]);
	});

	it('survives a store that throws and a progress callback that throws', async () => {
		const store = new MemoryStore();
		store.commitFeed = () => {
			throw new Error('disk full');
		};
		const summary = await refreshFeeds([feed('/ok/heraldsun-rss092.rss')], {settings, store, onProgress: () => {
			throw new Error('broken display');
		}});
		expect(summary.results[0]).toMatchObject({outcome: 'error', error: 'disk full; store: disk full'});
	});

	it('stamps articles with the given time and strips escape sequences from stored text', async () => {
		const store = new MemoryStore();
		const now = new Date('2025-05-05T12:00:00Z');
		await refreshFeeds([feed('/escapes')], {settings, store, now});
		const articles = store.articlesOf(server.url('/escapes'));
		expect(articles).toHaveLength(2);
		for (const article of articles) {
			expect(article.fetchedAt).toBe(now.toISOString());
			const all = [article.title, article.summary, article.content, article.feedTitle, article.author].join('\n');
			expect(all).not.toMatch(/[\u001B\u0007\u202A-\u202E\u2066-\u2069\u200B]/);
		}
		expect(articles[0]!.feedTitle).toBe('Evil News');
		expect(articles[0]!.title).toBe('Clipboard grab and red text');
	});
});
