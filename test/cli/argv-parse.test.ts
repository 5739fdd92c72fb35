// lagebild's own command-line parser reads every command line as meow (its predecessor) read it, and lays out the
// same help screen. meow stays installed as the reference.

import meow, {type AnyFlag} from 'meow';
import {describe, expect, it} from 'vitest';
import {ArgvError, type FlagSpec, formatHelp, parseArgv} from '../../source/commands/argv.js';
import {flagSpecs, helpText, runCli} from '../../source/commands/main.js';

const specs = flagSpecs;

/** The same flag as meow declared it: a boolean not given is false (meow leaves it undefined without a default). */
function meowFlag(spec: FlagSpec): AnyFlag {
	const short = spec.shortFlag === undefined ? {} : {shortFlag: spec.shortFlag};
	return spec.type === 'boolean'
		? {type: 'boolean', default: false, ...short}
		: {type: 'string', ...(spec.isMultiple ? {isMultiple: true} : {}), ...short};
}

/** A flag value that says something: main.ts reads a missing list as empty. */
function given(value: unknown): boolean {
	return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** What meow made of a command line, with its flags as main.ts used them (unknown flags by name). */
function withMeow(argv: string[]): {flags: Record<string, unknown>; input: string[]; unknown: string[]} {
	const cli = meow(helpText, {
		importMeta: import.meta,
		argv,
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		flags: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, meowFlag(spec)])),
	});
	const known = new Set(Object.keys(specs));
	const flags = Object.fromEntries(Object.entries(cli.flags).filter(([name, value]) => known.has(name) && given(value)));
	const unknown = Object.keys(cli.flags).filter(name => !known.has(name));
	return {flags, input: cli.input.map(String), unknown};
}

const lines = [
	[],
	['brief'],
	['brief', '--format', 'json', '--home', '/tmp/h'],
	['--home=/tmp/h', 'refresh'],
	['--offline'],
	['--offline', 'brief'],
	['--offline=false', 'brief'],
	['--no-offline'],
	['--offline', 'false', 'brief'],
	['feeds', 'add', 'https://x.example/rss', '--title', 'X', '--tag', 'a', '--tag', 'b'],
	['feeds', 'add', 'https://x.example/rss', '--tag=a', '--tag', 'b=c'],
	['--source', 'a.xml', '--source', 'b.xml', 'brief', '--offline'],
	['topics', 'add', 'Energy', '--terms', 'oil,gas', '--terms', 'coal'],
	['topics', 'rename', 'Old name', 'New'],
	['-h'],
	['--help'],
	['--version'],
	['--title', '', 'feeds'],
	['--home'],
	['--home', '--offline'],
	['analyze', '-', '--format', 'text'],
	['brief', '--', '--not-a-flag'],
	['--colour', 'brief'],
	['--colour=red', 'brief'],
	['-x', 'brief'],
] as const;

describe('parseArgv', () => {
	it.each(lines.map(line => [line.join(' '), line] as const))('reads `%s` as meow did', (_, line) => {
		const mine = parseArgv(line, specs);
		const reference = withMeow([...line]);
		expect(mine.unknown.map(flag => flag.replace(/^-+/, '').split('=')[0])).toEqual(reference.unknown);
		// An unknown flag ends the run (exit 2); what yargs-parser gave it as a value does not matter.
		if (reference.unknown.length > 0) return;
		expect(Object.fromEntries(Object.entries(mine.flags).filter(([, value]) => given(value)))).toEqual(reference.flags);
		expect(mine.input).toEqual(reference.input);
	});

	it('keeps words as text and refuses a single-value flag given twice', () => {
		expect(parseArgv(['topics', 'rename', '2024', '2025'], specs).input).toEqual(['topics', 'rename', '2024', '2025']);
		expect(() => parseArgv(['--home', 'a', '--home', 'b'], specs)).toThrow(ArgvError);
		expect(() => parseArgv(['--home', 'a', '--home', 'b'], specs)).toThrow('--home can only be set once');
	});
});

describe('the help screen', () => {
	it('is laid out as meow laid it out', () => {
		const description = 'A terminal news briefing: your feeds, grouped by topic, merged into stories, with who said what.';
		const reference = meow(helpText, {importMeta: import.meta, argv: [], autoHelp: false, description, flags: {}});
		expect(formatHelp(helpText, description)).toBe(reference.help);
	});

	it('is what --help prints, with the version from package.json for --version', async () => {
		const out: string[] = [];
		const io = {stdout: {write: (text: string) => out.push(text)}, stderr: {write: (text: string) => out.push(text)}, env: {}};
		expect(await runCli(['--help'], io)).toBe(0);
		expect(out.join('')).toMatch(/^A terminal news briefing[^\n]*\n\n {2}Usage\n {4}\$ lagebild {2}/);
		out.length = 0;
		expect(await runCli(['--version'], io)).toBe(0);
		expect(out.join('')).toMatch(/^\d+\.\d+\.\d+\n$/);
		out.length = 0;
		expect(await runCli(['--home', 'a', '--home', 'b'], io)).toBe(2);
		expect(out.join('')).toContain('lagebild: The flag --home can only be set once.');
	});
});
