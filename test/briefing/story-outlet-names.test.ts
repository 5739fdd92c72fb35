// A story's people leave out an aggregator's outlet named in its feed's title and names a headline runs into an outlet.

import {describe, expect, it} from 'vitest';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import type {Person, QuoteAnalysis} from '../../source/model/quote.js';
import {shortHash} from '../../source/text/hash.js';
import {makeArticle} from '../store/make-article.js';

const person = (name: string, role = '', kind?: Person['kind']): Person => ({name, role, aliases: [], ...(kind ? {kind} : {})});

function member(feedTitle: string, itemId: string, quotes: QuoteAnalysis) {
	const article = makeArticle(`https://news.example/${encodeURIComponent(feedTitle)}`, itemId, {feedTitle, title: `Griner and Whelan could be swapped, report ${itemId}`});
	return memberOf(article, Date.parse(article.published), {topics: [], quotes}, '');
}

describe('a story\'s people and its outlets\' names', () => {
	it('leaves out the outlet an aggregator\'s feed title names after its separator ("Top stories - Google News")', () => {
		const aggregator = member('Top stories - Google News', 'a', {people: [person('Google News', '', 'organisation'), person('Brittney Griner')], quotes: []});
		const {story} = buildStory([aggregator, member('CNN', 'b', {people: [], quotes: []})], () => undefined, {});
		const names = story.people.map((entry) => entry.name);
		expect(names).not.toContain('Google News');
		expect(names).toContain('Brittney Griner');
	});

	it('leaves out a name that runs a headline\'s last words into an outlet of the story; keeps it when it speaks or has a role', () => {
		const aggregator = member('Top stories - Google News', 'a', {
			people: [person('Russia Fox News', '', 'organisation'), person('Paul Whelan'), person('Taiwan CNN', 'reporter')],
			quotes: [],
		});
		const fox = member('Fox News', 'b', {people: [], quotes: []});
		const cnn = member('CNN', 'c', {people: [], quotes: []});
		const {story} = buildStory([aggregator, fox, cnn], () => undefined, {});
		const names = story.people.map((entry) => entry.name);
		expect(names).not.toContain('Russia Fox News');
		expect(names).toContain('Paul Whelan');
		// One-word outlets are not matched at a name's end ("… CNN" could end a name by chance); a role keeps a name anyway.
		expect(names).toContain('Taiwan CNN');
	});

	it('a name ending in an outlet that is not one of the story\'s is judged as before', () => {
		const aggregator = member('Top stories - Google News', 'a', {people: [person('Russia Fox News', '', 'organisation')], quotes: []});
		const {story} = buildStory([aggregator, member('CBS News', 'b', {people: [], quotes: []})], () => undefined, {});
		expect(story.people.map((entry) => entry.name)).toContain('Russia Fox News');
	});
});

describe('a story\'s cached summary', () => {
	it('is not read when an older build made it (the summary rules are part of the cache key)', () => {
		const members = [member('Top stories - Google News', 'a', {people: [], quotes: []}), member('CNN', 'b', {people: [], quotes: []})];
		const stored = new Map<string, string>();
		const cache = {get: (uid: string, key: string) => stored.get(`${uid} ${key}`), set: (uid: string, key: string, value: string) => void stored.set(`${uid} ${key}`, value)};
		const first = buildStory(members, () => undefined, {summaryCache: cache});
		// What a build before the ninth session's rules keyed the same story by: headline and reports only.
		const lead = [...stored.keys()][0]!.split(' ')[0]!;
		const oldKey = shortHash([first.story.headline, ...members.map((entry) => `${entry.article.uid}:${entry.key}`)].join('\u0000'));
		stored.clear();
		stored.set(`${lead} ${oldKey}`, 'A stale summary read as prose from an aggregator.');
		expect(buildStory(members, () => undefined, {summaryCache: cache}).story.summary).not.toBe('A stale summary read as prose from an aggregator.');
		// The summary of the current rules is cached and read back.
		const again = buildStory(members, () => undefined, {summaryCache: cache});
		expect(again.story.summary).toBe(first.story.summary);
	});
});
