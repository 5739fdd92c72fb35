// Quitting the app while a refresh waits for a slow feed: close() stops the fetch at once instead of waiting for the
// feed's timeout (the terminal stayed blank that long after q or Ctrl+C), and the store stays consistent.

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

it('close() during a refresh of a feed that answers after 10 s returns within a second; the refresh ends as cancelled', async () => {
	server = await startFeedServer();
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-quit-'));
	const fast = server.url('/ok/tagesschau-2021-02-18.rss');
	const slow = server.url('/slow?ms=10000');
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({
		feeds: [{url: fast, title: 'Fast', tags: [], enabled: true}, {url: slow, title: 'Slow', tags: [], enabled: true}],
		settings: {timeoutSeconds: 15, retentionDays: 0},
	}));
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	const services = new StoreServices(context, {openUrl: async () => undefined});
	let done = 0;
	const refresh = services.refresh({}, progress => {
		done = progress.done;
	});
	const outcome: Promise<Awaited<typeof refresh> | Error> = refresh.then(summary => summary, (error: unknown) => (error instanceof Error ? error : new Error(String(error))));
	// The fast feed is in; the slow one is awaited.
	const started = Date.now();
	while (done < 1 && Date.now() - started < 8000) await new Promise(resolve => setTimeout(resolve, 20));
	expect(done).toBe(1);
	const closing = Date.now();
	await services.close();
	const summary = await outcome;
	// Both the close and the refresh it stopped: before, the refresh went on until the slow feed answered.
	expect(Date.now() - closing).toBeLessThan(1500);
	if (!(summary instanceof Error)) {
		const slowResult = summary.results.find(result => result.url === slow);
		expect(slowResult?.outcome).toBe('error');
	}

	expect(context.store.articles({feedUrls: [fast]}).length).toBeGreaterThan(0);
	expect(context.store.db.pragma('integrity_check', {simple: true})).toBe('ok');
	context.close();
}, 20_000);
