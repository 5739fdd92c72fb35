// At 80 columns a headline is cut beside its outlets and age ("U.S. to Distribute 800,000 Doses of M… 7 Medien · 4 J.",
// walk 11 #229): the selected story's row wraps its whole headline over the pane's width, in a short list and in a
// full one, and moving keeps those rows on screen.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {keys, stripAnsi} from '../helpers/render.js';
import {assertFits, locate, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The stories pane's rows (right of the separator). */
const paneRows = (frame: string) => stripAnsi(frame).split('\n').slice(2, -1).map(row => row.split('│')[1] ?? '');
/** The stories pane's text with its wrapping undone. */
const storiesPane = (frame: string) => paneRows(frame).join(' ').replaceAll(/\s+/gu, ' ');
/** The cursor's row in the stories pane. */
const cursorRow = (frame: string) => paneRows(frame).find(row => row.startsWith('▸'));

async function headlineStarting(start: string): Promise<string> {
	const briefing = await app!.services.getBriefing({unreadOnly: false});
	const headlines = briefing.topics.flatMap(topic => topic.stories.map(story => story.headline));
	return headlines.find(headline => headline.startsWith(start))!;
}

describe('the selected story\'s whole headline', () => {
	test('wraps on the cursor\'s rows in a short list at 80 columns, in German, and follows the cursor', async () => {
		app = await startTestApp({columns: 80, rows: 24, language: 'de'});
		const frame = app.frame();
		assertFits(frame, 80, 24);
		// "U.S. to Distribute 800,000 Doses of M… 7 Medien · 4 J." before.
		expect(cursorRow(frame)).not.toContain('…');
		const first = await headlineStarting(cursorRow(frame)!.slice(2, 30));
		expect(first.length).toBeGreaterThan(40);
		expect(storiesPane(frame)).toContain(first);
		// Its outlets and age stay on its rows even where the headline leaves no room beside them.
		const rows = paneRows(frame);
		const at = rows.findIndex(row => row.startsWith('▸'));
		let end = at + 1;
		while (end < rows.length && rows[end]!.startsWith('  ')) end++;
		expect(rows.slice(at, end).join(' ')).toMatch(/\d+ Medi(?:um|en) · /u);
		await app.press('j');
		await vi.waitUntil(() => !cursorRow(app!.frame())!.includes(first.slice(0, 30)), {timeout: 5000, interval: 10});
		const next = app.frame();
		const second = await headlineStarting(cursorRow(next)!.slice(2, 30));
		expect(second).not.toBe(first);
		expect(storiesPane(next)).toContain(second);
		// The story left behind is one row again, cut beside its outlets and age.
		expect(paneRows(next).find(row => row.includes(first.slice(0, 30)))).toMatch(/… \d+ Medi(?:um|en) · /u);
	});

	test('in a list longer than the pane at 80×24, in German: each selected headline whole, j to the end and k back', async () => {
		app = await startTestApp({columns: 80, rows: 24, language: 'de'});
		const {topicIndex, topic} = await locate(app.services, story => story.headline.startsWith('Four revelations from the Webb'));
		// More stories than the pane's 19 rows.
		expect(topic.stories.length).toBeGreaterThan(22);
		await selectStory(app, topicIndex, 0);
		const check = (index: number) => {
			const frame = app!.frame();
			assertFits(frame, 80, 24);
			const headline = topic.stories[index]!.headline;
			const rows = paneRows(frame);
			const at = rows.findIndex(row => row.startsWith('▸'));
			expect(at, `story ${index} on screen`).toBeGreaterThanOrEqual(0);
			expect(rows[at], `story ${index}`).toContain(headline.slice(0, 25));
			// The cursor's rows (the next ones indented under its headline), wrapping undone, hold the whole headline.
			let end = at + 1;
			while (end < rows.length && end - at < 3 && rows[end]!.startsWith('  ')) end++;
			expect(rows.slice(at, end).join(' ').replaceAll(/\s+/gu, ' '), `story ${index}`).toContain(headline.replaceAll(/\s+/gu, ' '));
		};

		check(0);
		for (let index = 1; index < topic.stories.length; index++) {
			await app.press('j');
			check(index);
		}

		for (let index = topic.stories.length - 2; index >= 0; index--) {
			await app.press('k');
			check(index);
		}

		await app.press('G');
		check(topic.stories.length - 1);
	}, 120_000);

	test('is not repeated at 120 columns when the selected headline fits', async () => {
		app = await startTestApp({columns: 120, rows: 40, language: 'en'});
		const frame = app.frame();
		const row = stripAnsi(frame).split('\n').find(candidate => candidate.includes('▸'));
		expect(row).toBeDefined();
		expect(row).not.toContain('…');
		const title = /▸.(.+?)\s{2,}/u.exec(row!)![1]!.trim();
		expect(storiesPane(frame).split(title).length - 1).toBe(1);
	});

	test('at 80×24 in German, in a long topic: G then k keeps the window where it is; page down and up show every story', async () => {
		app = await startTestApp({columns: 80, rows: 24, language: 'de'});
		const webb = await locate(app.services, story => story.headline.startsWith('Four revelations from the Webb'));
		let {topic} = webb;
		expect(topic.stories.length).toBeGreaterThan(22);
		await selectStory(app, webb.topicIndex, 0);
		const shownHead = (headline: string) => headline.replaceAll(/\s+/gu, ' ').slice(0, 30);
		/** The stories whose first row is on screen, by index in the topic (a row a story, or the cursor's first). */
		const shown = () => {
			const rows = paneRows(app!.frame()).filter(row => !row.startsWith('  '));
			return topic.stories.flatMap((story, index) => (rows.some(row => row.slice(2).startsWith(shownHead(story.headline))) ? [index] : []));
		};

		// To the end, whose headline wraps: then one up. The top story stays the top story (it was one further up before).
		const last = topic.stories.length - 1;
		await app.press('G');
		await vi.waitUntil(() => cursorRow(app!.frame())?.includes(shownHead(topic.stories[last]!.headline)) === true, {timeout: 5000, interval: 10});
		const top = shown()[0];
		await app.press('k');
		await vi.waitUntil(() => cursorRow(app!.frame())?.includes(shownHead(topic.stories[last - 1]!.headline)) === true, {timeout: 5000, interval: 10});
		expect(shown()[0]).toBe(top);
		assertFits(app.frame(), 80, 24);

		// Page by page from the top to the end and back in the longest topic: every story was on screen, both ways. A page
		// from a cursor on the last row to a wrapped headline must not carry the story between past the screen; the
		// fixtures' 33 stories are two pages at 80×24 (the second stops at the end), so 80×12 for pages of eight rows.
		app.unmount();
		app = await startTestApp({columns: 80, rows: 12, language: 'de'});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const longest = briefing.topics.reduce((most, candidate) => (candidate.stories.length > most.stories.length ? candidate : most));
		expect(longest.stories.length).toBeGreaterThan(30);
		const at = await locate(app.services, story => story.id === longest.stories[0]!.id);
		await selectStory(app, at.topicIndex, 0);
		topic = at.topic;
		for (const [start, key] of [['g', keys.pageDown], ['G', keys.pageUp]] as const) {
			await app.press(start);
			const seen = new Set(shown());
			for (let page = 0; page < 10; page++) {
				await app.press(key);
				for (const index of shown()) seen.add(index);
			}

			expect([...topic.stories.keys()].filter(index => !seen.has(index)), `stories never shown paging ${key === keys.pageDown ? 'down' : 'up'}`).toEqual([]);
		}
	}, 120_000);

	test('after G, a terminal that grows shows the stories above, not blank rows under the last (review V18 #8)', async () => {
		app = await startTestApp({columns: 80, rows: 12, language: 'de'});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const longest = briefing.topics.reduce((most, candidate) => (candidate.stories.length > most.stories.length ? candidate : most));
		const at = await locate(app.services, story => story.id === longest.stories[0]!.id);
		await selectStory(app, at.topicIndex, 0);
		await app.press('G');
		const lastHead = longest.stories.at(-1)!.headline.replaceAll(/\s+/gu, ' ').slice(0, 30);
		await vi.waitUntil(() => cursorRow(app!.frame())?.includes(lastHead) === true, {timeout: 5000, interval: 10});
		await app.resize(80, 30);
		await vi.waitUntil(() => stripAnsi(app!.frame()).split('\n').length >= 28, {timeout: 5000, interval: 10});
		// The pane's rows under the list's last story: at most the two a wrapped selected headline may leave.
		const rows = paneRows(app.frame());
		const lastText = rows.findLastIndex(row => row.trim() !== '');
		const blankBelow = rows.slice(0, -1).length - 1 - lastText;
		expect(blankBelow).toBeLessThanOrEqual(2);
		expect(cursorRow(app.frame())).toContain(lastHead);
	}, 60_000);
});
