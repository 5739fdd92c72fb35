// The app over a config.json it cannot read (sixth walk): it reads the stored news with the defaults, names the file
// and the problem, and neither fetches nor writes anything to the file.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {en} from '../../source/i18n/en.js';
import {de} from '../../source/i18n/de.js';
import {errorInLanguage} from '../../source/i18n/error-texts.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('opens for the app with the defaults in memory; refresh and every edit are refused with the file named; the file is unchanged', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-broken-app-'));
	const file = path.join(home, 'config.json');
	// First a working home with a feed the store knows, then a hand edit that breaks the file.
	writeFileSync(file, JSON.stringify({feeds: [{url: 'https://example.org/mine.xml'}]}));
	const first = await openContext({home, source: [], offline: true}, {env: {}});
	first.store.commitFeed({url: 'https://example.org/mine.xml', status: 'ok', error: '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null, articleCount: 0}, []);
	first.close();
	const text = '{\n\t"feeds": [{"url": "https://example.org/mine.xml"},]\n}\n';
	writeFileSync(file, text);

	const context = await openContext({home, source: [], offline: false}, {env: {}, brokenConfig: 'defaults'});
	try {
		expect(context.configProblem).toMatch(/config file .*config\.json is not valid JSON .*line 2/u);
		const services = new StoreServices(context, {openUrl: async () => undefined});
		expect(services.configProblem()).toEqual({file, problem: expect.stringMatching(/^config\.json is not valid JSON \(.* at line 2, column \d+\)$/u) as unknown});
		// The feeds the store knows stand for the user's list; the 26 defaults would pass for theirs.
		expect((await services.listFeeds()).map(row => row.config.url)).toEqual(['https://example.org/mine.xml']);
		const refused = `lagebild: config file ${file} cannot be read: nothing is fetched or saved until it is fixed`;
		await expect(services.refresh({}, () => undefined)).rejects.toThrow(refused);
		await expect(services.addFeed({url: 'https://example.org/other.xml', title: '', tags: [], enabled: true})).rejects.toThrow(refused);
		await expect(services.saveTopics([])).rejects.toThrow(refused);
		expect(readFileSync(file, 'utf8')).toBe(text);
		// As the status bar says it, in either language.
		expect(errorInLanguage(refused, en)).toBe(`config file ${file} cannot be read: nothing is fetched or saved until it is fixed`);
		expect(errorInLanguage(refused, de)).toBe(`Konfigurationsdatei ${file} nicht lesbar: bis sie repariert ist, wird nichts geladen und nichts gespeichert`);
		await services.close();
	} finally {
		context.close();
	}
});
