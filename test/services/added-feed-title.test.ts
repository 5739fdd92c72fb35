// The feed manager's add (a): the feed's own title, found when the address was checked, is listed before any refresh.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {displayTitle} from '../../source/commands/feeds.js';
import {StoreServices} from '../../source/services/store-services.js';
import {startFeedServer} from '../helpers/feed-server.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('keeps the title of an added feed in the store, not in the config (real tagesschau feed on 127.0.0.1)', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-added-title-'));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5, retentionDays: 0}}));
	const server = await startFeedServer();
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	try {
		const services = new StoreServices(context, {openUrl: async () => undefined});
		const url = server.url('/ok/tagesschau-2021-02-18.rss');
		await services.addFeed({url, title: '', tags: [], enabled: true});
		const rows = await services.listFeeds();
		const row = rows.find(candidate => candidate.config.url.includes('/ok/tagesschau'))!;
		expect(displayTitle(row.config, row.state)).toBe('tagesschau.de - Die Nachrichten der ARD');
		expect(row.config.title).toBe('');
		const saved = JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{title?: string}>};
		expect(saved.feeds[0]!.title ?? '').toBe('');
	} finally {
		context.close();
		await server.close();
	}
});

it('says why an address could not be checked, and adds it as typed (as `feeds add` does)', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-added-unchecked-'));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5}}));
	const server = await startFeedServer();
	// A port nobody listens on: the server's own, once it is closed.
	const url = server.url('/ok/tagesschau-2021-02-18.rss');
	await server.close();
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	try {
		const services = new StoreServices(context, {openUrl: async () => undefined});
		const heard: string[] = [];
		expect(await services.addFeed({url, title: '', tags: [], enabled: true}, {unchecked: reason => heard.push(reason)})).toBeUndefined();
		expect(heard).toEqual(['connection refused']);
		expect((await services.listFeeds()).map(row => row.config.url)).toEqual([url]);
	} finally {
		context.close();
	}
});
