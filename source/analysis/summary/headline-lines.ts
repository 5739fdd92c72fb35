// Headlines as summary sentences: an aggregator's list of other outlets' headlines, and titles without their outlet's name, section labels or questions.

import {creditLines} from '../people/list-evidence.js';
import {withoutOutletSuffix} from '../stories/outlet-suffix.js';

/**
 * The other outlets' lines of an aggregator's item (Google News: its own headline, then each other outlet's headline
 * followed by that outlet's name, "China closely tracking debris of its most powerful rocket Reuters"), as written;
 * null when the article is no aggregator's item. Such a text is a list of credits, not prose: read as sentences it
 * gives "… booster rocket concerns Yahoo!" (the outlet "Yahoo! Voices" cut at its "!").
 */
export function aggregatorLines(title: string, body: string): string[] | null {
	if (body === '' || !body.includes('\n')) return null;
	const text = `${title}\n${body}`;
	const lines = creditLines(text);
	if (!lines) return null;
	const credit = titleCredit(title);
	const own = (credit === '' ? title : title.slice(0, title.lastIndexOf(credit))).replace(/[\s\-–—|]+$/u, '').replace(/\s+/gu, ' ').trim();
	// The item's own headline, repeated with its outlet, is the title again. (A loop: the chain of slice, map with a
	// destructured pair and filter deoptimized summarizeStory, into which it is inlined, again and again.)
	const result: string[] = [];
	for (let index = 1; index < lines.length; index++) {
		const span = lines[index]!;
		const line = text.slice(span[0], span[1]).replace(/\s+/gu, ' ').trim();
		if (!line.startsWith(own)) result.push(line);
	}
	return result;
}

/** The outlet an aggregator's title credits ("<headline> - CNN" → "CNN"); '' without one. */
export function titleCredit(title: string): string {
	const match = /\s[-–—|]\s+([^-–—|]{2,40})$/u.exec(title);
	return match ? match[1]!.trim() : '';
}

/**
 * An aggregator's line without the outlet name that ends it, when that outlet is one of `credits` (the story's feeds
 * and the outlets its items credit); null when no known outlet ends the line: cutting a guessed name off a Title Case
 * headline would as likely cut the headline ("… a Populated Community The Daily Beast").
 */
export function lineWithoutCredit(line: string, credits: readonly string[]): {headline: string; outlet: string} | null {
	let best = '';
	for (const credit of credits) {
		if (credit.length > best.length && line.length > credit.length + 1 && line.endsWith(credit) && /\s/u.test(line[line.length - credit.length - 1]!)) best = credit;
	}
	return best === '' ? null : {headline: line.slice(0, line.length - best.length).trimEnd(), outlet: best};
}

/** A section's label or a show's name set apart by a bar has at most this many words ("Opinion", "Signs of the Times", "WION Originals"). */
const maxLabelWords = 4;

/**
 * A title as the summary shows it: without its outlet's name ("… | USA TODAY", "… - IGN") and without the labels an
 * outlet sets apart by bars, before or after the headline ("Opinion | …", "… | The View", "… | WION Originals").
 */
export function headlineText(title: string, context: {feedTitle?: string | undefined; url?: string | undefined; body?: string | undefined} = {}): string {
	let text = withoutOutletSuffix(title.replace(/\s+/gu, ' ').trim(), context);
	const parts = text.split(' | ');
	if (parts.length > 1) {
		const words = (part: string): number => part.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
		while (parts.length > 1 && words(parts[parts.length - 1]!) <= maxLabelWords) parts.pop();
		while (parts.length > 1 && words(parts[0]!) <= maxLabelWords) parts.shift();
		text = parts.join(' | ');
	}
	return text;
}

/**
 * Whether a headline says what happened: no question in it ("Confused by the huge Mega Millions prize?", "What's the
 * future of the International Space Station?"), and not cut short by its feed (an opening quote never closed:
 * "… Losing 'Critical Competitive Adva").
 */
export function tellsWhatHappened(headline: string): boolean {
	// A question anywhere ("Now should I worry about monkeypox? Our medical analyst explains").
	if (/\?["'’”»]?(?:\s|$)/u.test(headline.trim())) return false;
	return quotesClosed(headline);
}

/** Every quotation opened in the text is closed: "“…”", "‘…’", "'…'" and '"…"' (an apostrophe inside a word opens nothing). */
function quotesClosed(text: string): boolean {
	const curlyDouble = (text.match(/“/gu) ?? []).length - (text.match(/”/gu) ?? []).length;
	if (curlyDouble > 0) return false;
	if ((text.match(/"/gu) ?? []).length % 2 === 1) return false;
	// Straight and curly single quotes open after a space or at the start and close before a space, punctuation or the end.
	let open = 0;
	for (const match of text.matchAll(/['‘’]/gu)) {
		const at = match.index ?? 0;
		const before = at === 0 ? ' ' : text[at - 1]!;
		const after = at + 1 >= text.length ? ' ' : text[at + 1]!;
		const opens = /[\s(\[“"]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
		const closes = /[\p{L}\p{N}.!?,]/u.test(before) && /[\s.,;:!?)\]”"]/u.test(after);
		if (opens && match[0] !== '’') open++;
		else if (closes && open > 0) open--;
	}
	return open === 0;
}

// Words that stand before a name at a headline's end, never at its end: a cut after them would take the name for the outlet.
const beforeNames = new Set([
	'from', 'in', 'to', 'with', 'for', 'the', 'of', 'at', 'on', 'by', 'and', 'after', 'before', 'over', 'into', 'against', 'vs', 'vs.', 'about',
	'as', 'a', 'an', 'or', 'near', 'between', 'amid', 'than', 'like', 'under', 'across', 'via', 'per', 'your', 'my', 'his', 'her', 'its',
	'their', 'our', 'this', 'that', 'these', 'those',
]);

/**
 * An aggregator's line without the outlet name that ends it, guessed from the words when no known outlet ends it: the
 * run of one to three capitalised words after the headline's last lower-case word ("… of its most powerful rocket
 * Reuters"). Null where the guess is unsafe: a Title Case headline (its own words are capitalised), a headline whose
 * end is a name after a preposition or article ("… with Frontier", "… to Earth"), or a run after a quote or a comma.
 * On the 170 headlines of the bundled Google News snapshots with their outlets after them: 74 right, 1 wrong ("… if
 * Speaker Pelosi visits"), 95 left alone (four words allowed: 75 right, 2 wrong, "… a persistently late" Federal
 * Reserve The Hill).
 */
export function lineWithoutGuessedCredit(line: string): string | null {
	const words = line.split(' ');
	let at = words.length;
	while (at > 0) {
		const word = words[at - 1]!;
		const nameWord = /^\p{Lu}/u.test(word) || /^\p{N}+\p{L}/u.test(word) || word === '&';
		if (!nameWord || /[,;:'’"”)?]$/u.test(word)) break;
		at--;
	}
	const run = words.length - at;
	if (run < 1 || run > 3 || at < 4) return null;
	const before = words[at - 1]!;
	if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(before) || beforeNames.has(before)) return null;
	const head = words.slice(0, at);
	// Sentence case: at least two longer lower-case words.
	if (head.filter((word) => /^\p{Ll}{4,}/u.test(word)).length < 2) return null;
	return head.join(' ');
}
