// Feed items to Articles: the text of what rss-parser found, normalised (plain text, dates, ids, language).
// Kept apart from parse.ts, which loads rss-parser: the refresh normalises in its own thread while the parse
// workers run the XML parser, and that thread need not load the XML code.

import type {Article, ArticleLink} from '../model/article.js';
import type {Settings} from '../model/feed.js';
import {anchorsIn, articleLinks, webUrl, type TextAnchor} from '../text/article-links.js';
import {htmlToText, htmlToTextLayout, spaceAroundBreak, truncateText} from '../text/html-to-text.js';
import {detectLanguage, normalizeLanguageTag} from '../text/language.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {shortHash} from '../text/hash.js';
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
	/** How often the feed says it changes, in seconds (RSS <ttl>, sy:updatePeriod / sy:updateFrequency); absent when it says nothing. */
	updateSeconds?: number;
}

/** One item's fields as text, as the feed had them: what normalisation reads. */
export interface ItemText {
	title: string;
	isoDate: string;
	pubDate: string;
	date: string;
	link: string;
	guid: string;
	id: string;
	/** RDF's rdf:about. */
	about: string;
	/** FeedBurner's feedburner:origLink: the article's own address where `link` goes through its redirector. */
	origLink?: string;
	/** RSS content:encoded. */
	encoded: string;
	/** RSS description, Atom content. */
	content: string;
	/** Atom summary. */
	summary: string;
	dcCreator: string;
	creator: string;
	author: string;
	language: string;
	/** Set by prepareFeed: the plain text of the body (else the description), and of the description when there is a body. */
	bodyText?: string;
	descriptionText?: string;
	/** Set by prepareFeed: the anchors of bodyText, unresolved (normalizeItem knows the item's address). */
	bodyAnchors?: TextAnchor[];
}

export interface FeedInfo {
	url: string;
	title: string;
	link: string;
	language: string;
	isAtom: boolean;
	/** See ParsedFeed.updateSeconds. */
	updateSeconds?: number;
}

/** A parsed feed before its items are normalised: small, plain data (it crosses from a parse worker). */
export interface ExtractedFeed {
	/** The feed's title for the result (its own, else the feed's name for articles). */
	title: string;
	feed: FeedInfo;
	items: ItemText[];
}

// Headlines and names are short: a feed that sends megabytes there must not carry them into every later stage.
const maxLineChars = 1000;

/** Title-like text: may hold markup or entities; becomes one clean line of at most maxLineChars. */
export function lineText(raw: string): string {
	if (!raw) return '';
	const capped = raw.length > maxLineChars * 8 ? raw.slice(0, maxLineChars * 8) : raw;
	return truncateText(sanitizeLine(/[<&]/.test(capped) ? htmlToText(capped) : capped), maxLineChars);
}

interface BodyText {
	text: string;
	/** With anchors asked for: those of `text`, placed in it. */
	anchors: TextAnchor[];
}

const noAnchors: TextAnchor[] = [];
const noLinks: ArticleLink[] = [];

function bodyText(raw: string, max: number, withAnchors = false): BodyText {
	if (!raw) return {text: '', anchors: noAnchors};
	// Cap the input too: an item of megabytes of markup should not cost more than its capped output needs.
	const {text, preformatted, anchors = noAnchors} = htmlToTextLayout(raw.length > max * 8 ? raw.slice(0, max * 8) : raw, {anchors: withAnchors});
	const clean = sanitizeText(text);
	// Tidy text that lost no control characters has nothing left to collapse: two passes over every body saved.
	if (clean === text && !preformatted) {
		const cut = truncateText(text, max);
		// A cut text ends in "…": an anchor past the cut's last word is not in it.
		return {text: cut, anchors: cut === text || anchors.length === 0 ? anchors : anchors.map(anchor => (anchor.at > cut.length - 1 ? {...anchor, at: -1} : anchor))};
	}

	// Removed control characters may leave double spaces behind.
	const tidied = truncateText(clean.replace(/[ \t]{2,}/g, ' ').replace(spaceAroundBreak, '\n').trim(), max);
	return {text: tidied, anchors: anchors.length === 0 ? anchors : anchorsIn(tidied, anchors)};
}

/** What `text.split(separator)[0]` gives, without splitting the whole text. */
function firstPart(text: string, separator: string): string {
	const at = text.indexOf(separator);
	return at === -1 ? text : text.slice(0, at);
}

const summaryChars = 600;
// The language is guessed from the start of an item: on the bench farm's 10,000 real items the first 1,000
// characters already give the answer the first 4,000 give, in every case; the guess walks every character it reads.
const languageChars = 1500;
const untitledChars = 100;
/**
 * How far ahead of the fetch a feed's date may lie and still be taken: clock skew between the server and this machine.
 * Beyond it the date is a feed's clock or time-zone bug (local time sent as GMT): a day's tolerance kept such items at
 * the top as "now" for hours and moved the briefing window's end into the future; they are dated when first seen.
 */
const futureToleranceMs = 15 * 60 * 1000;

/** RSS: description → item.content, content:encoded → body. Atom: summary → item.summary, content → item.content. */
function itemBodies(item: ItemText, feed: FeedInfo): {description: string; body: string} {
	return feed.isAtom ? {description: item.summary, body: item.content} : {description: item.content, body: item.encoded};
}

// What normalizeItem reads of a raw body once its text is prepared: whether there is one, and its start for an id
// (only for an item without guid and link).
const idSourceChars = 500;

/** The item's own id, as normalizeItem takes it: guid, Atom id or rdf:about, else its link. */
function ownId(item: ItemText): string {
	return item.guid.trim() || item.id.trim() || item.about.trim() || item.link.trim();
}

function normalizeItem(item: ItemText, feed: FeedInfo, options: ParseFeedOptions): Article {
	const max = options.settings.maxArticleChars;
	let title = lineText(item.title);
	const date = parseFeedDate(item.isoDate) ?? parseFeedDate(item.pubDate) ?? parseFeedDate(item.date);
	const estimated = !date || date.getTime() > Date.parse(options.fetchedAt) + futureToleranceMs;
	const published = date && !estimated ? date.toISOString() : options.fetchedAt;
	const link = item.link.trim();
	const guid = item.guid.trim() || item.id.trim() || item.about.trim();
	const base = feed.link || feed.url;
	// FeedBurner's link is a feedproxy.google.com redirect (tracking, a dead end when the redirector goes, and never
	// the same address as the article elsewhere); origLink is the article's own. The item id stays as it was.
	let url = webUrl(item.origLink?.trim() ?? '', base) || webUrl(link, base);
	if (!url && guid && /^https?:\/\//i.test(guid)) url = webUrl(guid, base);

	const {description, body} = itemBodies(item, feed);
	const prepared = item.bodyText === undefined ? bodyText(body || description, max, true) : {text: item.bodyText, anchors: item.bodyAnchors ?? noAnchors};
	const content = prepared.text;
	// Without a separate body the description is the content: normalised once, not twice.
	let summary = description ? (body ? item.descriptionText ?? bodyText(description, max).text : content) : '';
	if (!summary) summary = truncateText(firstPart(content, '\n\n'), summaryChars);
	// Without guid or link: title + the date as written (stable across fetches); untitled items add their text.
	const rawDate = (item.pubDate || item.date || item.isoDate).trim();
	const itemId = sanitizeLine(guid || link || shortHash(`${title}\n${rawDate}${title ? '' : `\n${(body || description).slice(0, idSourceChars)}`}`));

	// RSS <author> is often "mail@example.org (Name)": the reader wants the name.
	const author = lineText(item.dcCreator || item.creator || item.author).replace(/^[^\s@]+@\S+\s+\((.+)\)$/, '$1');
	// RSS 2.0 allows items without a title; show the start of their text rather than nothing.
	if (!title) title = truncateText(firstPart(summary || content, '\n'), untitledChars);
	const itemLanguage = normalizeLanguageTag(item.language);
	const language = itemLanguage || feed.language || normalizeLanguageTag(options.language) || detectLanguage(`${title}\n${summary.slice(0, languageChars)}\n${content.slice(0, languageChars)}`, languageChars);
	// Relative links are the article's: resolved against its address (else the feed's).
	const links = content && prepared.anchors.length > 0 ? articleLinks(prepared.anchors, url || base) : noLinks;
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
		...(links.length > 0 ? {links} : {}),
	};
}

/**
 * The first half of normalising, for another thread to do: each item's body turned into plain text (markup, entities,
 * control characters; about half of normalising), its raw markup cut to what normalizeFeed still reads. normalizeFeed
 * gives the same Articles for the prepared feed as for the extracted one.
 */
export function prepareFeed(extracted: ExtractedFeed, options: ParseFeedOptions): ExtractedFeed {
	const max = options.settings.maxArticleChars;
	const atom = extracted.feed.isAtom;
	const items: ItemText[] = [];
	for (const item of extracted.items) {
		const {description, body} = itemBodies(item, extracted.feed);
		const prepared = bodyText(body || description, max, true);
		// An item with its own id needs only to know whether a body was there: one character of it crosses to the other
		// thread instead of 500 (the farm's prepared items were a third smaller to copy across).
		const keep = ownId(item) ? 1 : idSourceChars;
		// One literal with every field, none stored again: a copy by spread whose bodies were then set again turned
		// the item shape's fields from constant to mutable item after item (~17,000 of a farm refresh's ~22,000 map
		// generalizations; the parse worker's CPU 45–70 ms less without them). Every item also crosses with one shape.
		items.push({
			title: item.title,
			isoDate: item.isoDate,
			pubDate: item.pubDate,
			date: item.date,
			link: item.link,
			guid: item.guid,
			id: item.id,
			about: item.about,
			origLink: item.origLink,
			encoded: atom ? item.encoded : item.encoded.slice(0, keep),
			content: item.content.slice(0, keep),
			summary: atom ? item.summary.slice(0, keep) : item.summary,
			dcCreator: item.dcCreator,
			creator: item.creator,
			author: item.author,
			language: item.language,
			bodyText: prepared.text,
			descriptionText: description && body ? bodyText(description, max).text : undefined,
			bodyAnchors: prepared.anchors.length > 0 ? prepared.anchors : undefined,
		});
	}
	return {...extracted, items};
}

/**
 * An item with no title, no text and no link (an Atom entry of nothing but an id): nothing a reader could read or
 * open, only a blank row. The title here is already the text's start for an untitled item.
 */
function isEmptyArticle(article: Article): boolean {
	return article.title === '' && article.content === '' && article.url === '';
}

/** The Articles of an extracted feed; the same item twice (by guid) is kept once, an empty one (see above) not at all. */
export function normalizeFeed(extracted: ExtractedFeed, options: ParseFeedOptions): ParsedFeed {
	const seen = new Set<string>();
	const articles: Article[] = [];
	for (const item of extracted.items) {
		const article = normalizeItem(item, extracted.feed, options);
		if (isEmptyArticle(article)) continue;
		if (seen.has(article.uid)) continue; // the same guid twice in one feed
		seen.add(article.uid);
		articles.push(article);
	}
	const parsed: ParsedFeed = {title: extracted.title, link: extracted.feed.link, language: extracted.feed.language, articles};
	if (extracted.feed.updateSeconds) parsed.updateSeconds = extracted.feed.updateSeconds;
	return parsed;
}
