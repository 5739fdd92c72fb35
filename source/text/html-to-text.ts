// Turns feed HTML (descriptions, content:encoded, Atom content) into clean plain text with paragraphs.

import {decode} from 'html-entities';
import type {TextAnchor} from './article-links.js';

// Elements whose content is never text for a reader.
const dropped = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'canvas', 'video', 'audio']);
// Elements that start and end a paragraph.
const paragraphBlocks = new Set([
	'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'center', 'body', 'html',
]);
// Elements that start a new line.
const lineBlocks = new Set(['br', 'li', 'dt', 'dd', 'tr', 'caption', 'option']);
const cellBlocks = new Set(['td', 'th']);

// Comments, CDATA, tags (quoted attribute values may hold ">"), declarations, processing instructions.
// No part may run past the next "<": otherwise text full of unclosed "<a" costs quadratic time. The tag name
// is taken whole (lookahead): else "<" + a long run of letters is split between name and attributes in O(n²) ways.
const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?![a-zA-Z0-9:-])(?:"[^"<]*"|'[^'<]*'|[^'"<>])*>|<![^<>]*>|<\?[^<>]*>/g;
const markup = /<[a-zA-Z!/?]/;
const maskCharacter = /[\u0001\u0002]/;
const hasEntity = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i;
// An anchor's href: the tag was matched whole by `token`, so each alternative stops at its quote or at the tag's end.
const hrefAttribute = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
/**
 * Marks where an anchor ends while the text is made, taken out again before the text is returned (with its offset
 * kept). A noncharacter: no feed's text should hold one, and a text that does keeps its anchors unplaced.
 */
const anchorEnd = '\uFDD0';
const maxAnchors = 1000;

// Each of these matches only where the text really changes. The plain forms (/\s+/ → ' ', / ?\n ?/ → '\n')
// also match every single space or line break and rebuild the whole string for nothing: that was a good part of
// normalising a feed's items. Same results: a lone ' ' and a bare '\n' are what those matches wrote back anyway.
/** Runs of whitespace, and single whitespace characters other than ' ' (each becomes one ' '). */
export const whitespaceToSpace = /\s{2,}|[^\S ]/g;
const horizontalToSpace = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** A space before or after a line break (each match becomes '\n'). */
export const spaceAroundBreak = / \n ?|\n /g;

function decodeEntities(text: string): string {
	return hasEntity.test(text) ? decode(text, {level: 'html5'}) : text;
}

/** Collapses spaces, keeps "\n" line breaks and single "\n\n" paragraph breaks, trims. */
function tidy(text: string): string {
	return text
		.replace(horizontalToSpace, ' ')
		.replace(spaceAroundBreak, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function plainTextToText(text: string): string {
	// Without markup, blank lines are the paragraph breaks and other whitespace is just space.
	return tidy(decodeEntities(text).replace(/\r\n?/g, '\n').replace(/\n[ \t]*\n\s*/g, '\u0000').replace(whitespaceToSpace, ' ').replace(/\u0000/g, '\n\n'));
}

/**
 * HTML to plain text: scripts, styles and comments dropped, entities decoded, whitespace collapsed,
 * block elements (p, div, h1…) separated by "\n\n", <br> and list items by "\n".
 */
export function htmlToText(html: string): string {
	return htmlToTextLayout(html).text;
}

/** What htmlToTextLayout gives. */
export interface TextLayout {
	text: string;
	preformatted: boolean;
	/** With `anchors` asked for: every <a href> with words, in order, placed in `text` (see TextAnchor). */
	anchors?: TextAnchor[];
}

/** An anchor's words from the parts written since it opened: one line, the <pre> masks as spaces. */
function anchorWords(parts: readonly string[], from: number): string {
	return parts.slice(from).join('').replaceAll(anchorEnd, '').replace(/[\u0001\u0002]/g, ' ').replace(whitespaceToSpace, ' ').trim();
}

/** Whether a character is one tidy() may remove or change: by then every other whitespace is a plain space. */
function isTidySpace(character: string | undefined): boolean {
	return character === ' ' || character === '\n';
}

/**
 * The text without the anchors' end marks, and where each mark was: just after the last character before it that is no
 * space, nor a <pre>'s masked one (the anchor's last word). A mark between two spaces kept tidy() from joining them: tidied again, the text is
 * what it is without marks (tidy only joins runs of spaces and line breaks, by the line breaks they hold), and each
 * offset moves to just after the same count of characters other than spaces.
 */
function takeAnchorEnds(marked: string): {text: string; ends: number[]} {
	const pieces: string[] = [];
	const ends: number[] = [];
	const junctions: number[] = [];
	let last = 0;
	// Read in `marked` only: a character read from a string still being joined makes V8 flatten it, every time.
	for (let at = marked.indexOf(anchorEnd); at !== -1; at = marked.indexOf(anchorEnd, at + 1)) {
		pieces.push(marked.slice(last, at));
		const position = at - junctions.length;
		junctions.push(position);
		// Back over the spaces after the anchor's last word (earlier marks are not in the text); an anchor has words,
		// so each walk stops within its own anchor.
		let end = position;
		for (let back = at; back > 0; back--) {
			const character = marked[back - 1]!;
			if (character === anchorEnd) continue;
			if (!isTidySpace(character) && !maskCharacter.test(character)) break;
			end--;
		}

		ends.push(end);
		last = at + 1;
	}

	pieces.push(marked.slice(last));
	const text = pieces.join('');
	// Only where a mark stood can the text be untidy now: spaces or breaks that met there, or one left at an edge.
	const untidy = ends.length > 0 && (isTidySpace(text[0]) || isTidySpace(text.at(-1)) || junctions.some(at => isTidySpace(text[at - 1]) && isTidySpace(text[at])));
	if (!untidy) return {text, ends};
	const tidied = tidy(text);
	if (tidied === text) return {text, ends};
	// The count of characters other than spaces before each end, then the place after that many in the tidied text.
	const counts: number[] = [];
	let count = 0;
	let position = 0;
	for (const end of ends) {
		for (; position < end; position++) if (!isTidySpace(text[position])) count++;
		counts.push(count);
	}

	count = 0;
	position = 0;
	const moved = counts.map(wanted => {
		while (count < wanted && position < tidied.length) {
			if (!isTidySpace(tidied[position])) count++;
			position++;
		}

		return position;
	});
	return {text: tidied, ends: moved};
}

/**
 * htmlToText, and whether the text kept a <pre>'s layout. Without one it is tidy: no runs of spaces or tabs,
 * no space beside a line break, no leading or trailing whitespace (callers that collapse those can skip it).
 * With `anchors`, also the links' anchors; the text is the same either way.
 */
export function htmlToTextLayout(html: string, options: {anchors?: boolean} = {}): TextLayout {
	if (!html) return {text: '', preformatted: false, ...(options.anchors ? {anchors: []} : {})};
	if (!markup.test(html)) return {text: plainTextToText(html), preformatted: false, ...(options.anchors ? {anchors: []} : {})};
	const parts: string[] = [];
	let preDepth = 0;
	let sawPre = false;
	let last = 0;
	token.lastIndex = 0;
	const pushText = (raw: string): void => {
		if (!raw) return;
		const text = decodeEntities(raw);
		// Inside <pre>, line breaks and spaces are masked so tidy() keeps them.
		parts.push(preDepth > 0 ? text.replace(/\r\n?/g, '\n').replace(/\n/g, '\u0001').replace(/ /g, '\u0002') : text.replace(whitespaceToSpace, ' '));
	};
	const anchors: TextAnchor[] | undefined = options.anchors ? [] : undefined;
	let openAnchor: {href: string; from: number} | undefined;
	let anchorCount = 0;
	const closeAnchor = (): void => {
		if (!openAnchor || !anchors) return;
		const text = anchorWords(parts, openAnchor.from);
		// An anchor without words (an image, a tracker's pixel) has nothing to number in the text.
		if (text) {
			anchors.push({href: openAnchor.href, text, at: -1});
			// Before the anchor's own trailing spaces ("<a>link </a> more"): a mark between two spaces costs a second tidy.
			const lastPart = parts.at(-1) ?? '';
			const trimmed = lastPart.trimEnd();
			if (parts.length > openAnchor.from && trimmed.length < lastPart.length && !maskCharacter.test(lastPart)) {
				parts[parts.length - 1] = trimmed + anchorEnd + lastPart.slice(trimmed.length);
			} else {
				parts.push(anchorEnd);
			}
		}

		openAnchor = undefined;
	};
	for (let match = token.exec(html); match; match = token.exec(html)) {
		pushText(html.slice(last, match.index));
		last = token.lastIndex;
		if (match[1] !== undefined) {
			parts.push(match[1].replace(whitespaceToSpace, ' '));
			continue;
		}
		const name = match[3]?.toLowerCase();
		if (!name) continue;
		const closing = match[2] === '/';
		if (anchors && name === 'a') {
			// An <a> inside an open one ends it, as an HTML parser does.
			closeAnchor();
			const href = closing ? undefined : hrefAttribute.exec(match[0]);
			// Past maxAnchors an HTML is a link farm, not an article: its further anchors are text only.
			if (href && anchorCount++ < maxAnchors) openAnchor = {href: decodeEntities(href[1] ?? href[2] ?? href[3] ?? ''), from: parts.length};
		}

		if (!closing && dropped.has(name) && !match[0].endsWith('/>')) {
			const closeTag = new RegExp(`</${name}\\s*>`, 'gi');
			closeTag.lastIndex = last;
			const end = closeTag.exec(html);
			if (!end) {
				last = html.length;
				break;
			}
			last = closeTag.lastIndex;
			token.lastIndex = last;
			continue;
		}
		if (name === 'pre') {
			preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
			sawPre ||= preDepth > 0;
		}
		if (paragraphBlocks.has(name)) parts.push('\n\n');
		else if (lineBlocks.has(name) && !closing) parts.push('\n');
		// Inline elements styled as blocks (pull-quote attributions and the like) still start a line.
		else if (!closing && match[0].length > name.length + 10 && /display\s*:\s*block/i.test(match[0])) parts.push('\n');
		else if (cellBlocks.has(name)) parts.push(' ');
	}
	pushText(html.slice(last));
	closeAnchor();
	let text = tidy(parts.join(''));
	if (anchors && anchors.length > 0) {
		const taken = takeAnchorEnds(text);
		// More marks than anchors: the text held the mark character itself (as written, as an entity, in CDATA) and the
		// marks cannot be told from it. The text as it is without anchors, the anchors kept unplaced.
		if (taken.ends.length !== anchors.length) {
			for (const anchor of anchors) anchor.at = -1;
			return {...htmlToTextLayout(html), anchors};
		}

		text = taken.text;
		for (const [index, anchor] of anchors.entries()) anchor.at = taken.ends[index] ?? -1;
	}

	const anchorsPart = anchors ? {anchors} : {};
	// The masks exist only where a <pre> was (or the text held those control characters itself): two
	// replacing passes over every body for nothing otherwise.
	if (!sawPre && !maskCharacter.test(text)) return {text, preformatted: false, ...anchorsPart};
	// Same lengths: the anchors' offsets stay.
	return {text: text.replace(/\u0001/g, '\n').replace(/\u0002/g, ' '), preformatted: true, ...anchorsPart};
}

/** Shortens text to at most `max` characters, cutting at a word boundary when one is near. */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, Math.max(0, max - 1));
	const space = cut.search(/\s\S*$/);
	return (space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
