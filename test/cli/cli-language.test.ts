// The commands speak the app's language (sixth walk): LANG=de_DE gave a German app and English refresh and feeds
// messages; the uiLanguage setting decides for both, else the locale.

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../../source/commands/main.js';
import {useFeedServerAndHome} from '../helpers/server-and-home.js';

const fixture = useFeedServerAndHome('lagebild-cli-language-');

async function run(env: Record<string, string>, ...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
	let stdout = '';
	let stderr = '';
	const code = await runCli(['--home', fixture.home, ...argv], {
		stdout: {write: (text: string) => (stdout += text), isTTY: env.TERMINAL === '1', columns: 120},
		stderr: {write: (text: string) => (stderr += text)},
		env,
	});
	return {code, stdout, stderr};
}

const german = {LANG: 'de_DE.UTF-8'};

describe('the commands in German', () => {
	it('feeds add, remove, list and refresh speak German under LANG=de_DE, failures included', async () => {
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5, retentionDays: 0}}));
		const ok = fixture.server.url('/ok/tagesschau-2021-02-18.rss');
		const missing = fixture.server.url('/status/404/gone.rss');
		const added = await run(german, 'feeds', 'add', '--as-is', ok);
		expect(added.stdout).toMatch(/^Hinzugefügt: \S+ \[[0-9a-f]{6}\] http/u);
		await run(german, 'feeds', 'add', '--as-is', missing);
		const twice = await run(german, 'feeds', 'add', '--as-is', ok);
		expect(twice.stderr).toMatch(/^lagebild: schon in der Feedliste: http/u);
		const unknown = await run(german, 'feeds', 'remove', 'nope');
		expect(unknown.stderr).toBe('lagebild: kein Feed mit der URL, ID oder dem Titel "nope" (siehe lagebild feeds list)\n');

		const refresh = await run(german, 'refresh');
		expect(refresh.code).toBe(0);
		expect(refresh.stdout).toMatch(/^ {2}✓ tagesschau\.de - Die Nachrichten der ARD — \d+ neu von \d+$/mu);
		expect(refresh.stdout).toMatch(/^ {2}✗ .* — HTTP 404 Nicht gefunden$/mu);
		expect(refresh.stdout).toMatch(/^2 Feeds aktualisiert in \d+,\d s: 1 ok, 0 unverändert, 1 fehlgeschlagen; \d+ neue Artikel\.$/mu);
		expect(refresh.stdout).not.toMatch(/Refreshed|new of/u);

		const list = await run({...german, TERMINAL: '1'}, 'feeds', 'list');
		expect(list.stdout).toContain(`\n2 Feeds, 2 eingeschaltet. Konfiguration: ${path.join(fixture.home, 'config.json')}\n`);
		const removed = await run(german, 'feeds', 'remove', missing);
		expect(removed.stdout).toMatch(/^Entfernt: /u);
	}, 60_000);

	it('brief (text and Markdown) and search speak German; json stays as it is', async () => {
		const brief = await run(german, '--offline', 'brief');
		expect(brief.stdout).toMatch(/^Lagebild \d{4}-\d\d-\d\d \d\d:\d\d – .* UTC · \d+ Geschichten\n/u);
		expect(brief.stdout).toContain('== Wissenschaft & Gesundheit (');
		expect(brief.stdout).toMatch(/^ {2}\d+ Medien: /mu);
		expect(brief.stdout).not.toMatch(/outlets:|== Science/u);
		expect((await run({}, '--offline', 'brief')).stdout).toMatch(/^Briefing .* stories\n[\s\S]*== Science & health \(/u);
		const markdown = (await run(german, '--offline', 'brief', '--format', 'md')).stdout;
		expect(markdown).toMatch(/^# Lagebild\n/u);
		expect(markdown).toContain('## Wissenschaft & Gesundheit\n');
		expect(markdown).toMatch(/^\*\d+ Medien: /mu);
		expect(markdown).not.toMatch(/outlets:|## Science|^# Briefing/mu);
		expect((await run({}, '--offline', 'brief', '--format', 'md')).stdout).toMatch(/^# Briefing\n[\s\S]*## Science & health\n[\s\S]*^\*\d+ outlets?: /mu);
		expect((await run(german, '--offline', 'brief', '--format', 'json')).stdout).toContain('"name": "Science & health"');
		const search = await run(german, '--offline', 'search', 'Quarkvogelnest');
		expect(search.code).toBe(1);
		expect(search.stderr).toMatch(/^lagebild: nichts gefunden für „Quarkvogelnest“ \(jedes Wort muss vorkommen/u);
	}, 60_000);

	it('the uiLanguage setting decides for the app and the commands alike; without it the locale', async () => {
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [], settings: {uiLanguage: 'en'}}));
		expect((await run(german, 'feeds', 'add', '--as-is', 'https://example.org/a.xml')).stdout).toMatch(/^Added /u);
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [], settings: {uiLanguage: 'de'}}));
		expect((await run({LANG: 'C.UTF-8'}, 'feeds', 'add', '--as-is', 'https://example.org/b.xml')).stdout).toMatch(/^Hinzugefügt: /u);
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: []}));
		expect((await run({}, 'feeds', 'add', '--as-is', 'https://example.org/c.xml')).stdout).toMatch(/^Added /u);
		expect((await run({LANG: 'C.UTF-8'}, '--offline', 'refresh')).stderr).toBe('lagebild: refresh fetches feeds from the network; it cannot run with --offline.\n');
		expect((await run(german, '--offline', 'refresh')).stderr).toBe('lagebild: refresh lädt Feeds aus dem Netz; mit --offline geht das nicht.\n');
	});
});
