// A story read in an earlier session that has grown since says what is new in it: how many reports, marked + with their quotes.

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

describe('what is new in a story read before', () => {
	test('the report that arrived after the last look is counted under the outlets line and marked +, with its quote; the others are not', async () => {
		const briefing = await new MemoryServices(await fixtures(), defaultTopics()).getBriefing({unreadOnly: false});
		// A story of several reports whose latest one has a quote: it "arrived" after the earlier session.
		const topicIndex = briefing.topics.findIndex(topic => topic.stories.some(story => story.articles.length >= 2 && story.quotes.some(quote => quote.articleId === story.articles.at(-1)!.id)));
		expect(topicIndex).toBeGreaterThanOrEqual(0);
		const topic = briefing.topics[topicIndex]!;
		const storyIndex = topic.stories.findIndex(story => story.articles.length >= 2 && story.quotes.some(quote => quote.articleId === story.articles.at(-1)!.id));
		const story = topic.stories[storyIndex]!;
		const latest = story.articles.at(-1)!;

		app = await startTestApp({seen: {[story.id]: seenAt}, columns: 120, rows: 60});
		const article = app.services.articles.get(latest.id)!;
		app.services.articles.set(latest.id, {...article, fetchedAt: '2026-01-02T08:00:00.000Z'});
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		const frame = stripAnsi(await app.waitFor('1 report is new since you last looked: marked +'));
		const rows = frame.split('\n');
		// The new report's row in the timeline carries +, the older ones not.
		const reportRow = (title: string) => rows.find(row => row.includes(title.slice(0, 30)) && /\d\d:\d\d|\d{4}/u.test(row))!;
		expect(reportRow(latest.title)).toMatch(/^.\+/u);
		for (const older of story.articles.slice(0, -1).filter(candidate => candidate.title.slice(0, 30) !== latest.title.slice(0, 30))) {
			expect(reportRow(older.title)).toMatch(/^. {2}/u);
		}

		// Its quote's first line too.
		const quote = story.quotes.find(candidate => candidate.articleId === latest.id)!;
		const quoteRow = rows.find(row => row.includes(quote.text.slice(0, 20)))!;
		expect(quoteRow).toMatch(/^.\+ [│┆]/u);
		expect(app.services.callsOf('storyNews')).toContainEqual([story.id, story.articles.map(candidate => candidate.id)]);
	});

	test('a story never seen before (all of it is new) and one seen after its last report say nothing', async () => {
		app = await startTestApp();
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topic = briefing.topics[0]!;
		await selectStory(app, 0, 0);
		await app.press(keys.enter);
		await app.waitFor(topic.stories[0]!.headline.slice(0, 30));
		await app.press();
		expect(app.frame()).not.toMatch(/new since you last looked/u);
		app.unmount();

		app = await startTestApp({seen: {[topic.stories[0]!.id]: seenAt}});
		await selectStory(app, 0, 0);
		await app.press(keys.enter);
		await app.waitFor(topic.stories[0]!.headline.slice(0, 30));
		await app.press();
		expect(app.frame()).not.toMatch(/new since you last looked/u);
		expect(app.services.callsOf('storyNews').length).toBeGreaterThan(0);
	});
});
