// The feed manager's heading counts the feeds and the failing ones: errors at a glance in a long list.

import {afterEach, describe, expect, test} from 'vitest';
import {stripAnsi} from '../helpers/render.js';
import {assertFits, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('feed manager heading', () => {
	test('says how many feeds there are and how many fail, in English and German', async () => {
		for (const language of ['en', 'de'] as const) {
			app = await startTestApp({language, columns: 100, rows: 30});
			const urls = [...app.services.states.keys()];
			expect(urls.length).toBeGreaterThan(3);
			await app.press('f');
			await app.waitFor(language === 'en' ? `Feeds (${urls.length})` : `Feeds (${urls.length})`);
			app.unmount();

			app = await startTestApp({language, columns: 100, rows: 30});
			for (const url of urls.slice(0, 2)) {
				app.services.states.set(url, {...app.services.states.get(url)!, status: 'error', error: 'HTTP 500'});
			}

			await app.press('f');
			const frame = stripAnsi(await app.waitFor(language === 'en' ? `Feeds (${urls.length}, 2 failing)` : `Feeds (${urls.length}, 2 mit Fehler)`));
			assertFits(frame, 100, 30);
			app.unmount();
			app = undefined;
		}
	});
});
