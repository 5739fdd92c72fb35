// The benchmark feed farm: loopback only, distinct parseable feeds, 304 on revalidation, bounded life.

import {afterEach, describe, expect, it} from 'vitest';
import {startFarm, type Farm} from '../../bench/farm/server.js';
import {buildFarmFeeds} from '../../bench/farm/feeds.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {defaultSettings} from '../../source/model/feed.js';

const farms: Farm[] = [];
async function farm(options: Parameters<typeof startFarm>[0]): Promise<Farm> {
	const started = await startFarm(options);
	farms.push(started);
	return started;
}

afterEach(async () => {
	await Promise.all(farms.splice(0).map(async (started) => started.stop()));
});

describe('buildFarmFeeds', () => {
	it('makes feeds that parse to the asked number of distinct articles, in RSS and Atom', async () => {
		const feeds = buildFarmFeeds({count: 12, itemsPerFeed: 50});
		expect(new Set(feeds.map((feed) => feed.format))).toEqual(new Set(['rss', 'atom']));
		const uids = new Set<string>();
		const titles = new Set<string>();
		for (const feed of feeds) {
			const parsed = await parseFeedText(feed.body.toString('utf8'), {feedUrl: `http://127.0.0.1${feed.path}`, fetchedAt: new Date().toISOString(), settings: defaultSettings});
			expect(parsed.articles).toHaveLength(50);
			for (const article of parsed.articles) {
				uids.add(article.uid);
				titles.add(article.title);
			}
		}
		expect(uids.size).toBe(12 * 50);
		// Titles are varied, not merely copied: far more distinct titles than any single fixture holds.
		expect(titles.size).toBeGreaterThan(150);
	});

	it('names each feed by its fixture\'s title as text, which the OPML and the feed body escape once', async () => {
		const feeds = buildFarmFeeds({count: 40});
		// The bench's OPML takes these titles; an escaped one became 'NYT &gt; World' in the reader's feed list.
		expect(feeds.some((feed) => feed.title.startsWith('NYT > World'))).toBe(true);
		for (const feed of feeds) expect(feed.title).not.toMatch(/&(?:amp|lt|gt|quot|apos|#\d+);/);
		const parsed = await Promise.all(feeds.map(async (feed) => parseFeedText(feed.body.toString('utf8'), {feedUrl: `http://127.0.0.1${feed.path}`, fetchedAt: new Date().toISOString(), settings: defaultSettings})));
		expect(parsed.map((feed) => feed.title)).toEqual(feeds.map((feed) => feed.title));
	});

	it('is deterministic and varies feed sizes', () => {
		const newest = Date.UTC(2026, 10, 25, 12);
		const first = buildFarmFeeds({count: 20, newest});
		const second = buildFarmFeeds({count: 20, newest});
		expect(first.map((feed) => feed.etag)).toEqual(second.map((feed) => feed.etag));
		const sizes = first.map((feed) => feed.body.length);
		expect(Math.max(...sizes)).toBeGreaterThan(2 * Math.min(...sizes));
	});
});

describe('startFarm', () => {
	it('listens on 127.0.0.1 and answers revalidation with 304', async () => {
		const started = await farm({count: 3, minDelay: 20, maxDelay: 30});
		expect(new URL(started.baseUrl).hostname).toBe('127.0.0.1');
		const url = started.urls[1]!;
		const before = performance.now();
		const first = await fetch(url);
		const elapsed = performance.now() - before;
		expect(first.status).toBe(200);
		expect(elapsed).toBeGreaterThanOrEqual(19);
		const etag = first.headers.get('etag')!;
		const lastModified = first.headers.get('last-modified')!;
		expect(await first.text()).toContain('urn:lagebild-farm:1:0');
		expect((await fetch(url, {headers: {'if-none-match': etag}})).status).toBe(304);
		expect((await fetch(url, {headers: {'if-modified-since': lastModified}})).status).toBe(304);
		expect((await fetch(url, {headers: {'if-none-match': '"stale"'}})).status).toBe(200);
		expect((await fetch(`${started.baseUrl}/feeds/999.rss`)).status).toBe(404);
		const stats = started.takeStats();
		expect(stats).toMatchObject({requests: 5, ok: 2, notModified: 2, notFound: 1, conditional: 3});
	});

	it('stops by itself after its request limit', async () => {
		const started = await farm({count: 2, minDelay: 1, maxDelay: 2, maxRequests: 2});
		expect((await fetch(started.urls[0]!)).status).toBe(200);
		expect((await fetch(started.urls[1]!)).status).toBe(200);
		expect((await fetch(started.urls[0]!)).status).toBe(503);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(started.closed).toBe(true);
		await expect(fetch(started.urls[0]!)).rejects.toThrow();
	});

	it('stops by itself when its lifetime is over', async () => {
		const started = await farm({count: 1, minDelay: 1, maxDelay: 2, lifetimeMs: 100});
		expect((await fetch(started.urls[0]!)).status).toBe(200);
		await new Promise((resolve) => setTimeout(resolve, 250));
		expect(started.closed).toBe(true);
		await expect(fetch(started.urls[0]!)).rejects.toThrow();
	});
});

describe('startFarm with several ports', () => {
	it('spreads the feeds over ports of 127.0.0.1 and closes them all on stop', async () => {
		const started = await farm({count: 6, ports: 3, minDelay: 1, maxDelay: 2});
		const origins = new Set(started.urls.map((url) => new URL(url).origin));
		expect(origins.size).toBe(3);
		for (const url of started.urls) {
			expect(new URL(url).hostname).toBe('127.0.0.1');
			expect((await fetch(url)).status).toBe(200);
		}
		await started.stop();
		for (const origin of origins) await expect(fetch(`${origin}/feeds/000.rss`)).rejects.toThrow();
	});
});
