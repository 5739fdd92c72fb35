// Top stories first (walk 10 #208): the briefing's biggest stories whatever their topic, also one only "Other" holds.

import {afterEach, describe, expect, test} from 'vitest';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {initialState, reducer} from '../../source/ui/state/reducer.js';
import {topicEntries, topStoriesSize, topStoriesTopic} from '../../source/ui/state/selectors.js';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

function story(id: string, outlets: number, score: number, topics: string[]): Story {
	return {
		id, headline: `Headline ${id}`, summary: '', topics, outlets: Array.from({length: outlets}, (_, index) => `Outlet ${index}`),
		articles: [], quotes: [], people: [], firstPublished: '2026-11-27T06:00:00Z', lastPublished: '2026-11-27T06:00:00Z',
		score, isNew: true, unread: true,
	};
}

function briefingOf(topics: Array<{name: string; stories: Story[]}>): Briefing {
	return {generatedAt: '2026-11-27T07:00:00Z', window: {from: '2026-11-25T07:00:00Z', to: '2026-11-27T07:00:00Z'}, topics};
}

describe('top stories', () => {
	test('come first: the best ranked stories several outlets reported, from every topic and from Other', () => {
		const quake = story('quake', 8, 3.1, []);
		const budget = story('budget', 5, 2.4, ['Germany']);
		const single = story('single', 1, 2.9, ['Germany']);
		const match = story('match', 2, 1.2, ['Sport']);
		const briefing = briefingOf([
			{name: 'Germany', stories: [single, budget]},
			{name: 'Sport', stories: [match]},
			// "Other" is listed last, whatever it holds.
			{name: 'Other', stories: [quake]},
		]);
		const entries = topicEntries({...initialState(100, 30), briefing});
		expect(entries.map(entry => entry.name)).toEqual([topStoriesTopic, 'Germany', 'Sport', 'Other']);
		// One outlet's story is no top story however recent: reach is what makes one.
		expect(entries[0]!.stories.map(candidate => candidate.id)).toEqual(['quake', 'budget', 'match']);
		expect(entries[0]).toMatchObject({unread: 3, fresh: 3});
	});

	test('hold at most a screen of stories, and are not shown for one topic or fewer than two such stories', () => {
		const many = Array.from({length: 12}, (_, index) => story(`s${index}`, 3, 10 - (index * 0.5), ['Germany']));
		const entries = topicEntries({...initialState(100, 30), briefing: briefingOf([{name: 'Germany', stories: many.slice(0, 6)}, {name: 'Sport', stories: many.slice(6)}])});
		expect(entries[0]!.stories.map(candidate => candidate.id)).toEqual(many.slice(0, topStoriesSize).map(candidate => candidate.id));

		const oneTopic = topicEntries({...initialState(100, 30), briefing: briefingOf([{name: 'Germany', stories: many}])});
		expect(oneTopic.map(entry => entry.name)).toEqual(['Germany']);
		const oneBig = topicEntries({...initialState(100, 30), briefing: briefingOf([{name: 'Germany', stories: [story('a', 4, 2, ['Germany'])]}, {name: 'Sport', stories: [story('b', 1, 1, ['Sport'])]}])});
		expect(oneBig.map(entry => entry.name)).toEqual(['Germany', 'Sport']);
	});

	test('a start kept on them stays on them: on the kept story while it is one, else on the first (not the kept story\'s topic)', () => {
		const briefing = briefingOf([
			{name: 'World', stories: [story('w0', 3, 3, ['World']), story('w1', 1, 2.5, ['World'])]},
			{name: 'Sport', stories: [story('s0', 2, 2, ['Sport']), story('s1', 2, 1.5, ['Sport'])]},
		]);
		const loaded = reducer(initialState(100, 30), {type: 'briefingLoaded', briefing, starred: [], height: 10});
		const restore = (kept: string) => reducer(loaded, {type: 'restorePosition', position: {topic: topStoriesTopic, story: kept, pane: 'stories'}, height: 10});
		expect(restore('s1')).toMatchObject({selectedTopic: topStoriesTopic, selectedStory: {[topStoriesTopic]: 's1'}});
		// Yesterday's top story, one outlet's now or gone: today's top stories from the first.
		expect(restore('w1')).toMatchObject({selectedTopic: topStoriesTopic, selectedStory: {[topStoriesTopic]: 'w0'}});
		expect(restore('gone')).toMatchObject({selectedTopic: topStoriesTopic, selectedStory: {[topStoriesTopic]: 'w0'}});
		// A topic's kept story that moved under another topic is still followed there.
		expect(reducer(loaded, {type: 'restorePosition', position: {topic: 'World', story: 's1', pane: 'stories'}, height: 10})).toMatchObject({selectedTopic: 'Sport'});
	});

	test('the app lists them first once several outlets report a story: the pane shows them in rank order', async () => {
		app = await startTestApp();
		// The fixtures are one outlet per story: no top stories yet.
		expect(app.frame()).not.toContain('Top stories');
		// A second outlet carries three of the stories (the same headlines and text), found by the next refresh.
		const before = await app.services.getBriefing({unreadOnly: false});
		const picked = before.topics.slice(0, 3).map(topic => topic.stories[0]!.articles[0]!.id);
		app.services.pending = picked.map((uid, index) => {
			const article = app!.services.articles.get(uid)!;
			return {...article, uid: `second-${index}`, itemId: `second-${index}`, feedUrl: 'https://second.example/feed.xml', feedTitle: 'Second Outlet', url: `https://second.example/${index}`};
		});
		await app.press('R');
		const frame = await app.waitFor('Top stories');
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const expected = briefing.topics.flatMap(topic => topic.stories)
			.filter(candidate => candidate.outlets.length >= 2)
			.sort((a, b) => b.score - a.score || b.outlets.length - a.outlets.length)
			.slice(0, topStoriesSize);
		expect(expected.length).toBeGreaterThanOrEqual(2);
		const lines = frame.split('\n');
		expect(lines[2]).toMatch(/^.Top stories\s+\d+/u);
		// Selected and opened: the story pane shows them.
		await app.press('h', 'g', 'l');
		const shown = await app.waitFor(`Stories — Top stories (${expected.length})`);
		const rows = shown.split('\n').slice(2, 2 + expected.length).map(line => line.split('│')[1] ?? '');
		for (const [index, candidate] of expected.entries()) {
			expect(rows[index]).toContain(candidate.headline.slice(0, 25));
			expect(rows[index]).toContain('2 outlets');
		}

		// Enter opens the first of them, the same story as under its topic; A asks by the list's name.
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		expect(app.frame()).toContain(expected[0]!.headline.slice(0, 40));
		await app.press(keys.esc, 'A');
		expect(app.frame()).toContain('Mark every story in "Top stories" read?');
		await app.press('y');
		await app.waitFor(/\d+ stor(?:y|ies) marked read/u);
	});
});
