// The app's search for news older than the retention window (walk 10 #215): "No results" alone, a month after the
// news; now it names the retention setting, in the interface language; not where nothing is removed.

import {afterEach, describe, expect, test} from 'vitest';
import {keys, stripAnsi} from '../helpers/render.js';
import {assertFits, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The screen's text with its wrapping undone. */
const text = (frame: string) => stripAnsi(frame).replaceAll(/\s+/gu, ' ');

async function searchNothing(options: Parameters<typeof startTestApp>[0]): Promise<string> {
	app = await startTestApp(options);
	await app.press('/');
	await app.type('Haushalt 2027');
	await app.press(keys.enter);
	return app.waitFor(options?.language === 'de' ? 'Keine Treffer.' : 'No results.');
}

describe('a search that finds nothing, in a store whose retention is set', () => {
	test('says articles older than the setting are removed, starred ones kept', async () => {
		expect(text(await searchNothing({settings: {retentionDays: 30}}))).toContain('Articles older than 30 days are removed (retentionDays in config.json); starred ones are kept.');
	});

	test('in German, with the days set, at 80 columns too', async () => {
		const frame = await searchNothing({settings: {retentionDays: 14}, language: 'de', columns: 80, rows: 24});
		expect(text(frame)).toContain('Artikel älter als 14 Tage werden entfernt (retentionDays in config.json); die mit Stern bleiben.');
		assertFits(frame, 80, 24);
	});

	test('says nothing of it where retentionDays is 0 (everything kept)', async () => {
		const frame = await searchNothing({settings: {retentionDays: 0}});
		expect(text(frame)).toContain('title: and feed: narrow it.');
		expect(text(frame)).not.toContain('older than');
	});
});

describe('the services say what the store removes', () => {
	test('--source reads its files whole: nothing is removed, whatever retentionDays says (review V16 #3)', async () => {
		const {mkdtempSync, rmSync} = await import('node:fs');
		const {tmpdir} = await import('node:os');
		const path = await import('node:path');
		const {openContext} = await import('../../source/commands/context.js');
		const {StoreServices} = await import('../../source/services/store-services.js');
		const home = mkdtempSync(path.join(tmpdir(), 'lagebild-source-retention-'));
		const feed = path.resolve('feeds/snapshots/gn-2022-07-28-9news.xml');
		for (const source of [[feed], []]) {
			const context = await openContext({home, source, offline: true}, {env: {}});
			const services = new StoreServices(context, {openUrl: async () => undefined});
			try {
				expect(services.settings().retentionDays).toBe(30);
				expect(services.retentionDays()).toBe(source.length > 0 ? 0 : 30);
			} finally {
				await services.close();
				context.close();
			}
		}

		rmSync(home, {recursive: true, force: true});
	});
});
