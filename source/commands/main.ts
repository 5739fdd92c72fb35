// Command-line parsing (meow) and dispatch to the subcommands; the testable body of cli.tsx.

import meow from 'meow';
import {ConfigError} from '../config/config-file.js';
import {type CliFlags, type Command, type CommandIo, UserError} from './command.js';

export const helpText = `
	Usage
	  $ lagebild                      the interactive briefing
	  $ lagebild brief   [--topic T] [--format text|md|json] [--since 24h|7d|all]
	  $ lagebild refresh              fetch all feeds now, print a per-feed summary
	  $ lagebild analyze FILE|- [--lang de|en] [--format json|text]
	  $ lagebild feeds   list | add URL [--title T] [--tag X]... | remove URL|ID
	                     | import FILE.opml | export [FILE.opml]
	  $ lagebild topics  list | add NAME --terms a,b,c | remove NAME
	                     | rename OLD NEW | edit NAME --terms a,b,c | reset

	Options
	  --source PATH...   use these feed files, folders or OPML lists instead of the
	                     configured feeds, with an in-memory store
	  --offline          no network: the cache (or bundled snapshots) only
	  --home DIR         config and data directory (also LAGEBILD_HOME)
	  --help, --version

	Config and data live in one directory: config.json (feeds, topics, settings,
	keymap) and lagebild.db (articles). Default: ~/.config/lagebild (XDG_CONFIG_HOME).
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
	topics: async () => import('./topics.js'),
};

const knownFlags = new Set(['home', 'source', 'offline', 'title', 'tag', 'format', 'topic', 'since', 'terms', 'lang', 'help', 'version']);

function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
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
	const cli = meow(helpText, {
		importMeta: import.meta,
		argv: expandSourcePaths(argv),
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		flags: {
			home: {type: 'string'},
			source: {type: 'string', isMultiple: true},
			offline: {type: 'boolean', default: false},
			title: {type: 'string'},
			tag: {type: 'string', isMultiple: true},
			format: {type: 'string'},
			topic: {type: 'string'},
			since: {type: 'string'},
			terms: {type: 'string', isMultiple: true},
			lang: {type: 'string'},
			help: {type: 'boolean', default: false, shortFlag: 'h'},
			version: {type: 'boolean', default: false},
		},
	});

	const unknown = Object.keys(cli.flags).filter(name => !knownFlags.has(name) && !knownFlags.has(kebab(name)));
	if (unknown.length > 0) {
		io.stderr.write(`lagebild: unknown option ${unknown.map(name => `--${kebab(name)}`).join(', ')}\n${cli.help}`);
		return 2;
	}

	if (cli.flags.help) {
		io.stdout.write(`${cli.help.trim()}\n`);
		return 0;
	}

	if (cli.flags.version) {
		io.stdout.write(`${cli.pkg.version ?? 'unknown'}\n`);
		return 0;
	}

	const flags: CliFlags = {
		source: cli.flags.source ?? [],
		offline: cli.flags.offline,
		tag: cli.flags.tag ?? [],
		...(cli.flags.home === undefined ? {} : {home: cli.flags.home}),
		...(cli.flags.title === undefined ? {} : {title: cli.flags.title}),
		...(cli.flags.format === undefined ? {} : {format: cli.flags.format}),
		...(cli.flags.topic === undefined ? {} : {topic: cli.flags.topic}),
		...(cli.flags.since === undefined ? {} : {since: cli.flags.since}),
		...(cli.flags.terms === undefined ? {} : {terms: cli.flags.terms}),
		...(cli.flags.lang === undefined ? {} : {lang: cli.flags.lang}),
	};
	const [name = 'app', ...rest] = cli.input;
	// Without a command: the interactive app when registered, else the printed briefing.
	const load = commands[name] ?? (name === 'app' ? commands.brief : undefined);
	if (!load) {
		io.stderr.write(name === 'app'
			? `lagebild: the interactive app is not available in this build; try lagebild refresh or lagebild feeds list.\n`
			: `lagebild: unknown command ${JSON.stringify(name)}\n${cli.help}`);
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
