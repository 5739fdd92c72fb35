// A story's people open their quotes: Enter on a quoted person lists all they said in the briefing (walk 12 #240).

import {afterEach, describe, expect, test, vi} from 'vitest';
import {briefingPeople} from '../../source/briefing/people.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {locate, selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** A story that quotes a person (not a body) at least once, with another quote of someone else before that person's row. */
const quotesAPerson = (story: Story) => story.quotes.length >= 2 && story.people.some(person => person.kind !== 'organisation' && person.quoteCount > 0);

describe('a person in a story', () => {
	test('the people rows of those quoted are selectable after the quotes; Enter lists all their quotes, Esc goes back to the story', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		const {topicIndex, storyIndex, story} = await locate(app.services, quotesAPerson);
		const person = story.people.find(candidate => candidate.kind !== 'organisation' && candidate.quoteCount > 0)!;
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		// The cursor starts on the first quote; past the last one it is on the first quoted person's row.
		await app.press(...Array.from({length: story.quotes.length}, () => 'j'));
		const selected = selectedRows(app.frame());
		expect(selected).toHaveLength(1);
		expect(selected[0]!.text).toContain(person.name);
		expect(selected[0]!.text).toMatch(/\(\d+ quotes?\)/u);

		await app.press(keys.enter);
		const frame = stripAnsi(await app.waitFor('Story › Quotes'));
		// The briefing's name for them (one name per person across stories), and every quote it holds of them.
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const people = briefingPeople(briefing);
		const name = [...people.quotes].find(([, quotes]) => quotes.some(item => item.storyId === story.id && item.quote.speaker === person.name))![0];
		const all = people.quotes.get(name)!;
		expect(frame).toContain(` ${name} (${all.length})`);
		for (const item of all.filter(quote => quote.storyId === story.id)) {
			expect(frame).toContain(item.quote.text.slice(0, 25));
		}

		await app.press(keys.esc);
		expect(stripAnsi(await app.waitFor('Briefing › Story'))).toContain(story.headline.slice(0, 30));
		expect(selectedRows(app.frame())[0]!.text).toContain(person.name);
	});

	test('a person the story names without quoting them is no row to open: the cursor goes from the quotes to those quoted, then the reports', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		// More reports than quoted people, so a cursor that skipped no row would be on a later report.
		const {topicIndex, storyIndex, story} = await locate(app.services, candidate => candidate.quotes.length > 0 && candidate.people.some(person => person.quoteCount === 0)
			&& candidate.people.some(person => person.quoteCount > 0) && candidate.articles.length > candidate.people.filter(person => person.quoteCount > 0).length);
		const quoted = story.people.filter(person => person.quoteCount > 0).length;
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		await app.press(...Array.from({length: story.quotes.length + quoted}, () => 'j'));
		// The first report of the timeline.
		expect(selectedRows(app.frame())[0]!.text).toContain(story.articles[0]!.title.slice(0, 20));
	});
});

/** A person the briefing quotes in more than one story, and a later story of theirs (its first quote of them). */
function laterStoryOfAPerson(briefing: Briefing): {story: Story; speaker: string; name: string; first: string} {
	const people = briefingPeople(briefing);
	for (const [name, quotes] of people.quotes) {
		const later = quotes.find(item => item.storyId !== quotes[0]!.storyId);
		if (later) {
			const story = briefing.topics.flatMap(topic => topic.stories).find(candidate => candidate.id === later.storyId)!;
			return {story, speaker: later.quote.speaker, name, first: later.quote.text};
		}
	}

	throw new Error('nobody is quoted in two stories of the fixture briefing');
}

/** Opens the story, then its people row of `speaker` (after the key quotes and those quoted before them). */
async function openPersonOfStory(story: Story, speaker: string): Promise<string> {
	const {topicIndex, storyIndex} = await locate(app!.services, candidate => candidate.id === story.id);
	await selectStory(app!, topicIndex, storyIndex);
	await app!.press(keys.enter);
	await app!.waitFor('Briefing › Story');
	const row = story.quotes.length + story.people.filter(person => person.quoteCount > 0).findIndex(person => person.name === speaker);
	await app!.press(...Array.from({length: row}, () => 'j'), keys.enter);
	return stripAnsi(await app!.waitFor('Story › Quotes'));
}

describe('a person quoted in several stories', () => {
	test('opened from one story, their quotes list starts at what they said in it', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		// A story whose quoted person said something in an earlier story of the briefing too.
		const {story, speaker, first} = laterStoryOfAPerson(await app.services.getBriefing({unreadOnly: false}));
		await openPersonOfStory(story, speaker);
		expect(selectedRows(app.frame())[0]!.text).toContain(first.slice(0, 20));
	});
});

describe('a person opened from a story while People shows a wider window', () => {
	test('the briefing\'s people again: their count, the cursor on this story\'s quote, and the status row says so (review V17 #5)', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		// At the top of their list is another story's quote: the cursor must move to this story's.
		const {story, speaker, name, first} = laterStoryOfAPerson(briefing);
		await app.press('p', 'w', 'w');
		await app.waitFor(/People \(\d+\) · everything stored/u);
		await app.press(keys.esc);
		await vi.waitUntil(() => !stripAnsi(app!.frame()).includes('› People'), {timeout: 5000, interval: 10});
		const frame = await openPersonOfStory(story, speaker);
		expect(frame).toContain(` ${name} (${briefingPeople(briefing).quotes.get(name)!.length})`);
		expect(frame).not.toContain('everything stored');
		expect(frame).toMatch(/People quoted: briefing, \d+ h/u);
		expect(selectedRows(app.frame())[0]!.text).toContain(first.slice(0, 20));
	}, 60_000);
});
