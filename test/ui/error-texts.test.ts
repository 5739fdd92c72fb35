import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openInBrowser} from '../../source/commands/web-browser.js';
import {ConfigFile} from '../../source/config/config-file.js';
import {exportOpmlFile, importOpmlFile} from '../../source/config/opml-file.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {emptyFeedListMessage, offlineFullTextMessage} from '../../source/services/store-services.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {errorInLanguage} from '../../source/i18n/error-texts.js';
import {messagesFor} from '../../source/i18n/index.js';
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

/** The message of what `run` throws. */
async function thrown(run: () => Promise<unknown>): Promise<string> {
	try {
		await run();
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}

	throw new Error('nothing was thrown');
}

/** Errors the app shows from the services, the browser opener and OPML files, made by the real code. */
async function otherErrors(): Promise<Map<string, string>> {
	const home = mkdtempSync(path.join(tmpdir(), 'lagebild-errors-'));
	try {
		const config = await ConfigFile.open(home);
		const page = path.join(home, 'page.opml');
		writeFileSync(page, '<!doctype html><html><body>no list</body></html>');
		const broken = path.join(home, 'broken.opml');
		writeFileSync(broken, '<opml version="2.0">\n<body>\n<outline text="x" xmlUrl="https://x.example/"></body></opml>');
		const plain = path.join(home, 'plain.xml');
		writeFileSync(plain, '<rss version="2.0"></rss>');
		const text = path.join(home, 'notes.txt');
		writeFileSync(text, 'shopping list\nmilk\n');
		const missingOpener = async () => {
			throw Object.assign(new Error('spawn xdg-open ENOENT'), {code: 'ENOENT'});
		};

		return new Map([
			['offline F', offlineFullTextMessage],
			['empty list', emptyFeedListMessage],
			['no link', await thrown(async () => openInBrowser('', {}))],
			['ftp link', await thrown(async () => openInBrowser('ftp://example.org/a', {}))],
			['bad $BROWSER', await thrown(async () => openInBrowser('https://example.org/a', {BROWSER: '/nonexistent/browser'}))],
			['no opener', await thrown(async () => openInBrowser('https://example.org/a', {}, missingOpener))],
			['OPML page', await thrown(async () => importOpmlFile(config, page))],
			['OPML broken', await thrown(async () => importOpmlFile(config, broken))],
			['OPML without opml', await thrown(async () => importOpmlFile(config, plain))],
			['neither OPML nor urls', await thrown(async () => importOpmlFile(config, text))],
			['OPML missing', await thrown(async () => importOpmlFile(config, path.join(home, 'none.opml')))],
			['OPML unwritable', await thrown(async () => exportOpmlFile([], path.join(home, 'no', 'such', 'dir.opml')))],
		]);
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}

describe('feed errors in the interface language', () => {
	test('every error the refresh really gives is recognised: English unchanged, German in German', () => {
		expect(errors.size).toBe(failingPaths.length + 1);
		for (const [path, error] of errors) {
			expect(error, path).not.toBe('');
			expect(errorInLanguage(error, en), path).toBe(error);
			expect(errorInLanguage(error, de), `${path}: ${error}`).not.toBe(error);
		}

		expect(errorInLanguage(errors.get('/status/404')!, de)).toBe('HTTP 404 Nicht gefunden');
		expect(errorInLanguage(errors.get('/html')!, de)).toBe('kein Feed (eine HTML-Seite)');
		expect(errorInLanguage(errors.get('/slow?ms=4000')!, de)).toBe('Zeitüberschreitung nach 1 s');
		expect(errorInLanguage(errors.get('refused')!, de)).toBe('Verbindung abgelehnt');
		// A server's own reason is its wording, kept in both languages; a missing one gets the standard one.
		expect(errorInLanguage('HTTP 500 Datenbank kaputt', en)).toBe('HTTP 500 Datenbank kaputt');
		expect(errorInLanguage('HTTP 500 Datenbank kaputt', de)).toBe('HTTP 500 Datenbank kaputt');
		expect(errorInLanguage('HTTP 599', de)).toBe('HTTP 599');
		// A wording nobody taught it (or a message of another kind) passes through.
		expect(errorInLanguage('something new went wrong', de)).toBe('something new went wrong');
	});

	test('OpenSSL\'s raw words for an https address of an http server are said plainly (sixth walk)', () => {
		// As the refresh reported an address typed without its scheme (taken as https) on a server speaking http.
		const raw = 'write EPROTO 80CCE6148B7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:';
		expect(errorInLanguage(raw, en)).toBe('TLS error: the server does not answer https (try http://)');
		expect(errorInLanguage(raw, de)).toBe('TLS-Fehler: der Server antwortet nicht mit https (http:// versuchen)');
		// What fetch.ts itself says since 9b58d44 (test/feeds asks a loopback http server over https for it).
		const mapped = 'TLS error: the server does not answer https (try http://)';
		expect(errorInLanguage(mapped, de)).toBe('TLS-Fehler: der Server antwortet nicht mit https (http:// versuchen)');
	});

	test('the errors of services, browser opener and OPML files too', async () => {
		for (const [what, error] of await otherErrors()) {
			expect(errorInLanguage(error, en), what).toBe(error);
			expect(errorInLanguage(error, de), `${what}: ${error}`).not.toBe(error);
		}

		expect(errorInLanguage(offlineFullTextMessage, de)).toBe('offline: F braucht das Netz; o öffnet den Artikel im Browser');
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
