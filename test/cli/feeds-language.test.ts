// `lagebild feeds import / export / add` in German (seventh walk): under LANG=de_DE add, remove and list answered in
// German, while an import said "Imported 20 of 20 feeds from … (newsboat urls file)", an export "Exported 40 feeds",
// and add "could not check … (connection refused); adding it as typed" or "… Nothing was added".

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliWith} from './run-cli.js';
import {useFeedServerAndHome} from '../helpers/server-and-home.js';

const fixture = useFeedServerAndHome('lagebild-feeds-language-');

async function run(env: Record<string, string>, ...argv: string[]) {
	return cliWith(env, '--home', fixture.home, ...argv);
}

const german = {LANG: 'de_DE.UTF-8'};

describe('feeds import, export and add in German', () => {
	it('import and export say what they did in German, skipped lines included', async () => {
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [{url: 'https://example.org/a.xml', title: 'A', tags: [], enabled: true}]}));
		const urls = path.join(fixture.home, 'urls');
		writeFileSync(urls, 'https://example.org/a.xml\nhttps://example.org/b.xml "~B" news\n"query:Ungelesen:unread = \\"yes\\""\n');
		const imported = await run(german, 'feeds', 'import', urls);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain(`1 von 2 Feeds aus ${urls} (newsboat-urls-Datei) importiert; übersprungen: 1 schon in der Liste, 1 Zeile kein Feed (query/exec/filter).`);
		const file = path.join(fixture.home, 'out.opml');
		const exported = await run(german, 'feeds', 'export', file);
		expect(exported.stdout).toBe(`2 Feeds nach ${file} exportiert.\n`);
		expect((await run({}, 'feeds', 'export', file)).stdout).toBe(`Exported 2 feeds to ${file}.\n`);
	});

	it('add: an address nobody answers at, and a page that leads to no feed, are said in German', async () => {
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5}}));
		const unreachable = await run(german, 'feeds', 'add', 'http://127.0.0.1:9/rss');
		expect(unreachable.code).toBe(0);
		expect(unreachable.stderr).toBe('lagebild: http://127.0.0.1:9/rss nicht prüfbar (Verbindung abgelehnt); wie eingegeben hinzugefügt, die nächste Aktualisierung versucht es wieder.\n');
		const page = fixture.server.url('/html');
		const refused = await run(german, 'feeds', 'add', page);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(`lagebild: ${page}: kein Feed (eine HTML-Seite, die keinen Feed nennt). Nichts hinzugefügt; trotzdem hinzufügen: lagebild feeds add --as-is ${page}`);
	});
});
