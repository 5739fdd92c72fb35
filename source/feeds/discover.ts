// Finding the feed behind an address a user types: the address itself, the feeds its web page names, or a site's usual feed paths.

import {parseHTML} from 'linkedom';
import type {ErrorText, FeedErrorKey} from '../i18n/error-keys.js';
import {sanitizeLine} from '../text/sanitize.js';
import {FetchError, HttpStatusError, ParseError} from './feed-error.js';
import type {FetchSettings} from './fetch.js';
import {fetchFeed} from './fetch.js';
import {extractFeed} from './parse.js';

/** A feed found for an address: where it is and what it calls itself. */
export interface FoundFeed {
	url: string;
	title: string;
}

export type FeedCheck =
	/** The address is a feed. */
	| {kind: 'feed'; feed: FoundFeed}
	/** The address is a web page; `feeds` are the working feeds it names (or its site keeps at a usual path), best first. */
	| {kind: 'page'; pageUrl: string; feeds: FoundFeed[]}
	/** Neither a feed nor a page that leads to one; `reason` is the parser's one line ("not a feed (got JSON)"). */
	| {kind: 'not-feed'; reason: string};

const feedTypes = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+xml', 'application/xml', 'text/xml']);

/** Paths where sites built on the common publishing systems keep their main feed (WordPress, Ghost, Hugo, Jekyll, Blogger). */
const usualFeedPaths = ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml', '/feeds/posts/default'];

/**
 * Where a page's site may keep its feed: the usual paths under the first folder of the page's path first (a WordPress
 * or Ghost blog in a subfolder keeps /blog/feed, and its posts sit deeper: /blog/2024/05/my-post/), then at the host's
 * root. Not the page's own folder: on WordPress a post's /feed is that post's comments.
 */
export function usualFeedAddresses(pageUrl: string): string[] {
	const {origin, pathname} = new URL(pageUrl);
	const first = /^\/[^/]+(?=\/)/u.exec(pathname)?.[0];
	const roots = first === undefined ? [origin] : [origin + first, origin];
	return roots.flatMap(root => usualFeedPaths.map(path => root + path));
}

/** A post's or a site's comments feed ("Comments on: …", "Kommentare zu: …", "Comments for …"): not the news. */
const commentsFeed = /^(?:comments (?:on|for)|kommentare (?:zu|für))\b/iu;

/** How many feeds a page names are checked at most: pages list one feed per category, and the first few are the main ones. */
const maxCheckedLinks = 6;

/**
 * The feeds a web page announces with `<link rel="alternate" type="application/rss+xml" href=…>` (or Atom / RDF), as
 * absolute http(s) addresses in page order, without repeats. The page's own address resolves relative ones (a
 * `<base href>` wins).
 */
export function feedLinksInPage(html: string, pageUrl: string): FoundFeed[] {
	const {document} = parseHTML(html);
	let base = pageUrl;
	const baseHref = document.querySelector('base[href]')?.getAttribute('href');
	if (baseHref) {
		try {
			base = new URL(baseHref, pageUrl).href;
		} catch {
			// A broken <base> is ignored, as browsers do.
		}
	}

	const found: FoundFeed[] = [];
	const seen = new Set<string>();
	for (const link of document.querySelectorAll('link[href]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
		if (!rel.includes('alternate') || !feedTypes.has(type)) continue;
		let url: URL;
		try {
			url = new URL(link.getAttribute('href')!, base);
		} catch {
			continue;
		}

		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) continue;
		seen.add(url.href);
		found.push({url: url.href, title: sanitizeLine(link.getAttribute('title') ?? '').slice(0, 200)});
	}

	return found;
}

/** The feed `text` at `url` is, with its own title; the parser's error when it is none. */
async function parseAsFeed(text: string, url: string, settings: FetchSettings): Promise<FoundFeed | ParseError> {
	try {
		const feed = await extractFeed(text, {feedUrl: url, fetchedAt: new Date().toISOString(), settings: {maxItemsPerFeed: 1, maxArticleChars: 200, maxBodyBytes: settings.maxBodyBytes}});
		return {url, title: feed.title};
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw error;
	}
}

/** Fetches `url` and keeps it when it is a feed; a page, an error or a timeout count as "no feed here". */
async function workingFeed(url: string, settings: FetchSettings, signal?: AbortSignal): Promise<FoundFeed | undefined> {
	try {
		const result = await fetchFeed(url, {}, settings, signal);
		if (result.status !== 'ok') return undefined;
		const parsed = await parseAsFeed(result.text, url, settings);
		return parsed instanceof ParseError ? undefined : parsed;
	} catch {
		return undefined;
	}
}

/**
 * Looks at what an address holds before it joins the feed list. A feed is taken as it is. A web page leads to the
 * feeds it names (each fetched, so only working ones are offered, with the title the feed gives itself, or the page's
 * link title); a page that names none leads to the site's usual feed paths. Network errors of the address itself are
 * thrown (FetchError, one readable line): the caller decides whether to add it unchecked.
 */
export async function checkFeedAddress(address: string, settings: FetchSettings, signal?: AbortSignal): Promise<FeedCheck> {
	const result = await fetchFeed(address, {}, settings, signal);
	if (result.status !== 'ok') return {kind: 'feed', feed: {url: address, title: ''}};
	const text = result.text;
	const parsed = await parseAsFeed(text, address, settings);
	if (!(parsed instanceof ParseError)) return {kind: 'feed', feed: parsed};
	if (!parsed.message.includes('HTML page')) return {kind: 'not-feed', reason: parsed.message};

	const pageUrl = result.finalUrl;
	const named = feedLinksInPage(text, pageUrl).slice(0, maxCheckedLinks);
	const checked = await Promise.all(named.map(async link => {
		const feed = await workingFeed(link.url, settings, signal);
		return feed ? {url: feed.url, title: feed.title || link.title} : undefined;
	}));
	let feeds = checked.filter((feed): feed is FoundFeed => feed !== undefined);
	if (feeds.length === 0) {
		const usual = await Promise.all(usualFeedAddresses(pageUrl).map(async url => workingFeed(url, settings, signal)));
		// /feed and /rss often redirect to the same document: one entry per title and address is enough.
		const seen = new Set<string>();
		feeds = usual.filter((feed): feed is FoundFeed => feed !== undefined && !commentsFeed.test(feed.title)).filter(feed => {
			const key = feed.title || feed.url;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	}

	return feeds.length > 0 ? {kind: 'page', pageUrl, feeds} : {kind: 'not-feed', reason: 'not a feed (got an HTML page that names no feed)'};
}

/**
 * The server answered that nothing is at the address (404 Not Found, 410 Gone): most often a typo in the path. Refused
 * like a page that leads to no feed; a server that fails for now (5xx, 429, 403) is kept, as an unreachable one is.
 * `url` is where it was asked (over http for an address typed without a scheme that only http answered).
 */
export class NothingAtAddress extends ParseError {
	override name = 'NothingAtAddress';
	constructor(error: string | ErrorText<FeedErrorKey>, readonly url: string) {
		super(error);
	}
}

function nothingThere(error: unknown, url: string): NothingAtAddress | undefined {
	if (!(error instanceof HttpStatusError) || (error.status !== 404 && error.status !== 410)) return undefined;
	// The refresh's wording for 410 says to remove the feed; here it was never added.
	return new NothingAtAddress({key: 'http', params: {status: String(error.status), reason: error.status === 410 ? 'Gone' : (error.params.reason ?? '')}}, url);
}

/**
 * An address typed without its scheme is taken as https, as a browser takes it; like a browser, when no https server
 * answers there (a plain http server's answer to the handshake, or no server on the https port) the same address over
 * http is tried. A local feed ("localhost:8080/rss", a NAS, RSS-Bridge) was added as https and failed on every refresh.
 * Undefined when http cannot be reached either. What the http server answers is the address's answer: a 404 (a typo) is
 * thrown as NothingAtAddress, and a page that leads to no feed is returned as such (refused by the caller) — it had been
 * added as the https address nothing answers.
 */
async function overPlainHttp(address: string, error: FetchError, settings: FetchSettings, signal?: AbortSignal): Promise<FeedCheck | undefined> {
	if (!address.startsWith('https://') || !/^(?:TLS error|connection refused$)/u.test(error.message)) return undefined;
	const plain = `http://${address.slice('https://'.length)}`;
	try {
		return await checkFeedAddress(plain, settings, signal);
	} catch (retry) {
		const nothing = nothingThere(retry, plain);
		if (nothing) throw nothing;
		if (retry instanceof FetchError) return undefined;
		throw retry;
	}
}

/**
 * Which of the feeds a page names joins the list: the first not in it yet. A site's main feed is often there already
 * (its page typed to find a second one); when every one is, the first, for the caller's "already in the feed list".
 */
export function pageFeedToAdd(feeds: readonly [FoundFeed, ...FoundFeed[]], listed: (url: string) => boolean): FoundFeed {
	return feeds.find(feed => !listed(feed.url)) ?? feeds[0];
}

/** What joins the feed list for a typed address: the feed, the page's first feed, or the address as typed when it cannot be reached. */
export type FeedToAdd = Exclude<FeedCheck, {kind: 'not-feed'}> | {kind: 'unreachable'; reason: string};

/**
 * The decision `lagebild feeds add` and the feed manager share: checkFeedAddress, with an unreachable address kept
 * (so a list can be edited without a connection; the next refresh tells) and one that leads to no feed refused by a
 * ParseError carrying what it is (NothingAtAddress for a 404 / 410: a typo was added and failed on every refresh).
 */
export async function feedToAdd(address: string, settings: FetchSettings, signal?: AbortSignal, options: {typedWithoutScheme?: boolean} = {}): Promise<FeedToAdd> {
	let check: FeedCheck;
	try {
		check = await checkFeedAddress(address, settings, signal);
	} catch (error) {
		if (!(error instanceof FetchError)) throw error;
		const nothing = nothingThere(error, address);
		if (nothing) throw nothing;
		const plain = options.typedWithoutScheme ? await overPlainHttp(address, error, settings, signal) : undefined;
		if (!plain) return {kind: 'unreachable', reason: error.message};
		check = plain;
	}

	if (check.kind === 'not-feed') throw new ParseError(check.reason);
	return check;
}
