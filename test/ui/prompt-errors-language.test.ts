// A prompt's refusal in the interface's language (seventh walk): in German, a web page whose feed is listed already
// answered "✗ already in the feed list: …", and an export to a missing folder "✗ cannot write …: no such file or f…".

import {afterEach, expect, test} from 'vitest';
import {exportOpmlFile} from '../../source/config/opml-file.js';
import {errorInLanguage} from '../../source/i18n/error-texts.js';
import {messagesFor} from '../../source/i18n/index.js';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

test('the feed list\'s refusals and file errors have German wordings; English keeps its own', () => {
	const de = messagesFor('de');
	const en = messagesFor('en');
	const cases: Array<[string, string]> = [
		['already in the feed list: https://example.org/rss (Example)', 'schon in der Feedliste: https://example.org/rss (Example)'],
		['no feed with URL or ID "abc" (see lagebild feeds list)', 'kein Feed mit der URL oder ID "abc" (siehe lagebild feeds list)'],
		['not a URL: "x y" (feeds are added by their http:// or https:// address)', 'keine URL: "x y" (Feeds werden mit ihrer http://- oder https://-Adresse hinzugefügt)'],
		['only http:// and https:// feeds can be added, not ftp: ftp://example.org/', 'nur http://- und https://-Feeds lassen sich hinzufügen, nicht ftp: ftp://example.org/'],
		['the URL has no host: http://', 'die URL hat keinen Host: http://'],
		['cannot write /no/such/dir/feeds.opml: no such file or folder', '/no/such/dir/feeds.opml nicht schreibbar: Datei oder Ordner gibt es nicht'],
		['cannot read /home/me/feeds.opml: it is a folder', '/home/me/feeds.opml nicht lesbar: das ist ein Ordner'],
	];
	for (const [english, german] of cases) {
		expect(errorInLanguage(english, de)).toBe(german);
		expect(errorInLanguage(english, en)).toBe(english);
	}
});

test('German: a feed the typed page leads to is listed already — the feed manager says so in German', async () => {
	app = await startTestApp({columns: 160, language: 'de'});
	// StoreServices throws config/feed-list.ts's refusal when the page's feed is in the list under another address.
	app.services.addFeed = async () => {
		throw new Error('already in the feed list: https://example.org/rss (Example)');
	};

	await app.press('f');
	await app.waitFor('#news');
	await app.press('a');
	await app.type('https://example.org/');
	await app.press(keys.enter);
	const frame = await app.waitFor('✗ schon in der Feedliste: https://example.org/rss (Example)');
	expect(frame).not.toContain('already in the feed list');
});

test('German: an export to a folder that does not exist says so in German', async () => {
	app = await startTestApp({columns: 160, language: 'de'});
	// StoreServices writes with config/opml-file.ts, whose refusal is the one said.
	app.services.exportOpml = async path => exportOpmlFile(app!.services.feeds, path);
	await app.press('f');
	await app.waitFor('#news');
	await app.press('x');
	await app.press(keys.ctrlU);
	await app.type('/no/such/dir/feeds.opml');
	await app.press(keys.enter);
	await app.waitFor('✗ /no/such/dir/feeds.opml nicht schreibbar');
});
