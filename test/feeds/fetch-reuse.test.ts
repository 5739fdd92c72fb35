// fetchFeed over kept-alive connections: a connection the server closed while idle in the pool is not the feed's failure.

import http from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fetchFeed} from '../../source/feeds/fetch.js';
import {defaultSettings} from '../../source/model/feed.js';

const feed = readFileSync(new URL('../../../shared/fixtures/feeds/tagesschau-2021-02-18.rss', import.meta.url));
const settings = {...defaultSettings, timeoutSeconds: 5};
let server: http.Server;
let base = '';
const served = new Map<Socket, number>();
let connections = 0;

beforeAll(async () => {
	// Answers the first request of each connection and keeps it open; a second request on the same connection finds it
	// closed (as when a server's keep-alive timeout ends the connection just as the client reuses it).
	server = http.createServer((request, response) => {
		const count = (served.get(request.socket) ?? 0) + 1;
		served.set(request.socket, count);
		if (count > 1) {
			request.socket.destroy();
			return;
		}

		if (request.headers['if-none-match'] === '"v1"') {
			response.writeHead(304, {etag: '"v1"'}).end();
			return;
		}

		response.writeHead(200, {'content-type': 'application/rss+xml', etag: '"v1"'}).end(feed);
	});
	server.on('connection', () => {
		connections++;
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise(resolve => server.close(resolve));
});

describe('fetchFeed on a reused connection', () => {
	it('sends the request again when the server closed the kept-alive connection it went out on', async () => {
		const first = await fetchFeed(`${base}/a.rss`, {}, settings);
		expect(first.status).toBe('ok');
		const before = connections;
		// Each of these goes out on the connection the one before left in the pool, which the server then closes.
		const again = await fetchFeed(`${base}/a.rss`, {etag: '"v1"'}, settings);
		expect(again.status).toBe('not-modified');
		const third = await fetchFeed(`${base}/b.rss`, {}, settings);
		expect(third.status).toBe('ok');
		if (third.status === 'ok') expect(third.text).toContain('tagesschau');
		expect(connections - before).toBe(2);
	});
});
