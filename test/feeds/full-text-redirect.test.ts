// F's page behind a redirect (a feed's tracking link): its relative links are the page's, resolved against the address
// that answered (review V15 #2), not the one asked.

import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {defaultSettings} from '../../source/model/feed.js';
import {fetchArticleText} from '../../source/feeds/full-text.js';

let server: http.Server;
let base: string;

const page = `<html><head><title>Artikel</title></head><body><article>
<h1>Die Stadt plant eine Reform</h1>
${'<p>Der Rat beriet am Montag lange über die Pläne für den Umbau des Bahnhofs und der Innenstadt, die seit Jahren umstritten sind.</p>\n'.repeat(6)}
<p>Mehr dazu: <a href="../politik/other-story">die andere Geschichte</a> und <a href="related.html">verwandte Artikel</a>.</p>
</article></body></html>`;

beforeAll(async () => {
	server = http.createServer((request, response) => {
		if (request.url === '/~r/feed/~3/abc') {
			response.writeHead(302, {location: `${base}/news/2026/article.html`}).end();
			return;
		}
		if (request.url === '/news/2026/article.html') {
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page);
			return;
		}
		response.writeHead(404).end();
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise(resolve => server.close(resolve));
});

it('resolves a redirected page\'s relative links against the page it landed on', async () => {
	const {links} = await fetchArticleText(`${base}/~r/feed/~3/abc`, {...defaultSettings, timeoutSeconds: 5});
	expect(links.map(link => link.url)).toEqual([`${base}/news/politik/other-story`, `${base}/news/2026/related.html`]);
});
