// The only code that touches the network: fetches one feed over http(s) or from a file: URL, with limits.

import http from 'node:http';
import https from 'node:https';
import {stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import zlib from 'node:zlib';
import type {Settings} from '../model/feed.js';
import {sanitizeLine} from '../text/sanitize.js';
import {decodeFeedBytes, readCapped} from './decode.js';
import {FetchError, HttpStatusError, tooLarge} from './feed-error.js';
import {checkContentCoding, isIdentityCoding, readableBytes} from './inflate.js';

export const userAgent = 'lagebild/0.1 (+terminal news briefing)';
export const maxRedirects = 5;
const accept = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
/** Connecting gets at most this long (or the total timeout, when that is shorter). */
const connectTimeoutSeconds = 10;

export interface Validators {
	etag?: string | null;
	lastModified?: string | null;
}

export type FetchSettings = Pick<Settings, 'timeoutSeconds' | 'maxBodyBytes'>;

/** A body as received (not yet decoded), with the Content-Type that names its charset. */
export interface FeedBytes {
	body: Uint8Array;
	contentType: string | null;
	/**
	 * The content coding the body still has ('gzip', 'deflate', 'br'), when the fetch was asked to keep it compressed;
	 * absent or '' for a body as it is meant to be read. See `readableBytes`.
	 */
	contentEncoding?: string;
	/** The cap on the body once inflated (bytes), carried with a still compressed body. */
	maxBytes?: number;
}

export interface FetchOptions {
	/**
	 * Hand a gzip / deflate / br body over as it came, to be inflated where it is parsed (a parse worker): the refresh's
	 * thread then only reads the network. The cap on the inflated size goes with the bytes (`maxBytes`).
	 */
	keepCompressed?: boolean;
}

export type FetchResult =
	| {
		status: 'ok';
		/** The decoded body; decoded when first read, so a caller that hands `raw` on does not pay for it. */
		readonly text: string;
		readonly charset: string;
		raw: FeedBytes;
		etag: string | null;
		lastModified: string | null;
		finalUrl: string;
		/** The body's size as held in `raw` (compressed, when the fetch kept it so). */
		bytes: number;
		/** The response's Cache-Control header (its max-age is the feed's own hint how often to ask). */
		cacheControl?: string | null;
		/** Where permanent redirects (301 / 308) from the asked URL led, up to the first temporary one; absent without any. */
		movedTo?: string;
	}
	| {status: 'not-modified'; finalUrl: string; cacheControl?: string | null; movedTo?: string};

/** The ok result with `text` and `charset` decoded on first use. */
function okResult(raw: FeedBytes, fields: {etag: string | null; lastModified: string | null; finalUrl: string; cacheControl?: string | null; movedTo?: string}): Extract<FetchResult, {status: 'ok'}> {
	let decoded: {text: string; charset: string} | undefined;
	const decode = () => decoded ??= decodeFeedBytes(readableBytes(raw), raw.contentType);
	return {
		status: 'ok',
		get text() {
			return decode().text;
		},
		get charset() {
			return decode().charset;
		},
		raw,
		...fields,
		bytes: raw.body.length,
	};
}

// Keep-alive: a refresh often asks one host for several feeds. No cap per host: the refresh's own
// concurrency setting bounds the connections in flight (as newsboat's reload-threads does), and a second,
// lower cap here only queued a user's many feeds from one site behind each other.
const agents = {
	'http:': new http.Agent({keepAlive: true}),
	'https:': new https.Agent({keepAlive: true}),
};

function seconds(value: number): string {
	return `${Number.isInteger(value) ? value : Number(value.toFixed(1))} s`;
}

function headerLine(value: string | string[] | undefined): string | null {
	const line = sanitizeLine(Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).slice(0, 512);
	return line || null;
}

function parseUrl(raw: string): URL {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new FetchError({key: 'invalidUrl', params: {url: sanitizeLine(raw).slice(0, 200)}});
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') {
		throw new FetchError({key: 'scheme', params: {scheme: sanitizeLine(url.protocol).slice(0, 40), redirect: ''}});
	}
	return url;
}

/** What a server that speaks plain http answers an https handshake with, in the reader's words. */
const plainServerTls = 'TLS error: the server does not answer https (try http://)';

/**
 * OpenSSL's failed handshake ("write EPROTO 80CC…:error:0A00010B:SSL routines:ssl3_get_record:wrong version
 * number:../deps/openssl/…") as one readable line. Its reason decides: an http answer to the https hello ("wrong
 * version number", as an address typed without its scheme, taken as https, meets a plain http server) or else
 * OpenSSL's reason alone, without the addresses and source paths around it.
 */
function tlsProtocolError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const reason = /SSL routines:[^:]*:(?<reason>[^:]+)/u.exec(message)?.groups?.reason?.trim() ?? '';
	if (/^(?:wrong version number|http request|packet length too long)$/u.test(reason)) return plainServerTls;
	return `TLS error (${sanitizeLine(reason).slice(0, 80) || 'EPROTO'})`;
}

/** One readable line for a socket / DNS / TLS / HTTP-parser error. */
export function describeNetworkError(error: unknown, url: URL): string {
	if (error instanceof FetchError) return error.message;
	const code = String((error as NodeJS.ErrnoException)?.code ?? '');
	const host = sanitizeLine(url.hostname);
	switch (code) {
		case 'ECONNREFUSED': return 'connection refused';
		case 'ECONNRESET': return 'connection reset by the server';
		case 'EPIPE': return 'connection closed by the server';
		case 'ENOTFOUND': return `host not found: ${host}`;
		case 'EAI_AGAIN': return `DNS lookup failed: ${host}`;
		case 'ETIMEDOUT': return 'connection timed out';
		case 'EHOSTUNREACH': return `host unreachable: ${host}`;
		case 'ENETUNREACH': return 'network unreachable';
		default:
	}
	if (/^(?:CERT_|ERR_TLS_|DEPTH_ZERO|UNABLE_TO_|SELF_SIGNED|ERR_SSL)/.test(code)) return `TLS error (${code})`;
	if (code === 'EPROTO') return tlsProtocolError(error);
	if (code.startsWith('HPE_')) return 'malformed HTTP response';
	const message = sanitizeLine(error instanceof Error ? error.message : String(error)).slice(0, 160);
	return message || 'network error';
}

// Output pieces of 256 KiB instead of zlib's 16 KiB: a feed inflates to a few hundred KiB, and each piece is an event.
const inflatedChunkBytes = 256 * 1024;

function contentEncodingOf(response: http.IncomingMessage): string {
	return String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
}

function decompressorFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
	// Sync flush at the end: servers that cut the compressed stream short still yield what arrived.
	switch (encoding) {
		case '': case 'identity': return undefined;
		case 'gzip': case 'x-gzip': return zlib.createGunzip({finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: inflatedChunkBytes});
		case 'deflate': return zlib.createInflate({finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: inflatedChunkBytes});
		case 'br': return zlib.createBrotliDecompress({finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH, chunkSize: inflatedChunkBytes});
		default:
			checkContentCoding(encoding);
			return undefined;
	}
}

/**
 * A compressed body up to this size is handed over compressed (when asked); past it, the rest is inflated as it
 * arrives, so that a bomb is still stopped at the cap within the first megabytes instead of being read whole. Real
 * feeds compress to 5–60 KB (the bench farm's largest: 57 KB); 128 KiB of gzip at its strongest holds ~130 MB.
 */
const keptCompressedBytes = 128 * 1024;

/**
 * Reads a response body, enforcing the cap on the bytes received and again on the bytes after decompression (a
 * bomb is stopped as soon as its output passes the cap, not after all of it arrived). Plain events and 256 KiB
 * pieces rather than stream.pipeline with async generators and 16 KiB pieces: ≈ 85 against ≈ 200 ms of CPU for the
 * bench farm's 4.8 MB of gzip (inflating it in one call: ≈ 65 ms), most of the difference on the refresh's thread.
 * With `keepCompressed`, a compressed body of up to keptCompressedBytes comes back as it arrived, with its coding.
 */
async function readBody(response: http.IncomingMessage, limit: number, signal: AbortSignal, keepCompressed = false): Promise<{body: Buffer; encoding: string}> {
	const declared = Number(response.headers['content-length']);
	if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
	const encoding = contentEncodingOf(response);
	// An unknown coding fails here, at the response, in both modes.
	checkContentCoding(encoding);
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		// The compressed pieces while the body may still be handed over compressed.
		let kept: Buffer[] | undefined = keepCompressed && !isIdentityCoding(encoding) ? [] : undefined;
		let decompressor: ReturnType<typeof decompressorFor>;
		let received = 0;
		let size = 0;
		let settled = false;
		const finish = (error: unknown, body?: Buffer, bodyEncoding = ''): void => {
			if (settled) return;
			settled = true;
			signal.removeEventListener('abort', onAbort);
			if (body) {
				resolve({body, encoding: bodyEncoding});
				return;
			}

			response.destroy();
			decompressor?.destroy();
			reject(error);
		};

		const onAbort = (): void => {
			finish(signal.reason ?? new Error('aborted'));
		};

		if (signal.aborted) {
			onAbort();
			return;
		}

		signal.addEventListener('abort', onAbort, {once: true});
		const output = (chunk: Buffer): void => {
			size += chunk.length;
			if (size > limit) finish(tooLarge(limit));
			else chunks.push(chunk);
		};

		const done = (): void => {
			finish(undefined, Buffer.concat(chunks, size));
		};

		const startDecompressor = (): void => {
			decompressor = decompressorFor(encoding);
			if (!decompressor) return;
			decompressor.on('data', output);
			decompressor.on('end', done);
			decompressor.on('error', () => {
				finish(new FetchError({key: 'corrupt', params: {encoding}}));
			});
		};

		if (!kept) startDecompressor();
		response.on('data', (chunk: Buffer) => {
			received += chunk.length;
			if (received > limit) finish(tooLarge(limit));
			else if (kept) {
				kept.push(chunk);
				if (received > keptCompressedBytes) {
					// Too big to hand over unread: inflate what came so far and the rest as it comes, with the cap.
					startDecompressor();
					for (const piece of kept) decompressor?.write(piece);
					kept = undefined;
				}
			} else if (decompressor) decompressor.write(chunk);
			else output(chunk);
		});
		response.on('end', () => {
			if (kept) finish(undefined, Buffer.concat(kept, received), encoding);
			else if (decompressor) decompressor.end();
			else done();
		});
		response.on('error', error => {
			finish(error);
		});
		response.on('close', () => {
			if (!response.complete) finish(Object.assign(new Error('premature close'), {code: 'ECONNRESET'}));
		});
	});
}

/**
 * Resolves when an empty body (a 304's) has ended, or the response was closed. The connection goes back to the
 * keep-alive pool just after the end, before the caller's next request: returning at the headers instead, the next
 * request of the same refresh slot found no free connection and opened one more.
 */
async function bodyEnd(response: http.IncomingMessage): Promise<void> {
	return new Promise(resolve => {
		response.once('end', resolve);
		response.once('close', resolve);
		response.resume();
	});
}

interface Hop {
	response: http.IncomingMessage;
}

/** What a server's closing an idle kept-alive connection looks like to the request that was just sent on it. */
const staleConnectionCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
/** Further tries on a kept-alive connection found closed (each takes the next free one, or opens a new one). */
const staleConnectionRetries = 3;

function request(url: URL, validators: Validators, signal: AbortSignal, connectSeconds: number, retries = staleConnectionRetries): Promise<Hop> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const headers: Record<string, string> = {
			'user-agent': userAgent,
			accept,
			'accept-encoding': 'gzip, deflate, br',
		};
		if (validators.etag) headers['if-none-match'] = validators.etag;
		if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
		const client = url.protocol === 'https:' ? https : http;
		const agent = agents[url.protocol as 'http:' | 'https:'];
		let connectTimer: NodeJS.Timeout | undefined;
		// The signal is watched here rather than handed to http.request, which ties it to the request's stream
		// with end-of-stream tracking (≈ 0.1–0.2 ms a request in a profile); readBody watches it while the body arrives.
		const req = client.request(url, {method: 'GET', headers, agent}, (response) => {
			answered = true;
			clearTimeout(connectTimer);
			resolve({response});
		});
		const onAbort = (): void => {
			req.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
		};
		if (signal.aborted) onAbort();
		else {
			signal.addEventListener('abort', onAbort, {once: true});
			req.once('close', () => {
				signal.removeEventListener('abort', onAbort);
			});
		}
		req.on('socket', (socket) => {
			if (!socket.connecting) return;
			connectTimer = setTimeout(() => {
				req.destroy(new FetchError({key: 'connectTimeout', params: {time: seconds(connectSeconds)}}));
			}, connectSeconds * 1000);
			connectTimer.unref();
			socket.once('connect', () => clearTimeout(connectTimer));
		});
		req.on('error', (error) => {
			clearTimeout(connectTimer);
			// A server may close a connection that sat idle in the pool just as this request goes out on it (its keep-alive
			// timeout, often 5 s, passes during a long refresh). Nothing was answered, so the GET is sent again (as
			// browsers do; Node's documentation of request.reusedSocket shows the same).
			const code = String((error as NodeJS.ErrnoException).code ?? '');
			if (!answered && req.reusedSocket && staleConnectionCodes.has(code) && retries > 0 && !signal.aborted) {
				resolve(request(url, validators, signal, connectSeconds, retries - 1));
				return;
			}

			reject(error);
		});
		req.end();
	});
}

async function fetchFile(url: URL, validators: Validators, settings: FetchSettings): Promise<FetchResult> {
	let path: string;
	try {
		path = fileURLToPath(url);
	} catch {
		throw new FetchError(`invalid file URL: ${sanitizeLine(url.href).slice(0, 200)}`);
	}
	let lastModified: string | null = null;
	try {
		lastModified = (await stat(path)).mtime.toUTCString();
	} catch {
		// readCapped reports the missing file
	}
	if (lastModified && validators.lastModified === lastModified) return {status: 'not-modified', finalUrl: url.href};
	const bytes = await readCapped(path, settings.maxBodyBytes);
	return okResult({body: bytes, contentType: null}, {etag: null, lastModified, finalUrl: url.href});
}

/**
 * Fetches a feed. Sends the stored validators (If-None-Match / If-Modified-Since) and returns
 * {status: 'not-modified'} on 304. Follows at most 5 redirects (http/https only), decompresses
 * gzip/deflate/br, caps the body (received and decompressed), decodes the charset.
 * Throws FetchError with one readable line: "timeout after 15 s", "HTTP 404 Not Found", "redirect loop", …
 */
export async function fetchFeed(rawUrl: string, validators: Validators, settings: FetchSettings, signal?: AbortSignal, options: FetchOptions = {}): Promise<FetchResult> {
	let url = parseUrl(rawUrl);
	if (url.protocol === 'file:') return fetchFile(url, validators, settings);
	const timeout = AbortSignal.timeout(Math.max(1, settings.timeoutSeconds * 1000));
	const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
	const connectSeconds = Math.min(connectTimeoutSeconds, settings.timeoutSeconds);
	const visited = new Set<string>([url.href]);
	// Only a chain of permanent redirects from the start moves the feed: after a temporary one the next may change.
	let permanent = true;
	let movedTo: string | undefined;
	try {
		for (let redirects = 0; ; redirects++) {
			const {response} = await request(url, validators, combined, connectSeconds);
			const status = response.statusCode ?? 0;
			if (status === 304) {
				await bodyEnd(response);
				return {status: 'not-modified', finalUrl: url.href, cacheControl: headerLine(response.headers['cache-control']), ...(movedTo ? {movedTo} : {})};
			}
			if ([301, 302, 303, 307, 308].includes(status) && response.headers.location) {
				response.resume();
				if (redirects >= maxRedirects) throw new FetchError({key: 'redirects', params: {n: String(maxRedirects)}});
				let next: URL;
				try {
					next = new URL(response.headers.location, url);
				} catch {
					throw new FetchError({key: 'redirectInvalid', params: {}});
				}
				if (next.protocol !== 'http:' && next.protocol !== 'https:') {
					throw new FetchError({key: 'scheme', params: {scheme: sanitizeLine(next.protocol).slice(0, 40), redirect: 'redirect'}});
				}
				if (visited.has(next.href)) throw new FetchError({key: 'redirectLoop', params: {}});
				visited.add(next.href);
				if (permanent && (status === 301 || status === 308)) movedTo = next.href;
				else permanent = false;
				url = next;
				continue;
			}
			if (status < 200 || status >= 300) {
				response.resume();
				const reason = sanitizeLine(response.statusMessage || http.STATUS_CODES[status] || '').slice(0, 60);
				throw new HttpStatusError(status === 410 ? {key: 'gone', params: {}} : {key: 'http', params: {status: String(status), reason}}, status, headerLine(response.headers['retry-after']));
			}
			const {body, encoding} = await readBody(response, settings.maxBodyBytes, combined, options.keepCompressed);
			const contentType = headerLine(response.headers['content-type']);
			return okResult(encoding ? {body, contentType, contentEncoding: encoding, maxBytes: settings.maxBodyBytes} : {body, contentType}, {
				etag: headerLine(response.headers.etag),
				lastModified: headerLine(response.headers['last-modified']),
				finalUrl: url.href,
				cacheControl: headerLine(response.headers['cache-control']),
				...(movedTo ? {movedTo} : {}),
			});
		}
	} catch (error) {
		if (timeout.aborted) throw new FetchError({key: 'timeout', params: {time: seconds(settings.timeoutSeconds)}});
		if (signal?.aborted) throw new FetchError({key: 'cancelled', params: {}});
		if (error instanceof FetchError) throw error;
		throw new FetchError(describeNetworkError(error, url));
	}
}
