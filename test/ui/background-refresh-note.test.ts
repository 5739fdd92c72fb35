// A background refresh (#75): silent when nothing arrived or failed; otherwise its summary shows for a few seconds
// and leaves the status row without a key press. A refresh asked for (R) keeps its summary until the next key.

import {afterEach, describe, expect, test} from 'vitest';
import {backgroundNoteMs} from '../../source/ui/hooks/useCommands.js';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {delay, stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

async function until(predicate: () => boolean, timeoutMs = 8000): Promise<void> {
	const start = Date.now();
	while (!predicate()) {
		if (Date.now() - start > timeoutMs) throw new Error('timed out');
		await delay(50);
	}
}

describe('the status row after a background refresh', () => {
	test('nothing arrived, nothing failed: no summary at all; R asked for one and keeps it', async () => {
		app = await startTestApp({settings: {autoRefreshMinutes: 0.04}});
		await until(() => app!.services.callsOf('refresh').length >= 2);
		await delay(300);
		expect(statusRow(app.frame())).not.toMatch(/feeds? ok|new article/u);
		// R while the timer's refresh runs says so; once it is done R refreshes and keeps its summary.
		for (let tries = 0; tries < 5 && !/feeds? ok, 0 failed, 0 new articles/u.test(statusRow(app.frame())); tries++) {
			await app.press('R');
			await delay(600);
		}

		await app.waitFor(/feeds? ok, 0 failed, 0 new articles/u);
		await delay(backgroundNoteMs + 500);
		expect(statusRow(app.frame())).toMatch(/feeds? ok, 0 failed, 0 new articles|already/u);
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
