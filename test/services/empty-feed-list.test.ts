// The app with every feed removed: the list stays empty on the next start, and a refresh says how to add a feed.

import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {emptyFeedListMessage, StoreServices} from '../../source/services/store-services.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('removing every feed in the app leaves an empty list that the next start keeps', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-empty-'));
	const first = await openContext({home, source: [], offline: true}, {env: {}});
	const services = new StoreServices(first, {openUrl: async () => undefined});
	try {
		expect(first.usingDefaultFeeds).toBe(true);
		const defaults = await services.listFeeds();
		expect(defaults.length).toBeGreaterThan(20);
		for (const row of defaults) await services.removeFeed(row.config.url);
		expect(await services.listFeeds()).toEqual([]);
	} finally {
		await services.close();
		first.close();
	}

	expect((JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: unknown}).feeds).toEqual([]);
	const next = await openContext({home, source: [], offline: true}, {env: {}});
	const again = new StoreServices(next, {openUrl: async () => undefined});
	try {
		expect(next.usingDefaultFeeds).toBe(false);
		expect(next.feeds).toEqual([]);
		expect(await again.listFeeds()).toEqual([]);
		await expect(again.refresh({}, () => undefined)).rejects.toThrow(emptyFeedListMessage);
		await again.addFeed({url: 'https://example.org/feed.xml', title: '', tags: [], enabled: true});
		expect((await again.listFeeds()).map(row => row.config.url)).toEqual(['https://example.org/feed.xml']);
	} finally {
		await again.close();
		next.close();
	}
});
