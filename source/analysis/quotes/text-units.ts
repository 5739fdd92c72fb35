// Splits article text into paragraphs, sentences and word tokens, all with offsets into the text.

import {endsWithAbbreviation} from '../../text/abbreviations.js';
import {sentenceSegments} from '../../text/sentence-segments.js';

export interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	/** Letters or digits (a word), as opposed to punctuation. */
	word: boolean;
	/** Starts with an upper-case letter. */
	cap: boolean;
	/** A lower-case name particle inside a name ("von der" in "Ursula von der Leyen"). */
	particle?: boolean;
	/** The role noun the word ends with ("" for none), kept once asked: the rules ask it of a token many times. */
	roleHead?: string | undefined;
	/** Inside quotation marks (set for a sentence unit's tokens, see UnitToken). */
	quoted?: boolean;
}

export interface Span {
	start: number;
	end: number;
}

/** Paragraphs: runs of text between line breaks, trimmed. */
export function paragraphsOf(text: string): Span[] {
	const spans: Span[] = [];
	const pattern = /[^\n]+/g;
	for (const match of text.matchAll(pattern)) {
		const raw = match[0];
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed === '') continue;
		const start = (match.index ?? 0) + lead;
		spans.push({start, end: start + trimmed.length});
	}
	return spans;
}

// A run of one repeated mark is one token, so a megabyte of "„„„" stays cheap.
// A German truncated compound keeps its hyphen ("Gesundheits-, Sozial- und Integrationsdirektor"): it is the first
// part of a word completed after "und"/"oder", never a word (or a name) of its own.
// An initial inside a name ("C. Eugene Steuerle", "George W. Bush", "J. K. Rowling") is one word with its full stop: a
// lone capital and a full stop before a capitalised word, not after a letter or a dot ("U.S." stays one abbreviation).
const tokenPattern = /(?<![\p{L}\p{N}.])\p{Lu}\.(?=[ \t\u00a0]+\p{Lu})|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*(?:-(?=,?\s+(?:und|oder|bzw\.|sowie|\p{L}+-,?\s)))?|([^\s\p{L}\p{N}])\1*/gu;

export function tokensOf(text: string, from: number, to: number): Token[] {
	const tokens: Token[] = [];
	const slice = text.slice(from, to);
	for (const match of slice.matchAll(tokenPattern)) {
		const value = match[0];
		const start = from + (match.index ?? 0);
		const word = match[1] === undefined;
		const lower = word ? value.toLowerCase() : value;
		// Every field the passes set later is here from the start: tokens of one shape keep the rules' optimized code
		// monomorphic (a particle or quoted flag added afterwards gave tokens three shapes and collectMentions 20
		// deoptimizations and recompilations per briefing).
		tokens.push({text: value, lower, start, end: start + value.length, word, cap: word && value[0] !== lower[0], particle: false, roleHead: undefined, quoted: false});
	}
	return tokens;
}


const dayNumber = /(?<![\p{L}\p{N}.])\d{1,2}\.$/u;
const monthFirst = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(language === 'de' || language === 'en' ? language : 'en', {granularity: 'sentence'});
		segmenters.set(language, segmenter);
	}
	return segmenter;
}

/** Sentences of one paragraph, keeping abbreviations ("Dr.", "z.B.", "U.S.") inside their sentence. */
export function sentencesOf(text: string, paragraph: Span, language: string): Span[] {
	const slice = text.slice(paragraph.start, paragraph.end);
	const spans: Span[] = [];
	// In windows: Intl.Segmenter is quadratic on one long paragraph.
	for (const segment of sentenceSegments(segmenterFor(language), slice)) {
		const raw = segment.segment;
		const trimmed = raw.trimEnd();
		if (trimmed.trim() === '') continue;
		const lead = trimmed.length - trimmed.trimStart().length;
		const start = paragraph.start + segment.index + lead;
		const end = paragraph.start + segment.index + trimmed.length;
		const previous = spans[spans.length - 1];
		const tail = previous ? text.slice(Math.max(previous.start, previous.end - 12), previous.end) : '';
		// "am 21. August": the segmenter ends a sentence after a German day number before its month.
		if (previous && (endsWithAbbreviation(tail) || (dayNumber.test(tail) && monthFirst.test(trimmed.trimStart())))) {
			previous.end = end;
			continue;
		}
		spans.push({start, end});
	}
	return spans;
}
