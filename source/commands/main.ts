// Command-line parsing and dispatch to the subcommands; the testable body of cli.tsx.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {ConfigError} from '../config/config-file.js';
import {ArgvError, type FlagSpec, formatHelp, parseArgv} from './argv.js';
import {type CliFlags, type Command, type CommandIo, UserError} from './command.js';
import {projectRoot} from './project-root.js';

export const helpText = `
	Usage
	  $ lagebild                      the interactive briefing
	  $ lagebild brief   [--topic T] [--format text|md|json] [--since 24h|7d|all]
	                     | --starred [--format text|md|json]   the starred articles
	  $ lagebild refresh              fetch all feeds now, print a per-feed summary
	  $ lagebild analyze FILE|- [--lang de|en] [--format json|text]
	  $ lagebild search  WORDS... [--format text|json]   the stored articles
	  $ lagebild feeds   list | add URL [--title T] [--tag X]... [--as-is]
	                     | remove URL|ID... | import FILE.opml|URLS | export [FILE.opml]
	  $ lagebild topics  list | add NAME --terms a,b,c | remove NAME
	                     | rename OLD NEW | edit NAME --terms a,b,c | reset

	Options
	  --source PATH...   use these feed files, folders or OPML lists instead of the
	                     configured feeds, with an in-memory store
	  --offline          no network: the cache (or bundled snapshots) only
	  --home DIR         config and data directory (also LAGEBILD_HOME)
	  --help, --version

	In the app: ? lists every key. ↑↓ or j k move, Enter opens, Esc back, Tab
	switches pane, n next unread, m read / unread, A topic read, u unread only,
	s star, o browser, F full text, / search, f feeds, t topics, p people,
	r / R refresh, q quit; in the feed manager / finds a feed and S orders the
	list; among the people w widens their time (48 h, 7 days, all). Keys can be
	changed in config.json ("keymap").

	Config and data live in one directory: config.json (feeds, topics, settings,
	keymap) and lagebild.db (articles). Default: ~/.config/lagebild (XDG_CONFIG_HOME).

	Environment: BROWSER (the program o opens links with), LANG / LC_ALL (English
	or German), NO_COLOR, LAGEBILD_THEME=light|dark (else COLORFGBG), LAGEBILD_HOME.
`;

/**
 * Subcommand modules, loaded on demand. Each exports `run(input): Promise<number>`.
 * `app` is what runs without a command (the interactive briefing).
 */
export const commands: Record<string, () => Promise<{run: Command}>> = {
	app: async () => import('./app.js'),
	brief: async () => import('./brief.js'),
	analyze: async () => import('./analyze.js'),
	feeds: async () => import('./feeds.js'),
	refresh: async () => import('./refresh.js'),
	search: async () => import('./search.js'),
	topics: async () => import('./topics.js'),
};

/** Every flag lagebild knows (the argv test checks the parser against meow with this table). */
export const flagSpecs: Readonly<Record<string, FlagSpec>> = {
	home: {type: 'string'},
	source: {type: 'string', isMultiple: true},
	offline: {type: 'boolean'},
	title: {type: 'string'},
	tag: {type: 'string', isMultiple: true},
	asIs: {type: 'boolean'},
	format: {type: 'string'},
	topic: {type: 'string'},
	since: {type: 'string'},
	starred: {type: 'boolean'},
	terms: {type: 'string', isMultiple: true},
	lang: {type: 'string'},
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean'},
};

/** Flags any command takes. */
const globalFlags = new Set(['home', 'source', 'offline', 'help', 'version']);

/**
 * The other flags each command reads. A flag a command does not read was ignored without a word: a script's
 * `lagebild feeds list --format json` got the table and exit 0. Without a command, piped output is the briefing.
 */
export const commandFlags: Readonly<Record<string, readonly string[]>> = {
	app: ['topic', 'format', 'since'],
	brief: ['topic', 'format', 'since', 'starred'],
	refresh: [],
	analyze: ['lang', 'format'],
	search: ['format'],
	feeds: ['title', 'tag', 'asIs'],
	topics: ['terms'],
};

/**
 * What a command that takes no words says to words after it: they were ignored without a word, so `lagebild brief
 * Ukraine` printed every topic and `lagebild refresh tagesschau` fetched every feed.
 */
const noWords: Readonly<Record<string, (words: readonly string[]) => string>> = {
	brief: words => `lagebild: brief takes no words (${words.join(' ')}); one topic: lagebild brief --topic ${JSON.stringify(words.join(' '))}; a search of the stored articles: lagebild search ${words.join(' ')}`,
	refresh: words => `lagebild: refresh takes no words (${words.join(' ')}); it fetches every enabled feed (one feed: r on it in the feed manager)`,
};

/** `--as-is` for asIs. */
function typedFlag(name: string): string {
	return `--${name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)}`;
}

/** The flags given on the command line that the command does not read, as typed. */
export function flagsNotTaken(command: string, flags: Readonly<Record<string, unknown>>): string[] {
	const taken = new Set(commandFlags[command] ?? []);
	return Object.entries(flags)
		.filter(([name, value]) => !globalFlags.has(name) && !taken.has(name) && value !== undefined && value !== false)
		.map(([name]) => typedFlag(name));
}

/** The help of one command: its usage lines from the full help, then the options every command takes. */
export function commandHelp(command: string): string | undefined {
	const lines = helpText.split('\n');
	const start = lines.findIndex(line => new RegExp(`^\\s*\\$ lagebild ${command}\\b`).test(line));
	if (start < 0) return undefined;
	let end = start + 1;
	while (end < lines.length && /^\s*\|/.test(lines[end]!)) end++;
	const options = lines.findIndex(line => line.trim() === 'Options');
	const optionsEnd = lines.findIndex((line, index) => index > options && line.trim() === '');
	return formatHelp(['', '\tUsage', ...lines.slice(start, end), '', ...lines.slice(options, optionsEnd), ''].join('\n'), undefined).replaceAll(/^\n+|\n+$/g, '');
}

/** lagebild's package.json (description and version), read only when help or the version is asked for. */
function manifest(): {description?: string; version?: string} {
	try {
		const data = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as {description?: unknown; version?: unknown};
		return {
			...(typeof data.description === 'string' ? {description: data.description} : {}),
			...(typeof data.version === 'string' ? {version: data.version} : {}),
		};
	} catch {
		return {};
	}
}

function help(): string {
	return formatHelp(helpText, manifest().description);
}

const commandNames = new Set(['brief', 'refresh', 'analyze', 'feeds', 'topics', 'app']);

/**
 * `--source a.xml b.xml` (as a shell glob expands) becomes `--source a.xml --source b.xml`: after --source,
 * every following word that is neither an option nor a command name is one more path.
 */
export function expandSourcePaths(argv: readonly string[]): string[] {
	const result: string[] = [];
	let collecting = false;
	for (const word of argv) {
		if (word === '--source') {
			collecting = false;
			result.push(word);
			continue;
		}

		if (result.at(-1) === '--source' && !word.startsWith('-')) {
			result.push(word);
			collecting = true;
			continue;
		}

		if (collecting && !word.startsWith('-') && !commandNames.has(word) && !commands[word]) {
			result.push('--source', word);
			continue;
		}

		collecting = false;
		result.push(word);
	}

	return result;
}

/** Runs one invocation; returns the exit code. Never exits the process itself. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
	let cli;
	try {
		cli = parseArgv(expandSourcePaths(argv), flagSpecs);
	} catch (error) {
		if (!(error instanceof ArgvError)) throw error;
		io.stderr.write(`lagebild: ${error.message}\n${help()}`);
		return 2;
	}

	// `lagebild search Boeing -Dreamliner`: a word to leave out, not a group of one-letter flags.
	if (cli.input[0] === 'search' && cli.dashWords.length > 0) {
		const taken = new Set(cli.dashWords.flatMap(entry => entry.unknown));
		cli.input.push(...cli.dashWords.map(entry => entry.word));
		cli.unknown = cli.unknown.filter(flag => !taken.has(flag));
	}

	if (cli.unknown.length > 0) {
		io.stderr.write(`lagebild: unknown option ${cli.unknown.join(', ')}\n${help()}`);
		return 2;
	}

	const [command = 'app'] = cli.input;
	if (cli.flags.help) {
		io.stdout.write(`${commandHelp(command) ?? help().trim()}\n`);
		return 0;
	}

	if (cli.flags.version) {
		io.stdout.write(`${manifest().version ?? 'unknown'}\n`);
		return 0;
	}

	const text = (name: string) => cli.flags[name] as string | undefined;
	const list = (name: string) => cli.flags[name] as string[] | undefined;
	const flags: CliFlags = {
		source: list('source') ?? [],
		offline: cli.flags.offline === true,
		asIs: cli.flags.asIs === true,
		...(cli.flags.starred === true ? {starred: true} : {}),
		tag: list('tag') ?? [],
		...(text('home') === undefined ? {} : {home: text('home')}),
		...(text('title') === undefined ? {} : {title: text('title')}),
		...(text('format') === undefined ? {} : {format: text('format')}),
		...(text('topic') === undefined ? {} : {topic: text('topic')}),
		...(text('since') === undefined ? {} : {since: text('since')}),
		...(list('terms') === undefined ? {} : {terms: list('terms')}),
		...(text('lang') === undefined ? {} : {lang: text('lang')}),
	};
	const [name = 'app', ...rest] = cli.input;
	// Without a command: the interactive app when registered, else the printed briefing.
	const load = commands[name] ?? (name === 'app' ? commands.brief : undefined);
	if (!load) {
		io.stderr.write(name === 'app'
			? `lagebild: the interactive app is not available in this build; try lagebild refresh or lagebild feeds list.\n`
			: `lagebild: unknown command ${JSON.stringify(name)}\n${help()}`);
		return 2;
	}

	const notTaken = flagsNotTaken(name, cli.flags);
	if (notTaken.length > 0) {
		const what = name === 'app' ? 'lagebild without a command' : `lagebild ${name}`;
		io.stderr.write(`lagebild: ${what} does not take ${notTaken.join(', ')}\n${commandHelp(name) ?? help().trim()}\n`);
		return 2;
	}

	const refuseWords = noWords[name];
	if (refuseWords && rest.length > 0) {
		io.stderr.write(`${refuseWords(rest)}\n${commandHelp(name) ?? help().trim()}\n`);
		return 2;
	}

	try {
		const module = await load();
		return await module.run({args: rest, flags, io});
	} catch (error) {
		if (error instanceof UserError) {
			io.stderr.write(`${error.message}\n`);
			return error.exitCode;
		}

		if (error instanceof ConfigError) {
			io.stderr.write(`${error.message}\n`);
			return 1;
		}

		const message = error instanceof Error ? error.message : String(error);
		io.stderr.write(`lagebild: unexpected error: ${message}\n`);
		if (io.env.LAGEBILD_DEBUG && error instanceof Error && error.stack) {
			io.stderr.write(`${error.stack}\n`);
		}

		return 1;
	}
}
