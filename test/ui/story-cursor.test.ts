// A new briefing keeps an open story's cursor on the same quote or report, wherever that row now is.

import {describe, expect, test} from 'vitest';
import type {Briefing, BriefingQuote, Story} from '../../source/model/briefing.js';
import {en} from '../../source/i18n/en.js';
import {initialState, listPosition, reducer, type UiAction} from '../../source/ui/state/reducer.js';
import {storyOfScreen} from '../../source/ui/state/selectors.js';
import {storyDocument, storyTargets} from '../../source/ui/state/story-lines.js';
import type {UiState} from '../../source/ui/state/types.js';

const published = '2026-01-01T00:00:00Z';

const report = (id: string) => ({id, title: `Report ${id}`, url: `https://example.test/${id}`, feed: `Outlet ${id}`, published});

const quote = (articleId: string, text: string): BriefingQuote => ({text, speaker: `Speaker of ${text}`, role: '', kind: 'direct', articleId, outlet: `Outlet ${articleId}`, start: 0, end: text.length});

function story(reports: string[], quotes: BriefingQuote[] = []): Story {
	return {
		id: 'story-1', headline: 'A story', summary: '', topics: ['World'], outlets: reports.map(id => `Outlet ${id}`), articles: reports.map(id => report(id)),
		quotes, people: [], firstPublished: published, lastPublished: published, score: 1, isNew: false, unread: false,
	};
}

const briefing = (shown: Story): Briefing => ({generatedAt: published, window: {from: '', to: ''}, topics: [{name: 'World', stories: [shown]}]});

const loaded = (shown: Story): UiAction => ({type: 'briefingLoaded', briefing: briefing(shown), starred: [], height: 10});

/** Opens the story and moves its cursor to the row at `index`, as the story screen's keys do. */
function openAt(shown: Story, index: number): UiState {
	const total = storyTargets(shown).length;
	const actions: UiAction[] = [
		loaded(shown),
		{type: 'push', screen: {kind: 'story', storyId: shown.id, snapshot: shown}},
		{type: 'move', list: `story:${shown.id}`, movement: {delta: index}, total, height: total},
	];
	return actions.reduce(reducer, initialState(100, 30));
}

/** The row the story screen shows as selected: the same clamp and document as StoryScreen and useCommands. */
function selectedTarget(state: UiState) {
	const screen = state.stack.find(candidate => candidate.kind === 'story');
	if (screen?.kind !== 'story') {
		throw new Error('no story open');
	}

	const shown = storyOfScreen(state, screen)!;
	const {items} = storyDocument(shown, 98, en, new Date(published));
	return items[Math.min(listPosition(state, `story:${shown.id}`).cursor, items.length - 1)]?.target;
}

describe('a new briefing while a story is open', () => {
	test('the cursor follows the selected report to its new index when a report arrives above it', () => {
		let state = openAt(story(['A', 'B', 'C']), 2);
		expect(selectedTarget(state)).toMatchObject({kind: 'article', uid: 'C'});
		state = reducer(state, loaded(story(['X', 'A', 'B', 'C'])));
		expect(listPosition(state, 'story:story-1').cursor).toBe(3);
		expect(selectedTarget(state)).toMatchObject({kind: 'article', uid: 'C'});
	});

	test('the cursor follows a quote when quotes are reordered and the reports below them shift', () => {
		const first = quote('A', 'We will rebuild.');
		const second = quote('B', 'Nothing has changed.');
		let state = openAt(story(['A', 'B'], [first, second]), 1);
		expect(selectedTarget(state)).toMatchObject({kind: 'quote', uid: 'B', text: 'Nothing has changed.'});
		state = reducer(state, loaded(story(['A', 'B', 'C'], [quote('C', 'A new voice.'), first, second])));
		expect(listPosition(state, 'story:story-1').cursor).toBe(2);
		expect(selectedTarget(state)).toMatchObject({kind: 'quote', uid: 'B', text: 'Nothing has changed.'});
		state = reducer(state, loaded(story(['A', 'B', 'C'], [second, quote('C', 'A new voice.'), first])));
		expect(listPosition(state, 'story:story-1').cursor).toBe(0);
		expect(selectedTarget(state)).toMatchObject({kind: 'quote', uid: 'B', text: 'Nothing has changed.'});
	});

	test('a selected row that disappeared keeps its index, clamped to the rows', () => {
		let state = openAt(story(['A', 'B', 'C', 'D']), 3);
		state = reducer(state, loaded(story(['A', 'B'])));
		expect(listPosition(state, 'story:story-1')).toEqual({cursor: 1, offset: 0});
		expect(selectedTarget(state)).toMatchObject({kind: 'article', uid: 'B'});
		state = reducer(state, loaded(story(['E', 'F', 'G'])));
		expect(listPosition(state, 'story:story-1').cursor).toBe(1);
	});

	test('a story left for the briefing keeps its row for the next visit', () => {
		let state = openAt(story(['A', 'B', 'C']), 1);
		state = reducer(state, {type: 'pop'});
		state = reducer(state, loaded(story(['X', 'Y', 'A', 'B', 'C'])));
		expect(listPosition(state, 'story:story-1').cursor).toBe(3);
		state = reducer(state, {type: 'push', screen: {kind: 'story', storyId: 'story-1'}});
		expect(selectedTarget(state)).toMatchObject({kind: 'article', uid: 'B'});
	});

	test('a story regrouped away from the briefing is shown as opened, with the cursor on the same row', () => {
		const opened = story(['A', 'B', 'C']);
		let state = openAt(opened, 2);
		state = reducer(state, loaded(story(['X', 'A', 'B', 'C'])));
		expect(selectedTarget(state)).toMatchObject({uid: 'C'});
		// The story is gone from this briefing: the screen falls back to its snapshot, whose C is at index 2 again.
		state = reducer(state, {type: 'briefingLoaded', briefing: {...briefing(opened), topics: []}, starred: [], height: 10});
		expect(listPosition(state, 'story:story-1').cursor).toBe(2);
		expect(selectedTarget(state)).toMatchObject({uid: 'C'});
	});
});
