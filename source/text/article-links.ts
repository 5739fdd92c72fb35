// An article's links: the web address each anchor of its HTML points to, its words, and where its words end in the text.

import type {ArticleLink} from '../model/article.js';
import {sanitizeLine, sanitizeText} from './sanitize.js';
import {truncateText} from './html-to-text.js';

/** One <a href> of the HTML as html → text found it. */
export interface TextAnchor {
	/** The href as written (entities decoded), not yet resolved. */
	href: string;
	/** The anchor's words, whitespace collapsed. */
	text: string;
	/** Offset in the text just after the anchor's last character; -1 when not placed there. */
	at: number;
}


// A page of thousands of links is a link farm, not an article; an address of kilobytes is a tracker's, not a page's.
const maxLinks = 300;
const maxUrlChars = 2048;
const maxTextChars = 200;
// Places one address is marked at; a page linking one address more often is marked at its first ones only.
const maxMarks = 50;
// How far back from its old end an anchor's words are looked for once characters before it went (anchorsIn).
const searchChars = 10_000;

/**
 * An http(s) address from a feed or a page, resolved against `base` (an item's link, the page's address), sanitised
 * to one line; '' for anything else (javascript:, mailto:, data:, a relative address without base, nonsense).
 */
export function webUrl(raw: string, base: string): string {
	const trimmed = raw.trim();
	if (!trimmed) return '';
	try {
		const url = new URL(trimmed, base || undefined);
		return url.protocol === 'http:' || url.protocol === 'https:' ? sanitizeLine(url.href) : '';
	} catch {
		return '';
	}
}

/**
 * The anchors placed again in `text`, a text made from the one they were placed in by removing characters only (sanitising,
 * collapsing the spaces that left, cutting the end): each anchor's words are looked for at or before its old end, after
 * the anchor before it. Anchors whose words are gone (cut off, changed) are no longer placed.
 */
export function anchorsIn(text: string, anchors: readonly TextAnchor[]): TextAnchor[] {
	let cursor = 0;
	return anchors.map(anchor => {
		if (anchor.at < 0) return anchor;
		const words = sanitizeText(anchor.text);
		// Within the last searchChars before its old end, after the anchor before it: a word missing from a long text
		// must not cost a search of all of it, once per anchor.
		const end = Math.min(anchor.at, text.length);
		const from = Math.max(cursor, end - searchChars);
		const found = words && end - from >= words.length ? text.slice(from, end).lastIndexOf(words) : -1;
		const start = found === -1 ? -1 : from + found;
		if (start < cursor) return {...anchor, at: -1};
		cursor = start + words.length;
		return {...anchor, at: cursor};
	});
}

/**
 * The links of an article from the anchors of its text: resolved against `base` (the article's address), only http(s),
 * no link to a place on the same page, one entry per address (numbered as newsboat numbers them: by first appearance,
 * the same number wherever the address is linked again).
 */
export function articleLinks(anchors: readonly TextAnchor[], base: string): ArticleLink[] {
	const links = new Map<string, ArticleLink>();
	for (const anchor of anchors) {
		if (anchor.href.trimStart().startsWith('#')) continue;
		const url = webUrl(anchor.href, base);
		if (!url || url.length > maxUrlChars) continue;
		let link = links.get(url);
		if (!link) {
			if (links.size >= maxLinks) continue;
			link = {url, text: truncateText(sanitizeLine(anchor.text), maxTextChars), at: []};
			links.set(url, link);
		}

		if (anchor.at >= 0 && link.at.length < maxMarks) link.at.push(anchor.at);
	}

	return [...links.values()];
}

/** Links read back from the store: only well-formed entries, their addresses checked again. */
export function storedLinks(json: string | null | undefined): ArticleLink[] {
	if (!json) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return [];
	}

	if (!Array.isArray(parsed)) return [];
	const links: ArticleLink[] = [];
	for (const entry of parsed as unknown[]) {
		if (typeof entry !== 'object' || entry === null) continue;
		const {url, text, at} = entry as Record<string, unknown>;
		if (typeof url !== 'string' || typeof text !== 'string' || !Array.isArray(at)) continue;
		const checked = webUrl(url, '');
		if (!checked) continue;
		links.push({url: checked, text: sanitizeLine(text), at: at.filter((offset): offset is number => Number.isSafeInteger(offset) && (offset as number) > 0)});
	}

	return links;
}
