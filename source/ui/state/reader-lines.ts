// The article reader as rows: title, byline, and the wrapped text with quotes marked for highlighting.

import type {Article} from '../../model/article.js';
import {type Messages} from '../../i18n/index.js';
import {clock} from '../text/age.js';
import {truncate, wrap} from '../text/fit.js';
import type {Line} from '../text/line.js';
import {sanitize, sanitizeLine} from '../../terminal/sanitize.js';
import {shownTitle} from '../text/untitled.js';

export interface ReaderDocument {
	lines: Line[];
	/** Row where each quote (by its text) starts, to scroll there. */
	quoteRows: Map<string, number>;
}

interface Range {
	start: number;
	end: number;
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
			line.push({text: text.slice(from - start, to - start), token: 'highlight'});
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

	const body = sanitize(article.content || article.summary);
	const paragraphs = body.split(/\n\s*\n/).map(paragraph => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean);
	const flat = paragraphs.join('\n\n');
	const ranges = findRanges(flat.replaceAll('\n\n', '  '), quotes);
	const quoteRows = new Map<string, number>();
	let offset = 0;
	for (const paragraph of paragraphs) {
		for (const row of wrap(paragraph, width, offset)) {
			for (const [quote, range] of ranges) {
				if (!quoteRows.has(quote) && range.start >= row.start && range.start < row.end + 1) {
					quoteRows.set(quote, lines.length);
				}
			}

			lines.push(highlight(row.text, row.start, [...ranges.values()]));
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

	return {lines, quoteRows};
}
