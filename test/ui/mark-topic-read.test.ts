import {afterEach, describe, expect, test} from 'vitest';
import {startTestApp, type AppUnderTest} from './app-fixture.js';
import {keys} from '../helpers/render.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The selected topic's row in the topic pane: name, stories, unread. */
function selectedTopicRow(frame: string): {name: string; stories: number; unread: number} | undefined {
	for (const line of frame.split('\n')) {
		// A topic with nothing unread leaves its unread column blank.
		const match = /^›(.*?)\s+(\d+)(?:\s+(\d+)[•+]?)?\s*│/u.exec(line);
		if (match) {
			return {name: match[1]!.trim(), stories: Number(match[2]), unread: Number(match[3] ?? 0)};
		}
	}

	return undefined;
}

describe('A marks every story of the selected topic read', () => {
	test('asks first; n changes nothing, y marks all the topic\'s articles read and says how many', async () => {
		app = await startTestApp();
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topic = briefing.topics[0]!;
		const before = selectedTopicRow(app.frame());
		expect(before).toEqual({name: topic.name, stories: topic.stories.length, unread: topic.stories.length});

		await app.press('A');
		expect(app.frame()).toContain(`Mark every story in "${topic.name}" read?`);
		await app.press('n');
		expect(app.services.read.size).toBe(0);
		expect(selectedTopicRow(app.frame())?.unread).toBe(topic.stories.length);

		await app.press('A', 'y');
		await app.waitFor(`${topic.stories.length} stories marked read`);
		const articles = topic.stories.flatMap(story => story.articles.map(article => article.id));
		expect([...app.services.read].sort()).toEqual([...new Set(articles)].sort());
		expect(selectedTopicRow(app.frame())).toEqual({name: topic.name, stories: topic.stories.length, unread: 0});
		// The other topics keep their unread stories.
		expect(app.frame()).toMatch(new RegExp(`${briefing.topics[1]!.name}\\s+${briefing.topics[1]!.stories.length}\\s+${briefing.topics[1]!.stories.length}`, 'u'));

		await app.press('A');
		await app.waitFor('Nothing unread here');
		await app.press('?');
		expect(app.frame()).toMatch(/A\s+mark every story of the topic read/u);
	});

	test('in German', async () => {
		app = await startTestApp({language: 'de'});
		await app.press('A');
		// j is the down key, so the question takes Enter (and n / Esc) and says so.
		expect(app.frame()).toMatch(/Alle Geschichten in „.+“ als gelesen markieren\?\s+Enter ja · n \/ Esc nein/u);
		await app.press('j');
		expect(app.services.read.size).toBe(0);
		await app.press(keys.enter);
		await app.waitFor(/\d+ Geschichten als gelesen markiert/u);
	});

	test('at 50 columns the question still ends with the keys that answer it', async () => {
		app = await startTestApp({language: 'de', columns: 50, rows: 14});
		await app.press('A');
		const last = app.frame().split('\n').filter(row => row.trim()).at(-1) ?? '';
		expect(last).toMatch(/^Alle Geschichten .*…\s+Enter ja · n \/ Esc nein$/u);
	});
});


describe('unread only after A', () => {
	test('a topic whose own stories are all read does not come back with stories that rank under another topic first', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const primary = briefing.topics.map(topic => topic.name);
		// A topic with stories of its own that other topics' stories also carry.
		const index = briefing.topics.findIndex(topic => briefing.topics.some(other => other !== topic && other.stories.some(story => story.topics.includes(topic.name))));
		expect(index, 'the fixture briefing must have a topic that other stories also carry').toBeGreaterThanOrEqual(0);
		const topic = briefing.topics[index]!;
		await app.press('h', 'g', ...Array.from({length: index}, () => 'j'));
		expect(app.frame().split('\n').find(line => line.startsWith('▸'))).toContain(topic.name.slice(0, 12));
		await app.press('A', 'y');
		await app.waitFor(`${topic.stories.length} stor`);
		await app.press('u');
		await app.waitFor('[unread only]');
		await app.waitFor(/unread only · \?/u);
		const rows = app.frame().split('\n').map(line => /^[›▸ ]([^│]*?)\s+\d+\s+\d+[•+]?\s*│/u.exec(line)?.[1]?.trim()).filter(Boolean);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows).not.toContain(topic.name);
		expect(primary).toContain(topic.name);
	});
});
