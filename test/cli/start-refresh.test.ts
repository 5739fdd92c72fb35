// Whether the app fetches at start: a refresh a few minutes ago is fresh enough, unless a feed in the list was never fetched.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {shouldRefreshOnStart} from '../../source/commands/app.js';
import {openContext} from '../../source/commands/context.js';
import type {FeedState} from '../../source/model/feed.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

const fetched = (url: string, at: Date): FeedState => ({url, status: 'ok', error: '', lastFetch: at.toISOString(), lastSuccess: at.toISOString(), etag: null, lastModified: null, articleCount: 0});

/** A home whose list holds these feeds (a URL, or a URL and whether it is on). */
async function homeWith(feeds: Array<string | [string, boolean]>) {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-start-refresh-'));
	const list = feeds.map(feed => (typeof feed === 'string' ? [feed, true] as const : feed)).map(([url, enabled]) => ({url, title: '', tags: [], enabled}));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: list}));
	return openContext({home, source: [], offline: false}, {env: {}});
}

it('a list refreshed two minutes ago is not fetched again at start', async () => {
	const context = await homeWith(['https://a.example/feed.xml', 'https://b.example/feed.xml']);
	try {
		const now = Date.now();
		for (const url of ['https://a.example/feed.xml', 'https://b.example/feed.xml']) context.store.commitFeed(fetched(url, new Date(now - 2 * 60_000)), []);
		expect(shouldRefreshOnStart(context, now)).toBe(false);
	} finally {
		context.close();
	}
});

it('feeds imported or added after the last refresh (never fetched) are fetched at the next start', async () => {
	// `lagebild feeds import urls` after a refresh, then `lagebild`: the imported feeds stood at "not fetched yet" until R.
	const context = await homeWith(['https://a.example/feed.xml', 'https://new.example/feed.xml']);
	try {
		const now = Date.now();
		context.store.commitFeed(fetched('https://a.example/feed.xml', new Date(now - 2 * 60_000)), []);
		expect(shouldRefreshOnStart(context, now)).toBe(true);
	} finally {
		context.close();
	}
});

it('a disabled feed that was never fetched does not make the start fetch', async () => {
	const context = await homeWith(['https://a.example/feed.xml', ['https://off.example/feed.xml', false]]);
	try {
		const now = Date.now();
		context.store.commitFeed(fetched('https://a.example/feed.xml', new Date(now - 2 * 60_000)), []);
		expect(shouldRefreshOnStart(context, now)).toBe(false);
	} finally {
		context.close();
	}
});
