import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {effectiveTopics} from '../../source/config/default-topics.js';
import {briefingFromStore} from '../../source/briefing/from-store.js';
import {openContext, type AppContext} from '../../source/commands/context.js';
import type {Briefing} from '../../source/model/briefing.js';
import {StoreServices} from '../../source/services/store-services.js';
import {okState} from '../store/make-article.js';

let home: string;
let context: AppContext;
let services: StoreServices;

function stories(briefing: Briefing) {
	return briefing.topics.flatMap((topic) => topic.stories);
}

/** What a computation from scratch gives now (no cache, no snapshot), for comparison. */
function computedNow(): Briefing['topics'] {
	return briefingFromStore(context.store, {topics: effectiveTopics(context.config.data.topics), settings: context.settings, cache: false}).topics;
}

beforeAll(async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-services-'));
	// An empty home is filled from the bundled snapshot feeds: real articles.
	context = await openContext({home, source: [], offline: true}, {env: {}});
	services = new StoreServices(context);
});
afterAll(() => {
	context.close();
	rmSync(home, {recursive: true, force: true});
});

describe('StoreServices briefing', () => {
	it('computes once, then serves the stored briefing with the read marks of the moment', async () => {
		expect(await services.cachedBriefing({unreadOnly: false})).toBeUndefined();
		const first = await services.getBriefing({unreadOnly: false});
		expect(first.topics).toEqual(computedNow());
		expect((await services.cachedBriefing({unreadOnly: false}))?.fresh).toBe(true);

		const story = stories(first)[0]!;
		await services.markRead(story.articles.map((article) => article.id), true);
		const second = await services.getBriefing({unreadOnly: false});
		expect(stories(second).find((candidate) => candidate.id === story.id)?.unread).toBe(false);
		expect(second.topics).toEqual(computedNow());
		const unreadOnly = await services.getBriefing({unreadOnly: true});
		expect(stories(unreadOnly).map((candidate) => candidate.id)).not.toContain(story.id);
	});

	it('computes afresh once articles arrive, showing the old briefing as stale meanwhile', async () => {
		const before = await services.getBriefing({unreadOnly: false});
		const [article] = context.store.articles({limit: 1});
		context.store.commitFeed(okState(article!.feedUrl), [{...article!, uid: 'services-test-new', itemId: 'services-test-new', title: 'A report that just arrived'}]);
		const stale = await services.cachedBriefing({unreadOnly: false});
		expect(stale?.fresh).toBe(false);
		expect(stale?.briefing.topics).toEqual(before.topics);
		const after = await services.getBriefing({unreadOnly: false});
		expect(stories(after).some((story) => story.articles.some((ref) => ref.id === 'services-test-new'))).toBe(true);
		expect(after.topics).toEqual(computedNow());
	});
});
