// Turns feed HTML (descriptions, content:encoded, Atom content) into clean plain text with paragraphs.

import {decode} from 'html-entities';

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

/**
 * htmlToText, and whether the text kept a <pre>'s layout. Without one it is tidy: no runs of spaces or tabs,
 * no space beside a line break, no leading or trailing whitespace (callers that collapse those can skip it).
 */
export function htmlToTextLayout(html: string): {text: string; preformatted: boolean} {
	if (!html) return {text: '', preformatted: false};
	if (!markup.test(html)) return {text: plainTextToText(html), preformatted: false};
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
	const text = tidy(parts.join(''));
	// The masks exist only where a <pre> was (or the text held those control characters itself): two
	// replacing passes over every body for nothing otherwise.
	if (!sawPre && !maskCharacter.test(text)) return {text, preformatted: false};
	return {text: text.replace(/\u0001/g, '\n').replace(/\u0002/g, ' '), preformatted: true};
}

/** Shortens text to at most `max` characters, cutting at a word boundary when one is near. */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, Math.max(0, max - 1));
	const space = cut.search(/\s\S*$/);
	return (space > max * 0.5 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
