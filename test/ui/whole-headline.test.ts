// At 80 columns a headline is cut beside its outlets and age ("U.S. to Distribute 800,000 Doses of M… 7 Medien · 4 J.",
// walk 11 #229): where the story list leaves rows free, the selected story's whole headline stands under it.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {stripAnsi} from '../helpers/render.js';
import {assertFits, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The stories pane's text (right of the separator) with its wrapping undone. */
const storiesPane = (frame: string) => stripAnsi(frame).split('\n').map(row => row.split('│')[1] ?? '').join(' ').replaceAll(/\s+/gu, ' ');
/** The cut headline on the cursor's row, without its "…". */
const cutHeadline = (frame: string) => /▸.(.+?)…/u.exec(stripAnsi(frame).split('\n').find(row => row.includes('▸')) ?? '')?.[1]?.trim();

async function headlineStarting(start: string): Promise<string> {
	const briefing = await app!.services.getBriefing({unreadOnly: false});
	const headlines = briefing.topics.flatMap(topic => topic.stories.map(story => story.headline));
	return headlines.find(headline => headline.startsWith(start))!;
}

describe('the selected story\'s whole headline', () => {
	test('stands under a short list at 80 columns, in German, and follows the cursor', async () => {
		app = await startTestApp({columns: 80, rows: 24, language: 'de'});
		const frame = await app.waitFor(/▸.+…/u);
		assertFits(frame, 80, 24);
		const first = await headlineStarting(cutHeadline(frame)!);
		expect(storiesPane(frame)).toContain(first);
		await app.press('j');
		await vi.waitUntil(() => cutHeadline(app!.frame()) !== undefined && !storiesPane(app!.frame()).includes(first), {timeout: 5000, interval: 10});
		const next = app.frame();
		const second = await headlineStarting(cutHeadline(next)!);
		expect(second).not.toBe(first);
		expect(storiesPane(next)).toContain(second);
	});

	test('is not shown at 120 columns when the selected headline fits', async () => {
		app = await startTestApp({columns: 120, rows: 40, language: 'en'});
		const frame = app.frame();
		const row = stripAnsi(frame).split('\n').find(candidate => candidate.includes('▸'));
		expect(row).toBeDefined();
		expect(row).not.toContain('…');
		const title = /▸.(.+?)\s{2,}/u.exec(row!)![1]!.trim();
		expect(storiesPane(frame).split(title).length - 1).toBe(1);
	});
});
