import {afterEach, describe, expect, test} from 'vitest';
import {keys} from '../helpers/render.js';
import {locate, selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/*
 * The story screen stays mounted between visits (useKeptStory.ts). Coming back to a story must lay its window out as a
 * freshly mounted screen did: from the top, just far enough down to show the selected entry, not where it was left.
 */
describe('story screen kept between visits', () => {
	test('a story opened again shows its selected entry with the window laid out afresh, and another story from its top', async () => {
		app = await startTestApp({columns: 100, rows: 20});
		// A story longer than the screen, with enough quotes and reports that the selection can move up from the end.
		const long = await locate(app.services, story => story.quotes.length + story.articles.length >= 6 && story.topics.length > 0
			&& story.quotes.length * 3 + story.people.length > 20);
		await selectStory(app, long.topicIndex, long.storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		const top = app.frame();
		expect(top).toContain(long.story.headline.slice(0, 30));

		// To the end, then up two entries: the window follows the selection up, so the entry sits high on the screen.
		await app.press('G', 'k', 'k');
		const left = app.frame();
		const bottom = left.split('\n').length - 2;
		const selected = selectedRows(left);
		expect(selected.length).toBeGreaterThan(0);
		expect(selected.at(-1)!.row).toBeLessThan(bottom);

		// Back and in again: the same entry selected, and the window laid out as a fresh screen does, from the top just
		// far enough down to show the entry, which ends on the last row.
		await app.press(keys.left, keys.enter);
		await app.waitFor('Briefing › Story');
		const again = app.frame();
		expect(selectedRows(again).map(row => row.text)).toEqual(selected.map(row => row.text));
		expect(selectedRows(again).at(-1)!.row).toBe(bottom);
		expect(again).not.toEqual(left);

		// Another story in the same kept view looks exactly as it does in an app that never showed a story.
		const step = long.storyIndex + 1 < long.topic.stories.length ? 1 : -1;
		await app.press(keys.left, step === 1 ? 'j' : 'k', keys.enter);
		await app.waitFor('Briefing › Story');
		const kept = app.frame();
		app.unmount();
		app = await startTestApp({columns: 100, rows: 20});
		await selectStory(app, long.topicIndex, long.storyIndex + step);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		// The status row's unread total differs by the first story, which only this app has read.
		const aboveStatus = (frame: string) => frame.split('\n').slice(0, -1).join('\n');
		expect(aboveStatus(kept)).toEqual(aboveStatus(app.frame()));
		expect(kept.split('\n').length).toBe(app.frame().split('\n').length);
		expect(kept).toContain(long.topic.stories[long.storyIndex + step]!.headline.slice(0, 20));
	});
});
