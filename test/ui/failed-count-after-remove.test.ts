// The status bar's "· 4 failed" stayed after the four failing feeds were deleted in the feed manager (ninth walk: a new
// user removing typos). The count follows the feed list: a failing feed removed or switched off no longer counts.

import {afterEach, expect, test} from 'vitest';
import {stripAnsi} from '../helpers/render.js';
import {fixtures, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

test('deleting the failing feed takes "1 failed" off the status bar; switching one off too', async () => {
	const feeds = await fixtures();
	app = await startTestApp({failing: {[feeds[0]!.url]: 'HTTP 404 Not Found', [feeds[1]!.url]: 'HTTP 500'}, rows: 30});
	await app.press('R');
	await app.waitFor(/refreshed \d\d:\d\d · 2 failed/u);
	await app.press('f');
	await app.waitFor(/Feeds \(6/u);
	// The first feed of the list is the first failing one: d, then yes.
	await app.press('g', 'd');
	await app.press('y');
	await app.waitFor(/Feeds \(5/u);
	expect(statusRow(app.frame())).toMatch(/refreshed \d\d:\d\d · 1 failed/u);
	// The other failing one, switched off (space), no longer counts either.
	await app.press('g', ' ');
	await app.waitFor(/\[ \]/u);
	expect(statusRow(app.frame())).not.toContain('failed');
	expect(app.services.feeds).toHaveLength(5);
});
