// The People screen's week over an old cache (sixth walk): it ends at the newest article stored, as the briefing's
// window does, so a new user's first look offline (the bundled snapshots, months old) is not an empty list.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('the week of the bundled snapshots ends at their newest article and holds people', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-people-week-'));
	const context = await openContext({home, source: [], offline: true}, {env: {}});
	try {
		const services = new StoreServices(context, {openUrl: async () => undefined});
		// The newest dated article: two undated snapshot items are dated when they were read in, now.
		const newest = context.store.articleTimes().filter(time => !time.publishedEstimated).map(time => time.published).sort().at(-1)!;
		// The snapshots are older than a week: a week ending now would hold none of them.
		expect(Date.now() - Date.parse(newest)).toBeGreaterThan(7 * 24 * 3600 * 1000);
		const week = await services.peopleWindow('week');
		expect(new Date(week.to).getTime()).toBe(Date.parse(newest));
		expect(week.from).toBe(new Date(Date.parse(newest) - 7 * 24 * 3600 * 1000).toISOString());
		expect(week.articles).toBeGreaterThan(0);
		expect(week.people.length).toBeGreaterThan(0);
		await services.close();
	} finally {
		context.close();
	}
}, 60_000);
