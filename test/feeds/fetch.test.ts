// fetchFeed against a real loopback server: validators, compression, redirects, limits, charsets, errors.

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pathToFileURL} from 'node:url';
import {fetchFeed, userAgent} from '../../source/feeds/fetch.js';
import {FetchError} from '../../source/feeds/feed-error.js';
import {readableBytes} from '../../source/feeds/inflate.js';
import {defaultSettings} from '../../source/model/feed.js';
import {fixtureDir, fixtureLastModified, readFixture, startFeedServer, type FeedServer} from '../helpers/feed-server.js';

const settings = {...defaultSettings, timeoutSeconds: 5};
let server: FeedServer;

beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => {
	await server.close();
});

async function fetchError(path: string, custom = settings): Promise<string> {
	try {
		await fetchFeed(path.includes(':') ? path : server.url(path), {}, custom);
	} catch (error) {
		expect(error).toBeInstanceOf(FetchError);
		return (error as Error).message;
	}
	throw new Error(`expected ${path} to fail`);
}

describe('fetchFeed', () => {
	it('fetches a feed with its validators and sends our User-Agent and Accept-Encoding', async () => {
		const result = await fetchFeed(server.url('/ok/tagesschau-2021-02-18.rss'), {}, settings);
		expect(result.status).toBe('ok');
		if (result.status !== 'ok') return;
		expect(result.text).toBe(readFixture('tagesschau-2021-02-18.rss').toString('utf8'));
		expect(result.etag).toMatch(/^"[0-9a-f]{20}"$/);
		expect(result.lastModified).toBe(fixtureLastModified);
		const request = server.requests.at(-1)!;
		expect(request.headers['user-agent']).toBe(userAgent);
		expect(request.headers['accept-encoding']).toContain('br');
		expect(request.headers['if-none-match']).toBeUndefined();
	});

	it('revalidates with If-None-Match / If-Modified-Since and reports not-modified on 304', async () => {
		const first = await fetchFeed(server.url('/ok/nyt-world-europe-2021-02-27.rss'), {}, settings);
		if (first.status !== 'ok') throw new Error('expected ok');
		const second = await fetchFeed(server.url('/ok/nyt-world-europe-2021-02-27.rss'), {etag: first.etag}, settings);
		expect(second.status).toBe('not-modified');
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe(first.etag);
		const third = await fetchFeed(server.url('/ok/nyt-world-europe-2021-02-27.rss'), {lastModified: first.lastModified}, settings);
		expect(third.status).toBe('not-modified');
		expect(server.requests.at(-1)!.headers['if-modified-since']).toBe(fixtureLastModified);
		const changed = await fetchFeed(server.url('/ok/nyt-world-europe-2021-02-27.rss'), {etag: '"stale"'}, settings);
		expect(changed.status).toBe('ok');
	});

	it.each(['gzip', 'deflate', 'br'])('decompresses %s', async (encoding) => {
		const result = await fetchFeed(server.url(`/${encoding}/guardian-us-politics-2018.rss`), {}, settings);
		if (result.status !== 'ok') throw new Error('expected ok');
		expect(result.text).toBe(readFixture('guardian-us-politics-2018.rss').toString('utf8'));
		expect(result.bytes).toBe(readFixture('guardian-us-politics-2018.rss').length);
	});

	it.each(['gzip', 'deflate', 'br'])('keeps a %s body compressed when asked, and reads it as the streamed fetch does', async (encoding) => {
		const kept = await fetchFeed(server.url(`/${encoding}/guardian-us-politics-2018.rss`), {}, settings, undefined, {keepCompressed: true});
		const streamed = await fetchFeed(server.url(`/${encoding}/guardian-us-politics-2018.rss`), {}, settings);
		if (kept.status !== 'ok' || streamed.status !== 'ok') throw new Error('expected ok');
		expect(kept.raw.contentEncoding).toBe(encoding);
		expect(kept.raw.maxBytes).toBe(settings.maxBodyBytes);
		expect(kept.bytes).toBeLessThan(readFixture('guardian-us-politics-2018.rss').length / 2);
		expect(Buffer.from(readableBytes(kept.raw)).equals(Buffer.from(streamed.raw.body))).toBe(true);
		expect(kept.text).toBe(streamed.text);
		// An uncompressed answer is handed over as it is.
		const plain = await fetchFeed(server.url('/ok/guardian-us-politics-2018.rss'), {}, settings, undefined, {keepCompressed: true});
		if (plain.status !== 'ok') throw new Error('expected ok');
		expect(plain.raw.contentEncoding).toBeUndefined();
		expect(plain.text).toBe(streamed.text);
	});

	it('stops a gzip bomb at the cap also when asked to keep bodies compressed; corrupt gzip fails when it is read', async () => {
		const started = Date.now();
		const cap = {...settings, maxBodyBytes: 2 * 1024 * 1024};
		await expect(fetchFeed(server.url('/gzip-bomb'), {}, cap, undefined, {keepCompressed: true})).rejects.toThrow(new FetchError('too large (over 2 MB)'));
		expect(Date.now() - started).toBeLessThan(3000);
		const corrupt = await fetchFeed(server.url('/corrupt-gzip'), {}, settings, undefined, {keepCompressed: true});
		if (corrupt.status !== 'ok') throw new Error('expected ok');
		expect(corrupt.raw.contentEncoding).toBe('gzip');
		expect(() => readableBytes(corrupt.raw)).toThrow(new FetchError('corrupt gzip body'));
		expect(() => corrupt.text).toThrow('corrupt gzip body');
	});

	it('follows a redirect chain of 3 hops and reports the final URL', async () => {
		const result = await fetchFeed(server.url('/redirect/3/heraldsun-rss092.rss'), {}, settings);
		expect(result.status).toBe('ok');
		expect(result.finalUrl).toBe(server.url('/ok/heraldsun-rss092.rss'));
	});

	it('stops redirects: loops, more than 5 hops, other schemes', async () => {
		expect(await fetchError('/loop/a')).toBe('redirect loop');
		expect(await fetchError('/redirect/6/heraldsun-rss092.rss')).toBe('too many redirects (over 5)');
		expect((await fetchFeed(server.url('/redirect/5/heraldsun-rss092.rss'), {}, settings)).status).toBe('ok');
		expect(await fetchError('/ftp-redirect')).toBe('unsupported URL scheme ftp: (redirect)');
		expect(await fetchError('/file-redirect')).toBe('unsupported URL scheme file: (redirect)');
	});

	it('reports HTTP errors with status and reason', async () => {
		expect(await fetchError('/status/404')).toBe('HTTP 404 Not Found');
		expect(await fetchError('/status/500')).toBe('HTTP 500 Internal Server Error');
	});

	it('times out a server that does not answer, and one that stalls mid-body', async () => {
		const quick = {...settings, timeoutSeconds: 0.5};
		const started = Date.now();
		expect(await fetchError('/slow?ms=5000', quick)).toBe('timeout after 0.5 s');
		expect(await fetchError('/slow-body?ms=5000', quick)).toBe('timeout after 0.5 s');
		expect(Date.now() - started).toBeLessThan(3000);
	});

	it('aborts an endless body at the size cap', async () => {
		const small = {...settings, maxBodyBytes: 1024 * 1024};
		expect(await fetchError('/endless', small)).toBe('too large (over 1 MB)');
	});

	it('stops a gzip bomb by the decompressed size', async () => {
		const started = Date.now();
		expect(await fetchError('/gzip-bomb', {...settings, maxBodyBytes: 2 * 1024 * 1024})).toBe('too large (over 2 MB)');
		expect(Date.now() - started).toBeLessThan(3000);
	});

	it('refuses a declared Content-Length over the cap before reading, and reports corrupt compression', async () => {
		expect(await fetchError('/huge-length')).toBe('too large (over 10 MB)');
		expect(await fetchError('/corrupt-gzip')).toBe('corrupt gzip body');
	});

	it('decodes latin1 declared in the XML prolog only, and in the Content-Type only', async () => {
		for (const path of ['/latin1-prolog', '/latin1-header']) {
			const result = await fetchFeed(server.url(path), {}, settings);
			if (result.status !== 'ok') throw new Error('expected ok');
			expect(result.charset).toBe('windows-1252');
			expect(result.text).toContain('Jornal de Notícias - Últimas Notícias');
			expect(result.text).toContain('Informação');
			expect(result.text).not.toContain('\uFFFD');
		}
	});

	it('names network failures plainly', async () => {
		expect(await fetchError('/reset')).toMatch(/^connection (reset|closed) by the server$/);
		// A port that was just free: nothing listens there.
		const closed = await startFeedServer();
		const url = closed.url('/ok/heraldsun-rss092.rss');
		await closed.close();
		expect(await fetchError(url)).toBe('connection refused');
	});

	it('says plainly that a server does not answer https when an https address reaches one that speaks http', async () => {
		// As an address typed without its scheme (taken as https) of a plain http server: OpenSSL's own words were
		// 'write EPROTO 80CC…:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/…' (sixth walk #149).
		const url = server.url('/ok/heraldsun-rss092.rss').replace(/^http:/, 'https:');
		expect(await fetchError(url)).toBe('TLS error: the server does not answer https (try http://)');
	});

	it('accepts only http, https and file URLs', async () => {
		expect(await fetchError('ftp://example.org/feed.xml')).toBe('unsupported URL scheme ftp:');
		expect(await fetchError('javascript:alert(1)')).toBe('unsupported URL scheme javascript:');
		expect(await fetchError('not a url')).toMatch(/^invalid URL/);
	});

	it('reads file: URLs with the same charset logic and mtime revalidation', async () => {
		const url = new URL('jn-pt-latin1.rss', fixtureDir).href;
		const result = await fetchFeed(url, {}, settings);
		if (result.status !== 'ok') throw new Error('expected ok');
		expect(result.text).toContain('Notícias');
		expect(result.lastModified).toBeTruthy();
		expect((await fetchFeed(url, {lastModified: result.lastModified}, settings)).status).toBe('not-modified');
		expect(await fetchError(pathToFileURL('/nonexistent/feed.rss').href)).toBe('file not found: /nonexistent/feed.rss');
		expect(await fetchError(url, {...settings, maxBodyBytes: 1000})).toBe('too large (over 1 KB)');
	});

	it('can be cancelled by the caller', async () => {
		const controller = new AbortController();
		const pending = fetchFeed(server.url('/slow?ms=5000'), {}, settings, controller.signal);
		setTimeout(() => controller.abort(), 50);
		await expect(pending).rejects.toThrow('cancelled');
	});
});
