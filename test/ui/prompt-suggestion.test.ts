// The export prompt's suggested path (seventh walk): what was typed went after it, so '~/feeds.opml' became
// '~/lagebild-feeds.opml~/feeds.opml' and the export failed; the suggestion is now shown selected, as the search
// prompt's previous query: typing replaces it, an arrow keeps it to edit, Enter takes it.

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
