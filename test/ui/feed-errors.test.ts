import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {feedErrorText} from '../../source/ui/i18n/feed-errors.js';
import {messagesFor} from '../../source/ui/i18n/index.js';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {fixtures, startTestApp} from './app-fixture.js';

const en = messagesFor('en');
const de = messagesFor('de');

// Paths of the test feed server that fail, each in its own way.
const failingPaths = [
	'/status/404', '/status/410', '/status/503', '/html', '/malformed', '/loop/a', '/ftp-redirect', '/corrupt-gzip',
	'/billion-laughs', '/reset', '/raw?type=application/json&body=%7B%22a%22%3A1%7D', '/raw?type=text/plain&body=hello',
	'/raw?body=', '/raw?body=%3Cfoo%3E%3Cbar%2F%3E%3C%2Ffoo%3E', '/slow?ms=4000',
];

let server: FeedServer;
/** What the real refresh stores as each feed's error, by path (and 'refused' for a port nobody listens on). */
const errors = new Map<string, string>();

beforeAll(async () => {
	server = await startFeedServer();
	const closed = http.createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed.xml`;
	await new Promise<void>(resolve => closed.close(() => resolve()));

	const feeds: FeedConfig[] = [...failingPaths.map(path => server.url(path)), closedUrl].map(url => ({url, title: '', tags: [], enabled: true}));
	const store = new ArticleStore(':memory:');
	try {
		const summary = await refreshFeeds(feeds, {settings: {...defaultSettings, timeoutSeconds: 1}, store});
		for (const result of summary.results) {
			errors.set(result.url === closedUrl ? 'refused' : result.url.slice(server.baseUrl.length), result.error);
		}
	} finally {
		store.close();
	}
}, 20_000);

afterAll(async () => {
	await server.close();
});

describe('feed errors in the interface language', () => {
	test('every error the refresh really gives is recognised: English unchanged, German in German', () => {
		expect(errors.size).toBe(failingPaths.length + 1);
		for (const [path, error] of errors) {
			expect(error, path).not.toBe('');
			expect(feedErrorText(error, en), path).toBe(error);
			expect(feedErrorText(error, de), `${path}: ${error}`).not.toBe(error);
		}

		expect(feedErrorText(errors.get('/status/404')!, de)).toBe('HTTP 404 Nicht gefunden');
		expect(feedErrorText(errors.get('/html')!, de)).toBe('kein Feed (eine HTML-Seite)');
		expect(feedErrorText(errors.get('/slow?ms=4000')!, de)).toBe('Zeitüberschreitung nach 1 s');
		expect(feedErrorText(errors.get('refused')!, de)).toBe('Verbindung abgelehnt');
		// A wording nobody taught it (or a message of another kind) passes through.
		expect(feedErrorText('something new went wrong', de)).toBe('something new went wrong');
	});

	test('the German feed manager and status bar say why a feed failed in German', async () => {
		const feeds = await fixtures();
		const app = await startTestApp({language: 'de', failing: {[feeds[2]!.url]: errors.get('/status/404')!}});
		try {
			await app.press('f');
			await app.waitFor('Lagebild › Feeds');
			await app.press('j', 'j', 'r');
			const frame = await app.waitFor('Fehler: HTTP 404 Nicht gefunden');
			expect(frame).not.toContain('Not Found');
		} finally {
			app.unmount();
		}
	});
});
