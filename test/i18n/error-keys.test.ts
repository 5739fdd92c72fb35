// Errors by key: every error class's keys have their words in German and English, a keyed error keeps its English
// message, the store keeps {key, params} beside it (schema 12), and the interface and the command line say it by key.

import {mkdtempSync, rmSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {formatResult} from '../../source/commands/refresh.js';
import {UserError} from '../../source/commands/command.js';
import {ConfigError} from '../../source/config/config-file.js';
import {FeedUrlError} from '../../source/config/feed-url.js';
import {OpmlError} from '../../source/config/opml.js';
import {FeedError, FetchError, HttpStatusError, ParseError} from '../../source/feeds/feed-error.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {de} from '../../source/i18n/de.js';
import {en} from '../../source/i18n/en.js';
import {format} from '../../source/i18n/format.js';
import {allErrorKeys, type ErrorKey, type ErrorText} from '../../source/i18n/error-keys.js';
import {englishWords, errorInLanguage, errorTextOf} from '../../source/i18n/error-texts.js';
import {KeyedError} from '../../source/i18n/keyed-error.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {NoFeedMatchError} from '../../source/store/fts-query.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {okState} from '../store/make-article.js';

// A value for each placeholder that the English wording (the fallback's pattern) reads back as it was.
const samples: Record<string, string> = {
	status: '404', reason: 'Not Found', time: '15 s', pid: '4242', element: 'svg', line: '3', size: '10 MB', host: 'example.org',
	code: 'CERT_HAS_EXPIRED', n: '5', scheme: 'ftp', redirect: '', url: 'https://example.org/feed', encoding: 'br',
	path: '/home/x/feeds.opml', browser: 'firefox', file: 'feeds.opml', id: '"7"', text: '"hello"', filter: 'tagesschau',
};
const overrides: Partial<Record<ErrorKey, Record<string, string>>> = {
	waiting: {time: '13:30'},
	xmlLine: {line: '3', reason: 'unclosed tag'},
	notFeed: {reason: 'an RSS 0.9 oddity'},
	cannotRead: {path: '/home/x/feeds.opml', reason: 'permission denied'},
	cannotWrite: {path: '/home/x/feeds.opml', reason: 'read-only file system'},
	opmlUnreadable: {file: 'feeds.opml', reason: 'line 1, column 3: bad'},
	feedListUnknown: {file: 'feeds.txt', line: 'hello'},
	linkScheme: {scheme: 'mailto:'},
	pageScheme: {scheme: 'ftp:'},
};

function sample(key: ErrorKey): ErrorText {
	const names = [...en.feedErrors[key].matchAll(/\{(\w+)\}/gu)].map(match => match[1]!);
	return {key, params: overrides[key] ?? Object.fromEntries(names.map(name => [name, samples[name] ?? 'x']))};
}

const classes: ReadonlyArray<readonly [string, {keys: readonly ErrorKey[]}, (text: ErrorText) => KeyedError]> = [
	['FeedError', FeedError, text => new FeedError(text as never)],
	['FetchError', FetchError, text => new FetchError(text as never)],
	['HttpStatusError', HttpStatusError, text => new HttpStatusError(text as never, 404, null)],
	['ParseError', ParseError, text => new ParseError(text as never)],
	['ConfigError', ConfigError, text => new ConfigError(text as never)],
	['FeedUrlError', FeedUrlError, text => new FeedUrlError(text as never)],
	['OpmlError', OpmlError, text => new OpmlError(text as never)],
	['UserError', UserError, text => new UserError(englishWords(text), 1, text)],
	['NoFeedMatchError', NoFeedMatchError, text => new NoFeedMatchError(text.params.filter ?? '')],
];

describe('errors by key', () => {
	it('every error class has a German text for each of its keys, with every placeholder filled', () => {
		for (const [name, type, make] of classes) {
			expect(type.keys.length, name).toBeGreaterThan(0);
			for (const key of type.keys) {
				expect(Object.hasOwn(de.feedErrors, key), `${name} ${key}`).toBe(true);
				const error = make(sample(key));
				expect(error.key, `${name} ${key}`).toBe(key);
				const german = errorInLanguage(error, de);
				expect(german, `${name} ${key}`).not.toMatch(/\{\w+\}/u);
				// German words, not the English ones (an HTTP status line is the same in both).
				if (key !== 'http') expect(german, `${name} ${key}`).not.toBe(englishWords(sample(key)));
			}
		}
	});

	it('a keyed error keeps its English message, and the fallback reads the same key and params from those words', () => {
		for (const key of allErrorKeys) {
			const text = sample(key);
			expect(errorTextOf(englishWords(text)), key).toEqual(text);
		}

		expect(new FetchError({key: 'timeout', params: {time: '15 s'}}).message).toBe('timeout after 15 s');
		expect(new HttpStatusError({key: 'http', params: {status: '404', reason: ''}}, 404, null).message).toBe('HTTP 404');
		expect(new FetchError({key: 'scheme', params: {scheme: 'ftp:', redirect: 'redirect'}}).message).toBe('unsupported URL scheme ftp: (redirect)');
		expect(new ConfigError({key: 'configUnreadable', params: {path: '/h/config.json'}}, 'Fix it.').message)
			.toBe('lagebild: config file /h/config.json cannot be read: nothing is fetched or saved until it is fixed Fix it.');
		expect(new NoFeedMatchError('taz')).toMatchObject({message: 'no feed matches "taz"', key: 'noFeedMatch', params: {filter: 'taz'}});
	});

	it('says a keyed error by its key, not its words: a reworded message still comes out in German', () => {
		const error = new FetchError({key: 'timeout', params: {time: '15 s'}});
		Object.defineProperty(error, 'message', {value: 'the server took longer than 15 s'});
		expect(errorInLanguage(error, de)).toBe(format(de.feedErrors.timeout, {time: '15 s'}));
		expect(errorInLanguage(error, de)).not.toContain('server');
		// Words without a key: the fallback for what older versions stored; unknown words stay as they are.
		expect(errorInLanguage('connection refused', de)).toBe(de.feedErrors.refused);
		expect(errorInLanguage('something new', de)).toBe('something new');
	});
});

describe('a feed\'s last error in the store', () => {
	let dir: string;
	let server: http.Server;
	let base: string;

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'lagebild-error-keys-'));
		server = http.createServer((request, response) => {
			response.writeHead(request.url === '/gone' ? 410 : 404, {'content-type': 'text/plain'}).end('no');
		});
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		await new Promise(resolve => server.close(resolve));
		rmSync(dir, {recursive: true, force: true});
	});

	it('upgrades a store of schema 11: an error stored before has no key and is said by its words', () => {
		const file = path.join(dir, 'old.db');
		expect(migrations.length).toBeGreaterThanOrEqual(12);
		const old = new Database(file);
		migrate(old, migrations.slice(0, 11));
		old.prepare(`INSERT INTO feeds (url, title, status, error, last_fetch) VALUES
			('https://down.example/feed', 'Down', 'error', 'connection refused', '2026-11-25T09:00:00.000Z')`).run();
		old.close();

		const store = new ArticleStore(file);
		try {
			expect(store.db.pragma('user_version', {simple: true})).toBe(migrations.length);
			const state = store.getFeedState('https://down.example/feed')!;
			expect(state).toMatchObject({status: 'error', error: 'connection refused'});
			expect(state.errorText).toBeUndefined();
			expect(errorInLanguage(state.errorText ?? state.error, de)).toBe(de.feedErrors.refused);
		} finally {
			store.close();
		}
	});

	it('keeps {key, params} beside the English words; a key this version does not know is left aside', () => {
		const store = new ArticleStore(path.join(dir, 'keys.db'));
		try {
			const url = 'https://slow.example/feed';
			const errorText: ErrorText = {key: 'timeout', params: {time: '15 s'}};
			store.commitFeed({...okState(url), status: 'error', error: 'timeout after 15 s', errorText}, []);
			expect(store.getFeedState(url)).toMatchObject({error: 'timeout after 15 s', errorText});
			store.commitFeed({...okState(url)}, []);
			expect(store.getFeedState(url)?.errorText).toBeUndefined();
			store.db.prepare(`UPDATE feeds SET status = 'error', error = 'x', error_text = '{"key":"fromTheFuture","params":{}}' WHERE url = ?`).run(url);
			expect(store.getFeedState(url)).toMatchObject({error: 'x'});
			expect(store.getFeedState(url)?.errorText).toBeUndefined();
			// A known key whose params lack a placeholder of its words would be said as "Host nicht gefunden: {host}".
			store.db.prepare(`UPDATE feeds SET error = 'host not found: a.example', error_text = '{"key":"hostNotFound","params":{}}' WHERE url = ?`).run(url);
			const state = store.getFeedState(url)!;
			expect(state.errorText).toBeUndefined();
			expect(errorInLanguage(state.errorText ?? state.error, de)).toBe(format(de.feedErrors.hostNotFound, {host: 'a.example'}));
			store.db.prepare(`UPDATE feeds SET error_text = '{"key":"hostNotFound","params":{"host":"a.example"}}' WHERE url = ?`).run(url);
			expect(store.getFeedState(url)?.errorText).toEqual({key: 'hostNotFound', params: {host: 'a.example'}});
		} finally {
			store.close();
		}
	});

	it('a feed of another scheme keeps its error by key through the store (review V15 #11: {redirect} was missing)', async () => {
		const store = new ArticleStore(path.join(dir, 'scheme.db'));
		try {
			const url = 'ftp://example.org/feed';
			await refreshFeeds([{url, title: 'FTP', tags: [], enabled: true}], {settings: {...defaultSettings, timeoutSeconds: 5}, store});
			expect(store.getFeedState(url)).toMatchObject({error: 'unsupported URL scheme ftp:', errorText: {key: 'scheme', params: {scheme: 'ftp:', redirect: ''}}});
		} finally {
			store.close();
		}
	});

	it('a refresh stores the fetch error by key, and the command line says it by key in German', async () => {
		const store = new ArticleStore(path.join(dir, 'refresh.db'));
		try {
			const feeds = [{url: `${base}/missing`, title: 'Missing', tags: [], enabled: true}, {url: `${base}/gone`, title: 'Gone', tags: [], enabled: true}];
			const summary = await refreshFeeds(feeds, {settings: {...defaultSettings, timeoutSeconds: 5}, store});
			const [missing, gone] = summary.results;
			expect(missing).toMatchObject({outcome: 'error', error: 'HTTP 404 Not Found', errorText: {key: 'http', params: {status: '404', reason: 'Not Found'}}});
			expect(gone).toMatchObject({outcome: 'error', errorText: {key: 'gone', params: {}}});
			expect(store.getFeedState(`${base}/missing`)).toMatchObject({error: 'HTTP 404 Not Found', errorText: {key: 'http'}});
			expect(formatResult(missing!, 'de')).toContain(`HTTP 404 ${de.httpReasons['404']}`);
			expect(formatResult(gone!, 'de')).toContain(de.feedErrors.gone);
			expect(formatResult(gone!, 'en')).toContain(en.feedErrors.gone);
		} finally {
			store.close();
		}
	});
});
