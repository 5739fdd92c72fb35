// Feed text to Articles: rss-parser behind our own function, then normalizing every item to the Article shape.

import {createRequire} from 'node:module';
import Parser from 'rss-parser';
import type {Article} from '../model/article.js';
import type {Settings} from '../model/feed.js';
import {htmlToText, spaceAroundBreak, truncateText} from '../text/html-to-text.js';
import {detectLanguage, normalizeLanguageTag} from '../text/language.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {shortHash} from '../text/hash.js';
import {ParseError} from './feed-error.js';
import {parseFeedDate} from './dates.js';

export interface ParseFeedOptions {
	feedUrl: string;
	/** The user's name for the feed; wins over the feed's own title. */
	feedTitle?: string;
	/** The configured language; used when the feed names none. */
	language?: string;
	fetchedAt: string;
	settings: Pick<Settings, 'maxItemsPerFeed' | 'maxArticleChars'> & Partial<Pick<Settings, 'maxBodyBytes'>>;
}

export interface ParsedFeed {
	title: string;
	link: string;
	/** The feed's declared language ("de"), or "" when it names none. */
	language: string;
	articles: Article[];
}

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
}

interface FeedExtra {
	language?: XmlValue;
	'dc:language'?: XmlValue;
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
const rssParserUtils = createRequire(import.meta.url)('rss-parser/lib/utils.js') as {getSnippet?: (html: string) => string};
if (typeof rssParserUtils.getSnippet === 'function') rssParserUtils.getSnippet = () => '';

function createParser(): Parser<FeedExtra, ItemExtra> {
	const parser = new Parser<FeedExtra, ItemExtra>({
		defaultRSS: 2,
		customFields: {
			feed: ['dc:language'],
			item: [
				['content:encoded', 'content:encoded'],
				['dc:creator', 'dc:creator'],
				['media:content', 'media:content', {keepArray: true}],
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
	if (body === '') throw new ParseError('not a feed (empty document)');
	const head = body.slice(0, 2048);
	if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head) || (!head.startsWith('<?xml') && /<html[\s>]/i.test(head))) {
		throw new ParseError('not a feed (got an HTML page)');
	}
	if (head.startsWith('{') || head.startsWith('[')) throw new ParseError('not a feed (got JSON)');
	if (!head.startsWith('<')) throw new ParseError('not a feed (got plain text, not XML)');
	if (/<!ENTITY/i.test(internalSubset(body, head.search(/<!DOCTYPE/i)))) {
		// xml2js/sax would not expand them, but nothing legitimate in a feed needs them either.
		throw new ParseError('refused: XML entity declarations in DOCTYPE');
	}
}

function resolveUrl(raw: string, base: string): string {
	const trimmed = raw.trim();
	if (!trimmed) return '';
	try {
		const url = new URL(trimmed, base || undefined);
		return url.protocol === 'http:' || url.protocol === 'https:' ? sanitizeLine(url.href) : '';
	} catch {
		return '';
	}
}

// Headlines and names are short: a feed that sends megabytes there must not carry them into every later stage.
const maxLineChars = 1000;

/** Title-like text: may hold markup or entities; becomes one clean line of at most maxLineChars. */
function lineText(raw: string): string {
	if (!raw) return '';
	const capped = raw.length > maxLineChars * 8 ? raw.slice(0, maxLineChars * 8) : raw;
	return truncateText(sanitizeLine(/[<&]/.test(capped) ? htmlToText(capped) : capped), maxLineChars);
}

function bodyText(raw: string, max: number): string {
	if (!raw) return '';
	// Cap the input too: an item of megabytes of markup should not cost more than its capped output needs.
	const clean = sanitizeText(htmlToText(raw.length > max * 8 ? raw.slice(0, max * 8) : raw));
	// Removed control characters may leave double spaces behind.
	return truncateText(clean.replace(/[ \t]{2,}/g, ' ').replace(spaceAroundBreak, '\n').trim(), max);
}

const summaryChars = 600;
// The language is guessed from the start of an item: on the bench farm's 10,000 real items the first 1,000
// characters already give the answer the first 4,000 give, in every case; the guess walks every character it reads.
const languageChars = 1500;
const untitledChars = 100;
const futureToleranceMs = 24 * 60 * 60 * 1000;

function normalizeItem(item: RawItem, feed: {url: string; title: string; link: string; language: string; isAtom: boolean}, options: ParseFeedOptions): Article {
	const max = options.settings.maxArticleChars;
	let title = lineText(text(item.title));
	const date = parseFeedDate(text(item.isoDate)) ?? parseFeedDate(text(item.pubDate)) ?? parseFeedDate(text(item.date));
	// A date more than a day ahead is a feed's clock or time-zone bug; it would keep the item on top for good.
	const estimated = !date || date.getTime() > Date.parse(options.fetchedAt) + futureToleranceMs;
	const published = date && !estimated ? date.toISOString() : options.fetchedAt;
	const link = text(item.link).trim();
	const guid = text(item.guid).trim() || text(item.id).trim() || text(item['rdf:about']).trim();
	const base = feed.link || feed.url;
	let url = resolveUrl(link, base);
	if (!url && guid && /^https?:\/\//i.test(guid)) url = resolveUrl(guid, base);

	// RSS: description → item.content, content:encoded → body. Atom: summary → item.summary, content → item.content.
	const isRss = !feed.isAtom;
	const encoded = text(item['content:encoded']);
	const description = isRss ? text(item.content) : text(item.summary);
	const body = isRss ? encoded : text(item.content);
	const content = bodyText(body || description, max);
	// Without a separate body the description is the content: normalised once, not twice.
	let summary = description ? (body ? bodyText(description, max) : content) : '';
	if (!summary) summary = truncateText(content.split('\n\n')[0] ?? '', summaryChars);
	// Without guid or link: title + the date as written (stable across fetches); untitled items add their text.
	const rawDate = (text(item.pubDate) || text(item.date) || text(item.isoDate)).trim();
	const itemId = sanitizeLine(guid || link || shortHash(`${title}\n${rawDate}${title ? '' : `\n${(body || description).slice(0, 500)}`}`));

	// RSS <author> is often "mail@example.org (Name)": the reader wants the name.
	const author = lineText(text(item['dc:creator']) || text(item.creator) || text(item.author)).replace(/^[^\s@]+@\S+\s+\((.+)\)$/, '$1');
	// RSS 2.0 allows items without a title; show the start of their text rather than nothing.
	if (!title) title = truncateText((summary || content).split('\n')[0] ?? '', untitledChars);
	const itemLanguage = normalizeLanguageTag(text(item.language));
	const language = itemLanguage || feed.language || normalizeLanguageTag(options.language) || detectLanguage(`${title}\n${summary.slice(0, languageChars)}\n${content.slice(0, languageChars)}`, languageChars);
	return {
		uid: shortHash(`${options.feedUrl}\n${itemId}`),
		itemId,
		feedUrl: options.feedUrl,
		feedTitle: feed.title,
		url,
		title,
		author,
		published,
		publishedEstimated: estimated,
		summary,
		content: content || summary,
		language,
		fetchedAt: options.fetchedAt,
	};
}

/** The root element's opening tag (after the prolog, comments, PIs, DOCTYPE). The name is taken whole: else 16 KB of "<aaa…" cost 0.3 s. */
function rootTag(body: string): string {
	const match = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*(<[^\s>/]+(?![^\s>/])[^>]*>)/i.exec(body.slice(0, 16 * 1024));
	return match?.[1] ?? '';
}

/**
 * Parses RSS 0.9x / 1.0 (RDF) / 2.0 or Atom text into Articles. Throws ParseError with a one-line reason
 * ("not a feed (got an HTML page)", "XML error at line 3: unclosed root tag", …).
 */
export async function parseFeedText(input: string, options: ParseFeedOptions): Promise<ParsedFeed> {
	const maxBytes = options.settings.maxBodyBytes;
	if (maxBytes && input.length > maxBytes) throw new ParseError(`too large (over ${Math.round(maxBytes / 1024 / 1024)} MB)`);
	const body = input.replace(/^[\uFEFF\u200B\s]+/, '');
	checkLooksLikeFeed(body);
	let raw: Parser.Output<ItemExtra> & FeedExtra;
	try {
		raw = await createParser().parseString(body);
	} catch (error) {
		const root = /^<([^\s>/]+)/.exec(rootTag(body))?.[1];
		if (root && /^(?:html|head|body)$/i.test(root)) throw new ParseError('not a feed (got an HTML page)');
		const message = describeParseError(error);
		throw new ParseError(message.startsWith('not a feed (no RSS') && root ? `not a feed (root element <${sanitizeLine(root).slice(0, 40)}>)` : message);
	}
	if (!raw || typeof raw !== 'object') throw new ParseError('not a feed (empty document)');
	const link = resolveUrl(text(raw.link), options.feedUrl);
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
	const feed = {
		isAtom,
		url: options.feedUrl,
		title: sanitizeLine(options.feedTitle ?? '') || ownTitle || sanitizeLine(fallbackTitle),
		link,
		language: normalizeLanguageTag(text(raw.language)) || normalizeLanguageTag(text(raw['dc:language'])) || normalizeLanguageTag(/\bxml:lang\s*=\s*["']([^"']+)["']/.exec(root)?.[1]),
	};
	const items = (Array.isArray(raw.items) ? raw.items : []).slice(0, options.settings.maxItemsPerFeed);
	const seen = new Set<string>();
	const articles: Article[] = [];
	for (const item of items) {
		const article = normalizeItem(item as RawItem, feed, options);
		if (seen.has(article.uid)) continue; // the same guid twice in one feed
		seen.add(article.uid);
		articles.push(article);
	}
	return {title: ownTitle || feed.title, link, language: feed.language, articles};
}
