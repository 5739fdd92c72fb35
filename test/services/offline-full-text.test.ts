// F (full text) with --offline: no request leaves the machine; without --offline the same article's page is fetched.

import {mkdtempSync, rmSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {offlineFullTextMessage, StoreServices} from '../../source/services/store-services.js';
import {makeArticle, okState} from '../store/make-article.js';

let home = '';
let server: http.Server | undefined;
afterEach(async () => {
	await new Promise(resolve => server ? server.close(resolve) : resolve(undefined));
	if (home) rmSync(home, {recursive: true, force: true});
});

const page = `<!doctype html><html><head><title>Bericht</title></head><body><article><h1>Bericht</h1>
${'<p>Der Bundestag hat am Donnerstag nach langer Debatte über den Haushalt abgestimmt, und die Opposition kündigte Widerstand an.</p>\n'.repeat(8)}</article></body></html>`;

it('F does not fetch the page with --offline and says why; online it does', async () => {
	const requests: string[] = [];
	server = http.createServer((request, response) => {
		requests.push(request.url ?? '');
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
		response.end(page);
	});
	await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-fulltext-'));
	const feedUrl = `http://127.0.0.1:${port}/feed.xml`;
	const article = makeArticle(feedUrl, 'bericht', {url: `http://127.0.0.1:${port}/bericht.html`});

	const offline = await openContext({home, source: [], offline: true}, {env: {}});
	const offlineServices = new StoreServices(offline, {openUrl: async () => undefined});
	try {
		offline.store.commitFeed(okState(feedUrl), [article]);
		await expect(offlineServices.fetchFullText(article.uid)).rejects.toThrow(offlineFullTextMessage);
		expect(requests).toEqual([]);
		expect(offline.store.article(article.uid)?.content).toBe(article.content);
	} finally {
		await offlineServices.close();
		offline.close();
	}

	const online = await openContext({home, source: [], offline: false}, {env: {}});
	const onlineServices = new StoreServices(online, {openUrl: async () => undefined});
	try {
		const fetched = await onlineServices.fetchFullText(article.uid);
		expect(requests).toEqual(['/bericht.html']);
		expect(fetched.content).toContain('Bundestag');
	} finally {
		await onlineServices.close();
		online.close();
	}
});
