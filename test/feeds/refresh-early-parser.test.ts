// The parser a refresh starts before its first request: only when some feed cannot answer 304 (no validators stored).

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createFeedParser, type FeedParser} from '../../source/feeds/parse-pool.js';
import {refreshFeeds, startParserFor} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';

const settings = {...defaultSettings, timeoutSeconds: 5, concurrency: 4};
let server: FeedServer;

beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => {
	await server.close();
});

const feed = (path: string): FeedConfig => ({url: server.url(path), title: '', tags: [], enabled: true});
const fixtures = ['tagesschau-2021-02-18.rss', 'orf-rdf-2025.rdf', 'heise-developer-2016.atom', 'slashdot-rdf.rdf'];

/** The in-thread parser, counting what it is asked to do (the refresh's own parser is the same kind under test). */
function countingParser(): FeedParser & {parses: number; starts: number} {
	const inner = createFeedParser(0);
	const counting = {
		parses: 0,
		starts: 0,
		workers: inner.workers,
		get parsedHere() {
			return inner.parsedHere;
		},
		get normalizedHere() {
			return inner.normalizedHere;
		},
		async parse(...args: Parameters<FeedParser['parse']>) {
			counting.parses++;
			return inner.parse(...args);
		},
		start() {
			counting.starts++;
		},
		close: async () => inner.close(),
	};
	return counting;
}

describe('the parser started before a refresh', () => {
	it('knows which feeds the store can revalidate, and starts a parser only when one of them cannot answer 304', async () => {
		const store = new ArticleStore(':memory:');
		try {
			const feeds = fixtures.map(name => feed(`/ok/${name}`));
			expect(store.validatedFeedUrls().size).toBe(0);
			// Never fetched: bodies will come, the parser starts now.
			const first = startParserFor(feeds, store.validatedFeedUrls());
			expect(first).toBeDefined();
			await first!.close();

			const summary = await refreshFeeds(feeds, {settings, store});
			expect(summary.ok).toBe(feeds.length);
			// The server sends ETag and Last-Modified: every feed can now answer 304, so nothing is started.
			expect([...store.validatedFeedUrls()].sort()).toEqual(feeds.map(f => f.url).sort());
			expect(startParserFor(feeds, store.validatedFeedUrls())).toBeUndefined();

			// A feed whose server sends no validators, or a feed added since, will send a body again.
			const plain = feed('/escapes');
			await refreshFeeds([plain], {settings, store});
			expect(store.getFeedState(plain.url)).toMatchObject({status: 'ok', etag: null, lastModified: null});
			expect(store.validatedFeedUrls().has(plain.url)).toBe(false);
			const again = startParserFor([...feeds, plain], store.validatedFeedUrls());
			expect(again).toBeDefined();
			await again!.close();

			// A failed fetch keeps the validators it had.
			store.commitFeed({...store.getFeedState(feeds[0]!.url)!, status: 'error', error: 'HTTP 500'}, []);
			expect(store.validatedFeedUrls().has(feeds[0]!.url)).toBe(true);
		} finally {
			store.close();
		}
	});

	it('is the parser the refresh then uses, and the refresh does not start another', async () => {
		const store = new ArticleStore(':memory:');
		try {
			const feeds = fixtures.map(name => feed(`/ok/${name}`));
			const parser = countingParser();
			const cold = await refreshFeeds(feeds, {settings, store}, {parser});
			expect(cold.ok).toBe(feeds.length);
			expect(parser.parses).toBe(feeds.length);
			// Started by its creator, not again by the refresh.
			expect(parser.starts).toBe(0);
			const warmParser = countingParser();
			const warm = await refreshFeeds(feeds, {settings, store}, {parser: warmParser});
			expect(warm.notModified).toBe(feeds.length);
			expect(warmParser.parses).toBe(0);
		} finally {
			store.close();
		}
	});
});
