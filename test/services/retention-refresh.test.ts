// The app's refresh of a feed whose items are all past retention: nothing stored, nothing new, on every refresh.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {type FeedServer, startFeedServer} from '../helpers/feed-server.js';

let home = '';
let server: FeedServer | undefined;
afterEach(async () => {
	await server?.close();
	if (home) rmSync(home, {recursive: true, force: true});
});

it('refreshing a 2021 feed with the default 30-day retention reports 0 new and stores nothing, every time', async () => {
	server = await startFeedServer();
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-retention-'));
	const url = server.url('/gzip/tagesschau-2021-02-18.rss');
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url, title: 'Tagesschau', tags: [], enabled: true}], settings: {timeoutSeconds: 5}}));
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	const services = new StoreServices(context, {openUrl: async () => undefined});
	try {
		expect(context.settings.retentionDays).toBe(30);
		for (let run = 0; run < 3; run++) {
			const summary = await services.refresh({}, () => undefined);
			// This route sends no validators: every refresh gets the whole feed again.
			expect(summary.ok).toBe(1);
			expect(summary.results[0]?.items).toBeGreaterThan(30);
			expect(summary.newArticles).toBe(0);
			expect(context.store.articles({feedUrls: [url]})).toHaveLength(0);
			// The app's status row says so once, as `lagebild refresh` does (the store counts an item skipped once).
			expect(summary.skippedOld).toBe(run === 0 ? summary.results[0]?.items : undefined);
		}

		// retentionDays 0 (keep everything): the skipped items are stored now, and the summary says they came back.
		context.settings.retentionDays = 0;
		const back = await services.refresh({}, () => undefined);
		expect(back.newArticles).toBeGreaterThan(30);
		expect(back.returned).toBe(back.newArticles);
	} finally {
		await services.close();
		context.close();
	}
});
