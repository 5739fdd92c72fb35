// A story's time is a shown report's, and copies of one article in other feeds are named on the report they fold into (walk 8 #180).

import {describe, expect, it} from 'vitest';
import {buildStory, memberOf, type TimelineRef} from '../../source/briefing/story.js';
import {makeArticle} from '../store/make-article.js';

function member(feedTitle: string, itemId: string, url: string, published: string) {
	const article = makeArticle(`https://feeds.example/${encodeURIComponent(feedTitle)}`, itemId, {feedTitle, url, published, fetchedAt: published, title: `Chinese rocket will crash into Earth ${itemId}`});
	return memberOf(article, Date.parse(published), {topics: [], quotes: undefined}, '');
}

describe('a story with copies of one article in several feeds', () => {
	const first = member('farm 001', 'a', 'https://news.example/rocket', '2026-11-25T04:19:00.000Z');
	const second = member('farm 002', 'b', 'https://other.example/rocket-debris', '2026-11-25T04:40:00.000Z');
	// The same address in four more feeds, re-dated there a day and a half later.
	const copies = ['farm 062', 'farm 071', 'farm 080', 'farm 062'].map((feed, index) => member(feed, `copy-${index}`, 'https://news.example/rocket', '2026-11-26T19:30:00.000Z'));
	const {story, lastTime} = buildStory([first, ...copies, second], () => undefined, {});

	it('dates the story by the reports its timeline shows, not by a hidden copy', () => {
		expect(story.articles.map((article) => article.id)).toEqual([first.article.uid, second.article.uid]);
		expect(story.lastPublished).toBe('2026-11-25T04:40:00.000Z');
		expect(lastTime).toBe(Date.parse('2026-11-25T04:40:00.000Z'));
		expect(story.firstPublished).toBe('2026-11-25T04:19:00.000Z');
	});

	it('names the other feeds that carried a shown report, once each, and still counts every outlet', () => {
		const [kept, other] = story.articles as TimelineRef[];
		expect([...kept!.alsoIn!].sort()).toEqual(['farm 062', 'farm 071', 'farm 080']);
		expect(other!.alsoIn).toBeUndefined();
		expect(story.outlets).toHaveLength(5);
	});

	it('a copy in the same feed (an outlet publishing the article again) is no "also in"', () => {
		const again = member('farm 001', 'a2', 'https://news.example/rocket', '2026-11-25T09:00:00.000Z');
		const built = buildStory([first, again], () => undefined, {});
		expect((built.story.articles as TimelineRef[])[0]!.alsoIn).toBeUndefined();
		expect(built.story.lastPublished).toBe('2026-11-25T04:19:00.000Z');
	});
});
