// The people list and a story's People: bodies and states shown as organisations, group nouns and documents not as people.

import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import type {Briefing, BriefingPerson, BriefingQuote, Story} from '../../source/model/briefing.js';
import {AppContext} from '../../source/ui/hooks/app-context.js';
import {messagesFor} from '../../source/i18n/index.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import {PeopleScreen} from '../../source/ui/screens/PeopleScreen.js';
import {layoutFor} from '../../source/ui/state/layout.js';
import {initialState, reducer} from '../../source/ui/state/reducer.js';
import {peopleOf} from '../../source/ui/state/selectors.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import type {UiState} from '../../source/ui/state/types.js';
import {makeTheme} from '../../source/ui/theme.js';
import {outletName} from '../../source/ui/text/outlet-name.js';

function quote(speaker: string, role: string): BriefingQuote {
	return {text: `words of ${speaker}`, speaker, role, kind: 'direct', articleId: 'a1', outlet: 'A', start: 0, end: 1};
}

function person(name: string, quoteCount: number, kind?: 'organisation'): BriefingPerson {
	return {name, role: '', aliases: [], quoteCount, ...(kind ? {kind} : {})};
}

function story(extra: Partial<Story>): Story {
	return {
		id: 's1', headline: 'Talks', summary: '', topics: ['World'], outlets: ['A'], articles: [{id: 'a1', title: 'Talks', url: 'https://x/1', feed: 'A', published: '2026-01-01T00:00:00Z'}],
		quotes: [], people: [], firstPublished: '2026-01-01T00:00:00Z', lastPublished: '2026-01-01T00:00:00Z', score: 1, isNew: false, unread: true, ...extra,
	};
}

function loaded(stories: Story[]): UiState {
	const briefing: Briefing = {generatedAt: '2026-01-01T00:00:00Z', window: {from: '', to: ''}, topics: [{name: 'World', stories}]};
	return reducer(initialState(100, 30), {type: 'briefingLoaded', briefing, starred: [], height: 10});
}

// Quoted: a person, a body twice, a described person, a group noun and a document the engine named as speakers.
const talks = story({
	quotes: [quote('Pentagon', ''), quote('Ada Lind', 'Minister'), quote('Pentagon', ''), quote('der Taxifahrer', 'Taxifahrer'), quote('scientists', 'scientists'), quote('the report', '')],
	people: [person('Pentagon', 2, 'organisation'), person('Ada Lind', 1)],
});

describe('peopleOf', () => {
	test('bodies come after the people and are marked; group nouns and documents are left out', () => {
		expect(peopleOf(loaded([talks]))).toEqual([
			{name: 'Ada Lind', role: 'Minister', stories: 1, quotes: 1},
			{name: 'der Taxifahrer', role: 'Taxifahrer', stories: 1, quotes: 1},
			{name: 'Pentagon', role: '', stories: 1, quotes: 2, organisation: true},
		]);
	});

	test('a snapshot of an older build (people without kind) lists every named speaker as before', () => {
		const old = story({quotes: [quote('Russia', ''), quote('Ada Lind', 'Minister')], people: [person('Russia', 1), person('Ada Lind', 1)]});
		expect(peopleOf(loaded([old])).map(entry => [entry.name, entry.organisation ?? false])).toEqual([['Ada Lind', false], ['Russia', false]]);
	});
});

describe('rendering', () => {
	const context = (language: 'en' | 'de') => ({theme: makeTheme({}), messages: messagesFor(language), keymap: defaultKeymap, now: () => new Date('2026-01-01T12:00:00Z')});

	test.each(['en', 'de'] as const)('%s: the people screen marks the body in its own words, after the people', (language) => {
		const messages = messagesFor(language);
		const people = peopleOf(loaded([talks]));
		const {lastFrame, unmount} = render(
			<AppContext.Provider value={context(language)}>
				<PeopleScreen people={people} position={{cursor: 0, offset: 0}} layout={layoutFor(80, 20)}/>
			</AppContext.Provider>,
		);
		const rows = (lastFrame() ?? '').split('\n');
		const body = rows.findIndex(row => row.includes('Pentagon'));
		expect(rows[body]).toContain(`· ${messages.labels.organisation}`);
		expect(body).toBeGreaterThan(rows.findIndex(row => row.includes('Ada Lind')));
		expect(rows.some(row => row.includes('scientists') || row.includes('the report'))).toBe(false);
		expect(rows.filter(row => row.includes(`· ${messages.labels.organisation}`))).toHaveLength(1);
		unmount();
	});

	test.each(['en', 'de'] as const)('%s: a story lists its bodies under their own heading, after its people', (language) => {
		const messages = messagesFor(language);
		const lines = storyDocument(talks, 80, messages, new Date('2026-01-01T12:00:00Z')).lines.map(line => line.map(part => part.text).join(''));
		const people = lines.indexOf(messages.labels.people);
		const bodies = lines.indexOf(messages.labels.organisations);
		expect(people).toBeGreaterThan(-1);
		expect(bodies).toBeGreaterThan(people);
		// Her row carries the role her quote names (the story's one role per speaker, walk 12 #238).
		expect(lines.slice(people + 1, bodies).map(line => line.trim()).filter(line => line !== '')).toEqual(['Ada Lind — Minister (1 quote)'.replace('1 quote', messages.labels.quote_1)]);
		expect(lines[bodies + 1]?.trim()).toBe(`Pentagon (${messages.labels.quotes_n.replace('{n}', '2')})`);
	});
});

describe('quote marks in the interface language', () => {
	test('a direct quote is set „…“ in German and “…” in English, in a story and in a person\'s quotes', () => {
		const direct = story({quotes: [quote('Ada Lind', 'Minister')], people: [person('Ada Lind', 1)]});
		const text = (language: 'en' | 'de') => storyDocument(direct, 80, messagesFor(language), new Date('2026-01-01T12:00:00Z')).lines.map(line => line.map(part => part.text).join('')).join('\n');
		expect(text('de')).toContain('„words of Ada Lind“');
		expect(text('en')).toContain('“words of Ada Lind”');
		expect(text('de')).not.toContain('“words of');
	});
});

describe('people on a 40-column terminal', () => {
	test('the name keeps its room: the counts shrink to the quotes; a person\'s quote row keeps room for the quote', () => {
		const long = story({quotes: [quote('Suzann Pettersen', 'golfer'), quote('Suzann Pettersen', 'golfer')], people: [person('Suzann Pettersen', 2)]});
		const context = {theme: makeTheme({}), messages: messagesFor('de'), keymap: defaultKeymap, now: () => new Date('2026-01-01T12:00:00Z')};
		const people = render(
			<AppContext.Provider value={context}>
				<PeopleScreen people={peopleOf(loaded([long]))} position={{cursor: 0, offset: 0}} layout={layoutFor(40, 15)}/>
			</AppContext.Provider>,
		);
		expect(people.lastFrame()).toMatch(/Suzann Pettersen — golfer\s+2 Zitate/u);
		people.unmount();
		expect(outletName('Ein sehr sehr langer Feedname der über jede vernünftige Breite', 40)).toBe('Ein sehr …');
		expect(outletName('Ein sehr sehr langer Feedname der über jede vernünftige Breite', 120)).toHaveLength(28);
	});
});
