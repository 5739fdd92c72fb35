// `lagebild refresh` and redirects: a permanent one (301 / 308) moves the feed in config.json and the store, a temporary one changes nothing.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {feedId} from '../../source/config/feed-url.js';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import type {ArticleStore} from '../../source/store/article-store.js';
import {readFixture} from '../helpers/feed-server.js';
import {type ListedFeed, useOwnServerAndHome, withHomeStore, writeFeedList} from '../helpers/server-and-home.js';
import {cli, cliWith} from './run-cli.js';

const feedBody = readFixture('nyt-world-europe-2021-02-27.rss');
/** Per path: a feed (with an ETag) or a redirect; changed during a test. */
const routes = new Map<string, {feed: true} | {redirect: number; to: string}>();
const asked: string[] = [];
let etag = '"v1"';

const local = useOwnServerAndHome('lagebild-moves-', (request, response) => {
	const path = request.url ?? '/';
	asked.push(path);
	const route = routes.get(path);
	if (!route) {
		response.writeHead(404).end();
	} else if ('redirect' in route) {
		response.writeHead(route.redirect, {location: route.to}).end();
	} else if (request.headers['if-none-match'] === etag) {
		response.writeHead(304, {etag}).end();
	} else {
		response.writeHead(200, {'content-type': 'application/rss+xml', etag}).end(feedBody);
	}
});

beforeEach(() => {
	routes.clear();
	asked.length = 0;
	etag = '"v1"';
});

function writeFeeds(feeds: ListedFeed[]): void {
	writeFeedList(local.home, feeds);
}

function listedFeeds(): ListedFeed[] {
	return (JSON.parse(readFileSync(path.join(local.home, 'config.json'), 'utf8')) as {feeds: ListedFeed[]}).feeds;
}

const withStore = <T>(use: (store: ArticleStore) => T): T => withHomeStore(local.home, use);

const askedFor = (path: string): number => asked.filter(entry => entry === path).length;

describe('refresh and permanent redirects', () => {
	for (const status of [301, 308]) {
		it(`${status}: the feed's address moves in config.json (title, tags, enabled kept) and in the store (state, articles, read marks), and the old one is not asked again`, async () => {
			routes.set('/old.rss', {feed: true});
			writeFeeds([{url: `${local.base}/old.rss`, title: 'Europe', tags: ['world'], enabled: true}, {url: `${local.base}/other.rss`, title: 'Other', tags: [], enabled: false}]);
			expect((await cli(local.home, 'refresh')).code).toBe(0);
			const before = withStore(store => {
				const articles = store.articles({feedUrls: [`${local.base}/old.rss`]});
				store.markRead(articles.slice(0, 3).map(article => article.uid));
				store.setStarred([articles[3]!.uid]);
				return articles;
			});
			expect(before.length).toBeGreaterThan(5);

			routes.set('/old.rss', {redirect: status, to: `${local.base}/new.rss`});
			routes.set('/new.rss', {feed: true});
			const moved = await cli(local.home, 'refresh');
			expect(moved.code).toBe(0);
			expect(moved.stdout).toContain(`Europe — moved permanently to ${local.base}/new.rss (address updated)`);
			expect(listedFeeds()).toEqual([{url: `${local.base}/new.rss`, title: 'Europe', tags: ['world'], enabled: true}, {url: `${local.base}/other.rss`, title: 'Other', tags: [], enabled: false}]);
			expect(feedId(`${local.base}/new.rss`)).not.toBe(feedId(`${local.base}/old.rss`));
			const list = await cli(local.home, 'feeds', 'list');
			expect(list.stdout).toContain(`${local.base}/new.rss`);
			expect(list.stdout).not.toContain(`${local.base}/old.rss`);

			withStore(store => {
				expect(store.getFeedState(`${local.base}/old.rss`)).toBeUndefined();
				expect(store.getFeedState(`${local.base}/new.rss`)).toMatchObject({status: 'not-modified', etag: '"v1"', articleCount: before.length});
				const after = store.articles({feedUrls: [`${local.base}/new.rss`]});
				expect(after.map(article => article.uid).sort()).toEqual(before.map(article => article.uid).sort());
				expect(after.filter(article => article.read).map(article => article.uid).sort()).toEqual(before.slice(0, 3).map(article => article.uid).sort());
				expect(store.starred().map(article => article.uid)).toEqual([before[3]!.uid]);
				expect(store.db.pragma('foreign_key_check')).toEqual([]);
			});

			// The next refresh asks the new address (with its validators: 304), not the old one.
			const oldAsked = askedFor('/old.rss');
			const again = await cli(local.home, 'refresh');
			expect(again.stdout).toMatch(/0 ok, 1 not modified, 0 failed; 0 new articles/);
			expect(askedFor('/old.rss')).toBe(oldAsked);
			withStore(store => {
				expect(store.articles({feedUrls: [`${local.base}/new.rss`]}).filter(article => article.read)).toHaveLength(3);
			});

			// The body comes again from the new address (a new ETag): its items keep their uids and marks, none counts as new.
			etag = '"v2"';
			const body = await cli(local.home, 'refresh');
			expect(body.stdout).toMatch(/1 ok, 0 not modified, 0 failed; 0 new articles/);
			withStore(store => {
				const after = store.articles({feedUrls: [`${local.base}/new.rss`]});
				expect(after.map(article => article.uid).sort()).toEqual(before.map(article => article.uid).sort());
				expect(after.filter(article => article.read)).toHaveLength(3);
				expect(store.getFeedState(`${local.base}/new.rss`)).toMatchObject({status: 'ok', etag: '"v2"'});
			});
		});
	}

	for (const status of [302, 303, 307]) {
		it(`${status}: nothing changes, the old address is asked every time`, async () => {
			routes.set('/old.rss', {redirect: status, to: `${local.base}/new.rss`});
			routes.set('/new.rss', {feed: true});
			const listed = [{url: `${local.base}/old.rss`, title: 'Europe', tags: [], enabled: true}];
			writeFeeds(listed);
			const first = await cli(local.home, 'refresh');
			expect(first.stdout).not.toContain('moved permanently');
			await cli(local.home, 'refresh');
			expect(askedFor('/old.rss')).toBe(2);
			expect(listedFeeds()).toEqual(listed);
			withStore(store => {
				expect(store.getFeedState(`${local.base}/old.rss`)).toMatchObject({status: 'not-modified'});
				expect(store.getFeedState(`${local.base}/new.rss`)).toBeUndefined();
			});
		});
	}

	it('a permanent redirect after a temporary one moves nothing', async () => {
		routes.set('/old.rss', {redirect: 302, to: `${local.base}/middle.rss`});
		routes.set('/middle.rss', {redirect: 301, to: `${local.base}/new.rss`});
		routes.set('/new.rss', {feed: true});
		const listed = [{url: `${local.base}/old.rss`, title: 'Europe', tags: [], enabled: true}];
		writeFeeds(listed);
		const result = await cli(local.home, 'refresh');
		expect(result.stdout).not.toContain('moved permanently');
		expect(listedFeeds()).toEqual(listed);
	});

	it('a permanent redirect to a feed already in the list: says so, changes nothing', async () => {
		routes.set('/old.rss', {redirect: 301, to: `${local.base}/new.rss`});
		routes.set('/new.rss', {feed: true});
		const listed = [{url: `${local.base}/old.rss`, title: 'Old', tags: [], enabled: true}, {url: `${local.base}/new.rss`, title: 'New', tags: ['x'], enabled: true}];
		writeFeeds(listed);
		const result = await cli(local.home, 'refresh');
		expect(result.stdout).toContain(`Old — moved permanently to ${local.base}/new.rss (already in the feed list; nothing changed)`);
		expect(listedFeeds()).toEqual(listed);
		withStore(store => {
			expect(store.getFeedState(`${local.base}/old.rss`)).toMatchObject({status: 'ok'});
			expect(store.getFeedState(`${local.base}/new.rss`)).toMatchObject({status: 'ok'});
		});
	});

	it('says the move in the language of the other lines (walk 13 #254: a German refresh printed it in English)', async () => {
		routes.set('/old.rss', {redirect: 301, to: `${local.base}/new.rss`});
		routes.set('/new.rss', {feed: true});
		writeFeeds([{url: `${local.base}/old.rss`, title: 'Europa', tags: [], enabled: true}]);
		const result = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', local.home, 'refresh');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Europa — dauerhaft umgezogen nach ${local.base}/new.rss (Adresse aktualisiert)`);
		expect(result.stdout).not.toContain('moved permanently');
	});

	it('the app (R through its services) moves the feed too, and its feed list shows the new address', async () => {
		routes.set('/old.rss', {redirect: 301, to: `${local.base}/new.rss`});
		routes.set('/new.rss', {feed: true});
		writeFeeds([{url: `${local.base}/old.rss`, title: 'Europe', tags: ['world'], enabled: true}]);
		const context = await openContext({home: local.home, source: [], offline: false}, {env: {}});
		try {
			const services = new StoreServices(context, {openUrl: async () => undefined});
			const summary = await services.refresh({}, () => undefined);
			expect(summary.ok).toBe(1);
			expect(listedFeeds()).toEqual([{url: `${local.base}/new.rss`, title: 'Europe', tags: ['world'], enabled: true}]);
			expect((await services.listFeeds()).map(row => [row.config.url, row.state?.status])).toEqual([[`${local.base}/new.rss`, 'ok']]);
			expect(context.store.getFeedState(`${local.base}/new.rss`)).toMatchObject({status: 'ok'});
		} finally {
			context.close();
		}
	});
});
