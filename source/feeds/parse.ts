// Feed text to Articles: rss-parser behind our own function; its items are then normalised by normalize.ts.

import {createRequire} from 'node:module';
import type Parser from 'rss-parser';
import {webUrl} from '../text/article-links.js';
import {normalizeLanguageTag} from '../text/language.js';
import {sanitizeLine} from '../text/sanitize.js';
import {ParseError} from './feed-error.js';
import {loadRssParser} from './rss-parser-load.js';
import {type ExtractedFeed, type FeedInfo, type ItemText, lineText, normalizeFeed, type ParsedFeed, type ParseFeedOptions} from './normalize.js';

export type {ExtractedFeed, ParsedFeed, ParseFeedOptions} from './normalize.js';

// xml2js renders elements with attributes as {_: text, $: attributes}; some feeds put those where text is expected.
type XmlValue = string | {_?: unknown; $?: Record<string, string>} | XmlValue[] | undefined | null;

interface ItemExtra {
	'content:encoded'?: XmlValue;
	'dc:creator'?: XmlValue;
	'media:content'?: XmlValue[];
	creator?: XmlValue;
	author?: XmlValue;
	summary?: XmlValue;
	id?: XmlValue;
	date?: XmlValue;
	language?: XmlValue;
	'rdf:about'?: string;
	'feedburner:origLink'?: XmlValue;
}

interface FeedExtra {
	language?: XmlValue;
	'dc:language'?: XmlValue;
	ttl?: XmlValue;
	'sy:updatePeriod'?: XmlValue;
	'sy:updateFrequency'?: XmlValue;
	'syn:updatePeriod'?: XmlValue;
	'syn:updateFrequency'?: XmlValue;
}

const updatePeriodSeconds: Readonly<Record<string, number>> = {hourly: 3600, daily: 86_400, weekly: 7 * 86_400, monthly: 30 * 86_400, yearly: 365 * 86_400};

/**
 * How often a feed says it changes, in seconds: RSS 2's <ttl> (minutes; rss-parser copies it anyway) or the syndication
 * module's updatePeriod divided by updateFrequency (RSS 1.0 and many WordPress feeds). Undefined when it says nothing usable.
 */
function updateSeconds(raw: FeedExtra): number | undefined {
	const ttl = Number(text(raw.ttl).trim());
	if (Number.isFinite(ttl) && ttl > 0) return Math.round(ttl * 60);
	// The syndication module's usual prefix, or the other one seen in real feeds (ORF's RDF).
	const prefix = raw['sy:updatePeriod'] === undefined ? 'syn' : 'sy';
	const period = updatePeriodSeconds[text(raw[`${prefix}:updatePeriod`]).trim().toLowerCase()];
	if (!period) return undefined;
	const frequency = Number(text(raw[`${prefix}:updateFrequency`]).trim() || '1');
	return Number.isFinite(frequency) && frequency >= 1 ? Math.round(period / frequency) : period;
}

type RawItem = Record<string, unknown> & ItemExtra & {link?: unknown; guid?: unknown; title?: unknown; pubDate?: unknown; isoDate?: unknown; content?: unknown};
type AtomEntry = Record<string, unknown[] | undefined>;

function text(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return text(value[0]);
	if (value && typeof value === 'object') {
		const inner = (value as {_?: unknown})._;
		if (typeof inner === 'string') return inner;
		const name = (value as {name?: unknown}).name; // Atom-style <author><name>…</name></author>
		if (name !== undefined) return text(name);
	}
	return '';
}

function isValidDate(value: unknown): boolean {
	const raw = text(value).trim();
	return raw !== '' && !Number.isNaN(new Date(raw).getTime());
}

// rss-parser gives every item a contentSnippet (two regex passes and an entity decode over its whole
// description) that lagebild never reads: ≈ 5 % of parsing a feed. Its parser calls the helper through this
// shared module object, so replacing it there turns the work off.
const RssParser = loadRssParser();

const rssParserUtils = createRequire(import.meta.url)('rss-parser/lib/utils.js') as {getSnippet?: (html: string) => string};
if (typeof rssParserUtils.getSnippet === 'function') rssParserUtils.getSnippet = () => '';

/**
 * `trackPosition` false: sax stops counting lines and columns for every character (≈ 10 % of parsing the bench farm). Its
 * errors then carry no line; a feed that fails is parsed again with counting on, for the message.
 */
function createParser(trackPosition: boolean): Parser<FeedExtra, ItemExtra> {
	const parser = new RssParser<FeedExtra, ItemExtra>({
		defaultRSS: 2,
		customFields: {
			feed: ['dc:language', 'sy:updatePeriod', 'sy:updateFrequency', 'syn:updatePeriod', 'syn:updateFrequency'],
			item: [
				['content:encoded', 'content:encoded'],
				['dc:creator', 'dc:creator'],
				['media:content', 'media:content', {keepArray: true}],
				['feedburner:origLink', 'feedburner:origLink'],
			],
		},
	});
	// rss-parser's Atom builder calls new Date(published).toISOString(), which throws on a bad date and
	// would fail the whole feed; hand it only valid dates (normalize() estimates the missing ones).
	const patched = parser as unknown as {parseItemAtom: (entry: AtomEntry) => unknown};
	const parseItemAtom = patched.parseItemAtom.bind(parser);
	patched.parseItemAtom = (entry: AtomEntry) => {
		const copy: AtomEntry = {...entry};
		for (const key of ['published', 'updated']) {
			if (copy[key] && !isValidDate(copy[key])) delete copy[key];
		}
		return parseItemAtom(copy);
	};
	// rss-parser keeps one xml2js parser, which keeps one sax parser between documents (reset after each).
	const sax = (parser as unknown as {xmlParser?: {saxParser?: {trackPosition?: boolean}}}).xmlParser?.saxParser;
	if (sax && !trackPosition) sax.trackPosition = false;
	return parser;
}

/** Turns rss-parser / sax errors into "XML error at line N: …" and the like. */
function describeParseError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const sax = /^([^\n]+)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
	if (sax) {
		const reason = sax[1]!.trim().replace(/\.$/, '');
		return `XML error at line ${Number(sax[2]) + 1}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
	}
	if (/not recognized as RSS/i.test(message)) return 'not a feed (no RSS, RDF or Atom root element)';
	if (error instanceof RangeError && /call stack/i.test(message)) return 'XML error: elements nested too deeply';
	if (/Unable to parse XML/i.test(message)) return 'not a feed (empty document)';
	return `not a feed (${sanitizeLine(message).slice(0, 120)})`;
}

/** The "[…]" part of a DOCTYPE starting at `start` (where entities would be declared), or "". */
function internalSubset(body: string, start: number): string {
	if (start === -1) return '';
	const close = body.indexOf('>', start);
	const open = body.indexOf('[', start);
	if (open === -1 || (close !== -1 && close < open)) return '';
	const end = body.indexOf(']>', open);
	return body.slice(open, end === -1 ? body.length : end);
}

/** Rejects what is clearly not XML before the parser sees it, with a message that says what it is. */
function checkLooksLikeFeed(body: string): void {
	if (body === '') throw new ParseError({key: 'notFeedEmpty', params: {}});
	const head = body.slice(0, 2048);
	if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head) || (!head.startsWith('<?xml') && /<html[\s>]/i.test(head))) {
		throw new ParseError({key: 'notFeedHtml', params: {}});
	}
	if (head.startsWith('{') || head.startsWith('[')) throw new ParseError({key: 'notFeedJson', params: {}});
	if (!head.startsWith('<')) throw new ParseError({key: 'notFeedText', params: {}});
	if (/<!ENTITY/i.test(internalSubset(body, head.search(/<!DOCTYPE/i)))) {
		// xml2js/sax would not expand them, but nothing legitimate in a feed needs them either.
		throw new ParseError({key: 'doctype', params: {}});
	}
}

/** The root element's opening tag (after the prolog, comments, PIs, DOCTYPE). The name is taken whole: else 16 KB of "<aaa…" cost 0.3 s. */
function rootTag(body: string): string {
	const match = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*(<[^\s>/]+(?![^\s>/])[^>]*>)/i.exec(body.slice(0, 16 * 1024));
	return match?.[1] ?? '';
}

function itemText(item: RawItem): ItemText {
	return {
		title: text(item.title),
		isoDate: text(item.isoDate),
		pubDate: text(item.pubDate),
		date: text(item.date),
		link: text(item.link),
		guid: text(item.guid),
		id: text(item.id),
		about: text(item['rdf:about']),
		origLink: text(item['feedburner:origLink']),
		encoded: text(item['content:encoded']),
		content: text(item.content),
		summary: text(item.summary),
		dcCreator: text(item['dc:creator']),
		creator: text(item.creator),
		author: text(item.author),
		language: text(item.language),
	};
}

/**
 * Parses RSS 0.9x / 1.0 (RDF) / 2.0 or Atom text into the feed's own fields and its items' text, not yet
 * normalised (see normalizeFeed). Throws ParseError with a one-line reason ("not a feed (got an HTML page)",
 * "XML error at line 3: unclosed root tag", …).
 */
export async function extractFeed(input: string, options: ParseFeedOptions): Promise<ExtractedFeed> {
	const maxBytes = options.settings.maxBodyBytes;
	if (maxBytes && input.length > maxBytes) throw new ParseError({key: 'tooLarge', params: {size: `${Math.round(maxBytes / 1024 / 1024)} MB`}});
	const body = input.replace(/^[\uFEFF\u200B\s]+/, '');
	checkLooksLikeFeed(body);
	let raw: Parser.Output<ItemExtra> & FeedExtra;
	try {
		raw = await createParser(false).parseString(body);
	} catch (fastError) {
		// The same input fails the same way: this time for the line number in the message.
		const error = await createParser(true).parseString(body).then(() => fastError, (counted: unknown) => counted);
		const root = /^<([^\s>/]+)/.exec(rootTag(body))?.[1];
		if (root && /^(?:html|head|body)$/i.test(root)) throw new ParseError({key: 'notFeedHtml', params: {}});
		const message = describeParseError(error);
		throw new ParseError(message.startsWith('not a feed (no RSS') && root ? {key: 'notFeedElement', params: {element: sanitizeLine(root).slice(0, 40)}} : message);
	}
	if (!raw || typeof raw !== 'object') throw new ParseError({key: 'notFeedEmpty', params: {}});
	const link = webUrl(text(raw.link), options.feedUrl);
	const ownTitle = lineText(text(raw.title));
	let fallbackTitle = options.feedUrl;
	try {
		const url = new URL(options.feedUrl);
		fallbackTitle = url.hostname || decodeURIComponent(url.pathname.split('/').pop() ?? '') || options.feedUrl;
	} catch {
		fallbackTitle = options.feedUrl.split(/[\\/]/).pop() || options.feedUrl;
	}
	const root = rootTag(body);
	const isAtom = /^<(?:\w+:)?feed\b/.test(root);
	const update = updateSeconds(raw);
	const feed: FeedInfo = {
		...(update ? {updateSeconds: update} : {}),
		isAtom,
		url: options.feedUrl,
		title: sanitizeLine(options.feedTitle ?? '') || ownTitle || sanitizeLine(fallbackTitle),
		link,
		language: normalizeLanguageTag(text(raw.language)) || normalizeLanguageTag(text(raw['dc:language'])) || normalizeLanguageTag(/\bxml:lang\s*=\s*["']([^"']+)["']/.exec(root)?.[1]),
	};
	const items = (Array.isArray(raw.items) ? raw.items : []).slice(0, options.settings.maxItemsPerFeed);
	return {title: ownTitle || feed.title, feed, items: items.map(item => itemText(item as RawItem))};
}

/**
 * Parses RSS 0.9x / 1.0 (RDF) / 2.0 or Atom text into Articles. Throws ParseError with a one-line reason
 * ("not a feed (got an HTML page)", "XML error at line 3: unclosed root tag", …).
 */
export async function parseFeedText(input: string, options: ParseFeedOptions): Promise<ParsedFeed> {
	return normalizeFeed(await extractFeed(input, options), options);
}
