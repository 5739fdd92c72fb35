// The loopback feed farm: serves the generated feeds with 20–80 ms latency, ETag and Last-Modified.

import http from 'node:http';
import {buildFarmFeeds} from './feeds.js';

const host = '127.0.0.1';

/** Latency per request, spread over [minDelay, maxDelay] and stable for (feed, request number). */
function delayFor(feedIndex, requestNumber, minDelay, maxDelay) {
	let h = Math.imul(feedIndex + 1, 0x9e3779b1) ^ Math.imul(requestNumber + 7, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	h ^= h >>> 16;
	return minDelay + ((h >>> 0) % (maxDelay - minDelay + 1));
}

function isNotModified(request, feed) {
	const ifNoneMatch = request.headers['if-none-match'];
	if (ifNoneMatch !== undefined) {
		return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === feed.etag);
	}
	const ifModifiedSince = request.headers['if-modified-since'];
	if (ifModifiedSince !== undefined) {
		const since = Date.parse(ifModifiedSince);
		return Number.isFinite(since) && since >= Date.parse(feed.lastModified);
	}
	return false;
}

/**
 * Starts the farm on 127.0.0.1 (never another interface). It is bounded: after `maxRequests`
 * requests or `lifetimeMs` it closes by itself, so a crashed bench cannot leave it serving.
 * With `ports` > 1 the feeds are spread round-robin over that many ports of 127.0.0.1, which
 * HTTP clients treat as that many hosts (real feed lists come from many sites, and clients
 * rightly cap connections per host).
 * `onRequest(request)` is called as each request arrives and `onRequest(request, 304)` as each 304 is sent, for
 * probes that time a client's requests from the server's side (when the first arrives, how many sockets it used).
 */
export async function startFarm({
	count = 200,
	itemsPerFeed = 50,
	minDelay = 20,
	maxDelay = 80,
	maxRequests = 50_000,
	lifetimeMs = 60 * 60 * 1000,
	fixtureDir,
	ports = 1,
	log = () => {},
	onRequest = undefined,
} = {}) {
	const feeds = buildFarmFeeds({count, itemsPerFeed, fixtureDir});
	const byPath = new Map(feeds.map((feed) => [feed.path, feed]));
	const stats = {requests: 0, ok: 0, notModified: 0, notFound: 0, bytes: 0, gzip: 0, conditional: 0};
	let totalRequests = 0;
	let closed = false;
	const timers = new Set();

	const handle = (request, response) => {
		totalRequests++;
		stats.requests++;
		onRequest?.(request);
		if (totalRequests > maxRequests) {
			response.writeHead(503, {connection: 'close'}).end();
			void stop('request limit reached');
			return;
		}
		const url = new URL(request.url ?? '/', `http://${host}`);
		const feed = byPath.get(url.pathname);
		const wait = delayFor(feed?.index ?? 0, totalRequests, minDelay, maxDelay);
		const timer = setTimeout(() => {
			timers.delete(timer);
			if (!feed) {
				stats.notFound++;
				response.writeHead(404, {'content-type': 'text/plain'}).end('no such feed\n');
				return;
			}
			const validators = {etag: feed.etag, 'last-modified': feed.lastModified};
			if (request.headers['if-none-match'] !== undefined || request.headers['if-modified-since'] !== undefined) stats.conditional++;
			if (isNotModified(request, feed)) {
				stats.notModified++;
				response.writeHead(304, validators).end();
				onRequest?.(request, 304);
				return;
			}
			stats.ok++;
			const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
			const body = acceptsGzip ? feed.gzip : feed.body;
			if (acceptsGzip) stats.gzip++;
			stats.bytes += body.length;
			response.writeHead(200, {
				...validators,
				'content-type': feed.contentType,
				'content-length': body.length,
				...(acceptsGzip ? {'content-encoding': 'gzip'} : {}),
				vary: 'accept-encoding',
			});
			response.end(request.method === 'HEAD' ? undefined : body);
		}, wait);
		timers.add(timer);
	};
	const servers = [];
	for (let index = 0; index < Math.max(1, ports); index++) {
		const server = http.createServer(handle);
		server.maxConnections = 512;
		server.keepAliveTimeout = 5000;
		await new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, host, resolve);
		});
		servers.push(server);
	}
	const baseUrls = servers.map((server) => `http://${host}:${server.address().port}`);
	const baseUrl = baseUrls[0];

	const lifetime = setTimeout(() => void stop('lifetime over'), lifetimeMs);
	lifetime.unref();

	async function stop(reason = 'stopped') {
		if (closed) return;
		closed = true;
		clearTimeout(lifetime);
		for (const timer of timers) clearTimeout(timer);
		timers.clear();
		log(`farm: ${reason}`);
		await Promise.all(
			servers.map(
				(server) =>
					new Promise((resolve) => {
						server.close(() => resolve());
						server.closeAllConnections();
					}),
			),
		);
	}

	return {
		baseUrl,
		ports: servers.length,
		feeds,
		urls: feeds.map((feed, index) => baseUrls[index % baseUrls.length] + feed.path),
		totalItems: feeds.reduce((sum, feed) => sum + feed.items, 0),
		totalBytes: feeds.reduce((sum, feed) => sum + feed.body.length, 0),
		/** Counters since the last reset: how many 200s, 304s, conditional requests. */
		takeStats() {
			const snapshot = {...stats};
			for (const key of Object.keys(stats)) stats[key] = 0;
			return snapshot;
		},
		get closed() {
			return closed;
		},
		stop,
	};
}
