// The topics pane says which topics hold stories new since the last look (+), not only which hold unread ones (•).

import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {keys} from '../helpers/render.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {fixtures, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The topic pane's row of this topic: its text left of the pane separator. */
function topicRow(frame: string, name: string): string {
	const row = frame.split('\n').map(line => line.split('│')[0] ?? '').find(pane => pane.slice(1).trimStart().startsWith(name.slice(0, 12)));
	if (row === undefined) {
		throw new Error(`no topic row "${name}" in\n${frame}`);
	}

	return row;
}

describe('the topics pane on a later session', () => {
	test('a topic with a story new since the last look ends in +, a topic with only older unread ones in •', async () => {
		// An earlier session saw every story but those of one topic (the fixtures arrived on 1 January 2026).
		const briefing = await new MemoryServices(await fixtures(), defaultTopics()).getBriefing({unreadOnly: false});
		const fresh = briefing.topics.find(topic => topic.stories.length === 1 && topic.name !== 'Other')!;
		const seen: Record<string, string> = {};
		for (const topic of briefing.topics) {
			for (const story of topic.stories) {
				if (topic !== fresh) {
					seen[story.id] = '2026-01-02T00:00:00.000Z';
				}
			}
		}

		app = await startTestApp({seen, columns: 100, rows: 40});
		const frame = app.frame();
		expect(topicRow(frame, fresh.name)).toMatch(/\s1\s+1\+\s*$/u);
		const older = briefing.topics.find(topic => topic !== fresh && topic.stories.length > 1)!;
		expect(topicRow(frame, older.name)).toMatch(new RegExp(`\\s${older.stories.length}\\s+${older.stories.length}•\\s*$`, 'u'));
		// The story rows say the same: + for the new one.
		const index = briefing.topics.indexOf(fresh);
		await app.press('h', 'g', ...Array.from({length: index}, () => 'j'), 'l');
		expect(app.frame()).toMatch(/▸\+/u);
		// Reading it leaves the topic with nothing new or unread.
		await app.press(keys.enter, keys.esc);
		expect(topicRow(app.frame(), fresh.name)).toMatch(/\s1\s*$/u);
	});
});
