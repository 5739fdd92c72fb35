// What an update that puts off the quotes reads again for its stories: only each story's lead report, whose title is its headline.

import {beforeAll, describe, expect, it} from 'vitest';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import type {Article} from '../../source/model/article.js';
import {loadFixtureFeeds, uiFixtureFeeds} from '../helpers/fixture-articles.js';
import {loader, quoteSession as session} from './session-helpers.js';

let articles: Article[];

beforeAll(async () => {
	articles = (await loadFixtureFeeds(uiFixtureFeeds)).flatMap((feed) => feed.articles);
});

/** A loader over `articles` that records, by the phase last reported, how many uids each phase asked for. */
function countingLoader(list: readonly Article[]) {
	const load = loader(list);
	const asked = new Map<string, number>();
	let phase = '';
	return {
		load: (uids: string[]) => {
			asked.set(phase, (asked.get(phase) ?? 0) + uids.length);
			return load(uids);
		},
		progress: (progress: BriefingProgress) => {
			phase = progress.phase;
		},
		asked,
	};
}

describe('the stories of an update that puts off the quotes', () => {
	it('read the text of their lead reports only, and get the headlines, members and order of the full pass', () => {
		const now = new Date(0);
		const full = session();
		const fullReads = countingLoader(articles);
		full.update(articles, fullReads.load, fullReads.progress);
		const quick = session();
		const quickReads = countingLoader(articles);
		quick.update(articles, quickReads.load, quickReads.progress, {deferQuotesFrom: 100});

		const fullStories = full.snapshot(now).stories.map(({story}) => story);
		const quickStories = quick.snapshot(now).stories.map(({story}) => story);
		expect(quickStories.every((story) => story.analysing)).toBe(true);
		// Some stories have several reports: reading one a story is fewer reads.
		expect(fullStories.length).toBeLessThan(articles.length);
		expect(fullReads.asked.get('stories')).toBe(articles.length);
		expect(quickReads.asked.get('stories')).toBe(quickStories.length);
		expect(quickStories.map(({id, headline, topics, articles: reports}) => ({id, headline, topics, reports}))).toEqual(
			fullStories.map(({id, headline, topics, articles: reports}) => ({id, headline, topics, reports})),
		);

		// Once the quotes are read, the session is the full pass's.
		quick.completePending(loader(articles), []);
		expect(quick.snapshot(now)).toEqual(full.snapshot(now));
	});
});
