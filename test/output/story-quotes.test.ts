// A built story's quotes as every view reads them: one role per speaker on each quote (review V17 #4), and a speaker's
// words shown again inside a longer quote of theirs dropped as a copy (walk 12 #233).

import {describe, expect, it} from 'vitest';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import type {Person, Quote, QuoteAnalysis} from '../../source/model/quote.js';
import {briefingToJson} from '../../source/output/briefing-json.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';
import {makeArticle} from '../store/make-article.js';

const person = (name: string, role = ''): Person => ({name, role, aliases: []});

function said(text: string, speaker: string, role = '', kind: Quote['kind'] = 'direct'): Quote {
	return {kind, text, speaker, role, cue: 'said', start: 0, end: text.length};
}

function member(feedTitle: string, itemId: string, quotes: QuoteAnalysis) {
	const article = makeArticle(`https://news.example/${feedTitle}`, itemId, {feedTitle, title: `The kind of night a president loves best ${itemId}`});
	return memberOf(article, Date.parse(article.published), {topics: [], quotes}, '');
}

function briefingOf(members: ReturnType<typeof member>[]) {
	const {story} = buildStory(members, () => undefined, {});
	const now = story.lastPublished;
	return {story, briefing: {generatedAt: now, window: {from: now, to: now}, topics: [{name: 'US politics', stories: [{...story, score: 1, isNew: false, unread: true}]}]}};
}

describe('one role per speaker on every quote of a built story', () => {
	it('brief --format json prints the role one quote names on the speaker\'s other quotes too; a quote\'s own role stays', () => {
		const {briefing} = briefingOf([member('The Guardian', 'a', {
			people: [person('Donald Trump'), person('Dmitri Peskow', 'Kreml-Sprecher')],
			quotes: [
				said('Extraordinary success for the whole country', 'Donald Trump'),
				said('a righteous mission for the nation', 'Donald Trump', 'US president', 'partial'),
				said('Das Telefongespräch ist zu Ende gegangen', 'Dmitri Peskow'),
				said('Es war ein sehr langes Gespräch mit ihm', 'Dmitri Peskow', 'Sprecher des Präsidenten'),
				said('Nobody here knows who said these words', ''),
			],
		})]);
		const quotes = briefingToJson(briefing).topics[0]!.stories[0]!.quotes;
		const roleOf = (words: string) => quotes.find((quote) => quote.text.startsWith(words))?.role;
		expect(roleOf('Extraordinary success')).toBe('US president');
		expect(roleOf('a righteous mission')).toBe('US president');
		expect(roleOf('Das Telefongespräch')).toBe('Kreml-Sprecher');
		expect(roleOf('Es war ein sehr langes')).toBe('Sprecher des Präsidenten');
		expect(roleOf('Nobody here knows')).toBe('');
		// The text view reads the same field.
		expect(renderBriefingText(briefing, {width: 200})).toContain('Extraordinary success for the whole country” — Donald Trump (US president), The Guardian');
	});
});

describe('a speaker\'s words inside a longer quote of theirs', () => {
	it('drops the shorter quote whose words stand inside a longer one of the same speaker, pronouns aside', () => {
		const {story} = briefingOf([member('The Guardian', 'a', {
			people: [person('Suzann Pettersen', 'golfer')],
			quotes: [
				said('He cheats like hell', 'Suzann Pettersen'),
				said('I just laugh about it', 'Suzann Pettersen', '', 'partial'),
				said('the president “cheats like hell” on the golf course', 'Suzann Pettersen', '', 'indirect'),
			],
		})]);
		expect(story.quotes.map((quote) => quote.text)).toEqual(['I just laugh about it', 'the president “cheats like hell” on the golf course']);
	});

	it('keeps the words when another speaker says them', () => {
		const {story} = briefingOf([member('The Guardian', 'a', {
			people: [person('Suzann Pettersen'), person('Donald Trump')],
			quotes: [
				said('He cheats like hell', 'Suzann Pettersen'),
				said('the president “cheats like hell” on the golf course', 'Donald Trump', '', 'indirect'),
			],
		})]);
		expect(story.quotes).toHaveLength(2);
	});
});
