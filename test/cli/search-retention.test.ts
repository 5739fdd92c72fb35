// `lagebild search` for news older than the retention window (walk 10 #215): "Haushalt 2027" a month after the vote
// found nothing and said only "nothing found for …" — now it also names the retention, in the app's language.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {commitByFeed, makeArticle} from '../store/make-article.js';
import {cli, cliWith} from './run-cli.js';

const feedUrl = 'https://example.org/haushalt.xml';
const englishNote = 'Articles older than 30 days are removed (retentionDays in config.json); starred ones are kept.';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-search-retention-'));
	const store = new ArticleStore(path.join(home, 'lagebild.db'));
	try {
		commitByFeed(store, [makeArticle(feedUrl, 'haushalt-2026', {title: 'Bundestag beschließt den Haushalt 2026', language: 'de', content: 'Der Bundestag hat den Haushalt 2026 beschlossen.'})]);
	} finally {
		store.close();
	}
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

function configure(settings: Record<string, number | string>): void {
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: feedUrl, title: 'Haushalt', tags: [], enabled: true}], settings}));
}

describe('lagebild search finding nothing in a store whose retention is set', () => {
	test('names the retention after the search rules, in English and in German, with the days set', async () => {
		configure({retentionDays: 30});
		const none = await cli(home, 'search', 'Haushalt', '2027');
		expect(none).toMatchObject({code: 1, stdout: ''});
		expect(none.stderr).toBe(`lagebild: nothing found for "Haushalt 2027" (every word must occur; ukr* matches word beginnings; "two words" in quotes must stand together; A OR B either; -word leaves out; title:word in headlines; feed:name in one feed).\n${englishNote}\n`);

		configure({retentionDays: 14});
		const german = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'search', 'Haushalt', '2027');
		expect(german.code).toBe(1);
		expect(german.stderr).toContain('nichts gefunden für „Haushalt 2027“');
		expect(german.stderr).toContain('\nArtikel älter als 14 Tage werden entfernt (retentionDays in config.json); die mit Stern bleiben.\n');

		configure({retentionDays: 1});
		expect((await cli(home, 'search', 'Haushalt', '2027')).stderr).toContain('Articles older than a day are removed');
	});

	test('not when something is found, nor when nothing is removed (0) or the feeds are files (--source)', async () => {
		configure({retentionDays: 30});
		const found = await cli(home, 'search', 'Haushalt', '2026');
		expect(found.code).toBe(0);
		expect(found.stdout).toContain('Bundestag beschließt den Haushalt 2026');
		expect(found.stderr).toBe('');

		configure({retentionDays: 0});
		const keptAll = await cli(home, 'search', 'Haushalt', '2027');
		expect(keptAll.code).toBe(1);
		expect(keptAll.stderr).toContain('nothing found');
		expect(keptAll.stderr).not.toContain('older than');

		configure({retentionDays: 30});
		const source = path.join(fileURLToPath(new URL('../../feeds/snapshots/', import.meta.url)), 'seed-putin-trump-hegseth.rss');
		const files = await cli(home, 'search', 'Haushalt', '2027', '--source', source);
		expect(files.code).toBe(1);
		expect(files.stderr).not.toContain('older than');
	});
});
