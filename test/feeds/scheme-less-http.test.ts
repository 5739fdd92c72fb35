// An address typed without its scheme is taken as https; a local feed server speaks http ("localhost:8080/rss", a NAS,
// RSS-Bridge): it was added as https://… unchecked and failed on every refresh with "the server does not answer https
// (try http://)" (seventh walk). As a browser does, the address is tried over http then — only when typed without a
// scheme: an https:// typed is never taken down to http.

import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {feedToAdd} from '../../source/feeds/discover.js';
import {StoreServices} from '../../source/services/store-services.js';
import {cli} from '../cli/run-cli.js';
import {useFeedServerAndHome} from '../helpers/server-and-home.js';

const fixture = useFeedServerAndHome('lagebild-scheme-less-');
const settings = {timeoutSeconds: 5, maxBodyBytes: 5 * 1024 * 1024};
/** "127.0.0.1:PORT/ok/…" as typed, and the https address it is taken for. */
const typed = () => fixture.server.url('/ok/tagesschau-2021-02-18.rss').replace(/^http:\/\//u, '');

describe('an address typed without a scheme on a plain http server', () => {
	it('feedToAdd tries it over http when typed so, and keeps https when https was typed', async () => {
		const found = await feedToAdd(`https://${typed()}`, settings, undefined, {typedWithoutScheme: true});
		expect(found).toMatchObject({kind: 'feed', feed: {url: `http://${typed()}`}});
		const kept = await feedToAdd(`https://${typed()}`, settings);
		expect(kept).toEqual({kind: 'unreachable', reason: 'TLS error: the server does not answer https (try http://)'});
	});

	it('a page over http that leads to no feed is refused as such, not added as the https address nothing answers (walk 11 #222)', async () => {
		const page = fixture.server.url('/html/blog/').replace(/^http:\/\//u, '');
		await expect(feedToAdd(`https://${page}`, settings, undefined, {typedWithoutScheme: true})).rejects.toThrow('not a feed (got an HTML page that names no feed)');
		const result = await cli(fixture.home, 'feeds', 'add', page);
		expect(result.code).not.toBe(0);
		expect(result.stderr).toContain('not a feed');
		const config = JSON.parse(readFileSync(path.join(fixture.home, 'config.json'), 'utf8')) as {feeds?: Array<{url: string}>};
		expect((config.feeds ?? []).map(feed => feed.url).filter(url => url.includes('/html/'))).toEqual([]);
	});

	it('lagebild feeds add adds it as http://', async () => {
		const result = await cli(fixture.home, 'feeds', 'add', typed());
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain(`http://${typed()}`);
		const config = JSON.parse(readFileSync(path.join(fixture.home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>};
		expect(config.feeds.at(-1)?.url).toBe(`http://${typed()}`);
	});

	it('the feed manager\'s services add it as http:// and say so', async () => {
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5}}));
		const context = await openContext({home: fixture.home, source: [], offline: false}, {env: {}});
		const services = new StoreServices(context, {openUrl: async () => undefined});
		try {
			const added = await services.addFeed({url: `https://${typed()}`, title: '', tags: [], enabled: true}, undefined, {typedWithoutScheme: true});
			expect(added).toMatchObject({url: `http://${typed()}`, overHttp: true});
			expect((await services.listFeeds()).map(feed => feed.config.url)).toEqual([`http://${typed()}`]);
		} finally {
			await services.close();
			context.close();
		}
	});
});
