import {afterEach, describe, expect, test} from 'vitest';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** A topic's row in the topic pane: its story and unread counts (blank unread column: 0). */
function topicCounts(frame: string, name: string): {stories: number; unread: number} | undefined {
	for (const line of frame.split('\n')) {
		const match = /^.(.*?)\s+(\d+)(?:\s+(\d+)[•+]?)?\s*│/u.exec(line);
		if (match?.[1]!.trim() === name) {
			return {stories: Number(match[2]), unread: Number(match[3] ?? 0)};
		}
	}

	return undefined;
}

describe('an article marked read outside the briefing', () => {
	test('m on a search hit makes its one-article story read in the briefing at once, and m again unread', async () => {
		app = await startTestApp({columns: 110, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topic = briefing.topics[0]!;
		const story = topic.stories.find(candidate => candidate.articles.length === 1 && candidate.articles[0]!.title.length > 20)!;
		const before = topicCounts(app.frame(), topic.name)!;
		expect(before.unread).toBe(topic.stories.length);

		await app.press('/');
		await app.type(story.articles[0]!.title);
		await app.press(keys.enter);
		await app.waitFor(story.articles[0]!.title.slice(0, 30));
		await app.press('m');
		await app.waitFor('Marked read');
		expect(app.services.read.has(story.articles[0]!.id)).toBe(true);
		await app.press(keys.esc, keys.esc);
		await app.waitFor(/Topics/u);
		expect(topicCounts(app.frame(), topic.name)).toEqual({stories: before.stories, unread: before.unread - 1});

		await app.press('/', keys.enter);
		await app.press('m');
		await app.waitFor('Marked unread');
		await app.press(keys.esc, keys.esc);
		await app.waitFor(/Topics/u);
		expect(topicCounts(app.frame(), topic.name)).toEqual(before);
	});
});
