// A background refresh (#75): silent when nothing arrived or failed; otherwise its summary shows for a few seconds
// and leaves the status row without a key press. A refresh asked for (R) keeps its summary until the next key.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {backgroundNoteMs} from '../../source/ui/commands/refresh-commands.js';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {delay, stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

describe('the status row after a background refresh', () => {
	test('nothing arrived, nothing failed: no summary at all; R asked for one and keeps it', async () => {
		app = await startTestApp({settings: {autoRefreshMinutes: 0.04}});
		const idle = () => app!.services.callsOf('refresh').length >= 1 && !/refreshing \d/u.test(statusRow(app!.frame()));
		// The timer's refresh (2.4 s) has run and is done, briefing and all: the row says "refreshed", no summary.
		await vi.waitUntil(idle, {timeout: 15_000, interval: 10});
		expect(statusRow(app.frame())).not.toMatch(/feeds? ok|new article/u);
		const refreshes = app.services.callsOf('refresh').length;
		await app.press('R');
		await app.waitFor(/feeds? ok, 0 failed, 0 new articles/u, 8000);
		expect(app.services.callsOf('refresh').length).toBeGreaterThan(refreshes);
		expect(statusRow(app.frame())).not.toContain('already');
		// The timer's refreshes go on meanwhile and say nothing: R's summary stays until a key.
		await delay(backgroundNoteMs + 500);
		expect(statusRow(app.frame())).toMatch(/feeds? ok, 0 failed, 0 new articles/u);
	});

	test('articles arrived: the summary shows, then leaves the row by itself', async () => {
		app = await startTestApp({settings: {autoRefreshMinutes: 0.02}});
		const more = await loadFixtureFeeds(['uol-noticias.rss']);
		app.services.pending = more.flatMap(feed => feed.articles);
		await app.waitFor(/[1-9]\d* new articles?/u, 8000);
		app.services.pending = [];
		await delay(backgroundNoteMs + 1000);
		expect(statusRow(app.frame())).not.toMatch(/new article/u);
	}, 40_000);
});
