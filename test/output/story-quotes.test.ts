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
	it('drops the shorter quote whose words the longer one of the same speaker sets in quotation marks, pronouns aside', () => {
		const {story} = briefingOf([member('The Guardian', 'a', {
			people: [person('Anna Berg', 'coach')],
			quotes: [
				said('She plays like a champion', 'Anna Berg'),
				said('I never doubted her for a second', 'Anna Berg', '', 'partial'),
				said('the striker “plays like a champion” in every training session', 'Anna Berg', '', 'indirect'),
			],
		})]);
		expect(story.quotes.map((quote) => quote.text)).toEqual(['I never doubted her for a second', 'the striker “plays like a champion” in every training session']);
	});

	it('German: the words in „…“ of a longer report are a copy of the shorter quote, its pronouns and reflexive aside', () => {
		const {story} = briefingOf([member('Der Tagesspiegel', 'a', {
			people: [person('Jana Roth', 'Ministerin')],
			quotes: [
				said('Ich habe mir nichts vorzuwerfen', 'Jana Roth'),
				said('Die Ministerin „habe sich nichts vorzuwerfen“, sagte sie am Abend', 'Jana Roth', '', 'indirect'),
			],
		})]);
		expect(story.quotes.map((quote) => quote.text)).toEqual(['Die Ministerin „habe sich nichts vorzuwerfen“, sagte sie am Abend']);
	});

	it('a paraphrase in the same words never replaces the speaker\'s own (review V18 #11)', () => {
		const {story} = briefingOf([member('Der Tagesspiegel', 'a', {
			people: [person('Jan Krüger', 'Bürgermeister'), person('Lea Stein', 'minister')],
			quotes: [
				said('Ich werde nicht zurücktreten', 'Jan Krüger'),
				said('er werde nicht zurücktreten, bevor die Wahl vorbei sei', 'Jan Krüger', '', 'indirect'),
				said('We will not raise your taxes', 'Lea Stein'),
				said('they will not raise taxes before the election in May', 'Lea Stein', '', 'indirect'),
			],
		})]);
		expect(story.quotes.map((quote) => quote.text)).toEqual([
			'Ich werde nicht zurücktreten',
			'We will not raise your taxes',
			'er werde nicht zurücktreten, bevor die Wahl vorbei sei',
			'they will not raise taxes before the election in May',
		]);
	});

	it('keeps the words when another speaker says them', () => {
		const {story} = briefingOf([member('The Guardian', 'a', {
			people: [person('Anna Berg'), person('Tom Hale')],
			quotes: [
				said('She plays like a champion', 'Anna Berg'),
				said('the striker “plays like a champion” in every training session', 'Tom Hale', '', 'indirect'),
			],
		})]);
		expect(story.quotes).toHaveLength(2);
	});
});
