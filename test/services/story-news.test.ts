// services.storyNews over the real store: the reports of a story that arrived after the reader last saw it and are unread.

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

/** StoreServices over a real store holding one fixture feed, its briefing built once. */
async function withStore(run: (services: StoreServices, context: Awaited<ReturnType<typeof openContext>>) => Promise<void>): Promise<void> {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-story-news-'));
	const feed = fileURLToPath(new URL('../../../shared/fixtures/feeds/googlenews-top-2022-07-28.rss', import.meta.url));
	const context = await openContext({home, source: [feed], offline: true}, {env: {}});
	try {
		const services = new StoreServices(context, {openUrl: async () => undefined});
		await run(services, context);
	} finally {
		context.close();
	}
}

it('none for a story never seen; all of its reports when seen before they arrived; none when seen after; only the one fetched after the look', async () => {
	await withStore(async (services, context) => {
		const briefing = await services.getBriefing({unreadOnly: false});
		const story = briefing.topics.flatMap(topic => topic.stories).find(candidate => candidate.articles.length >= 2)!;
		const uids = story.articles.map(article => article.id);
		const arrived = Math.min(...uids.map(uid => Date.parse(context.store.article(uid)!.fetchedAt)));
		expect(await services.storyNews(story.id, uids)).toEqual([]);
		await services.markSeen([story.id], new Date(arrived - 60_000).toISOString());
		expect(await services.storyNews(story.id, uids)).toEqual(uids);
		await services.markSeen([story.id], new Date(Date.now() + 60_000).toISOString());
		expect(await services.storyNews(story.id, uids)).toEqual([]);
		// The case the line exists for: one report came after the last look, the others before it.
		const later = new Date(Date.now() + 3_600_000).toISOString();
		context.store.db.prepare('UPDATE articles SET fetched_at = ? WHERE uid = ?').run(later, uids[1]!);
		expect(await services.storyNews(story.id, uids)).toEqual([uids[1]]);
	});
});

// The list's rule literally (review V #6): the story screen asks before opening the story marks it read.
it('of the reports fetched after the look, the ones read meanwhile are not new; marked unread again, they are', async () => {
	await withStore(async (services, context) => {
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
	});
});
