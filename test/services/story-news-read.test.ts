// services.storyNews over the real store applies the list's rule literally: a report read since the last look is not new (review V #6).

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('of the reports fetched after the look, the ones read meanwhile are not new; marked unread again, they are', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-story-news-read-'));
	const feed = fileURLToPath(new URL('../../../shared/fixtures/feeds/googlenews-top-2022-07-28.rss', import.meta.url));
	const context = await openContext({home, source: [feed], offline: true}, {env: {}});
	try {
		const services = new StoreServices(context, {openUrl: async () => undefined});
		await services.getBriefing({unreadOnly: false});
		const uids = context.store.articles().slice(0, 3).map(article => article.uid);
		const arrived = Math.min(...uids.map(uid => Date.parse(context.store.article(uid)!.fetchedAt)));
		await services.markSeen(['story'], new Date(arrived - 60_000).toISOString());
		expect(await services.storyNews('story', uids)).toEqual(uids);
		// Read through search (or a feed's list) before the story was opened.
		await services.markRead([uids[1]!], true);
		expect(await services.storyNews('story', uids)).toEqual([uids[0], uids[2]]);
		await services.markRead([uids[1]!], false);
		expect(await services.storyNews('story', uids)).toEqual(uids);
		// A report the store does not hold is not new; the order asked is the order answered.
		expect(await services.storyNews('story', ['gone', uids[2]!, uids[0]!])).toEqual([uids[2], uids[0]]);
		await services.markRead(uids, true);
		expect(await services.storyNews('story', uids)).toEqual([]);
	} finally {
		context.close();
	}
});
