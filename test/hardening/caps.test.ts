// Resource caps from the settings: body size, items per feed, article length, feeds fetched in parallel — each enforced.

import {readFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {buildBriefing} from '../../source/briefing/build.js';
import {configSchema} from '../../source/config/schema.js';
import {fetchFeed} from '../../source/feeds/fetch.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type Settings} from '../../source/model/feed.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';
import {MemoryStore} from '../feeds/memory-store.js';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {fixtureDir} from '../helpers/fuzz-feeds.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lagebild-caps-'));
let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => {
	await server.close();
	rmSync(dir, {recursive: true, force: true});
});

const settings = (patch: Partial<Settings>): Settings => ({...defaultSettings, ...patch});

function bigFeed(items: number, bodyChars: number): string {
	const body = 'Wort '.repeat(Math.ceil(bodyChars / 5)).slice(0, bodyChars);
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>${
		Array.from({length: items}, (_, index) => `<item><title>Item ${index}</title><link>https://big.example/${index}</link><description>${body}</description></item>`).join('')
	}</channel></rss>`;
}

describe('the caps have sane defaults and the config schema bounds them', () => {
	test('defaults', () => {
		expect(defaultSettings.maxBodyBytes).toBeGreaterThanOrEqual(1024 * 1024);
		expect(defaultSettings.maxBodyBytes).toBeLessThanOrEqual(64 * 1024 * 1024);
		expect(defaultSettings.maxItemsPerFeed).toBeGreaterThanOrEqual(50);
		expect(defaultSettings.maxItemsPerFeed).toBeLessThanOrEqual(5000);
		expect(defaultSettings.maxArticleChars).toBeGreaterThanOrEqual(10_000);
		expect(defaultSettings.maxArticleChars).toBeLessThanOrEqual(1_000_000);
		expect(defaultSettings.concurrency).toBeGreaterThanOrEqual(1);
		expect(defaultSettings.concurrency).toBeLessThanOrEqual(64);
		expect(defaultSettings.timeoutSeconds).toBeGreaterThan(0);
		const schema = configSchema.settings as {properties: Record<string, {minimum?: number; maximum?: number}>};
		for (const key of ['concurrency', 'maxBodyBytes', 'maxItemsPerFeed', 'maxArticleChars'] as const) {
			expect(schema.properties[key], key).toBeDefined();
			expect(schema.properties[key]!.minimum, key).toBeGreaterThanOrEqual(1);
		}
	});
});

describe('max body size', () => {
	const cap = settings({maxBodyBytes: 64 * 1024, timeoutSeconds: 10});

	test('an endless body, a body over the cap, a gzip bomb and an over-size Content-Length are cut off with one error line', async () => {
		for (const route of ['/endless', '/ok/feedburner.atom', '/gzip-bomb', '/huge-length', '/gzip/guardian-us-politics-2018.rss']) {
			const started = Date.now();
			await expect(fetchFeed(server.url(route), {}, cap), route).rejects.toThrow(/^too large \(over 0\.06 MB\)|^too large/);
			expect(Date.now() - started, route).toBeLessThan(5000);
		}
		// A feed under the cap still arrives.
		expect((await fetchFeed(server.url('/ok/heise-developer-2016.atom'), {}, cap)).status).toBe('ok');
	});

	test('a local file over the cap is refused too', async () => {
		const file = pathToFileURL(path.join(fixtureDir, 'guardian-us-politics-2018.rss')).href;
		await expect(fetchFeed(file, {}, cap)).rejects.toThrow(/too large/);
		await expect(parseFeedText('<rss>'.padEnd(200_000, ' '), {feedUrl: 'https://x.example/', fetchedAt: '2026-01-01T00:00:00.000Z', settings: {...cap, maxBodyBytes: 100_000}})).rejects.toThrow(/too large/);
	});
});

describe('max items per feed and max article length', () => {
	test('a feed of 300 items stores only maxItemsPerFeed of them', async () => {
		const file = path.join(dir, 'many.xml');
		writeFileSync(file, bigFeed(300, 50));
		const store = new MemoryStore();
		const url = pathToFileURL(file).href;
		const summary = await refreshFeeds([{url, title: '', tags: [], enabled: true}], {settings: settings({maxItemsPerFeed: 7}), store});
		expect(summary.results[0]!.items).toBe(7);
		expect(store.articlesOf(url)).toHaveLength(7);
		expect(store.states.get(url)!.articleCount).toBe(7);
		// And the default cap holds for the default settings.
		const all = await parseFeedText(readFileSync(file, 'utf8'), {feedUrl: url, fetchedAt: '2026-01-01T00:00:00.000Z', settings: settings({maxItemsPerFeed: 1000})});
		expect(all.articles).toHaveLength(300);
	});

	test('an article of 2 MB of text is cut to maxArticleChars, summary included', async () => {
		const {articles} = await parseFeedText(bigFeed(1, 2_000_000), {feedUrl: 'https://big.example/feed', fetchedAt: '2026-01-01T00:00:00.000Z', settings: settings({maxArticleChars: 5000})});
		expect(articles).toHaveLength(1);
		expect(articles[0]!.content.length).toBeLessThanOrEqual(5000);
		expect(articles[0]!.content.length).toBeGreaterThan(4000);
		expect(articles[0]!.summary.length).toBeLessThanOrEqual(5000);
	});
});

describe('titles and names', () => {
	test('a 1 MB headline, author and feed title are cut to a line a person can read, and the briefing stays fast', async () => {
		const huge = 'Minister sagt „Wort" '.repeat(50_000);
		const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>${huge}</title>${
			Array.from({length: 3}, (_, index) => `<item><title>${huge}</title><author>a@b.example (${huge})</author><guid>g${index}</guid><description>kurz</description></item>`).join('')
		}</channel></rss>`;
		const started = performance.now();
		const parsed = await parseFeedText(xml, {feedUrl: 'https://big.example/feed', fetchedAt: '2026-01-01T00:00:00.000Z', settings: defaultSettings});
		expect(parsed.articles).toHaveLength(3);
		for (const article of parsed.articles) {
			expect(article.title.length).toBeLessThanOrEqual(1000);
			expect(article.title).toMatch(/^Minister sagt/);
			expect(article.author.length).toBeLessThanOrEqual(1000);
			expect(article.feedTitle.length).toBeLessThanOrEqual(1000);
		}
		expect(parsed.title.length).toBeLessThanOrEqual(1000);
		const briefing = buildBriefing(parsed.articles, {topics: defaultTopics(), since: 'all', now: new Date('2026-01-01T00:00:00.000Z')});
		expect(renderBriefingText(briefing).length).toBeLessThan(20_000);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe('max feeds refreshed in parallel', () => {
	let counting: http.Server;
	let base = '';
	let open = 0;
	let peak = 0;
	beforeAll(async () => {
		const body = readFileSync(path.join(fixtureDir, 'uol-noticias.rss'));
		counting = http.createServer((_req, res) => {
			open++;
			peak = Math.max(peak, open);
			res.on('close', () => open--);
			setTimeout(() => {
				res.writeHead(200, {'content-type': 'application/rss+xml', 'content-length': body.length});
				res.end(body);
			}, 40);
		});
		await new Promise<void>((resolve) => counting.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(counting.address() as AddressInfo).port}`;
	});
	afterAll(async () => new Promise<void>((resolve) => counting.close(() => resolve())));

	test('never more open requests than the concurrency setting, and the setting is used fully', async () => {
		for (const concurrency of [1, 3, 6]) {
			peak = 0;
			const feeds = Array.from({length: 24}, (_, index) => ({url: `${base}/feed/${concurrency}/${index}`, title: '', tags: [], enabled: true}));
			const summary = await refreshFeeds(feeds, {settings: settings({concurrency}), store: new MemoryStore()});
			expect(summary.ok).toBe(24);
			expect(peak, `concurrency ${concurrency}`).toBe(concurrency);
		}
	});
});
