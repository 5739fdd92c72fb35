import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {briefingFromStore} from '../../source/briefing/from-store.js';
import {loadSources} from '../../source/feeds/sources.js';
import {defaultSettings} from '../../source/model/feed.js';
import type {ArticleStore} from '../../source/store/article-store.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const devFeeds = path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev', 'googlenews-en-2022-07-28', 'feeds');
let store: ArticleStore;

beforeAll(async () => {
	store = (await loadSources([devFeeds], defaultSettings)).store;
});
afterAll(() => store.close());

describe('briefingFromStore', () => {
	const options = {topics: defaultTopics(), settings: defaultSettings, quotes: false, now: new Date('2026-01-01T00:00:00Z')};

	it('uses the store’s read marks, story last-seen times and analysis cache', () => {
		const first = briefingFromStore(store, options);
		const story = first.topics[0]!.stories[0]!;
		expect(story.unread).toBe(true);
		expect(story.isNew).toBe(true);
		store.markRead(story.articles.map((article) => article.id));
		store.markStoriesSeen([story.id], '2030-01-01T00:00:00Z');
		const second = briefingFromStore(store, options);
		const again = second.topics.flatMap((topic) => topic.stories).find((candidate) => candidate.id === story.id)!;
		expect(again.unread).toBe(false);
		expect(again.isNew).toBe(false);
		// Cached analyses give the same stories.
		expect(second.topics.flatMap((topic) => topic.stories).map((entry) => entry.id).sort()).toEqual(first.topics.flatMap((topic) => topic.stories).map((entry) => entry.id).sort());
		const unreadOnly = briefingFromStore(store, {...options, unreadOnly: true});
		const ids = unreadOnly.topics.flatMap((topic) => topic.stories).map((entry) => entry.id);
		expect(ids).not.toContain(story.id);
		expect(ids.length).toBe(first.topics.flatMap((topic) => topic.stories).length - 1);
	});
});
