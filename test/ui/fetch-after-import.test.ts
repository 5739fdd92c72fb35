// After i imports feeds in the feed manager, they are fetched at once, not left "not fetched yet" (walk 8 #177).

import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('feeds imported in the app', () => {
	test('an import that added feeds runs a refresh as the timer does; the import\'s count stays on the status row', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'lagebild-import-fetch-'));
		const input = path.join(dir, 'in.opml');
		await writeFile(input, '<opml version="2.0"><body><outline text="Example" type="rss" xmlUrl="https://example.net/rss"/></body></opml>');
		app = await startTestApp();
		await app.press('f');
		await app.waitFor('#news');
		const before = app.services.callsOf('refresh').length;
		await app.press('i');
		await app.type(input);
		await app.press(keys.enter);
		await app.waitFor('Imported 1 feed (0 skipped)');
		await vi.waitUntil(() => app!.services.callsOf('refresh').length > before && !/refreshing \d/u.test(app!.frame()), {timeout: 10_000, interval: 10});
		expect(app.services.callsOf('refresh').slice(before)).toEqual([[{background: true}]]);
		expect(app.frame()).toContain('Imported 1 feed (0 skipped)');
	});
});
