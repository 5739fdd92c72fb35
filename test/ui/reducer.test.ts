import {describe, expect, test} from 'vitest';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {ensureVisible, layoutFor} from '../../source/ui/state/layout.js';
import {initialState, listPosition, reducer, type UiAction} from '../../source/ui/state/reducer.js';
import {peopleOf, quotesOf, selectedTopicEntry, starredTopic, topicEntries} from '../../source/ui/state/selectors.js';
import type {UiState} from '../../source/ui/state/types.js';

function story(id: string, extra: Partial<Story> = {}): Story {
	return {
		id, headline: `Headline ${id}`, summary: '', topics: ['World'], outlets: ['A'], articles: [{id: `a-${id}`, title: id, url: `https://x/${id}`, feed: 'A', published: '2026-01-01T00:00:00Z'}],
		quotes: [], people: [], firstPublished: '2026-01-01T00:00:00Z', lastPublished: '2026-01-01T00:00:00Z', score: 1, isNew: false, unread: true, ...extra,
	};
}

function briefing(topics: Record<string, Story[]>): Briefing {
	return {generatedAt: '2026-01-01T00:00:00Z', window: {from: '', to: ''}, topics: Object.entries(topics).map(([name, stories]) => ({name, stories}))};
}

const ids = (prefix: string, n: number) => Array.from({length: n}, (_, index) => story(`${prefix}${index}`));

function run(state: UiState, ...actions: UiAction[]): UiState {
	return actions.reduce(reducer, state);
}

describe('ensureVisible', () => {
	test('moves the window only as far as needed', () => {
		expect(ensureVisible(0, 5, 10, 100)).toBe(0);
		expect(ensureVisible(0, 10, 10, 100)).toBe(1);
		expect(ensureVisible(50, 20, 10, 100)).toBe(20);
		expect(ensureVisible(95, 99, 10, 100)).toBe(90);
		expect(ensureVisible(7, 3, 10, 5)).toBe(0);
	});
});

describe('layout', () => {
	test('draws one row less than the terminal and keeps panes inside the width', () => {
		const layout = layoutFor(80, 24);
		expect(layout.height).toBe(23);
		expect(layout.body).toBe(21);
		expect(layout.topicsWidth + 1 + layout.storiesWidth).toBe(80);
	});
});

describe('reducer', () => {
	const loaded = (b: Briefing) => run(initialState(100, 30), {type: 'briefingLoaded', briefing: b, starred: [], height: 10});

	test('the first briefing selects the first topic and its first story', () => {
		const state = loaded(briefing({World: ids('w', 3), Sport: ids('s', 2)}));
		expect(state.selectedTopic).toBe('World');
		expect(state.selectedStory).toEqual({World: 'w0', Sport: 's0'});
	});

	test('moving clamps at both ends and scrolls the window', () => {
		let state = loaded(briefing({World: ids('w', 30)}));
		state = run(state, {type: 'moveStory', movement: {delta: -1}, height: 10});
		expect(state.selectedStory.World).toBe('w0');
		state = run(state, {type: 'moveStory', movement: {delta: 12}, height: 10});
		expect(state.selectedStory.World).toBe('w12');
		expect(listPosition(state, 'stories:World').offset).toBe(3);
		state = run(state, {type: 'moveStory', movement: {to: 'bottom'}, height: 10});
		expect(state.selectedStory.World).toBe('w29');
		expect(listPosition(state, 'stories:World').offset).toBe(20);
		state = run(state, {type: 'moveStory', movement: {delta: 5}, height: 10});
		expect(state.selectedStory.World).toBe('w29');
		state = run(state, {type: 'moveStory', movement: {to: 'top'}, height: 10});
		expect(listPosition(state, 'stories:World')).toEqual({cursor: 0, offset: 0});
	});

	test('new stories above keep the selected story and its screen row', () => {
		let state = loaded(briefing({World: ids('w', 30)}));
		state = run(state, {type: 'moveStory', movement: {delta: 15}, height: 10});
		const before = listPosition(state, 'stories:World');
		const rowBefore = before.cursor - before.offset;
		const fresh = [story('new1'), story('new2'), story('new3'), ...ids('w', 30)];
		state = run(state, {type: 'briefingLoaded', briefing: briefing({World: fresh}), starred: [], height: 10});
		const after = listPosition(state, 'stories:World');
		expect(state.selectedStory.World).toBe('w15');
		expect(after.cursor).toBe(18);
		expect(after.cursor - after.offset).toBe(rowBefore);
	});

	test('a topic out of view that was at its first story starts at the top when new stories arrive above', () => {
		let state = loaded(briefing({World: ids('w', 3), Sport: ids('s', 2), Africa: ids('a', 3)}));
		state = run(state, {type: 'moveTopic', movement: {delta: 2}, height: 10}, {type: 'moveStory', movement: {delta: 1}, height: 10});
		state = run(state, {type: 'moveTopic', movement: {to: 'top'}, height: 10});
		const fresh = briefing({World: [story('wn'), ...ids('w', 3)], Sport: [story('sn1'), story('sn2'), ...ids('s', 2)], Africa: [story('an'), ...ids('a', 3)]});
		state = run(state, {type: 'briefingLoaded', briefing: fresh, starred: [], height: 10});
		// Sport was never moved in: its top. Africa was (to a1): a1 is kept. World is in view: w0 is kept on its row.
		expect(state.selectedStory).toEqual({World: 'w0', Sport: 'sn1', Africa: 'a1'});
		expect(listPosition(state, 'stories:Sport')).toEqual({cursor: 0, offset: 0});
		expect(listPosition(state, 'stories:World').cursor).toBe(1);
	});

	test('when the selected story disappears the selection stays at its position', () => {
		let state = loaded(briefing({World: ids('w', 5)}));
		state = run(state, {type: 'moveStory', movement: {delta: 2}, height: 10});
		const remaining = ids('w', 5).filter(item => item.id !== 'w2');
		state = run(state, {type: 'briefingLoaded', briefing: briefing({World: remaining}), starred: [], height: 10});
		expect(state.selectedStory.World).toBe('w3');
	});

	test('the selected topic is kept by name when topics reorder', () => {
		let state = loaded(briefing({World: ids('w', 2), Sport: ids('s', 2)}));
		state = run(state, {type: 'moveTopic', movement: {delta: 1}, height: 10});
		expect(state.selectedTopic).toBe('Sport');
		state = run(state, {type: 'briefingLoaded', briefing: briefing({Sport: ids('s', 2), Africa: ids('a', 1), World: ids('w', 2)}), starred: [], height: 10});
		expect(state.selectedTopic).toBe('Sport');
		expect(listPosition(state, 'topics').cursor).toBe(0);
		expect(selectedTopicEntry(state)?.name).toBe('Sport');
	});

	test('showTopic returns to the briefing with that topic selected', () => {
		let state = loaded(briefing({World: ids('w', 2), Sport: ids('s', 2)}));
		state = run(state, {type: 'push', screen: {kind: 'topics'}}, {type: 'showTopic', name: 'Sport', height: 10});
		expect(state.stack).toEqual([{kind: 'briefing'}]);
		expect(state.selectedTopic).toBe('Sport');
		expect(listPosition(state, 'topics').cursor).toBe(1);
		state = run(state, {type: 'push', screen: {kind: 'topics'}}, {type: 'showTopic', name: 'Empty topic', height: 10});
		expect(state.stack).toEqual([{kind: 'briefing'}]);
		expect(state.selectedTopic).toBe('Sport');
	});

	test('starred articles form a pseudo-topic at the end', () => {
		const state = run(initialState(100, 30), {
			type: 'briefingLoaded', briefing: briefing({World: ids('w', 2)}), height: 10,
			starred: [{id: 'a-w1', title: 'w1', url: 'https://x/w1', feed: 'A', published: '2026-01-01T00:00:00Z', storyId: 'w1'}],
		});
		const entries = topicEntries(state);
		expect(entries.map(entry => entry.name)).toEqual(['World', starredTopic]);
		expect(entries[1]!.stories[0]!.articles[0]!.id).toBe('a-w1');
	});

	test('navigation stack: push, pop, never below the briefing', () => {
		let state = run(initialState(80, 24), {type: 'push', screen: {kind: 'story', storyId: 'x'}}, {type: 'push', screen: {kind: 'reader', uid: 'u'}});
		expect(state.stack.map(screen => screen.kind)).toEqual(['briefing', 'story', 'reader']);
		state = run(state, {type: 'pop'}, {type: 'pop'}, {type: 'pop'});
		expect(state.stack.map(screen => screen.kind)).toEqual(['briefing']);
	});

	test('marking a story read changes only that story', () => {
		let state = loaded(briefing({World: ids('w', 3)}));
		state = run(state, {type: 'markStories', storyIds: ['w1'], unread: false});
		expect(state.briefing!.topics[0]!.stories.map(item => item.unread)).toEqual([true, false, true]);
	});

	test('prompt edits clear the error; errors need an open prompt', () => {
		let state = run(initialState(80, 24), {type: 'promptError', error: 'x'});
		expect(state.overlay).toBeNull();
		state = run(state, {type: 'openOverlay', overlay: {kind: 'prompt', purpose: 'addFeed', value: ''}}, {type: 'promptError', error: 'bad'});
		expect(state.overlay).toMatchObject({error: 'bad'});
		state = run(state, {type: 'promptEdit', edit: {kind: 'insert', text: 'ht'}}, {type: 'promptEdit', edit: {kind: 'insert', text: 'tp x'}});
		expect(state.overlay).toMatchObject({value: 'http x', error: undefined});
		state = run(state, {type: 'promptEdit', edit: {kind: 'deleteWord'}});
		expect(state.overlay).toMatchObject({value: 'http '});
		state = run(state, {type: 'promptEdit', edit: {kind: 'backspace'}}, {type: 'promptEdit', edit: {kind: 'backspace'}});
		expect(state.overlay).toMatchObject({value: 'htt'});
		state = run(state, {type: 'promptEdit', edit: {kind: 'clear'}});
		expect(state.overlay).toMatchObject({value: ''});
	});

	test('scrolling stops at the last page', () => {
		let state = run(initialState(80, 24), {type: 'scroll', list: 'reader:r', movement: {delta: 100}, total: 50, height: 20});
		expect(listPosition(state, 'reader:r').offset).toBe(30);
		state = run(state, {type: 'scroll', list: 'reader:r', movement: {delta: -7}, total: 50, height: 20});
		expect(listPosition(state, 'reader:r').offset).toBe(23);
		state = run(state, {type: 'scroll', list: 'reader:r', movement: {to: 'top'}, total: 50, height: 20});
		expect(listPosition(state, 'reader:r').offset).toBe(0);
	});

	test('refresh progress and finish', () => {
		let state = run(initialState(80, 24), {type: 'refreshStarted'}, {type: 'refreshProgress', progress: {done: 2, total: 5, failed: 1}});
		expect(state.refresh).toMatchObject({running: true, progress: {done: 2, failed: 1}});
		state = run(state, {type: 'refreshFinished', summary: null, at: '2026-01-01T10:00:00Z'});
		expect(state.refresh).toMatchObject({running: false, lastAt: '2026-01-01T10:00:00Z'});
	});

	test('people and their quotes are gathered across stories, each story counted once', () => {
		const quote = (speaker: string, articleId: string) => ({text: `words of ${speaker}`, speaker, role: 'Minister', kind: 'direct' as const, articleId, outlet: 'A', start: 0, end: 1});
		const shared = story('s1', {quotes: [quote('Ada', 'a-s1'), quote('Ada', 'a-s1'), quote('Bo', 'a-s1')]});
		const state = loaded(briefing({World: [shared, story('s2', {quotes: [quote('Ada', 'a-s2')]})], Europe: [shared]}));
		expect(peopleOf(state)).toEqual([
			{name: 'Ada', role: 'Minister', stories: 2, quotes: 3},
			{name: 'Bo', role: 'Minister', stories: 1, quotes: 1},
		]);
		expect(quotesOf(state, 'Ada').map(item => item.storyId)).toEqual(['s1', 's1', 's2']);
	});
});
