// The app's refresh with no reachable feed: the briefing from the bundled snapshots must stay, not vanish.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext, seedFromSnapshots} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('a refresh where every feed fails deletes nothing, though the snapshots are years past retention', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-offline-'));
	// Port 9 (discard) is closed on loopback: a refused connection, as on a machine without network.
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({
		feeds: [{url: 'http://127.0.0.1:9/feed.xml', title: 'Unreachable', tags: [], enabled: true}],
		settings: {retentionDays: 30, timeoutSeconds: 2},
	}));
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	try {
		// A reader's own list is not seeded at start: the snapshots are loaded as the default list's first start does.
		await seedFromSnapshots(context.store, context.settings);
		const seeded = context.store.count();
		expect(seeded).toBeGreaterThan(300);
		const services = new StoreServices(context, {openUrl: async () => undefined});
		const summary = await services.refresh({}, () => undefined);
		expect(summary.failed).toBe(1);
		expect(context.store.count()).toBe(seeded);
		const briefing = await services.getBriefing({unreadOnly: false});
		expect(briefing.topics.flatMap(topic => topic.stories).length).toBeGreaterThan(100);
	} finally {
		context.close();
	}
});
