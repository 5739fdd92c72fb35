// A loopback HTTP server serving the real fixture feeds plus every hostile case the fetcher must survive.

import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {Readable} from 'node:stream';
import zlib from 'node:zlib';

export const fixtureDir = new URL('../../../shared/fixtures/feeds/', import.meta.url);

export function readFixture(name: string): Buffer {
	return readFileSync(new URL(name, fixtureDir));
}

/** Fixed Last-Modified of every /ok/ feed. */
export const fixtureLastModified = 'Wed, 18 Feb 2021 21:00:00 GMT';

export interface RecordedRequest {
	path: string;
	headers: http.IncomingHttpHeaders;
}

export interface FeedServer {
	/** "http://127.0.0.1:PORT" */
	baseUrl: string;
	/** baseUrl + path */
	url(path: string): string;
	/** Every request received, in order. */
	requests: RecordedRequest[];
	close(): Promise<void>;
}

/** Bytes of "a feed with terminal escape sequences and bidi overrides in its text". */
export function escapeFeed(): string {
	const esc = '\u001B';
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Evil ${esc}[2J${esc}[31mNews</title><link>http://127.0.0.1/</link><language>en</language>
<item><title>Clipboard ${esc}]52;c;cm0gLXJmIH4K${esc}\\grab and ${esc}[1;31mred${esc}[0m text</title><link>http://127.0.0.1/1</link><guid>evil-1</guid>
<description>Bidi \u202Eevil\u202C trick and \u2066isolate\u2069 and zero\u200Bwidth and a bell \u0007 and title ${esc}]0;pwned\u0007set.</description></item>
<item><title>Device control ${esc}P1;2|secret${esc}\\ and APC ${esc}_payload${esc}\\ and reset ${esc}c done</title><link>http://127.0.0.1/2</link><guid>evil-2</guid>
<description>&lt;p&gt;Escaped ${esc}[6n markup&lt;/p&gt;</description></item>
</channel></rss>`;
}

export const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
`;

/** Broken on line 4: <title> closed by </item>. */
export const malformedFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel><title>Broken</title>
<item><title>Unclosed</item>
</channel></rss>
`;

export const htmlPage = `<!DOCTYPE html>
<html><head><title>Sign in</title></head><body><h1>Please sign in</h1><p>This is a login page, not a feed.</p></body></html>
`;

/** latin1 bytes with the encoding declared only in the header: the XML declaration loses its encoding attribute. */
function latin1WithoutProlog(): Buffer {
	const bytes = readFixture('jn-pt-latin1.rss');
	return Buffer.from(bytes.toString('latin1').replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?>'), 'latin1');
}

/** Lazily produced zeros: `total` bytes in 64 KB chunks, never held in memory at once. */
function zeros(total: number): Readable {
	const chunk = Buffer.alloc(64 * 1024);
	let sent = 0;
	return new Readable({
		read() {
			if (sent >= total) {
				this.push(null);
				return;
			}
			sent += chunk.length;
			this.push(chunk);
		},
	});
}

function etagOf(body: Buffer): string {
	return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

function contentTypeFor(name: string): string {
	if (name.endsWith('.atom')) return 'application/atom+xml';
	if (name.endsWith('.rdf')) return 'application/rdf+xml';
	return 'application/rss+xml';
}

function send(res: http.ServerResponse, status: number, body: Buffer | string, headers: http.OutgoingHttpHeaders = {}): void {
	const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	res.writeHead(status, {'content-length': bytes.length, ...headers});
	res.end(bytes);
}

/**
 * Routes (all GET):
 * /ok/NAME (200 + ETag + Last-Modified, 304 on revalidation) · /gzip/NAME · /deflate/NAME · /br/NAME ·
 * /redirect/N/NAME (N hops, then /ok/NAME) · /loop/a ↔ /loop/b · /status/CODE · /slow?ms=N (headers after N ms) ·
 * /slow-body?ms=N (headers now, body after N ms) · /endless · /html · /malformed · /latin1-prolog · /latin1-header ·
 * /gzip-bomb (1 GB of zeros, gzipped on the fly) · /billion-laughs · /escapes · /ftp-redirect · /file-redirect ·
 * /corrupt-gzip · /huge-length (declares 50 MB, sends 5 bytes) · /reset (socket destroyed) · /raw?body=…&type=… (serves the given body)
 */
export async function startFeedServer(): Promise<FeedServer> {
	const requests: RecordedRequest[] = [];
	const timers = new Set<NodeJS.Timeout>();
	const later = (ms: number, action: () => void): void => {
		const timer = setTimeout(() => {
			timers.delete(timer);
			action();
		}, ms);
		timers.add(timer);
	};

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const path = url.pathname;
		requests.push({path: path + url.search, headers: req.headers});
		res.on('error', () => undefined);
		const parts = path.split('/').filter(Boolean);
		const [route, arg, rest] = parts;
		try {
			switch (route) {
				case 'ok': {
					const body = readFixture(arg!);
					const etag = etagOf(body);
					const since = req.headers['if-modified-since'];
					if (req.headers['if-none-match'] === etag || (since && Date.parse(since) >= Date.parse(fixtureLastModified))) {
						res.writeHead(304, {etag, 'last-modified': fixtureLastModified});
						res.end();
						return;
					}
					send(res, 200, body, {'content-type': contentTypeFor(arg!), etag, 'last-modified': fixtureLastModified});
					return;
				}
				case 'gzip':
				case 'deflate':
				case 'br': {
					const body = readFixture(arg!);
					// Brotli's default quality (11) took seconds per request on a loaded machine, past the fetch's 5 s timeout.
					const packed = route === 'gzip' ? zlib.gzipSync(body) : route === 'deflate' ? zlib.deflateSync(body)
						: zlib.brotliCompressSync(body, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 5}});
					send(res, 200, packed, {'content-type': contentTypeFor(arg!), 'content-encoding': route});
					return;
				}
				case 'redirect': {
					const hops = Number(arg);
					const location = hops > 1 ? `/redirect/${hops - 1}/${rest}` : `/ok/${rest}`;
					res.writeHead(hops % 2 ? 302 : 301, {location});
					res.end();
					return;
				}
				case 'loop':
					res.writeHead(302, {location: arg === 'a' ? '/loop/b' : '/loop/a'});
					res.end();
					return;
				case 'ftp-redirect':
					res.writeHead(302, {location: 'ftp://127.0.0.1/feed.rss'});
					res.end();
					return;
				case 'file-redirect':
					res.writeHead(302, {location: 'file:///etc/passwd'});
					res.end();
					return;
				case 'status':
					send(res, Number(arg), `status ${arg}`, {'content-type': 'text/plain'});
					return;
				case 'slow':
					later(Number(url.searchParams.get('ms') ?? 5000), () => send(res, 200, readFixture('heraldsun-rss092.rss'), {'content-type': 'application/rss+xml'}));
					return;
				case 'slow-body':
					res.writeHead(200, {'content-type': 'application/rss+xml'});
					res.write('<?xml version="1.0"?>\n<rss version="2.0"><channel>');
					later(Number(url.searchParams.get('ms') ?? 5000), () => res.end('<title>late</title></channel></rss>'));
					return;
				case 'endless': {
					res.writeHead(200, {'content-type': 'application/rss+xml'});
					const chunk = Buffer.from(`<item><title>${'x'.repeat(8000)}</title></item>\n`);
					res.write('<?xml version="1.0"?>\n<rss version="2.0"><channel>');
					const pump = (): void => {
						while (!res.destroyed && res.write(chunk)) {
							// keep writing until the socket pushes back
						}
						if (!res.destroyed) res.once('drain', pump);
					};
					pump();
					return;
				}
				case 'html':
					send(res, 200, htmlPage, {'content-type': 'text/html; charset=utf-8'});
					return;
				case 'malformed':
					send(res, 200, malformedFeed, {'content-type': 'application/rss+xml'});
					return;
				case 'latin1-prolog':
					send(res, 200, readFixture('jn-pt-latin1.rss'), {'content-type': 'application/rss+xml'});
					return;
				case 'latin1-header':
					send(res, 200, latin1WithoutProlog(), {'content-type': 'text/xml; charset=ISO-8859-1'});
					return;
				case 'gzip-bomb': {
					res.writeHead(200, {'content-type': 'application/rss+xml', 'content-encoding': 'gzip'});
					const source = zeros(1024 * 1024 * 1024);
					const gzip = zlib.createGzip({level: 1});
					res.on('close', () => {
						source.destroy();
						gzip.destroy();
					});
					source.pipe(gzip).pipe(res);
					return;
				}
				case 'corrupt-gzip':
					send(res, 200, Buffer.concat([zlib.gzipSync(readFixture('heraldsun-rss092.rss')).subarray(0, 10), Buffer.from('not gzip at all, just bytes')]), {'content-type': 'application/rss+xml', 'content-encoding': 'gzip'});
					return;
				case 'huge-length':
					res.writeHead(200, {'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024)});
					res.write('<rss>');
					return;
				case 'billion-laughs':
					send(res, 200, billionLaughs, {'content-type': 'application/rss+xml'});
					return;
				case 'escapes':
					send(res, 200, escapeFeed(), {'content-type': 'application/rss+xml; charset=utf-8'});
					return;
				case 'reset':
					req.socket.destroy();
					return;
				case 'raw':
					send(res, 200, url.searchParams.get('body') ?? '', {'content-type': url.searchParams.get('type') ?? 'application/rss+xml'});
					return;
				default:
					send(res, 404, 'not found', {'content-type': 'text/plain'});
			}
		} catch (error) {
			send(res, 500, String(error), {'content-type': 'text/plain'});
		}
	});
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	const baseUrl = `http://127.0.0.1:${port}`;
	return {
		baseUrl,
		url: (path) => baseUrl + path,
		requests,
		close: async () => {
			for (const timer of timers) clearTimeout(timer);
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
