import {afterEach, describe, expect, test} from 'vitest';
import {delay} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

interface TopicRow {
	name: string;
	stories: number;
	selected: boolean;
}

/** The topic pane's rows as shown: name, story count, and whether the topic is the selected one. */
function topicRows(frame: string): TopicRow[] {
	const rows: TopicRow[] = [];
	for (const line of frame.split('\n').slice(2)) {
		const pane = line.split('│')[0] ?? '';
		const match = /^(.)(.*?)\s+(\d+)\s+\d+[•+]?\s*$/u.exec(pane);
		if (match) {
			rows.push({name: match[2]!.trim(), stories: Number(match[3]), selected: match[1] === '›' || match[1] === '▸'});
		}
	}

	return rows;
}

/** Waits for the briefing the last key asked for: the services answered and the app stopped drawing. */
async function reloaded(current: AppUnderTest, calls: number): Promise<string> {
	for (let waited = 0; current.services.callsOf('getBriefing').length <= calls && waited < 3000; waited += 20) {
		await delay(20);
	}

	await current.press();
	return current.frame();
}

describe('the topic list while read marks and the unread filter change', () => {
	test('u keeps every topic where it was (the briefing ranks a topic lower once its top stories are read)', async () => {
		app = await startTestApp({columns: 110, rows: 40});
		const start = topicRows(app.frame());
		const first = start[0]!;
		expect(first.stories).toBeGreaterThan(1);
		// Read every story of the first topic but its last: it keeps one unread story, its weakest.
		await app.press('g', ...Array.from({length: first.stories - 1}, () => ['m', 'j']).flat());
		const marked = topicRows(app.frame());
		expect(marked.map(row => row.name)).toEqual(start.map(row => row.name));

		// What the briefing itself would order: the first topic is no longer first (else this test shows nothing).
		const unreadBriefing = await app.services.getBriefing({unreadOnly: true});
		expect(unreadBriefing.topics.findIndex(topic => topic.name === first.name)).toBeGreaterThan(0);

		let calls = app.services.callsOf('getBriefing').length;
		await app.press('u');
		const unread = topicRows(await reloaded(app, calls));
		expect(app.frame()).toContain('[unread only]');
		expect(unread[0]).toEqual({name: first.name, stories: 1, selected: true});
		const shown = new Set(unread.map(row => row.name));
		expect(unread.map(row => row.name)).toEqual(start.map(row => row.name).filter(name => shown.has(name)));

		calls = app.services.callsOf('getBriefing').length;
		await app.press('u');
		const all = topicRows(await reloaded(app, calls));
		expect(app.frame()).not.toContain('[unread only]');
		expect(all.map(row => row.name)).toEqual(start.map(row => row.name));
		expect(all[0]).toMatchObject({name: first.name, selected: true});
	});
});
