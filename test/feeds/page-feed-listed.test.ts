// A site's page typed to add its second feed, whose first (main) feed is already in the list: `feeds add` printed
// "(added)" beside the listed feed and then failed with "already in the feed list" (ninth walk). The next feed the page
// names is added instead; when every one is listed, nothing is called added.

import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {cli} from '../cli/run-cli.js';
import {readFixture} from '../helpers/feed-server.js';

const page = (links: string) => `<!DOCTYPE html><html><head><title>Nachrichten</title>${links}</head><body></body></html>`;
const link = (href: string, title: string) => `<link rel="alternate" type="application/rss+xml" title="${title}" href="${href}">`;
const routes: Record<string, {type: string; body: string | Buffer}> = {
	'/two/': {type: 'text/html', body: page(link('/main.rss', 'Alle Meldungen') + link('/world.rss', 'Ausland'))},
	'/one/': {type: 'text/html', body: page(link('/main.rss', 'Alle Meldungen'))},
	'/main.rss': {type: 'application/rss+xml', body: readFixture('tagesschau-2021-02-18.rss')},
	'/world.rss': {type: 'application/rss+xml', body: readFixture('nyt-world-europe-2021-02-27.rss')},
};

let server: http.Server;
let base = '';
let home = '';
beforeAll(async () => {
	server = http.createServer((request, response) => {
		const route = routes[request.url ?? ''];
		if (route) response.writeHead(200, {'content-type': route.type}).end(route.body);
		else response.writeHead(404).end();
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise(resolve => server.close(resolve));
});
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-page-listed-'));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: `${base}/main.rss`, title: '', tags: [], enabled: true}], settings: {timeoutSeconds: 5}}));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const configured = () => (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>}).feeds.map(feed => feed.url);

describe('a page whose first feed is already in the list', () => {
	it('lagebild feeds add adds the next feed it names, and says "(added)" beside that one', async () => {
		const result = await cli(home, 'feeds', 'add', `${base}/two/`);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`— ${base}/main.rss\n`);
		expect(result.stdout).toContain(`— ${base}/world.rss (added)`);
		expect(result.stdout).not.toContain('Add another one');
		expect(configured()).toEqual([`${base}/main.rss`, `${base}/world.rss`]);
	});

	it('when every feed it names is listed, nothing is called added and the command fails with the duplicate', async () => {
		const result = await cli(home, 'feeds', 'add', `${base}/one/`);
		expect(result.code).toBe(1);
		expect(result.stdout).not.toContain('(added)');
		expect(result.stderr).toContain(`already in the feed list: ${base}/main.rss`);
		expect(configured()).toEqual([`${base}/main.rss`]);
	});

	it('the feed manager adds the next feed too', async () => {
		const context = await openContext({home, source: [], offline: false}, {env: {}});
		const services = new StoreServices(context, {openUrl: async () => undefined});
		try {
			expect(await services.addFeed({url: `${base}/two/`, title: '', tags: [], enabled: true})).toMatchObject({url: `${base}/world.rss`, namedByPage: 2});
			expect((await services.listFeeds()).map(row => row.config.url)).toEqual([`${base}/main.rss`, `${base}/world.rss`]);
		} finally {
			await services.close();
			context.close();
		}
	});
});
