// Command-line parsing and dispatch to the subcommands; the testable body of cli.tsx.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {ConfigError} from '../config/config-file.js';
import {ArgvError, type FlagSpec, parseArgv} from './argv.js';
import {commandHelp, fullHelp} from './help-text.js';
import {detectLanguage, messagesFor, type UiLanguage} from '../i18n/index.js';
import {type CliFlags, type Command, type CommandIo, UserError} from './command.js';
import {projectRoot} from './project-root.js';
import {terminalSafeIo} from './safe-io.js';
import {isBusyError} from '../store/busy-retry.js';

export {helpText} from './help-text.js';

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

/** The whole help in the language of LANG / LC_ALL (config.json's uiLanguage is not read for it). */
function help(io: CommandIo): string {
	return fullHelp(helpLanguage(io), manifest().description);
}

function helpLanguage(io: CommandIo): UiLanguage {
	return detectLanguage(undefined, io.env);
}

/**
 * A UserError's words: its message, or, when it passes on a keyed error from below, that error in the user's language
 * (error-texts' table loads only here, on an error).
 */
async function userErrorWords(error: UserError, language: UiLanguage): Promise<string> {
	if (error.key === undefined) return error.message;
	const {errorInLanguage} = await import('../i18n/error-texts.js');
	return `lagebild: ${errorInLanguage(error, messagesFor(language))}`;
}

/**
 * The known name nearest a mistyped one (at most two edits away, as git's "did you mean"): the whole help after an
 * unknown command pushed the one line that mattered off the screen, and named no likely command.
 */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
	let best: {name: string; distance: number} | undefined;
	for (const name of names) {
		const distance = editDistance(typed.toLowerCase(), name);
		if (distance <= Math.min(2, Math.floor(name.length / 2)) && (!best || distance < best.distance)) best = {name, distance};
	}

	return best?.name;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), swapped ? previous[j - 2]! + 1 : Number.POSITIVE_INFINITY);
		}

		previous = current;
	}

	return previous[b.length]!;
}

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

		if (collecting && !word.startsWith('-') && !Object.hasOwn(commands, word)) {
			result.push('--source', word);
			continue;
		}

		collecting = false;
		result.push(word);
	}

	return result;
}

/** Runs one invocation; returns the exit code. Never exits the process itself. */
export async function runCli(argv: readonly string[], terminalIo: CommandIo): Promise<number> {
	const io = terminalSafeIo(terminalIo);
	let cli;
	try {
		cli = parseArgv(expandSourcePaths(argv), flagSpecs);
	} catch (error) {
		if (!(error instanceof ArgvError)) throw error;
		io.stderr.write(`lagebild: ${error.message}\n${help(io)}`);
		return 2;
	}

	// `lagebild search Boeing -Dreamliner`: a word to leave out, not a group of one-letter flags.
	if (cli.input[0] === 'search' && cli.dashWords.length > 0) {
		const taken = new Set(cli.dashWords.flatMap(entry => entry.unknown));
		cli.input.push(...cli.dashWords.map(entry => entry.word));
		cli.unknown = cli.unknown.filter(flag => !taken.has(flag));
	}

	if (cli.unknown.length > 0) {
		const options = Object.keys(flagSpecs).map(name => typedFlag(name));
		const [first = ''] = cli.unknown;
		const nearest = cli.unknown.length === 1 ? nearestName(first.replace(/=.*$/u, ''), options) : undefined;
		const {cliText} = await import('../i18n/cli-text.js');
		io.stderr.write(`${cliText(helpLanguage(io)).unknownOption(cli.unknown.join(', '), nearest)}\n`);
		return 2;
	}

	// `lagebild --home` with no folder after it ran on the default home, `--source` said "none of the paths could be
	// read:" and named none: a flag that takes a value is an error without one.
	if (cli.missingValue.length > 0 && !cli.flags.help) {
		const {cliText} = await import('../i18n/cli-text.js');
		io.stderr.write(`${cliText(helpLanguage(io)).missingValue(cli.missingValue.join(', '))}\n`);
		return 2;
	}

	const [command = 'app'] = cli.input;
	if (cli.flags.help) {
		io.stdout.write(`${commandHelp(command, helpLanguage(io)) ?? help(io).trim()}\n`);
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
		const {cliText} = await import('../i18n/cli-text.js');
		io.stderr.write(name === 'app'
			? `lagebild: the interactive app is not available in this build; try lagebild refresh or lagebild feeds list.\n`
			: `${cliText(helpLanguage(io)).unknownCommand(name, nearestName(name, Object.keys(commands).filter(known => known !== 'app')))}\n`);
		return 2;
	}

	const notTaken = flagsNotTaken(name, cli.flags);
	if (notTaken.length > 0) {
		const what = name === 'app' ? 'lagebild without a command' : `lagebild ${name}`;
		io.stderr.write(`lagebild: ${what} does not take ${notTaken.join(', ')}\n${commandHelp(name, helpLanguage(io)) ?? help(io).trim()}\n`);
		return 2;
	}

	const refuseWords = noWords[name];
	if (refuseWords && rest.length > 0) {
		io.stderr.write(`${refuseWords(rest)}\n${commandHelp(name, helpLanguage(io)) ?? help(io).trim()}\n`);
		return 2;
	}

	try {
		const module = await load();
		// refresh writes its one live progress line with an erase-line sequence and looks whether its streams are the
		// process's terminal (to end quietly when it hangs up); its text is cleaned where it is written (formatResult).
		return await module.run({args: rest, flags, io: name === 'refresh' ? terminalIo : io});
	} catch (error) {
		if (error instanceof UserError) {
			io.stderr.write(`${await userErrorWords(error, helpLanguage(io))}\n`);
			return error.exitCode;
		}

		if (error instanceof ConfigError) {
			io.stderr.write(`${error.message}\n`);
			return 1;
		}

		// better-sqlite3 said only "database is locked", as an unexpected error, after half a minute of retries.
		if (isBusyError(error)) {
			const {cliText} = await import('../i18n/cli-text.js');
			io.stderr.write(`${cliText(helpLanguage(io)).storeBusy}\n`);
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
