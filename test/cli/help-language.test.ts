// `lagebild --help` in German (seventh walk): under LANG=de_DE the commands answered in German, their usage in English;
// an unknown command printed the whole help after one line, so the line that mattered scrolled away, naming no command.

import {describe, expect, it} from 'vitest';
import {cliWith} from './run-cli.js';
import {helpText, helpTextDe} from '../../source/commands/help-text.js';

const run = async (env: Record<string, string>, ...argv: string[]) => cliWith(env, ...argv);

const german = {LANG: 'de_DE.UTF-8'};

describe('the help in German', () => {
	it('--help under LANG=de_DE is German, with the same commands and options as the English', async () => {
		const result = await run(german, '--help');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Ein Lagebild im Terminal[^\n]*\n\n {2}Aufruf\n {4}\$ lagebild {2}/u);
		expect(result.stdout).toContain('In der App: ? zeigt alle Tasten.');
		expect(result.stdout).not.toContain('Usage');
		// Every command line and option of the English text is in the German one.
		const commandsOf = (text: string) => [...text.matchAll(/\$ lagebild (\w+)/gu)].map(match => match[1]);
		const optionsOf = (text: string) => [...text.matchAll(/--[a-z-]+/gu)].map(match => match[0]).sort();
		expect(commandsOf(helpTextDe)).toEqual(commandsOf(helpText));
		expect(optionsOf(helpTextDe)).toEqual(optionsOf(helpText));
		// As wide as the English (its longest usage line), the description above it aside.
		const widest = (text: string) => Math.max(...text.split('\n').slice(1).map(line => [...line].length));
		const english = await run({LANG: 'en_US.UTF-8'}, '--help');
		expect(widest(result.stdout)).toBeLessThanOrEqual(widest(english.stdout));
		expect(english.stdout).toMatch(/^A terminal news briefing/u);
	});

	it('COMMAND --help is German too: that command and the options every command takes', async () => {
		const result = await run(german, 'feeds', '--help');
		expect(result.stdout).toContain('Aufruf');
		expect(result.stdout).toContain('| remove URL|ID|TITEL... | import OPML|URLS | export [DATEI.opml]');
		expect(result.stdout).toContain('Optionen');
		expect(result.stdout).toContain('--home ORDNER');
		expect(result.stdout).not.toContain('$ lagebild brief');
	});
});

describe('an unknown command or option', () => {
	it('is one line naming the nearest command, not the whole help', async () => {
		const result = await run({}, 'breif');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('lagebild: unknown command "breif"; did you mean lagebild brief? (lagebild --help lists the commands)\n');
		expect((await run({}, 'serach', 'x')).stderr).toContain('did you mean lagebild search?');
		expect((await run({}, 'xyzzy')).stderr).toBe('lagebild: unknown command "xyzzy" (lagebild --help lists the commands)\n');
		expect((await run(german, 'feed', 'list')).stderr).toBe('lagebild: unbekannter Befehl „feed“; gemeint ist wohl lagebild feeds? (lagebild --help zeigt die Befehle)\n');
	});

	it('an unknown option names the nearest option', async () => {
		const result = await run({}, '--versoin');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('lagebild: unknown option --versoin; did you mean --version? (lagebild --help lists the options)\n');
		expect((await run({}, 'brief', '--sinse', '7d')).stderr).toContain('did you mean --since?');
	});
});

describe('an option that takes a value, given without one', () => {
	it('is a usage error: --home ran on the default home, --source named no path', async () => {
		for (const argv of [['--home'], ['--source'], ['feeds', 'add', 'https://example.org/rss', '--title'], ['brief', '--topic', '--since', '7d']]) {
			const result = await run({}, ...argv);
			expect(result.code, argv.join(' ')).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/^lagebild: --\w+ needs a value after it \(lagebild --help shows what it takes\)\n$/u);
		}

		expect((await run(german, '--home')).stderr).toBe('lagebild: --home braucht einen Wert dahinter (lagebild --help zeigt, welchen)\n');
	});
});
