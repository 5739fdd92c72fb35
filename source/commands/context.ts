// Everything a command needs, opened once: home, config, store, settings and the feeds in use.

import {accessSync, constants, existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {ConfigError, ConfigFile, HomeNotWritableError, resolveHome} from '../config/config-file.js';
import type {FeedConfig, Settings} from '../model/feed.js';
import {ArticleStore} from '../store/article-store.js';
import {isBusyError} from '../store/busy-retry.js';
import type {CliFlags} from './command.js';
import {UserError} from './command.js';
import {bundledFeedsDir} from './project-root.js';
import {sanitizePrinted} from '../text/sanitize.js';

export interface AppContext {
	home: string;
	config: ConfigFile;
	store: ArticleStore;
	settings: Settings;
	/** The feeds in use: the --source ones, else the configured ones, else the default list. */
	feeds: FeedConfig[];
	usingDefaultFeeds: boolean;
	/** True with --source: the store is in memory and the config's feeds are not used. */
	sourceMode: boolean;
	offline: boolean;
	/**
	 * Why nothing can be saved (a home or store the user cannot write), when a command that only reads opened it
	 * read-only; undefined when it can be written.
	 */
	readOnly?: string;
	/**
	 * Why config.json could not be read (broken JSON, a wrong type), when it is read past with the defaults: its path
	 * and the problem. Nothing is then written to it, and no feed is fetched (the user's list is not known).
	 */
	configProblem?: string;
	/** One line per source or snapshot that could not be read. */
	warnings: string[];
	close(): void;
}

/** Days after which the store removes articles; 0 when nothing is removed (retention off, or --source reading its files whole). */
export function retentionInEffect(context: Pick<AppContext, 'sourceMode' | 'settings'>): number {
	return context.sourceMode ? 0 : context.settings.retentionDays;
}

export interface OpenContextOptions {
	/** Fill an empty store from the bundled snapshots when the feed list is the default one (default true; refresh and feeds pass false). */
	seed?: boolean;
	env?: NodeJS.ProcessEnv;
	/**
	 * 'read' for commands that only read (brief, search, feeds list): a home or store the user cannot write is opened
	 * read-only, with one warning, instead of refused. Default 'write': such a home or store stops the command.
	 */
	access?: 'read' | 'write';
	/**
	 * A config.json that cannot be read (broken JSON, a wrong type): 'defaults' goes on with the default settings,
	 * topics and feeds, read-only, with one warning; 'refuse' stops. Default: 'defaults' for access 'read', else
	 * 'refuse' (`feeds list` and `export` refuse: the default list would pass for the user's).
	 */
	brokenConfig?: 'defaults' | 'refuse';
}

/** Appended to the stop of a command that writes: what still works. */
const readingStillWorks = 'Commands that only read (lagebild brief, search, feeds list) still work on it.';


const snapshotFeedFile = /\.(?:xml|rss|atom|rdf)$/iu;

/**
 * The bundled snapshot files the store still lacks: all of them in an empty store; in a store that holds nothing but
 * snapshot feeds, those not stored yet — each feed is its own transaction, and a first start stopped while it
 * seeded (Ctrl-C a second in) kept 40 of the sample's 228 stories for good, the store being no longer empty.
 */
function unseededSnapshots(store: ArticleStore, dir: string): string[] {
	const files = readdirSync(dir).filter(name => snapshotFeedFile.test(name)).map(name => path.join(dir, name));
	if (store.count() === 0) return files;
	const stored = new Set(store.feedStates().map(state => state.url));
	const snapshotUrls = new Set(files.map(file => pathToFileURL(file).href));
	if ([...stored].some(url => !snapshotUrls.has(url))) return [];
	return files.filter(file => !stored.has(pathToFileURL(file).href));
}

/** Loads the bundled snapshot feeds (feeds/snapshots/) the store lacks; returns how many articles were added. */
export async function seedFromSnapshots(store: ArticleStore, settings: Settings): Promise<{added: number; errors: string[]}> {
	const dir = path.join(bundledFeedsDir(), 'snapshots');
	if (!existsSync(dir)) {
		return {added: 0, errors: []};
	}

	const files = unseededSnapshots(store, dir);
	if (files.length === 0) return {added: 0, errors: []};
	const before = store.count();
	// Snapshot items purged by an earlier retention run may come back: the cache is empty and they are all there is.
	store.forgetPurged(files.map(file => pathToFileURL(file).href));
	const {loadSources} = await import('../feeds/sources.js');
	const {errors} = await loadSources(files, settings, {store});
	return {added: store.count() - before, errors};
}

export function storeFile(home: string): string {
	return path.join(home, 'lagebild.db');
}

/** Why the existing store file cannot be written, or undefined. */
function storeWriteProblem(file: string): string | undefined {
	if (!existsSync(file)) return undefined;
	try {
		accessSync(file, constants.W_OK);
		return undefined;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : (error instanceof Error ? error.message : String(error));
	}
}

/** `readOnly`: open an existing file for reading only; a missing one gives an empty store in memory. */
function openStoreFile(file: string, readOnly = false): ArticleStore {
	// SQLite opens a file it cannot write read-only without a word, and every write then fails: a refresh fetched
	// all 200 feeds to report each as "attempt to write a readonly database" and asked whether the network was up.
	const problem = readOnly ? undefined : storeWriteProblem(file);
	if (problem) {
		throw new UserError(`lagebild: the article store ${file} is read-only (${problem}); lagebild keeps new articles and read marks there. Make it writable (chmod u+w) or use another --home. ${readingStillWorks}`);
	}

	try {
		if (readOnly) return existsSync(file) ? new ArticleStore(file, {readOnly: true}) : new ArticleStore(':memory:');
		return new ArticleStore(file);
	} catch (error) {
		// Another program's lock is no reason to move the store away (and lose its marks): said as such by runCli.
		if (isBusyError(error)) throw error;
		const message = error instanceof Error ? error.message : String(error);
		// Nothing else lives in the store that config.json does not hold: moving it away loses only cached articles and marks.
		throw new UserError(`lagebild: cannot open the article store ${file}: ${message}. It is left as it is; move it away to start with an empty cache (feeds, topics and settings are in config.json).`);
	}
}

/** Opens home, config and store; throws ConfigError or UserError with a message for the user. */
export async function openContext(flags: Pick<CliFlags, 'home' | 'source' | 'offline'>, options: OpenContextOptions = {}): Promise<AppContext> {
	const home = resolveHome(flags.home, options.env ?? process.env);
	const reading = options.access === 'read';
	let readOnly: string | undefined;
	let config: ConfigFile;
	let brokenConfig: string | undefined;
	try {
		config = await ConfigFile.open(home);
	} catch (error) {
		if (error instanceof ConfigError && !(error instanceof HomeNotWritableError) && (options.brokenConfig ?? (reading ? 'defaults' : 'refuse')) === 'defaults') {
			// A typo in config.json kept even `brief` from reading the stored news: said once, the file left alone.
			config = ConfigFile.defaultsInMemory(home, error.problem.replace(/\.$/u, ''));
			brokenConfig = `${error.problem} Reading with the default settings and topics until it is fixed (the file is left as it is).`;
		} else {
			if (!(error instanceof HomeNotWritableError)) {
				// The app and the writing commands stop; say what still reads the news meanwhile.
				if (error instanceof ConfigError && !reading) throw new ConfigError(error.problem, `${error.advice} The app (lagebild), lagebild brief and lagebild search still read the stored articles meanwhile.`.trim());
				throw error;
			}

			if (!reading) throw new UserError(`${error.message} ${readingStillWorks}`);
			config = await ConfigFile.open(home, {readOnly: true});
			readOnly = `the home ${home} is not writable (${error.reason})`;
		}
	}

	const {settings} = config.data;
	// A typo in a key ("retentionDay") left the setting at its default without a word: named, and ignored as before.
	const warnings: string[] = config.unknownKeys.map(problem => `${config.path}: ${problem}; ignored`);
	if (brokenConfig) warnings.push(brokenConfig);
	const sourceMode = flags.source.length > 0;
	let store: ArticleStore;
	let feeds: FeedConfig[] | undefined;
	let usingDefaultFeeds = false;
	let loadDefaultFeeds: (() => FeedConfig[]) | undefined;
	if (sourceMode) {
		// Loaded here, not at the top: the feed parsers are not needed to open an existing store (the app's start).
		const {loadSources} = await import('../feeds/sources.js');
		const loaded = await loadSources(flags.source, settings);
		store = loaded.store;
		feeds = loaded.feeds;
		warnings.push(...loaded.errors);
		if (feeds.length === 0) {
			store.close();
			throw new UserError(`lagebild: none of the --source paths could be read:\n${loaded.errors.map(line => `  ✗ ${line}`).join('\n')}`);
		}
	} else {
		const file = storeFile(home);
		const storeProblem = reading && !readOnly ? storeWriteProblem(file) : undefined;
		if (storeProblem) readOnly = `the article store ${file} is read-only (${storeProblem})`;
		store = openStoreFile(file, readOnly !== undefined);
		// Said once, on stderr, before anything else: read marks and the analysis cache are not kept this time.
		if (readOnly) {
			readOnly = `${readOnly}: reading only, nothing is saved (read marks, analysis cache).`;
			warnings.push(readOnly);
		}
		// The default list is parsed (OPML) when first asked for: the app's start does not need it (~10 ms).
		// Only a config without a feed list gets it: an emptied list stays empty.
		usingDefaultFeeds = !config.data.feedsConfigured && !brokenConfig;
		feeds = usingDefaultFeeds ? undefined : config.data.feeds;
		// The user's list is in the file that cannot be read: the feeds the store knows stand for it (the default list
		// would pass for theirs), to be looked at, not fetched.
		if (brokenConfig) feeds = store.feedStates().filter(state => /^https?:/iu.test(state.url)).map(state => ({url: state.url, title: '', tags: [], enabled: true}));
		// Its module is loaded only then: a refresh of the user's own list starts its parse worker 10–25 ms sooner
		// without it. The build's parse is read now (well under 1 ms); the XML parser (~10 ms of CPU to load its
		// code) only when feeds/default.opml changed since the build.
		if (usingDefaultFeeds) {
			const built = (await import('./default-feeds-built.js')).loadBuiltDefaultFeeds();
			({loadDefaultFeeds} = built ? {loadDefaultFeeds: () => built} : await import('./default-feeds.js'));
		}

		// Only without a list of the reader's own (the default list, or one that cannot be read): their own list briefs
		// their feeds, not the bundled 2022 headlines beside them.
		if ((options.seed ?? true) && !config.data.feedsConfigured && !store.readOnly) {
			try {
				const seeded = await seedFromSnapshots(store, settings);
				warnings.push(...seeded.errors);
			} catch (error) {
				warnings.push(`bundled snapshots: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	}

	return {
		home,
		config,
		store,
		settings,
		get feeds() {
			feeds ??= loadDefaultFeeds?.() ?? [];
			return feeds;
		},
		set feeds(value) {
			feeds = value;
		},
		usingDefaultFeeds,
		sourceMode,
		offline: flags.offline,
		...(readOnly === undefined ? {} : {readOnly}),
		...(brokenConfig === undefined ? {} : {configProblem: brokenConfig}),
		// A key of a hand-edited config is echoed in them; refresh prints them to its terminal as they are.
		warnings: warnings.map(warning => sanitizePrinted(warning)),
		close() {
			store.close();
		},
	};
}

