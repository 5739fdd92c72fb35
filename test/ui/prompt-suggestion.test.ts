// A prompt that opens with a value to change (seventh walk): typed text went after it — the export's suggested path
// ('~/feeds.opml' became '~/lagebild-feeds.opml~/feeds.opml' and the export failed), a feed's title ('tagesschau.deMein
// Feed'). The value is now shown selected, as the search prompt's previous query and a file manager's rename: typing
// replaces it, an arrow, Home or End keeps it to edit, Enter takes it.

import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The app with exportOpml recording the path and writing nothing. */
async function exporting(): Promise<{app: AppUnderTest; paths: string[]}> {
	const started = await startTestApp({columns: 160});
	const paths: string[] = [];
	started.services.exportOpml = async path => {
		paths.push(path);
		return 3;
	};

	await started.press('f');
	await started.waitFor('#news');
	await started.press('x');
	await started.waitFor('Export OPML to: ~/lagebild-feeds.opml');
	return {app: started, paths};
}

test('a path typed at the export prompt replaces the suggested one', async () => {
	const started = await exporting();
	app = started.app;
	expect(app.frame()).toContain('typing replaces it');
	const target = join(tmpdir(), 'walk-export.opml');
	await app.type(target);
	await app.press(keys.enter);
	await app.waitFor('Exported 3 feeds');
	expect(started.paths).toEqual([target]);
});

test('Enter takes the suggestion; an arrow keeps it to be edited', async () => {
	const started = await exporting();
	app = started.app;
	await app.press(keys.enter);
	await app.waitFor('Exported 3 feeds');
	await app.press('x');
	await app.waitFor('Export OPML to: ~/lagebild-feeds.opml');
	await app.press(keys.right);
	await app.press(keys.backspace, keys.backspace, keys.backspace, keys.backspace);
	await app.type('xml');
	await app.press(keys.enter);
	await app.waitFor('Exported 3 feeds to');
	expect(started.paths).toEqual([join(homedir(), 'lagebild-feeds.opml'), join(homedir(), 'lagebild-feeds.xml')]);
});

test('e in the feed manager: a new title typed replaces the old one; Enter after an arrow keeps and edits it', async () => {
	app = await startTestApp({columns: 160});
	const [first, second] = app.services.feeds;
	await app.press('f');
	await app.waitFor('#news');
	await app.press('e');
	await app.waitFor(`Title: ${first!.title}`);
	await app.type('Mein Feed');
	await app.press(keys.enter);
	await app.waitFor('Tags (comma separated): news');
	await app.press(keys.enter);
	await app.waitFor('Feed saved');
	await app.press('j', 'e');
	await app.waitFor(`Title: ${second!.title}`);
	await app.press(keys.end);
	await app.type(' (US)');
	await app.press(keys.enter, keys.enter);
	await app.waitFor('Feed saved');
	expect(app.services.callsOf('updateFeed').filter(([, changes]) => 'title' in (changes as object))).toEqual([
		[first!.url, {title: 'Mein Feed'}],
		[second!.url, {title: `${second!.title} (US)`}],
	]);
});
