// An import in the feed manager after a first add copied the default list (walk 11 #226, the app's half): while the
// copies are untouched, the defaults the file does not name are offered for removal — yes removes them, no keeps them.

import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {copiedDefaults} from '../../source/config/copied-defaults.js';
import type {UiLanguage} from '../../source/i18n/index.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const mine = 'https://mine.example/rss';
const imported = 'https://example.net/rss';

/**
 * The app's feeds as a first add leaves them: the default list (here the fixture feeds) copied, and the user's own.
 * The import is the memory services' with what StoreServices adds to it: the copies the file does not name.
 */
async function afterImport(language: UiLanguage, answer: string): Promise<{defaults: string[]; chosen: string}> {
	app = await startTestApp({columns: 100, rows: 30, language});
	const {services} = app;
	const defaults = [...services.feeds];
	expect(defaults.length).toBeGreaterThan(2);
	services.feeds.push({url: mine, title: '', tags: [], enabled: true});
	const chosen = defaults[1]!.url;
	const importing = services.importOpml.bind(services);
	services.importOpml = async file => ({...await importing(file), copiedDefaults: copiedDefaults(services.feeds, defaults, [imported, chosen]).map(feed => feed.url)});

	const dir = await mkdtemp(path.join(tmpdir(), 'lagebild-import-defaults-'));
	const input = path.join(dir, 'mine.opml');
	await writeFile(input, `<opml version="2.0"><body><outline text="Example" type="rss" xmlUrl="${imported}"/><outline text="Chosen" type="rss" xmlUrl="${chosen}"/></body></opml>`);
	await app.press('f');
	await app.waitFor(/#news/u);
	await app.press('i');
	await app.type(input);
	await app.press(keys.enter);
	const question = language === 'de' ? `Die ${defaults.length - 1} nicht gewählten Standard-Feeds entfernen?` : `Remove the ${defaults.length - 1} default feeds you did not choose?`;
	expect(stripAnsi(await app.waitFor(question))).toMatch(language === 'de' ? /Enter ja · n\b.*nein/u : /y\b.*yes · n\b.*no/u);
	await app.press(answer);
	return {defaults: defaults.map(feed => feed.url), chosen};
}

describe('an import after the copied defaults', () => {
	test('yes removes the defaults the file does not name; the user\'s feed, the imported one and the chosen default stay', async () => {
		const {defaults, chosen} = await afterImport('en', 'y');
		await app!.waitFor(`${defaults.length - 1} default feeds removed`);
		await vi.waitUntil(() => app!.services.feeds.length === 3, {timeout: 5000, interval: 10});
		expect(app!.services.feeds.map(feed => feed.url).sort()).toEqual([chosen, imported, mine].sort());
		// One call for all of them: one write of config.json (test/config/remove-defaults-once).
		expect(app!.services.callsOf('removeFeeds').map(([list]) => [...(list as string[])].sort())).toEqual([defaults.filter(url => url !== chosen).sort()]);
	});

	test('no keeps every feed; in German the question and its keys are German', async () => {
		const {defaults} = await afterImport('de', 'n');
		await vi.waitUntil(() => !stripAnsi(app!.frame()).includes('Standard-Feeds entfernen?'), {timeout: 5000, interval: 10});
		expect(app!.services.callsOf('removeFeeds')).toEqual([]);
		expect(app!.services.feeds.map(feed => feed.url)).toEqual([...defaults, mine, imported]);
	});

	test('German yes (Enter: j moves down) removes them', async () => {
		const {defaults} = await afterImport('de', keys.enter);
		await app!.waitFor(`${defaults.length - 1} Standard-Feeds entfernt`);
		expect(app!.services.feeds).toHaveLength(3);
	});
});
