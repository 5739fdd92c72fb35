// Finds quoted spans in every common mark style in one linear pass over the text.

import {elidedOpeningsEn} from './lexicon-en.js';

export interface QuoteSpan {
	/** Offset of the opening mark. */
	open: number;
	/** Offset just after the closing mark (or the paragraph end when the quote never closed). */
	close: number;
	/** The quoted words, trimmed of spaces and a trailing comma. */
	innerStart: number;
	innerEnd: number;
	mark: string;
	/** Quote runs over a paragraph break (each new paragraph re-opens it). */
	multiParagraph: boolean;
}

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);

function closersFor(mark: string): string {
	switch (mark) {
		case '„': return '“”"';
		case '“': return '”"';
		case '«': return '»';
		case '»': return '«';
		case '"': return '"“”';
		case '‚': return '‘’\'';
		case '‘': return '’';
		case "'": return "'’";
		default: return '';
	}
}

function opensHere(text: string, i: number): boolean {
	const char = text[i]!;
	const before = text[i - 1];
	const after = text[i + 1];
	switch (char) {
		case '„': case '«': case '»': case '“':
			return !isSpace(after) || after === undefined;
		case '"':
			return !isSpace(after) && (before === undefined || !isLetter(before) || /[\s(\[{–—\-:/„]/u.test(before));
		case '‚': case '‘': case "'":
			// A single mark between letters is an apostrophe; only one before a word can open.
			return isLetter(after) && !isLetter(before) && (before === undefined || /[\s(\[{–—\-:/]/u.test(before));
		default:
			return false;
	}
}

function closesHere(text: string, i: number, mark: string): boolean {
	const char = text[i]!;
	if (!closersFor(mark).includes(char)) return false;
	const before = text[i - 1];
	const after = text[i + 1];
	if (mark === '‚' || mark === '‘' || mark === "'") return !isSpace(before) && !isLetter(after);
	if (char === '"') return !isSpace(before) || isSpace(after);
	return true;
}

/** A double mark after a sentence end and a space, before a capital: opens a quote, it cannot close one. */
function reopensAfterSentence(text: string, i: number): boolean {
	return text[i - 1] === ' ' && /[.!?]/u.test(text[i - 2] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '');
}

/** Some wires close a double quote with two apostrophes ('' ). Returns the closer's length there, else 0. */
function doubleApostropheCloser(text: string, i: number, mark: string): number {
	if ((mark !== '"' && mark !== '“') || text[i] !== "'" || text[i + 1] !== "'") return 0;
	return isSpace(text[i - 1]) || isLetter(text[i + 2]) ? 0 : 2;
}

function spanOf(text: string, open: number, closeMarkAt: number, close: number, mark: string, multiParagraph: boolean): QuoteSpan | null {
	let innerStart = open + 1;
	let innerEnd = closeMarkAt;
	while (innerStart < innerEnd && /\s/u.test(text[innerStart]!)) innerStart++;
	while (innerEnd > innerStart && /[\s,;]/u.test(text[innerEnd - 1]!)) innerEnd--;
	if (innerEnd <= innerStart) return null;
	return {open, close, innerStart, innerEnd, mark, multiParagraph};
}

const singleMarks = "‚‘'";
// Single marks are also apostrophes; a "quote" that runs this long is a misread.
const maxSingleQuoteLength = 200;

/** Words an apostrophe opening a paragraph stands in front of ("'cause", "'em"): no opening mark. */
const elidedOpenings: ReadonlySet<string> = new Set(elidedOpeningsEn);

/** "'90s", "'cause", "'em": an ASCII apostrophe standing for what is left out of a decade or a word, no opening mark. */
function elidesWord(text: string, at: number): boolean {
	// A decade by its last two digits ("'90s"); a bare number opens a quote ("'20 people have died,' …", "'400 officials …").
	if (/^\p{N}{2}s(?!\p{L})/u.test(text.slice(at + 1, at + 5))) return true;
	const word = /^\p{L}+/u.exec(text.slice(at + 1, at + 8))?.[0]?.toLowerCase() ?? '';
	return elidedOpenings.has(word);
}

/** Where the last character before `at` that is no space stands, `from - 1` if none: looked back over the spaces alone (linear). */
function nonSpaceBefore(text: string, from: number, at: number): number {
	let before = at - 1;
	while (before >= from && isSpace(text[before])) before--;
	return before;
}

/** Only spaces between the paragraph's start and `at`. */
function opensParagraph(text: string, paragraphStart: number, at: number): boolean {
	return nonSpaceBefore(text, paragraphStart, at) < paragraphStart;
}

/** Only spaces between the paragraph's start and `at`, or a colon before them. */
function opensParagraphOrCue(text: string, paragraphStart: number, at: number): boolean {
	const before = nonSpaceBefore(text, paragraphStart, at);
	return before < paragraphStart || text[before] === ':';
}

/** All top-level quotes of the text, in order. Nested quotes stay inside their outer quote. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let open = -1;
	let mark = '';
	let multiParagraph = false;
	// A single mark opening a paragraph or right after its cue's colon ("said: 'We …") opens a quote, no apostrophe: it
	// may run to the paragraph's end and, British style, on into the next paragraph that re-opens with the same mark.
	let paragraphQuote = false;
	let paragraphStart = 0;
	// Jump from one mark or line break to the next instead of visiting every character.
	const interesting = /[\n„“”«»"‚‘’']/gu;
	for (let i = 0; i < text.length; i++) {
		interesting.lastIndex = i;
		const next = interesting.exec(text);
		if (!next) break;
		i = next.index;
		const char = text[i]!;
		if (char === '\n') {
			let next = i;
			while (next < text.length && /\s/u.test(text[next]!)) next++;
			if (open >= 0) {
				const atStart = text.slice(paragraphStart, open).trim() === '' || /:\s*$/u.test(text.slice(Math.max(paragraphStart, open - 3), open));
				const single = singleMarks.includes(mark);
				if (text[next] === mark && (!single || (paragraphQuote && opensHere(text, next)))) {
					// Convention for quotes over several paragraphs: no closing mark, the next paragraph re-opens. Each
					// paragraph is a quote of its own, by the same speaker.
					let end = i;
					while (end > open && /\s/u.test(text[end - 1]!)) end--;
					const span = spanOf(text, open, end, end, mark, true);
					if (span) spans.push(span);
					open = next;
					multiParagraph = true;
					i = next;
					paragraphStart = next;
					continue;
				}
				// The last paragraph of a run in single marks may lack its closing mark too; a lone one at a paragraph's start
				// ("'Tis …") is an apostrophe unless a run of quoted paragraphs leads to it.
				if (atStart && (!single || (paragraphQuote && multiParagraph && /[.!?…]['’]?\s*$/u.test(text.slice(open, i))))) {
					let end = i;
					while (end > open && /\s/u.test(text[end - 1]!)) end--;
					const span = spanOf(text, open, end, end, mark, multiParagraph);
					if (span) spans.push(span);
				}
				open = -1;
			}
			paragraphStart = next;
			i = next - 1;
			continue;
		}
		if (open < 0) {
			// "'90s kids …", "'Cause …" opening a paragraph: an apostrophe, not a mark (a mark there may run on for paragraphs).
			const elided = char === '\'' && elidesWord(text, i) && opensParagraph(text, paragraphStart, i);
			if ('„“«»"‚‘\''.includes(char) && opensHere(text, i) && !elided) {
				open = i;
				mark = char;
				multiParagraph = false;
				paragraphQuote = singleMarks.includes(char) && opensParagraphOrCue(text, paragraphStart, i);
			}
			continue;
		}
		if (singleMarks.includes(mark) && !paragraphQuote && i - open > maxSingleQuoteLength) {
			open = -1;
			continue;
		}
		// '"… finances. "In order to …': an opening mark after a finished sentence inside an open quote means the
		// writer left out the closing mark; the quote ends with that sentence and a new one opens.
		if ((mark === '"' || mark === '“') && (char === '"' || char === '“') && reopensAfterSentence(text, i)) {
			let end = i;
			while (end > open && /\s/u.test(text[end - 1]!)) end--;
			const span = spanOf(text, open, end, end, mark, multiParagraph);
			if (span) spans.push(span);
			open = i;
			mark = char;
			multiParagraph = false;
			continue;
		}
		const apostrophes = doubleApostropheCloser(text, i, mark);
		if (apostrophes > 0 || closesHere(text, i, mark)) {
			const span = spanOf(text, open, i, i + Math.max(1, apostrophes), mark, multiParagraph);
			if (apostrophes > 0) i++;
			if (span) spans.push(span);
			open = -1;
		}
	}
	const single = singleMarks.includes(mark);
	if (open >= 0 && (!single || (paragraphQuote && multiParagraph && /[.!?…]['’]?\s*$/u.test(text.slice(open))))) {
		const atStart = text.slice(paragraphStart, open).trim() === '';
		if (atStart) {
			let end = text.length;
			while (end > open && /\s/u.test(text[end - 1]!)) end--;
			const span = spanOf(text, open, end, end, mark, multiParagraph);
			if (span) spans.push(span);
		}
	}
	return spans;
}
