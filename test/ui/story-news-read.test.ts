// "N reports are new since you last looked" counts what was unread before this visit, as the list's + does (review V #6).

import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {fixtures, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

// The fixture articles arrived on 1 January 2026; the earlier session saw the stories after that.
const seenAt = '2026-01-01T12:00:00.000Z';
const later = '2026-01-02T08:00:00.000Z';

/** A story of at least two reports with distinct titles, where it sits in the briefing, and its first and last report. */
async function storyOfTwo() {
	const briefing = await new MemoryServices(await fixtures(), defaultTopics()).getBriefing({unreadOnly: false});
	const distinct = (story: (typeof briefing.topics)[number]['stories'][number]) => story.articles.length >= 2 && story.articles[0]!.title.slice(0, 30) !== story.articles.at(-1)!.title.slice(0, 30);
	const topicIndex = briefing.topics.findIndex(topic => topic.stories.some(distinct));
	const storyIndex = briefing.topics[topicIndex]!.stories.findIndex(distinct);
	const story = briefing.topics[topicIndex]!.stories[storyIndex]!;
	return {topicIndex, storyIndex, story, first: story.articles[0]!, last: story.articles.at(-1)!};
}

/** Both reports arrived after the last look. */
async function startWithTwoNew() {
	const found = await storyOfTwo();
	app = await startTestApp({seen: {[found.story.id]: seenAt}, columns: 120, rows: 60});
	for (const uid of [found.first.id, found.last.id]) {
		app.services.articles.set(uid, {...app.services.articles.get(uid)!, fetchedAt: later});
	}

	return {...found, app};
}

const reportRow = (frame: string, title: string) => stripAnsi(frame).split('\n').find(row => row.includes(title.slice(0, 30)) && /\d\d:\d\d|\d{4}/u.test(row))!;

describe('what is new in a story read before, read marks included', () => {
	test('a report read through search before the story was opened is not new; the other one is, and stays so after the reader', async () => {
		const {app, topicIndex, storyIndex, first, last} = await startWithTwoNew();
		// Search for the first report and mark it read there (m), as a reader who read it elsewhere.
		await app.press('/');
		await app.waitFor('Search: ');
		await app.type(first.title.slice(0, 30));
		await app.press(keys.enter);
		await app.waitFor(/▸.*\d/u);
		const hits = await app.services.search(first.title.slice(0, 30));
		const index = hits.findIndex(hit => hit.article.id === first.id);
		expect(index).toBeGreaterThanOrEqual(0);
		await app.press(...Array.from({length: index}, () => 'j'), 'm');
		await app.waitFor('Marked read');
		expect(app.services.read.has(first.id)).toBe(true);
		expect(app.services.read.has(last.id)).toBe(false);
		await app.press(keys.esc, keys.esc);
		await app.waitFor(/lagebild +Briefing\s*\n/u);

		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		const frame = await app.waitFor('1 report is new since you last looked: marked +');
		expect(stripAnsi(frame)).not.toContain('2 reports are new');
		expect(reportRow(frame, last.title)).toMatch(/^.\+/u);
		expect(reportRow(frame, first.title)).toMatch(/^. {2}/u);
		// Opening it read the rest: asked first, marked after the answer.
		expect(app.services.read.has(last.id)).toBe(true);
		const asked = app.services.calls.findIndex(call => call.name === 'storyNews');
		const marked = app.services.calls.findIndex(call => call.name === 'markRead' && (call.args[0] as string[]).includes(last.id));
		expect(asked).toBeGreaterThanOrEqual(0);
		expect(marked).toBeGreaterThan(asked);

		// Into the reader and back: the line and the + stay (the reports are read by now, but were not before this visit).
		await app.press('G', keys.enter);
		await app.waitFor('Story › Article');
		await app.press(keys.esc);
		const back = await app.waitFor('1 report is new since you last looked: marked +');
		expect(reportRow(back, last.title)).toMatch(/^.\+/u);
	});

	test('unread, both count: the line still shows although opening the story marks them read', async () => {
		const {app, topicIndex, storyIndex, first, last} = await startWithTwoNew();
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		const frame = await app.waitFor('2 reports are new since you last looked: marked +');
		expect(reportRow(frame, last.title)).toMatch(/^.\+/u);
		expect(reportRow(frame, first.title)).toMatch(/^.\+/u);
		expect(app.services.read.has(first.id) && app.services.read.has(last.id)).toBe(true);
	});
});

describe('a report the story gains while it is on screen', () => {
	test('is asked about on its own and added to what was new when the story was opened', async () => {
		const {app, topicIndex, storyIndex, story, first, last} = await startWithTwoNew();
		// Only the last report counts as new at the open: the first one was read before.
		await app.services.markRead([first.id], true);
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		await app.waitFor('1 report is new since you last looked: marked +');
		const original = app.services.articles.get(last.id)!;
		const update = {...original, uid: `${original.uid.slice(0, 10)}update`, itemId: `${original.itemId}-update`, url: 'https://updates.example/the-story-grows', title: `Update: ${original.title}`, fetchedAt: later, published: new Date(Date.parse(original.published) + 60_000).toISOString()};
		app.services.pending = [update];
		await app.press('r');
		const frame = await app.waitFor('2 reports are new since you last looked: marked +');
		expect(reportRow(frame, update.title)).toMatch(/^.\+/u);
		expect(reportRow(frame, last.title)).toMatch(/^.\+/u);
		expect(reportRow(frame, first.title)).toMatch(/^. {2}/u);
		// The gained report alone was asked about after the open.
		expect(app.services.callsOf('storyNews').at(-1)).toEqual([story.id, [update.uid]]);
	});
});
