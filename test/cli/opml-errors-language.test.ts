// feeds import / export: an OPML file that cannot be read or written is said in the app's language, as every other refusal.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {cliWith} from './run-cli.js';

let home = '';
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-opml-language-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

it('a missing file to import and a folder that is not there to export into, in German and in English', async () => {
	const missing = path.join(home, 'nowhere', 'feeds.opml');
	const german = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'import', missing);
	expect(german.code).toBe(1);
	expect(german.stderr).toBe(`lagebild: ${missing} nicht lesbar: Datei oder Ordner gibt es nicht\n`);
	const exported = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'export', missing);
	expect(exported.stderr).toBe(`lagebild: ${missing} nicht schreibbar: Datei oder Ordner gibt es nicht\n`);
	const english = await cliWith({LANG: 'en_US.UTF-8'}, '--home', home, 'feeds', 'import', missing);
	expect(english.stderr).toBe(`lagebild: cannot read ${missing}: no such file or folder\n`);
});
