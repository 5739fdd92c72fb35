// The article reader as rows: title, byline, the wrapped text with quotes marked for highlighting and its links
// numbered ("[1]", as newsboat numbers them), and the list of those links under it.

import type {Article} from '../../model/article.js';
import {type Messages} from '../../i18n/index.js';
import {clock} from '../text/age.js';
import {truncate, wrap} from '../text/fit.js';
import type {Line} from '../text/line.js';
import type {Token} from '../theme.js';
import {sanitize, sanitizeLine} from '../../terminal/sanitize.js';
import {shownTitle} from '../text/untitled.js';

export interface ReaderDocument {
	lines: Line[];
	/** Row where each quote (by its text) starts, to scroll there. */
	quoteRows: Map<string, number>;
	/** Row where each quote ends: the quote opened from a story is marked beside its rows. */
	quoteEndRows: Map<string, number>;
	/** Where in the article's text each row starts (undefined for the rows around it): a resize keeps that text in view. */
	textAt: Array<number | undefined>;
}

interface Range {
	start: number;
	end: number;
	token?: Token;
}

/** Marks a link's place in the article's text on its way through sanitising and reflowing; no text holds one. */
const linkMark = '\uFDD0';

/** Whether the link's first anchor ends where the link says, in its words: the offsets belong to this text. */
function anchoredHere(content: string, link: NonNullable<Article['links']>[number]): boolean {
	const first = link.at[0];
	if (first === undefined) return false;
	// Words of more than 200 characters are kept shortened, with "…" (article-links.ts).
	const words = link.text.endsWith('…') ? link.text.slice(0, -1) : link.text;
	// Only the end of the text before it: the words are one line of at most 200 characters, the text's spaces may be more.
	const before = content.slice(Math.max(0, first - (2 * words.length) - 8), first).replace(/\s+/gu, ' ');
	return words !== '' && (link.text.endsWith('…') ? before.includes(words) : before.endsWith(words));
}

/**
 * The article's text with a mark after each anchor of its links (the offsets the store keeps), and the number of the
 * link at each mark in text order. Offsets that do not fall after a word of this text (a text changed under them) are
 * left out.
 */
function markedContent(content: string, links: Article['links']): {text: string; numbers: number[]} {
	if (!links || links.length === 0 || content.includes(linkMark)) return {text: content, numbers: []};
	const marks = links.flatMap((link, index) => (anchoredHere(content, link) ? link.at : []).filter(at => at <= content.length && /\S/u.test(content[at - 1]!)).map(at => ({at, number: index + 1})))
		.sort((a, b) => a.at - b.at || a.number - b.number);
	let text = '';
	let last = 0;
	for (const {at} of marks) {
		text += content.slice(last, at) + linkMark;
		last = at;
	}

	return {text: text + content.slice(last), numbers: marks.map(mark => mark.number)};
}

/** The text without its marks, and where each mark stood in it. */
function takeMarks(text: string): {text: string; at: number[]} {
	const at: number[] = [];
	let plain = '';
	let last = 0;
	for (let index = text.indexOf(linkMark); index !== -1; index = text.indexOf(linkMark, index + 1)) {
		plain += text.slice(last, index);
		at.push(plain.length);
		last = index + 1;
	}

	return {text: plain + text.slice(last), at};
}

/** The text with "[n]" at each mark, the ranges moved with it, and the ranges of the numbers themselves. */
function withNumbers(text: string, marks: readonly number[], numbers: readonly number[], ranges: readonly Range[]): {text: string; ranges: Range[]} {
	let shown = '';
	let last = 0;
	const numberRanges: Range[] = [];
	// How far text at an offset moves: the length of the numbers before it (a number at a quote's start stands before it).
	const shifts: Array<{at: number; by: number}> = [];
	for (const [index, at] of marks.entries()) {
		const label = `[${numbers[index]}]`;
		shown += text.slice(last, at);
		numberRanges.push({start: shown.length, end: shown.length + label.length, token: 'accent'});
		shown += label;
		last = at;
		shifts.push({at, by: label.length});
	}

	shown += text.slice(last);
	const moved = (offset: number, atStart: boolean) => offset + shifts.filter(shift => (atStart ? shift.at <= offset : shift.at < offset)).reduce((sum, shift) => sum + shift.by, 0);
	return {text: shown, ranges: [...ranges.map(range => ({...range, start: moved(range.start, true), end: moved(range.end, false)})), ...numberRanges]};
}

function findRanges(text: string, quotes: readonly string[]): Map<string, Range> {
	const ranges = new Map<string, Range>();
	for (const quote of quotes) {
		const needle = sanitizeLine(quote);
		if (needle.length < 3) {
			continue;
		}

		// Quotes are matched by text, not offsets: the body here is normalised whitespace, the offsets are not.
		const start = text.indexOf(needle);
		if (start >= 0) {
			ranges.set(quote, {start, end: start + needle.length});
		}
	}

	return ranges;
}

function highlight(text: string, start: number, ranges: Range[]): Line {
	const end = start + text.length;
	const line: Line = [];
	let position = start;
	for (const range of ranges.filter(candidate => candidate.end > start && candidate.start < end).sort((a, b) => a.start - b.start)) {
		const from = Math.max(range.start, position);
		const to = Math.min(range.end, end);
		if (from > position) {
			line.push({text: text.slice(position - start, from - start)});
		}

		if (to > from) {
			line.push({text: text.slice(from - start, to - start), token: range.token ?? 'highlight'});
		}

		position = Math.max(position, to);
	}

	if (position < end) {
		line.push({text: text.slice(position - start)});
	}

	return line;
}

export function readerDocument(article: Article, quotes: readonly string[], width: number, messages: Messages, now: Date, offline = false): ReaderDocument {
	const lines: Line[] = [];
	const textAt: Array<number | undefined> = [];
	for (const row of wrap(shownTitle(article.title, messages), width)) {
		lines.push([{text: row.text, token: 'accent'}]);
	}

	const byline: string[] = [sanitizeLine(article.feedTitle)];
	if (article.author) {
		byline.push(`${messages.labels.by} ${sanitizeLine(article.author)}`);
	}

	byline.push(clock(article.published, now));
	lines.push([{text: truncate(byline.join(' · '), width), token: 'text.secondary'}]);
	lines.push([{text: truncate(sanitizeLine(article.url), width), token: 'text.dim'}]);
	lines.push([]);

	// The marks never sit in a run of spaces (each follows a word), so the paragraphs reflow as they would without them.
	const marked = article.content ? markedContent(article.content, article.links) : {text: article.summary, numbers: []};
	const body = sanitize(marked.text);
	const markedParagraphs = body.split(/\n\s*\n/).map(paragraph => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean);
	const {text: flat, at: marks} = takeMarks(markedParagraphs.join('\n\n'));
	const quoteRanges = findRanges(flat.replaceAll('\n\n', '  '), quotes);
	// Quotes are found in the text as the analysis has it; the numbers go in after, and the quotes' ranges move with them.
	const quotesInOrder = [...quoteRanges.keys()];
	const shown = withNumbers(flat, marks, marked.numbers, [...quoteRanges.values()]);
	const ranges = shown.ranges;
	const paragraphs = shown.text === '' ? [] : shown.text.split('\n\n');
	const quoteRows = new Map<string, number>();
	const quoteEndRows = new Map<string, number>();
	let offset = 0;
	for (const paragraph of paragraphs) {
		for (const row of wrap(paragraph, width, offset)) {
			for (const [index, quote] of quotesInOrder.entries()) {
				const range = ranges[index]!;
				if (!quoteRows.has(quote) && range.start >= row.start && range.start < row.end + 1) {
					quoteRows.set(quote, lines.length);
				}

				if (quoteRows.has(quote) && !quoteEndRows.has(quote) && range.end <= row.end + 1) {
					quoteEndRows.set(quote, lines.length);
				}
			}

			textAt[lines.length] = row.start;
			lines.push(highlight(row.text, row.start, ranges));
		}

		lines.push([]);
		offset += paragraph.length + 2;
	}

	// Headline-only feeds: there is no teaser to speak of, only the page behind the link.
	// Without a link F has nothing to fetch, and with --offline it fetches nothing: the note must not promise it.
	const note = paragraphs.length === 0
		? (article.url ? (offline ? messages.labels.noTextOffline : messages.labels.noText) : messages.labels.noTextNoLink)
		: (!article.content || article.content === article.summary ? (article.url ? (offline ? messages.labels.teaserOnlyOffline : messages.labels.teaserOnly) : messages.labels.teaserOnlyNoLink) : undefined);
	for (const row of note ? wrap(note, width, 0) : []) {
		lines.push([{text: row.text, token: 'text.dim'}]);
	}

	lines.push(...linkLines(article.links ?? [], width, messages, note !== undefined));
	textAt.length = lines.length;
	return {lines, quoteRows, quoteEndRows, textAt};
}

/**
 * The row of `to` that shows the text the row `top` of `from` showed: the same article wrapped at another width. In the
 * text it follows the words.
 */
export function sameTextRow(from: ReaderDocument, top: number, to: ReaderDocument): number {
	// A blank row on top (between paragraphs, or under the byline) stays just above the paragraph it leads to.
	const above = from.textAt[top] === undefined && from.textAt[top + 1] !== undefined ? 1 : 0;
	const at = from.textAt[top + above];
	if (at === undefined) {
		// Under the text (the note, the links) the rows keep their distance from the end; above it (title, byline), from the top.
		const lastText = from.textAt.findLastIndex(start => start !== undefined);
		return lastText >= 0 && top > lastText ? Math.max(0, to.lines.length - (from.lines.length - top)) : top;
	}

	let row = top;
	for (const [index, start] of to.textAt.entries()) {
		if (start === undefined) continue;
		if (start > at) break;
		row = index;
	}

	return Math.max(0, row - above);
}

/** The article's links under its text, numbered as in the text: the words of each, and its address under them. */
function linkLines(links: NonNullable<Article['links']>, width: number, messages: Messages, afterNote: boolean): Line[] {
	if (links.length === 0) return [];
	const lines: Line[] = afterNote ? [[]] : [];
	lines.push([{text: truncate(messages.labels.links, width), token: 'heading'}]);
	for (const row of wrap(messages.labels.linksHint, width, 0)) lines.push([{text: row.text, token: 'text.dim'}]);
	const indent = `[${links.length}] `.length;
	for (const [index, link] of links.entries()) {
		const label = `[${index + 1}]`.padEnd(indent);
		const url = sanitizeLine(link.url);
		const words = wrap(sanitizeLine(link.text) || url, Math.max(1, width - indent));
		for (const [row, {text}] of words.entries()) lines.push([{text: row === 0 ? label : ' '.repeat(indent), token: 'accent'}, {text}]);
		lines.push([{text: ' '.repeat(indent)}, {text: truncate(url, Math.max(1, width - indent)), token: 'text.dim'}]);
	}

	return lines;
}
