// retentionDays raised after a refresh skipped old items: the next refresh stores them and says why they are new
// (sixth walk #144: it said only "1057 new articles").

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {useFeedServerAndHome} from '../helpers/server-and-home.js';
import {runCli} from '../../source/commands/main.js';
import {cli} from './run-cli.js';

const fixture = useFeedServerAndHome('lagebild-returned-');

function writeConfig(settings: Record<string, number | string>): void {
	// No validators on this route: each refresh gets every item again, not a 304.
	const feeds = [{url: fixture.server.url('/gzip/tagesschau-2021-02-18.rss'), title: 'Tagesschau', tags: [], enabled: true}];
	writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds, settings: {timeoutSeconds: 5, ...settings}}));
}

function storedCount(): number {
	const store = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
	try {
		return store.count();
	} finally {
		store.close();
	}
}

describe('lagebild refresh after retentionDays was raised', () => {
	it('says how many of the new articles came back because the retention window now reaches them', async () => {
		writeConfig({retentionDays: 30});
		const first = await cli(fixture.home, 'refresh');
		const skipped = Number(/\n(\d+) items older than 30 days skipped/.exec(first.stdout)?.[1]);
		expect(skipped).toBeGreaterThan(30);
		expect(first.stdout).not.toMatch(/came back/);

		writeConfig({retentionDays: 0});
		const raised = await cli(fixture.home, 'refresh');
		expect(raised.code).toBe(0);
		expect(storedCount()).toBe(skipped);
		expect(raised.stdout).toContain(`; ${skipped} new articles.\n${skipped} of them came back: the retention setting had removed or skipped them, and its window now reaches them (retentionDays 0: keep everything).\n`);

		// Known now: neither new nor back.
		const again = await cli(fixture.home, 'refresh');
		expect(again.stdout).toMatch(/; 0 new articles\.\n$/);
	});

	it('says it in German under LANG=de_DE', async () => {
		writeConfig({retentionDays: 30});
		await cli(fixture.home, 'refresh');
		writeConfig({retentionDays: 4000});
		let stdout = '';
		const code = await runCli(['--home', fixture.home, 'refresh'], {
			stdout: {write: (text: string) => (stdout += text)},
			stderr: {write: () => true},
			env: {LANG: 'de_DE.UTF-8'},
		});
		expect(code).toBe(0);
		const stored = storedCount();
		expect(stored).toBeGreaterThan(30);
		expect(stdout).toContain(`; ${stored} neue Artikel.\n${stored} davon sind zurück: die Aufbewahrung hatte sie entfernt oder übersprungen, ihr Zeitraum reicht jetzt bis zu ihnen (retentionDays 4000).\n`);
	});
});
