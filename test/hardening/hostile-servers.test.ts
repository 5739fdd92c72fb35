// One refresh over every kind of hostile server at once: each bad feed is one clean error line, the good feeds arrive whole, nothing hangs.

import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decodeFeedBytes} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {readFixture, startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {unsafeCharacter} from '../helpers/fuzz-feeds.js';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => server.close());

const good = ['tagesschau-2021-02-18.rss', 'heise-developer-2016.atom', 'orf-rdf-2025.rdf', 'guardian-us-politics-2018.rss'];
const hostile = [
	'/endless', '/gzip-bomb', '/billion-laughs', '/html', '/malformed', '/loop/a', '/status/500', '/status/404', '/status/999',
	'/slow?ms=4000', '/slow-body?ms=4000', '/reset', '/corrupt-gzip', '/huge-length', '/ftp-redirect', '/file-redirect', '/redirect/9/uol-noticias.rss',
	'/raw?type=application%2Fjson&body=%7B%22a%22%3A1%7D', '/raw?body=', '/raw?body=%00%01%02%1B%5B2J', `/raw?body=${encodeURIComponent(`<rss>${'<a>'.repeat(20_000)}`)}`,
];

describe('a refresh over hostile servers', () => {
	test('every hostile feed is one error record with a clean line; the good ones and the escape feed arrive; bounded time', async () => {
		const store = new ArticleStore(':memory:');
		const urls = [...good.map((name) => server.url(`/ok/${name}`)), server.url('/gzip/nyt-world-europe-2021-02-27.rss'), server.url('/latin1-header'), server.url('/escapes'), ...hostile.map((route) => server.url(route))];
		const settings = {...defaultSettings, timeoutSeconds: 2, maxBodyBytes: 2 * 1024 * 1024, concurrency: 8};
		const started = Date.now();
		try {
			const summary = await refreshFeeds(urls.map((url) => ({url, title: '', tags: [], enabled: true})), {settings, store});
			// Slow servers cost their own timeout, not the refresh's: everything runs side by side.
			expect(Date.now() - started).toBeLessThan(8000);
			expect(summary.results).toHaveLength(urls.length);
			expect(summary.ok).toBe(good.length + 3);
			expect(summary.failed).toBe(hostile.length);
			for (const result of summary.results.filter((r) => r.outcome === 'error')) {
				expect(result.error.length).toBeGreaterThan(0);
				expect(result.error.length).toBeLessThanOrEqual(200);
				expect(result.error).not.toMatch(unsafeCharacter);
				expect(result.error).not.toContain('\n');
				const state = store.getFeedState(result.url)!;
				expect(state.status).toBe('error');
				expect(state.error).toBe(result.error);
				expect(store.articles({feedUrls: [result.url]})).toEqual([]);
			}
			for (const name of good) {
				const url = server.url(`/ok/${name}`);
				const want = await parseFeedText(decodeFeedBytes(readFixture(name), 'application/xml').text, {feedUrl: url, fetchedAt: new Date().toISOString(), settings});
				expect(store.articles({feedUrls: [url]}), name).toHaveLength(want.articles.length);
			}
			const evil = store.articles({feedUrls: [server.url('/escapes')]});
			expect(evil.length).toBe(2);
			for (const article of evil) for (const text of [article.title, article.summary, article.content, article.feedTitle]) expect(text).not.toMatch(unsafeCharacter);
			// The errors say what happened.
			const errorOf = (route: string) => summary.results.find((r) => r.url === server.url(route))!.error;
			expect(errorOf('/endless')).toMatch(/too large/);
			expect(errorOf('/gzip-bomb')).toMatch(/too large/);
			expect(errorOf('/billion-laughs')).toMatch(/entity/i);
			expect(errorOf('/html')).toMatch(/HTML/);
			expect(errorOf('/loop/a')).toMatch(/redirect loop/);
			expect(errorOf('/redirect/9/uol-noticias.rss')).toMatch(/too many redirects/);
			expect(errorOf('/slow?ms=4000')).toMatch(/timeout|timed out/);
			expect(errorOf('/status/500')).toMatch(/^HTTP 500/);
		} finally {
			store.close();
		}
	}, 30_000);
});
