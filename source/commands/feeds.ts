// `lagebild feeds list | add | remove | import | export`: the configured feed list from the command line.

import {copiedDefaults} from '../config/copied-defaults.js';
import {addFeed, findFeed, removeFeed} from '../config/feed-list.js';
import {FeedUrlError, feedId, feedUrlKey, hostTitle, typedFeedUrl, typedWithoutScheme} from '../config/feed-url.js';
import {exportOpmlFile, importOpmlFile} from '../config/opml-file.js';
import {OpmlError, toOpml} from '../config/opml.js';
import type {FeedToAdd, FoundFeed} from '../feeds/discover.js';
import {ParseError} from '../feeds/feed-error.js';
import type {FeedConfig, FeedState} from '../model/feed.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {type Command, type CommandInput, UserError} from './command.js';
import {type AppContext, openContext} from './context.js';
import {loadDefaultFeeds} from './default-feeds.js';
import {cliLanguage, cliText, type CliText} from '../i18n/cli-text.js';
import {errorInLanguage, type KeyedWords} from '../i18n/error-texts.js';
import {failingShownMs, failingText, format, messagesFor, type UiLanguage} from '../i18n/index.js';

export const feedsUsage = `Usage:
  lagebild feeds list
  lagebild feeds add URL [--title T] [--tag X]... [--as-is]
  lagebild feeds remove URL|ID|TITLE...
  lagebild feeds import FILE.opml|~/.newsboat/urls
  lagebild feeds export [FILE.opml]`;

type StateWithTitle = FeedState & {title?: string};


/** Sanitised again here: a hand-edited config.json is read as written. */
export function displayTitle(feed: FeedConfig, state?: StateWithTitle): string {
	return sanitizeLine(feed.title || state?.title || hostTitle(feed.url));
}

/** The text in a column of `width` characters, the last one always a space. */
function fit(text: string, width: number): string {
	const chars = [...text.replaceAll(/\s+/g, ' ')];
	const room = width - 1;
	const shown = chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : chars.join('');
	return shown + ' '.repeat(width - [...shown].length);
}

function formatTime(iso: string | null | undefined): string {
	if (!iso) {
		return '—';
	}

	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) {
		return '—';
	}

	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The feed table of `feeds list`, in the app's language: a failing feed's error as the feed manager says it, and how
 * long it has been failing in the words of the manager and the refresh summary ("failing for 33d"). Exported for tests.
 */
export function formatFeedTable(feeds: readonly FeedConfig[], states: ReadonlyMap<string, StateWithTitle>, language: UiLanguage = 'en', now = new Date()): string {
	const messages = messagesFor(language);
	const lines = [`${fit('ID', 7)}${fit('TITLE', 30)}${fit('TAGS', 18)}${fit('ON', 4)}${fit('STATUS', 14)}${fit('LAST FETCH', 18)}${fit('ARTICLES', 9)}URL`];
	for (const feed of feeds) {
		const state = states.get(feed.url);
		lines.push(fit(feedId(feed.url), 7)
			+ fit(displayTitle(feed, state), 30)
			+ fit(feed.tags.join(',') || '—', 18)
			+ fit(feed.enabled ? 'yes' : 'no', 4)
			+ fit(state?.status ?? 'new', 14)
			+ fit(formatTime(state?.lastFetch), 18)
			+ fit(String(state?.articleCount ?? 0), 9)
			+ feed.url);
		if (state?.status === 'error' && state.error) {
			const failing = failingText(state.failingSince, now, messages, failingShownMs);
			lines.push(`${' '.repeat(7)}✗ ${errorInLanguage(state.errorText ?? state.error, messages)}${failing ? ` (${failing})` : ''}`);
		}
	}

	// Tags and errors of a hand-edited config or an old store are printed too: nothing in them may reach the terminal.
	return sanitizeText(lines.join('\n'));
}

/** A field of a tab-separated row: whole, on one line (tabs and line breaks as spaces), no control or escape characters. */
const field = sanitizeLine;

/** When a failing feed's run of failures began, as ISO 8601 UTC; '' for a feed that is not failing. */
function failingSinceField(state: StateWithTitle | undefined): string {
	if (state?.status !== 'error' || !state.failingSince) return '';
	const since = new Date(state.failingSince);
	return Number.isNaN(since.getTime()) ? '' : since.toISOString();
}

/**
 * `feeds list` when stdout is no terminal: tab-separated, one header row and one row per feed, every field whole
 * (the table cuts titles to its column). For a failing feed FAILING SINCE is when its failures began (ISO 8601, UTC)
 * and ERROR, last, its error as stored (English): fields a script reads the same under any language; else both empty.
 */
export function formatFeedTsv(feeds: readonly FeedConfig[], states: ReadonlyMap<string, StateWithTitle>): string {
	const lines = [['ID', 'TITLE', 'TAGS', 'ON', 'STATUS', 'LAST FETCH', 'ARTICLES', 'URL', 'FAILING SINCE', 'ERROR'].join('\t')];
	for (const feed of feeds) {
		const state = states.get(feed.url);
		lines.push([
			feedId(feed.url),
			displayTitle(feed, state),
			feed.tags.join(','),
			feed.enabled ? 'yes' : 'no',
			state?.status ?? 'new',
			formatTime(state?.lastFetch),
			String(state?.articleCount ?? 0),
			feed.url,
			failingSinceField(state),
			state?.status === 'error' ? state.error : '',
		].map(field).join('\t'));
	}

	return lines.join('\n');
}

/** What the command says, in the app's language (its uiLanguage setting, else the locale). */
function textOf(context: AppContext, input: CommandInput): CliText {
	return cliText(cliLanguage(context.settings.uiLanguage, input.io.env));
}

/** A fetch's or parser's reason ("connection refused", "not a feed (got JSON)") as the app says it in its language. */
function inLanguage(context: AppContext, input: CommandInput, reason: KeyedWords): string {
	return errorInLanguage(reason, messagesFor(cliLanguage(context.settings.uiLanguage, input.io.env)));
}

function configuredOrDefault(context: AppContext): {feeds: FeedConfig[]; fromDefaults: boolean} {
	const {feeds, feedsConfigured} = context.config.data;
	return feedsConfigured ? {feeds, fromDefaults: false} : {feeds: loadDefaultFeeds(), fromDefaults: true};
}

async function list(context: AppContext, input: CommandInput): Promise<number> {
	const states = new Map(context.store.feedStates().map(state => [state.url, state]));
	const {stdout, stderr} = input.io;
	// Piped or redirected: the rows alone on stdout, tab-separated and whole; the default-list note on stderr, no count.
	const terminal = stdout.isTTY === true;
	const notes = terminal ? stdout : stderr;
	const text = textOf(context, input);
	if (context.usingDefaultFeeds) {
		notes.write(`${text.defaultListInUse}\n${terminal ? '\n' : ''}`);
	} else if (context.feeds.length === 0) {
		stdout.write(`${text.emptyListHint}\n`);
		return 0;
	}

	stdout.write(`${terminal ? formatFeedTable(context.feeds, states, cliLanguage(context.settings.uiLanguage, input.io.env)) : formatFeedTsv(context.feeds, states)}\n`);
	if (!terminal) return 0;
	const enabled = context.feeds.filter(feed => feed.enabled).length;
	stdout.write(`\n${text.listCount(context.feeds.length, enabled, context.config.path)}\n`);
	return 0;
}

async function add(context: AppContext, input: CommandInput): Promise<number> {
	const url = input.args[1];
	if (!url) {
		throw new UserError(`lagebild: feeds add needs a URL.\n${feedsUsage}`, 2);
	}

	const {feeds, fromDefaults} = configuredOrDefault(context);
	// "example.org/rss" is taken as https://example.org/rss, as in the feed manager; anything else gets addFeed's message.
	const typed = typedFeedUrl(url) ?? url;
	const newFeed = (address: string) => ({url: address, ...(input.flags.title ? {title: input.flags.title} : {}), tags: input.flags.tag});
	// A typo, a duplicate or an address other than http(s) is refused before anything goes over the network.
	addFeed(feeds, newFeed(typed));
	const listed = (address: string) => feeds.some(feed => feedUrlKey(feed.url) === feedUrlKey(address));
	const found = input.flags.asIs || context.offline ? undefined : await lookAt(typed, context, input, typedWithoutScheme(url), listed);
	const next = addFeed(feeds, newFeed(found?.url ?? typed));
	await context.config.update({feeds: next});
	const added = next.at(-1)!;
	// The feed's own title, as a refresh would store it: not the config's title, which is the user's own choice.
	if (found?.title) context.store.setFeedTitle(added.url, found.title);
	const title = input.flags.title || !found?.title ? displayTitle(added) : found.title;
	const text = textOf(context, input);
	input.io.stdout.write(`${text.added(title, feedId(added.url), added.url)}\n`);
	if (fromDefaults) {
		input.io.stdout.write(`${text.defaultsCopied(feeds.length)}\n`);
	}

	return 0;
}

/**
 * What the address holds, before it is added: a feed is taken with its own title; a web page gives the first working
 * feed it names (the others are listed to add by hand); anything else is refused. An address that cannot be reached is
 * added as typed, with a warning, so a feed list can be edited offline.
 */
async function lookAt(address: string, context: AppContext, input: CommandInput, typedWithoutScheme: boolean, listed: (url: string) => boolean): Promise<FoundFeed | undefined> {
	// Loaded here: the HTML parser it brings is for this one question, not for every feeds command.
	const {feedToAdd, NothingAtAddress, pageFeedToAdd} = await import('../feeds/discover.js');
	let found: FeedToAdd;
	try {
		found = await feedToAdd(address, context.settings, undefined, {typedWithoutScheme});
	} catch (error) {
		if (!(error instanceof ParseError)) throw error;
		// "127.0.0.1:8080/typo" answered 404 over http: named so, not as the https address it was first taken for.
		const where = error instanceof NothingAtAddress ? error.url : address;
		throw new UserError(textOf(context, input).notAFeed(where, inLanguage(context, input, error)));
	}

	switch (found.kind) {
		case 'unreachable':
			input.io.stderr.write(`${textOf(context, input).couldNotCheck(address, inLanguage(context, input, found.reason))}\n`);
			return undefined;
		case 'feed':
			return found.feed;
		case 'page': {
			// The page's first feed may be in the list already: then the next one is added, and "(added)" goes with it.
			const chosen = pageFeedToAdd(found.feeds as [FoundFeed, ...FoundFeed[]], listed);
			const others = found.feeds.filter(feed => feed !== chosen && !listed(feed.url));
			const text = textOf(context, input);
			input.io.stdout.write(`${text.pageNames(address, found.feeds.length)}\n`);
			for (const feed of found.feeds) {
				input.io.stdout.write(`  ${feed.title || hostTitle(feed.url)} — ${feed.url}${feed === chosen && !listed(feed.url) ? text.addedMark : ''}\n`);
			}
			if (others.length > 0) input.io.stdout.write(`${text.addAnother}\n`);
			return chosen;
		}
	}
}

/**
 * The URL of the one feed called `title` as `feeds list` shows it (its title in the config, else its own), in any case:
 * a new user removes "Slashdot" or "DER SPIEGEL – Ausland" by the name they read, not by its ID. A title that several
 * feeds share names none of them, and says which.
 */
function feedTitled(feeds: readonly FeedConfig[], ownTitles: ReadonlyMap<string, string>, title: string, text: CliText): string | undefined {
	const wanted = title.trim().toLocaleLowerCase();
	const matches = feeds.filter(feed => [feed.title, ownTitles.get(feed.url) ?? ''].some(name => name !== '' && sanitizeLine(name).toLocaleLowerCase() === wanted));
	if (matches.length > 1) {
		throw new UserError(`lagebild: ${text.titleShared(title, matches.length, matches.map(feed => `${feedId(feed.url)} ${feed.url}`).join(', '))}`);
	}

	return matches[0]?.url;
}

async function remove(context: AppContext, input: CommandInput): Promise<number> {
	const targets = input.args.slice(1);
	if (targets.length === 0) {
		throw new UserError(`lagebild: feeds remove needs a URL or ID.\n${feedsUsage}`, 2);
	}

	// Every target is looked up before anything changes: a typo in one of several IDs removes none of them.
	let {feeds} = configuredOrDefault(context);
	const ownTitles = new Map(context.store.feedStates().map(state => [state.url, state.title]));
	const removed: FeedConfig[] = [];
	const text = textOf(context, input);
	for (const target of targets) {
		const urlOrId = findFeed(feeds, target) ? target : feedTitled(feeds, ownTitles, target, text);
		if (urlOrId === undefined) throw new UserError(`lagebild: ${text.noFeedToRemove(target)}`);
		const result = removeFeed(feeds, urlOrId);
		feeds = result.feeds;
		removed.push(result.removed);
	}

	await context.config.update({feeds});
	for (const feed of removed) {
		const deleted = context.store.removeFeed(feed.url);
		input.io.stdout.write(`${textOf(context, input).removed(displayTitle(feed), feedId(feed.url), feed.url, deleted)}\n`);
	}

	return 0;
}

async function importOpml(context: AppContext, input: CommandInput): Promise<number> {
	const file = input.args[1];
	if (!file) {
		throw new UserError(`lagebild: feeds import needs an OPML file or a newsboat urls file.\n${feedsUsage}`, 2);
	}

	// A first import replaces the default list rather than joining it (as in the app): said, or the defaults just vanish.
	const replacesDefaults = !context.sourceMode && !context.config.data.feedsConfigured;
	const result = await importOpmlFile(context.config, file);
	input.io.stdout.write(`${textOf(context, input).imported({
		added: result.added.length,
		found: result.found,
		file,
		newsboat: result.format === 'newsboat',
		duplicates: result.duplicates,
		notFeeds: result.notFeeds,
		unreadable: result.unreadableLines,
	})}\n`);
	for (const note of result.notes) {
		input.io.stdout.write(`  • ${note}\n`);
	}

	if (replacesDefaults && result.added.length > 0) {
		const messages = messagesFor(cliLanguage(context.settings.uiLanguage, input.io.env));
		input.io.stdout.write(`${format(messages.done.importReplacedDefaults, {n: loadDefaultFeeds().length})}\n`);
	} else if (!replacesDefaults && !context.sourceMode && result.added.length > 0) {
		// A first `feeds add` copied the defaults, then the user's own list came (walk 11 #226): while the copies are
		// untouched, the command that drops them is said, with their IDs — said, not done: an import never removes, and
		// the IDs are exactly the copies this file does not name, which a later command could no longer tell.
		const defaults = loadDefaultFeeds();
		const copies = copiedDefaults(context.config.data.feeds, defaults, result.named);
		if (copies.length > 0) {
			input.io.stdout.write(`${textOf(context, input).defaultsStillListed(copies.map(feed => feedId(feed.url)), defaults.length - copies.length)}\n`);
		}
	}

	return 0;
}

async function exportOpml(context: AppContext, input: CommandInput): Promise<number> {
	// A feed without a title of the user's is exported under the one it gives itself, not its host name.
	const titles = new Map(context.store.feedStates().map(state => [state.url, state.title]));
	const feeds = (context.sourceMode ? context.feeds : configuredOrDefault(context).feeds).map(feed => (feed.title || !titles.get(feed.url) ? feed : {...feed, title: titles.get(feed.url)!}));
	const file = input.args[1];
	if (!file || file === '-') {
		input.io.stdout.write(toOpml(feeds));
		return 0;
	}

	const written = exportOpmlFile(feeds, file);
	input.io.stdout.write(`${textOf(context, input).exported(written, file)}\n`);
	return 0;
}

const subcommands: Record<string, (context: AppContext, input: CommandInput) => Promise<number>> = {
	list,
	ls: list,
	add,
	remove,
	rm: remove,
	import: importOpml,
	export: exportOpml,
};

export const run: Command = async input => {
	const name = input.args[0] ?? 'list';
	const subcommand = subcommands[name];
	if (!subcommand) {
		throw new UserError(`lagebild: unknown feeds command ${JSON.stringify(name)}.\n${feedsUsage}`, 2);
	}

	// Listing and exporting only read: they work on a home the user cannot write (with one warning).
	const reading = subcommand === list || subcommand === exportOpml;
	const context = await openContext(input.flags, {seed: false, env: input.io.env, access: reading ? 'read' : 'write', brokenConfig: 'refuse'});
	try {
		// The read-only note, and keys of config.json lagebild does not read.
		for (const warning of context.warnings) input.io.stderr.write(`lagebild: ${warning}\n`);
		if (context.sourceMode && name !== 'list' && name !== 'ls' && name !== 'export') {
			throw new UserError('lagebild: --source feeds are read-only; feeds add/remove/import change the configured list, so drop --source.', 2);
		}

		return await subcommand(context, input);
	} catch (error) {
		if (error instanceof FeedUrlError) throw new UserError(`lagebild: ${textOf(context, input).feedListError(error)}`);
		if (error instanceof OpmlError) throw new UserError(`lagebild: ${inLanguage(context, input, error)}`);

		throw error;
	} finally {
		context.close();
	}
};
