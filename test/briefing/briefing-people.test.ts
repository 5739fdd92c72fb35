// The People list is briefing data: computed once per briefing object, selected by the view on every render and j/k.

import {describe, expect, test} from 'vitest';
import type {Briefing, BriefingQuote, Story} from '../../source/model/briefing.js';
import {briefingPeople, windowPeople} from '../../source/briefing/people.js';
import type {PeopleInWindow} from '../../source/briefing/people-window.js';
import {initialState, reducer} from '../../source/ui/state/reducer.js';
import {peopleOf, quotesOf} from '../../source/ui/state/selectors.js';
import type {UiState} from '../../source/ui/state/types.js';

function quote(speaker: string, role: string, articleId: string): BriefingQuote {
	return {text: `words of ${speaker}`, speaker, role, kind: 'direct', articleId, outlet: 'A', start: 0, end: 1};
}

function story(id: string, extra: Partial<Story>): Story {
	return {
		id, headline: `Headline ${id}`, summary: '', topics: ['World'], outlets: ['A'], articles: [{id: `a-${id}`, title: id, url: `https://x/${id}`, feed: 'A', published: '2026-01-01T00:00:00Z'}],
		quotes: [], people: [], firstPublished: '2026-01-01T00:00:00Z', lastPublished: '2026-01-01T00:00:00Z', score: 1, isNew: false, unread: true, ...extra,
	};
}

const person = (name: string) => ({name, role: '', aliases: [], quoteCount: 1});

// "Trump" in one story is the "Donald Trump" another lists; "ein Sprecher" (no role apart from the words) counts for no one.
const first = story('s1', {quotes: [quote('Donald Trump', 'President', 'a-s1'), quote('ein Sprecher', '', 'a-s1')], people: [person('Donald Trump')]});
const second = story('s2', {quotes: [quote('Trump', '', 'a-s2'), quote('Ada Lind', 'Minister', 'a-s2')], people: [person('Trump'), person('Ada Lind')]});
const briefing: Briefing = {generatedAt: '2026-01-01T00:00:00Z', window: {from: '', to: ''}, topics: [{name: 'World', stories: [first, second]}, {name: 'Europe', stories: [second]}]};

function loaded(): UiState {
	return reducer(initialState(100, 30), {type: 'briefingLoaded', briefing, starred: [], height: 10});
}

describe('the briefing People list', () => {
	test('one name per person over the stories, each story counted once, quotes in story order', () => {
		const {people, quotes} = briefingPeople(briefing);
		expect(people).toEqual([
			{name: 'Donald Trump', role: 'President', stories: 2, quotes: 2},
			{name: 'Ada Lind', role: 'Minister', stories: 1, quotes: 1},
		]);
		expect(quotes.get('Donald Trump')?.map(item => [item.storyId, item.headline, item.quote.speaker])).toEqual([['s1', 'Headline s1', 'Donald Trump'], ['s2', 'Headline s2', 'Trump']]);
		// A speaker who is on no list still has their quotes under their name.
		expect(quotes.get('ein Sprecher')?.map(item => item.storyId)).toEqual(['s1']);
	});

	test('computed once per briefing object: moving through the list selects the same answer', () => {
		let state = loaded();
		const people = peopleOf(state);
		const quotes = quotesOf(state, 'Donald Trump');
		state = reducer(state, {type: 'move', list: 'people', movement: {delta: 1}, total: people.length, height: 10});
		expect(peopleOf(state)).toBe(people);
		expect(quotesOf(state, 'Donald Trump')).toBe(quotes);
		expect(briefingPeople(state.briefing!)).toBe(briefingPeople(briefing));
	});

	test('a briefing with new marks is a new object and gets its own, equal list', () => {
		const state = loaded();
		const before = peopleOf(state);
		const marked = reducer(state, {type: 'markStories', storyIds: ['s1'], unread: false});
		expect(marked.briefing).not.toBe(state.briefing);
		expect(peopleOf(marked)).not.toBe(before);
		expect(peopleOf(marked)).toEqual(before);
	});

	test('no briefing: nobody', () => {
		expect(peopleOf(initialState(100, 30))).toEqual([]);
		expect(quotesOf(initialState(100, 30), 'Ada Lind')).toEqual([]);
	});
});

describe('a wider window', () => {
	const window: PeopleInWindow = {
		window: 'week', from: null, to: '2026-01-02T00:00:00Z', articles: 3, cached: 3, analysedNow: 0,
		people: [{name: 'Ada Lind', role: 'Minister', articles: 2, quotes: 2}, {name: 'NATO', role: '', articles: 1, quotes: 1, organisation: true}],
		quotes: {
			'Ada Lind': [
				{...quote('Ada Lind', 'Minister', 'a-s2'), headline: 'In the briefing', published: '2026-01-01T00:00:00Z', url: 'https://x/s2'},
				{...quote('Ada Lind', 'Minister', 'elsewhere'), headline: 'Older', published: '2025-12-28T00:00:00Z', url: 'https://x/old'},
			],
			NATO: [{...quote('NATO', '', 'elsewhere'), headline: 'Older', published: '2025-12-28T00:00:00Z', url: 'https://x/old'}],
		},
	};

	test('its people count reports; its quotes name the briefing story holding their article, else none', () => {
		const state: UiState = {...loaded(), peopleWindow: {window: 'week', data: window, progress: null}};
		expect(peopleOf(state)).toEqual([{name: 'Ada Lind', role: 'Minister', stories: 2, quotes: 2}, {name: 'NATO', role: '', stories: 1, quotes: 1, organisation: true}]);
		expect(quotesOf(state, 'Ada Lind').map(item => [item.storyId, item.headline, item.url])).toEqual([['s2', 'In the briefing', 'https://x/s2'], ['', 'Older', 'https://x/old']]);
		expect(quotesOf(state, 'Ada Lind')).toBe(quotesOf(state, 'Ada Lind'));
		expect(quotesOf(state, 'Nobody')).toEqual([]);
	});

	test('matched again when the briefing changes', () => {
		expect(windowPeople(window, briefing).quotesOf('Ada Lind')[0]?.storyId).toBe('s2');
		expect(windowPeople(window, null).quotesOf('Ada Lind')[0]?.storyId).toBe('');
		const without: Briefing = {...briefing, topics: [{name: 'World', stories: [first]}]};
		expect(windowPeople(window, without).quotesOf('Ada Lind')[0]?.storyId).toBe('');
	});
});
