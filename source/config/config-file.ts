// The config file (config.json via conf): located in the lagebild home, read again when another process changed it, written through on change.

import {accessSync, constants, mkdirSync, readFileSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {default as Conf, Schema} from 'conf';
import {configErrorKeys, type ConfigErrorKey, type ErrorText} from '../i18n/error-keys.js';
import {KeyedError, keyed} from '../i18n/keyed-error.js';
import type {Settings} from '../model/feed.js';
import {findJsonProblem} from './json-error.js';
import {completedConfig, configSchema, type ConfigFileData, isCompleteConfig, type LagebildConfig, unknownConfigKeys, withDefaults} from './schema.js';

/**
 * A problem with the home directory or config file. The message the user reads is composed here, once:
 * "lagebild: " + the problem + what to do about it (advice); callers that say it differently use the parts. A problem
 * given by key (and one whose words a key fits) carries it, for the interface's language.
 */
export class ConfigError extends KeyedError {
	override readonly name = 'ConfigError';
	static readonly keys: readonly ConfigErrorKey[] = configErrorKeys;

	/** What is wrong, as a sentence: "config file … is not valid JSON (… at line 3, column 5)." */
	readonly problem: string;
	/** What to do about it ("It was left unchanged; fix or remove it."), or ''. */
	readonly advice: string;

	constructor(problem: string | ErrorText<ConfigErrorKey>, advice = '') {
		const [words, text] = keyed(problem);
		super(`lagebild: ${words}${advice ? ` ${advice}` : ''}`, text);
		this.problem = words;
		this.advice = advice;
	}
}

/** The home cannot be created or written: commands that only read can still open it read-only. */
export class HomeNotWritableError extends ConfigError {
	constructor(problem: string, readonly home: string, readonly reason: string) {
		super(problem);
	}
}

/** What conf found wrong when it validated the config against the schema, or undefined for any other error. */
function schemaViolation(error: unknown): string | undefined {
	const message = error instanceof Error ? error.message : String(error);
	// conf's (ajv's) wording: the one place that reads it.
	return message.startsWith('Config schema violation:') ? message.slice('Config schema violation:'.length).trim() : undefined;
}

const projectName = 'lagebild';

/** A file system error as a person says it ("permission denied", "no such file or folder"), without Node's syscall. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	switch (code) {
		case 'ENOENT': {
			return 'no such file or folder';
		}

		case 'EISDIR': {
			return 'it is a folder';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'EROFS': {
			return 'read-only file system';
		}

		case 'ENOTDIR':
		case 'EEXIST': {
			return 'a file is in the way of the directory';
		}

		case 'ENOSPC': {
			return 'no space left on the device';
		}

		default: {
			return error instanceof Error ? error.message : String(error);
		}
	}
}

/*
 * conf (with Ajv, its schema validator) is loaded only when a file must be written or completed: loading it took
 * ~15 ms of every start, and a file as conf writes it is read without it (see ConfigFile.open).
 */
let confModule: Promise<typeof Conf> | undefined;

async function loadConf(): Promise<typeof Conf> {
	confModule ??= import('conf').then(module => module.default);
	return confModule;
}

/**
 * Where conf keeps a project's config by default (env-paths' config directory, as conf asks for it with no suffix):
 * $XDG_CONFIG_HOME or ~/.config on Linux, ~/Library/Preferences on macOS, %APPDATA%\…\Config on Windows.
 */
export function defaultHome(): string {
	const home = os.homedir();
	const {env} = process;
	if (process.platform === 'darwin') {
		return path.join(home, 'Library', 'Preferences', projectName);
	}

	if (process.platform === 'win32') {
		return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), projectName, 'Config');
	}

	return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), projectName);
}

/** The home directory: --home, else LAGEBILD_HOME, else conf's default location (created, as conf does). */
export function resolveHome(flagHome?: string, env: NodeJS.ProcessEnv = process.env): string {
	const chosen = flagHome ?? (env.LAGEBILD_HOME ? env.LAGEBILD_HOME : undefined);
	if (chosen !== undefined && chosen !== '') {
		return path.resolve(chosen);
	}

	const home = defaultHome();
	try {
		mkdirSync(home, {recursive: true});
		return home;
	} catch (error) {
		throw new ConfigError(`cannot create the default home directory (${describeFsError(error)}).`, 'Use --home DIR or LAGEBILD_HOME.');
	}
}

/** Creates the home directory when missing and checks it can be written. */
export function prepareHome(home: string): void {
	try {
		mkdirSync(home, {recursive: true});
	} catch (error) {
		throw new HomeNotWritableError(`cannot create home directory ${home}: ${describeFsError(error)}.`, home, describeFsError(error));
	}

	try {
		if (!statSync(home).isDirectory()) {
			throw new ConfigError(`home ${home} is not a directory.`);
		}

		accessSync(home, constants.W_OK);
	} catch (error) {
		if (error instanceof ConfigError) {
			throw error;
		}

		throw new HomeNotWritableError(`home directory ${home} is not writable: ${describeFsError(error)}.`, home, describeFsError(error));
	}
}

type SettingsPatch = Partial<Settings>;

/** A failed write (or a refused one: conf validates what it writes) as the ConfigError the user reads. */
function writeError(error: unknown, file: string): ConfigError {
	const violation = schemaViolation(error);
	if (violation !== undefined) {
		return new ConfigError(`refusing to write an invalid config: ${violation}.`);
	}

	return new ConfigError(`cannot write config file ${file}: ${describeFsError(error)}.`);
}

export interface ConfigPatch {
	feeds?: LagebildConfig['feeds'];
	topics?: LagebildConfig['topics'];
	keymap?: LagebildConfig['keymap'];
	/** Merged into the settings the file already overrides. */
	settings?: SettingsPatch;
}

/** conf over config.json with lagebild's schema: validates on open and on every write, writes atomically. */
export async function openConf(home: string): Promise<Conf<ConfigFileData>> {
	const Conf = await loadConf();
	return new Conf<ConfigFileData>({
		cwd: home,
		projectName,
		configName: 'config',
		schema: configSchema as unknown as Schema<ConfigFileData>,
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
		// Our schema is fixed and tested; checking it against the JSON-schema meta-schema cost ~100 ms per start.
		ajvOptions: {validateSchema: false},
	});
}

const leftAlone = 'It was left unchanged; fix or remove it.';

/** config.json's text, or undefined when there is none yet. */
function readConfigText(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new ConfigError(`cannot read config file ${file}: ${describeFsError(error)}.`);
	}
}

/** The JSON object config.json holds; a ConfigError that says where it is broken otherwise. */
function parseConfigObject(file: string, text: string): object {
	const problem = findJsonProblem(text);
	if (problem) {
		throw new ConfigError(`config file ${file} is not valid JSON (${problem.message} at line ${problem.line}, column ${problem.column}).`, leftAlone);
	}
	const parsed: unknown = JSON.parse(text);
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new ConfigError(`config file ${file} must hold a JSON object ({…}).`, leftAlone);
	}
	return parsed;
}

export class ConfigFile {
	readonly home: string;
	readonly path: string;
	/**
	 * Opened on the first write when the file needed no help from conf to be read (see open); kept as the promise, so
	 * updates under way at once share one opening. A failed opening is forgotten: the next update tries again.
	 */
	#conf: Promise<Conf<ConfigFileData>> | undefined;
	#file: ConfigFileData;
	#data: LagebildConfig;
	/** The file as last read or written here; another change to it (another lagebild, an editor) is read again. */
	#seen: {mtimeMs: number; size: number} | undefined;
	/** Opened with `readOnly` (a home the user cannot write, or a file that cannot be read): every update is refused. */
	readonly readOnly: boolean;
	/** Why config.json could not be read, when these are the defaults in its place (defaultsInMemory). */
	readonly unreadable: string | undefined;
	/** Keys of the file as opened that lagebild does not read ("unknown key "settings.retentionDay" (did you mean …)"). */
	unknownKeys: string[] = [];

	private constructor(home: string, file: string, data: ConfigFileData, conf: Conf<ConfigFileData> | undefined, readOnly = false, unreadable?: string) {
		this.readOnly = readOnly;
		this.unreadable = unreadable;
		this.home = home;
		this.path = file;
		this.#conf = conf ? Promise.resolve(conf) : undefined;
		this.#file = data;
		this.#data = withDefaults(this.#file);
		this.#seen = this.#stat();
	}

	#stat(): {mtimeMs: number; size: number} | undefined {
		try {
			const {mtimeMs, size} = statSync(this.path);
			return {mtimeMs, size};
		} catch {
			return undefined;
		}
	}

	/**
	 * Takes in what another process wrote since: the app kept the feed list it opened with, and its next edit wrote
	 * that list back, dropping a feed `lagebild feeds add` had added meanwhile. A file that is not complete and valid
	 * (an editor saving half of it) is skipped; the next look tries again.
	 */
	#takeOutsideChanges(): {problem: string} | undefined {
		const now = this.#stat();
		if (!now || (this.#seen && now.mtimeMs === this.#seen.mtimeMs && now.size === this.#seen.size)) {
			return undefined;
		}

		let text: string;
		try {
			text = readFileSync(this.path, 'utf8');
		} catch (error) {
			return {problem: describeFsError(error)};
		}

		const syntax = findJsonProblem(text);
		if (syntax) {
			return {problem: `it is not valid JSON now (${syntax.message} at line ${syntax.line}, column ${syntax.column})`};
		}

		const parsed: unknown = JSON.parse(text);
		if (!isCompleteConfig(parsed)) {
			return {problem: 'it does not match the expected format now'};
		}

		this.#seen = now;
		this.#file = parsed;
		this.#data = withDefaults(parsed);
		return undefined;
	}

	/**
	 * Opens config.json in `home`. A file that is not valid JSON or does not match the schema is reported
	 * as a ConfigError and left exactly as it is: nothing is written in that case.
	 *
	 * A file that already holds everything the schema asks for, defaults included (as conf writes it), is read as
	 * it is: conf would accept it and write nothing, and loading conf and building its validator (Ajv compiling the
	 * schema) took ~40 ms of every command's start. Anything else (no file yet, a default to fill in, a violation to
	 * report) goes through conf as before.
	 */
	static async open(home: string, options: {readOnly?: boolean} = {}): Promise<ConfigFile> {
		if (options.readOnly) return ConfigFile.#openReadOnly(home);
		prepareHome(home);
		const file = path.join(home, 'config.json');
		const text = readConfigText(file);
		const parsed = text === undefined ? undefined : parseConfigObject(file, text);
		const unknownKeys = unknownConfigKeys(parsed);
		if (parsed !== undefined && isCompleteConfig(parsed)) {
			return Object.assign(new ConfigFile(home, file, parsed, undefined), {unknownKeys});
		}

		try {
			const conf = await openConf(home);
			return Object.assign(new ConfigFile(home, conf.path, conf.store, conf), {unknownKeys});
		} catch (error) {
			const violation = schemaViolation(error);
			if (violation !== undefined) {
				throw new ConfigError(`config file ${file} does not match the expected format: ${violation}.`, leftAlone);
			}

			throw new ConfigError(`cannot write config file ${file}: ${describeFsError(error)}.`);
		}
	}

	/**
	 * The defaults in memory, read-only, for a config.json that cannot be read (broken JSON, a wrong type): commands
	 * that only read go on with them, the file is never written.
	 */
	static defaultsInMemory(home: string, unreadable?: string): ConfigFile {
		return new ConfigFile(home, path.join(home, 'config.json'), {topics: [], settings: {}, keymap: {}}, undefined, true, unreadable);
	}

	/** config.json read as it is, completed in memory: conf would write the completed file, which cannot be done here. */
	static #openReadOnly(home: string): ConfigFile {
		const file = path.join(home, 'config.json');
		const text = readConfigText(file);
		if (text === undefined) return new ConfigFile(home, file, {topics: [], settings: {}, keymap: {}}, undefined, true);
		const parsed = parseConfigObject(file, text);
		const data = completedConfig(parsed);
		if (!data) throw new ConfigError(`config file ${file} does not match the expected format.`, leftAlone);
		return Object.assign(new ConfigFile(home, file, data, undefined, true), {unknownKeys: unknownConfigKeys(parsed)});
	}

	/** The config as plain data, defaults filled in; as the file is now, when another process changed it. */
	get data(): LagebildConfig {
		this.#takeOutsideChanges();
		return this.#data;
	}

	/**
	 * Applies all changes with one write of the file. The change is made once conf is at hand, from the file as it is
	 * then: two updates under way at once both land.
	 */
	async update(patch: ConfigPatch): Promise<void> {
		if (this.unreadable !== undefined) {
			// Writing the defaults over the user's file would lose their feeds and topics to a typo.
			throw new ConfigError({key: 'configUnreadable', params: {path: this.path}});
		}

		if (this.readOnly) {
			throw new ConfigError(`cannot write config file ${this.path}: the home ${this.home} is not writable, so nothing can be saved.`);
		}

		let conf: Conf<ConfigFileData>;
		try {
			this.#conf ??= openConf(this.home);
			conf = await this.#conf;
		} catch (error) {
			this.#conf = undefined;
			throw writeError(error, this.path);
		}

		// The change goes onto the file as it is now, not as this process last saw it; a file changed into something
		// invalid meanwhile (a hand edit under way) is left alone, as at the start.
		const outside = this.#takeOutsideChanges();
		if (outside) {
			throw new ConfigError(`config file ${this.path} was changed by another program and ${outside.problem}; the change was not saved, so the file stays as it is.`, 'Fix it, then try again.');
		}

		const next: ConfigFileData = {
			...this.#file,
			...(patch.feeds ? {feeds: patch.feeds} : {}),
			...(patch.topics ? {topics: patch.topics} : {}),
			...(patch.keymap ? {keymap: patch.keymap} : {}),
			...(patch.settings ? {settings: {...this.#file.settings, ...patch.settings}} : {}),
		};
		try {
			conf.set(next);
		} catch (error) {
			throw writeError(error, this.path);
		}

		this.#file = next;
		this.#data = withDefaults(next);
		this.#seen = this.#stat();
	}
}
