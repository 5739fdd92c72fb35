import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {checkFeedAddress, feedLinksInPage, usualFeedAddresses} from '../../source/feeds/discover.js';
import {StoreServices} from '../../source/services/store-services.js';
import {cli} from '../cli/run-cli.js';
import {readFixture} from '../helpers/feed-server.js';

const settings = {timeoutSeconds: 5, maxBodyBytes: 5 * 1024 * 1024};
const tagesschau = readFixture('tagesschau-2021-02-18.rss');
const nyt = readFixture('nyt-world-europe-2021-02-27.rss');

function page(head: string): string {
	return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Nachrichten</title>${head}</head><body><h1>Startseite</h1></body></html>`;
}

// Sites as they are met: a page naming its feeds (relative and absolute, one broken), a blog whose page names none but
// keeps /feed, a page with neither, JSON, and a feed that redirects.
const routes: Record<string, {type: string; body: string | Buffer; status?: number; location?: string}> = {
	'/news/': {type: 'text/html; charset=utf-8', body: page('<link rel="alternate" type="application/rss+xml" title="Alle Meldungen" href="../xml/rss2/"><link rel="alternate" type="application/rss+xml" title="Kaputt" href="/missing.xml"><link rel="stylesheet" href="/style.css"><link rel="alternate" type="application/atom+xml" title="World" href="/world.atom">')},
	'/xml/rss2/': {type: 'application/rss+xml', body: tagesschau},
	'/world.atom': {type: 'application/rss+xml', body: nyt},
	'/blog/post.html': {type: 'text/html', body: page('')},
	'/feed': {type: 'application/rss+xml', body: tagesschau},
	'/journal/2024/05/my-post/': {type: 'text/html', body: page('')},
	// WordPress's comments feed, at one of the usual paths here: not offered.
	'/journal/rss': {type: 'application/rss+xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Comments on: My post</title><link>http://x/</link><item><title>Re: My post</title><link>http://x/c1</link></item></channel></rss>'},
	'/journal/feed': {type: 'application/rss+xml', body: nyt},
	'/api': {type: 'application/json', body: '{"items": []}'},
	'/moved': {type: 'text/plain', body: '', status: 301, location: '/xml/rss2/'},
};

let server: http.Server;
let base: string;
let noFeedServer: http.Server;
let noFeedBase: string;

async function listen(handler: http.RequestListener): Promise<[http.Server, string]> {
	const started = http.createServer(handler);
	await new Promise<void>(resolve => started.listen(0, '127.0.0.1', resolve));
	return [started, `http://127.0.0.1:${(started.address() as AddressInfo).port}`];
}

beforeAll(async () => {
	[server, base] = await listen((request, response) => {
		const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
		if (!route) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(route.status ?? 200, {'content-type': route.type, ...(route.location ? {location: route.location} : {})}).end(route.body);
	});
	// A site with a page that names no feed and no feed at any usual path.
	[noFeedServer, noFeedBase] = await listen((_request, response) => {
		response.writeHead(200, {'content-type': 'text/html'}).end(page(''));
	});
});

afterAll(async () => {
	await new Promise(resolve => server.close(resolve));
	await new Promise(resolve => noFeedServer.close(resolve));
});

describe('feedLinksInPage', () => {
	it('takes alternate RSS / Atom links in page order, resolved against the page (or its <base>), without repeats or other links', () => {
		const html = page('<base href="https://example.org/de/"><link rel="alternate" type="application/rss+xml" href="rss.xml" title="Alles"><link rel="alternate" type="application/rss+xml" href="https://example.org/de/rss.xml"><link rel="alternate" type="text/html" hreflang="en" href="/en/"><link rel="Alternate" type="application/atom+xml; charset=utf-8" href="//cdn.example.org/atom"><link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">');
		expect(feedLinksInPage(html, 'https://example.org/')).toEqual([
			{url: 'https://example.org/de/rss.xml', title: 'Alles'},
			{url: 'https://cdn.example.org/atom', title: ''},
		]);
	});

	it('keeps escape sequences in a link title out of the result', () => {
		const [found] = feedLinksInPage(page('<link rel="alternate" type="application/rss+xml" title="Evil\u001B[2J\u0007 Feed" href="/f">'), 'http://h/');
		expect(found?.title).toBe('Evil Feed');
	});
});

describe('checkFeedAddress against a loopback site', () => {
	it('takes a feed as it is, with its own title, also behind a redirect', async () => {
		expect(await checkFeedAddress(`${base}/xml/rss2/`, settings)).toEqual({kind: 'feed', feed: {url: `${base}/xml/rss2/`, title: 'tagesschau.de - Die Nachrichten der ARD'}});
		expect(await checkFeedAddress(`${base}/moved`, settings)).toEqual({kind: 'feed', feed: {url: `${base}/moved`, title: 'tagesschau.de - Die Nachrichten der ARD'}});
	});

	it('leads from a web page to the working feeds it names, with their own titles, skipping a broken one', async () => {
		const check = await checkFeedAddress(`${base}/news/`, settings);
		expect(check.kind).toBe('page');
		expect(check.kind === 'page' && check.feeds.map(feed => feed.url)).toEqual([`${base}/xml/rss2/`, `${base}/world.atom`]);
		expect(check.kind === 'page' && check.feeds[1]?.title).toMatch(/Europe/);
	});

	it('finds a site\'s feed at a usual path when the page names none', async () => {
		const check = await checkFeedAddress(`${base}/blog/post.html`, settings);
		expect(check).toEqual({kind: 'page', pageUrl: `${base}/blog/post.html`, feeds: [{url: `${base}/feed`, title: 'tagesschau.de - Die Nachrichten der ARD'}]});
	});

	it('looks for the usual paths under the path\'s first folder, then at the root, never a post\'s comments (walk 11 #223: a blog\'s /blog/feed)', async () => {
		expect(usualFeedAddresses('https://example.org/blog/').slice(0, 2)).toEqual(['https://example.org/blog/feed', 'https://example.org/blog/rss']);
		expect(usualFeedAddresses('https://example.org/blog/2024/05/my-post/')[0]).toBe('https://example.org/blog/feed');
		expect(usualFeedAddresses('https://example.org/blog/post.html')).toContain('https://example.org/feed');
		expect(usualFeedAddresses('https://example.org/post.html')).toEqual(['https://example.org/feed', 'https://example.org/rss', 'https://example.org/feed.xml', 'https://example.org/rss.xml', 'https://example.org/atom.xml', 'https://example.org/index.xml', 'https://example.org/feeds/posts/default']);
		const check = await checkFeedAddress(`${base}/journal/2024/05/my-post/`, settings);
		expect(check.kind === 'page' && check.feeds.map(feed => feed.url)).toEqual([`${base}/journal/feed`, `${base}/feed`]);
	});

	it('says what an address is when it leads to no feed', async () => {
		expect(await checkFeedAddress(`${base}/api`, settings)).toEqual({kind: 'not-feed', reason: 'not a feed (got JSON)'});
		expect(await checkFeedAddress(`${noFeedBase}/`, settings)).toEqual({kind: 'not-feed', reason: 'not a feed (got an HTML page that names no feed)'});
	});
});

describe('lagebild feeds add', () => {
	let home: string;
	const feeds = () => (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>}).feeds.map(feed => feed.url);

	beforeAll(() => {
		home = mkdtempSync(path.join(tmpdir(), 'lagebild-discover-'));
	});

	afterAll(() => {
		rmSync(home, {recursive: true, force: true});
	});

	it('adds the first feed a web page names, lists the others, and refuses a page that leads to none', async () => {
		const added = await cli(home, 'feeds', 'add', `${base}/news/`);
		expect(added.code).toBe(0);
		expect(added.stdout).toContain(`${base}/news/ is a web page; it names 2 feeds:`);
		expect(added.stdout).toContain(`— ${base}/xml/rss2/ (added)`);
		expect(added.stdout).toContain(`— ${base}/world.atom\nAdd another one with: lagebild feeds add URL`);
		expect(added.stdout).toMatch(/Added tagesschau\.de - Die Nachrichten der ARD \[\w+\] http:\/\/127\.0\.0\.1:\d+\/xml\/rss2\//);
		expect(feeds().at(-1)).toBe(`${base}/xml/rss2/`);

		const count = feeds().length;
		const refused = await cli(home, 'feeds', 'add', `${noFeedBase}/`);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('names no feed). Nothing was added; to add it anyway: lagebild feeds add --as-is');
		expect(feeds()).toHaveLength(count);

		// --as-is adds exactly what was typed.
		expect((await cli(home, 'feeds', 'add', '--as-is', `${noFeedBase}/`)).code).toBe(0);
		expect(feeds().at(-1)).toBe(`${noFeedBase}/`);
	});

	it('adds an address it cannot reach as typed, with a warning, so the list can be edited without a connection', async () => {
		const result = await cli(home, 'feeds', 'add', 'http://127.0.0.1:9/rss');
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/could not check http:\/\/127\.0\.0\.1:9\/rss \(.+\); adding it as typed/);
		expect(feeds().at(-1)).toBe('http://127.0.0.1:9/rss');
	});
});

describe('the feed manager\'s add (StoreServices.addFeed)', () => {
	it('adds the feed a web page names and says which; refuses a page that names none; adds an unreachable address as typed', async () => {
		const home = mkdtempSync(path.join(tmpdir(), 'lagebild-discover-app-'));
		const context = await openContext({home, source: [], offline: false}, {env: {}, seed: false});
		try {
			const services = new StoreServices(context, {openUrl: async () => undefined});
			expect(await services.addFeed({url: `${base}/news/`, title: '', tags: [], enabled: true})).toEqual({url: `${base}/xml/rss2/`, title: 'tagesschau.de - Die Nachrichten der ARD', namedByPage: 2});
			await expect(services.addFeed({url: `${noFeedBase}/`, title: '', tags: [], enabled: true})).rejects.toThrow('not a feed (got an HTML page that names no feed)');
			expect(await services.addFeed({url: 'http://127.0.0.1:9/rss', title: '', tags: [], enabled: true})).toBeUndefined();
			expect(context.config.data.feeds?.map(feed => feed.url).slice(-2)).toEqual([`${base}/xml/rss2/`, 'http://127.0.0.1:9/rss']);
		} finally {
			context.close();
			rmSync(home, {recursive: true, force: true});
		}
	});
});
