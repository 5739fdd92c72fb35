// A background refresh (#75): silent when nothing arrived or failed; otherwise its summary shows for a few seconds
// and leaves the status row without a key press. A refresh asked for (R) keeps its summary until the next key.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {backgroundNoteMs} from '../../source/ui/commands/refresh-commands.js';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
	vi.useRealTimers();
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';
/** The refresh timer's period in the tests; it fires only when the fake clock is moved on. */
const autoRefreshMinutes = 10;

/** The refresh timer and the note's timeout run on the fake clock; everything else keeps to real time. */
function fakeClock(): void {
	vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true});
}

/** Moves the fake clock to the timer's next refresh and waits until it has run, briefing and all. */
async function timerRefresh(target: AppUnderTest): Promise<void> {
	const refreshes = target.services.callsOf('refresh').length;
	await vi.advanceTimersByTimeAsync(autoRefreshMinutes * 60_000);
	await vi.waitUntil(() => target.services.callsOf('refresh').length > refreshes && !/refreshing \d/u.test(statusRow(target.frame())), {timeout: 15_000, interval: 10});
}

describe('the status row after a background refresh', () => {
	test('nothing arrived, nothing failed: no summary at all; R asked for one and keeps it', async () => {
		fakeClock();
		app = await startTestApp({settings: {autoRefreshMinutes}});
		await timerRefresh(app);
		// The row says "refreshed", no summary.
		expect(app.services.callsOf('refresh')).toEqual([[{background: true}]]);
		expect(statusRow(app.frame())).toMatch(/refreshed \d/u);
		expect(statusRow(app.frame())).not.toMatch(/feeds? ok|new article/u);
		await app.press('R');
		await app.waitFor(/feeds? ok, 0 failed, 0 new articles/u, 8000);
		expect(app.services.callsOf('refresh')).toEqual([[{background: true}], [{}]]);
		expect(statusRow(app.frame())).not.toContain('already');
		// Past a background note's time and through the timer's next refresh, which says nothing: R's summary stays.
		await vi.advanceTimersByTimeAsync(backgroundNoteMs + 500);
		await timerRefresh(app);
		expect(app.services.callsOf('refresh')).toHaveLength(3);
		expect(statusRow(app.frame())).toMatch(/feeds? ok, 0 failed, 0 new articles/u);
	});

	test('articles arrived: the summary shows, then leaves the row by itself after backgroundNoteMs', async () => {
		fakeClock();
		app = await startTestApp({settings: {autoRefreshMinutes}});
		const more = await loadFixtureFeeds(['uol-noticias.rss']);
		app.services.pending = more.flatMap(feed => feed.articles);
		await timerRefresh(app);
		expect(statusRow(app.frame())).toMatch(/[1-9]\d* new articles?/u);
		// A second on, still there. (The fake clock also moves with real time, so a longer step would fail on a machine
		// slow enough to spend the rest of the note's time between the refresh and this check.)
		await vi.advanceTimersByTimeAsync(1000);
		expect(statusRow(app.frame())).toMatch(/new article/u);
		await vi.advanceTimersByTimeAsync(backgroundNoteMs - 1000);
		await vi.waitUntil(() => !/new article/u.test(statusRow(app!.frame())), {timeout: 2000, interval: 10});
		expect(statusRow(app.frame())).toMatch(/refreshed \d/u);
	});
});
