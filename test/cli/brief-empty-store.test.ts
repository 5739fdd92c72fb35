// `lagebild brief` before the first refresh of a list of one's own (seventh walk): it printed "Briefing 1970-01-01 00:00 –
// 1970-01-01 00:00 UTC · 0 stories"; `--since` with no value was the default window in silence; `--topic` misspelt
// listed the topics in English to a German reader.

import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cliWith} from './run-cli.js';

async function ownListHome(): Promise<string> {
	const home = await mkdtemp(path.join(tmpdir(), 'lagebild-brief-empty-'));
	// A list of one's own: the bundled snapshots do not fill its empty store.
	await writeFile(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: 'http://127.0.0.1:9/feed.xml', title: 'Mine', tags: [], enabled: true}]}));
	return home;
}

async function brief(home: string, env: Record<string, string>, ...argv: string[]) {
	return cliWith(env, '--home', home, 'brief', ...argv);
}

describe('brief over an empty store', () => {
	test('text and md print no 1970 briefing: they say how to fetch the feeds and exit 1; json stays a briefing', async () => {
		const home = await ownListHome();
		for (const format of ['text', 'md']) {
			const result = await brief(home, {}, '--format', format);
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toBe('lagebild: no articles are stored yet: lagebild refresh fetches your feeds (so does starting lagebild without --offline).\n');
		}

		const json = await brief(home, {}, '--format', 'json');
		expect(json.code).toBe(1);
		expect((JSON.parse(json.stdout) as {topics: unknown[]}).topics).toEqual([]);
		const german = await brief(home, {LANG: 'de_DE.UTF-8'});
		expect(german.stderr).toContain('lagebild: noch keine Artikel gespeichert: lagebild refresh lädt deine Feeds');
		expect(german.stdout).not.toContain('1970');
	});

	test('--since without a span is a usage error, not the default window', async () => {
		const home = await ownListHome();
		const result = await brief(home, {}, '--since=');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--since needs a span: 24h, 7d, 2w or all');
		const bare = await brief(home, {}, '--since');
		expect(bare.code).toBe(2);
		expect(bare.stderr).toBe('lagebild: --since needs a value after it (lagebild --help shows what it takes)\n');
	});

	test('a misspelt --topic lists the topics as the German app names them, in German', async () => {
		const home = await ownListHome();
		const result = await brief(home, {LANG: 'de_DE.UTF-8'}, '--topic', 'Ukraine');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('lagebild: es gibt kein Thema „Ukraine“. Themen: Ukraine-Krieg, Nahost');
		expect(result.stderr).toContain('Deutschland');
	});
});
