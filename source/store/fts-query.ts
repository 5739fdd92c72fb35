// Turns what a person types into a safe FTS5 query: every term is a quoted string, so no FTS syntax gets through.

import {searchErrorKeys, type SearchErrorKey} from '../i18n/error-keys.js';
import {KeyedError, keyed} from '../i18n/keyed-error.js';
import {accentFold} from '../text/accent-fold.js';
import {cjkRuns, firstCjkIndex, hasCjk} from '../text/cjk.js';
import {cjkQueryPhrase} from './cjk-bigrams.js';

/** The index's headline columns: the title and its CJK character pairs. */
export const titleColumns = '{title cjk_title}';

/** One term of a search as typed. */
export interface SearchTerm {
	/** The word, or a phrase's words joined by single spaces. */
	word: string;
	/** A trailing `*`: words that begin with it. */
	prefix: boolean;
	/** Words in double quotes: side by side in this order. */
	phrase?: true;
	/** `-word`: hits must not hold it. */
	exclude?: true;
	/** Joined to the term before by `OR`: either of them. */
	orPrevious?: true;
	/** `title:word`: only in the headline. */
	titleOnly?: true;
}

/** `feed:words` in a search: the feeds whose title or address holds the words (lower case, accents folded). */
export interface FeedFilter {
	/** As typed, for a message when no feed matches. */
	typed: string;
	/** The words, folded; every one must occur in the feed's title or address. */
	words: string[];
	/** `-feed:words`: hits from these feeds are left out. */
	exclude?: true;
}

/** A search as typed: the terms for the index and the feeds it is limited to. */
export interface ParsedSearch {
	terms: SearchTerm[];
	feeds: FeedFilter[];
}

/**
 * A phrase in straight or typographic double quotes ("…", „…“, “…”), perhaps after a field (`title:"Olaf Scholz"`),
 * or a run of other characters.
 */
const tokenPattern = /(-?)((?:title|titel|feed|quelle):)?["„“”]([^"„“”]*)["„“”]?|(\S+)/giu;
/** A field before a word: `title:` (German `titel:`) for the headline, `feed:` (`quelle:`) for the outlet. */
const fieldPattern = /^(-?)(title|titel|feed|quelle):(.*)$/iu;

function fieldOf(name: string | undefined): 'title' | 'feed' | undefined {
	if (name === undefined) return undefined;
	const lower = name.toLowerCase().replace(/:$/u, '');
	return lower === 'title' || lower === 'titel' ? 'title' : 'feed';
}

/** The words of a feed filter as compared: lower case, accents folded (so "Sueddeutsche" and "Süddeutsche" both need their own spelling). */
function feedWords(text: string): string[] {
	return accentFold(text).split(/[^\p{L}\p{N}.\-/]+/u).filter(word => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The terms of a search as typed, in order: words, a trailing `*` asking for a prefix match, words in double quotes as
 * one phrase, `-word` to leave out, and `OR` (in capitals, between two terms) for either.
 */
export function searchTerms(text: string): SearchTerm[] {
	return parseSearch(text).terms;
}

/**
 * A search as typed: its terms (see searchTerms; `title:word`, `title:"two words"` and `title:ukr*` only in the
 * headline) and its feed filters (`feed:tagesschau`, `feed:"Deutsche Welle"`; `-feed:bild` leaves a feed out).
 * German `titel:` and `quelle:` alike; a word with any other colon is searched as text.
 */
export function parseSearch(text: string): ParsedSearch {
	const terms: SearchTerm[] = [];
	const feeds: FeedFilter[] = [];
	let pendingOr = false;
	for (const match of text.normalize('NFC').matchAll(tokenPattern)) {
		const phrase = match[4] === undefined;
		let raw = phrase ? (match[3] ?? '').split(/\s+/u).join(' ') : match[4]!;
		let exclude = phrase && match[1] === '-';
		let field = phrase ? fieldOf(match[2]) : undefined;
		if (!phrase && raw === 'OR') {
			pendingOr = terms.length > 0 && !terms.at(-1)!.exclude;
			continue;
		}

		const fielded = phrase ? undefined : fieldPattern.exec(raw);
		if (fielded && fielded[3] !== '') {
			field = fieldOf(fielded[2]);
			exclude = fielded[1] === '-';
			raw = fielded[3]!;
		}

		if (field === 'feed') {
			const words = feedWords(raw.replace(/\*+$/u, ''));
			if (words.length > 0) feeds.push({typed: raw, words, ...(exclude ? {exclude: true as const} : {})});
			// A feed filter is no term: OR beside it joins nothing.
			pendingOr = false;
			continue;
		}

		if (!phrase && !fielded && /^-[\p{L}\p{N}]/u.test(raw)) {
			exclude = true;
			raw = raw.slice(1);
		}

		const prefix = /\*+$/u.test(raw);
		const word = raw.replace(/\*+$/u, '').trim();
		// A term without letters or digits yields no tokens; FTS5 would reject or ignore it.
		if (!/[\p{L}\p{N}]/u.test(word)) continue;
		terms.push({
			word,
			prefix,
			...(phrase && /\s/u.test(word) ? {phrase: true as const} : {}),
			...(exclude ? {exclude: true as const} : {}),
			...(pendingOr && !exclude ? {orPrevious: true as const} : {}),
			...(field === 'title' ? {titleOnly: true as const} : {}),
		});
		pendingOr = false;
	}

	return {terms, feeds};
}

/** A `feed:` filter that names no stored feed: the search says so instead of "nothing found". */
export class NoFeedMatchError extends KeyedError {
	static readonly keys: readonly SearchErrorKey[] = searchErrorKeys;
	constructor(readonly filter: string) {
		super(...keyed({key: 'noFeedMatch', params: {filter}}));
		this.name = 'NoFeedMatchError';
	}
}

/** Whether a feed with this title and address is one the filter names. */
export function feedMatches(filter: FeedFilter, title: string, url: string): boolean {
	const haystack = `${accentFold(title)}\n${accentFold(url)}`;
	return filter.words.every(word => haystack.includes(word));
}

/** The words of a search that must (or may) occur, for other spellings: neither left-out ones nor phrases. */
export function searchWords(text: string): Array<{word: string; prefix: boolean; phrase?: true}> {
	return searchTerms(text).filter(term => !term.exclude).map(({word, prefix, phrase}) => (phrase ? {word, prefix, phrase} : {word, prefix}));
}

function quoted(word: string): string {
	return `"${word.replaceAll('"', '""')}"`;
}

/**
 * A prefix as German writes it either way, ss for ß ("Strasse*" finds "Straßenbau"): whole words get their other
 * spellings from the index's vocabulary (search-spellings.ts), a prefix has no word to fold. The index keeps ß (its
 * tokenizer folds accents, not ß), so each spelling matches only its own words. Umlauts need nothing of the kind for
 * the typed umlaut (ä is indexed as a); "ae" typed for it is left: "ue" → "u" would widen "blue*" to "blu*".
 */
export function prefixSpellings(word: string): string[] {
	return [...new Set([word, word.replaceAll('ss', 'ß'), word.replaceAll('ß', 'ss')])];
}

/**
 * A word with CJK characters, looked up by its runs' character pairs in the CJK columns (every run must occur): the
 * index holds a CJK run as one token, a word inside it only as pairs. A phrase's other words are ANDed with it.
 */
function cjkQuery(word: string): string {
	const parts = word.split(' ').flatMap(piece => (hasCjk(piece)
		? [...leadingLatin(piece), ...cjkRuns(piece).map(run => {
			const {phrase, prefix} = cjkQueryPhrase(run);
			// In parentheses: a column filter cannot follow another (title:'s) directly.
			return `({cjk_title cjk_body} : ${quoted(phrase)}${prefix ? '*' : ''})`;
		})]
		: /[\p{L}\p{N}]/u.test(piece) ? [quoted(piece)] : []));
	return parts.length > 1 ? `(${parts.join(' AND ')})` : parts[0]!;
}

/**
 * The Latin letters or digits a mixed word opens with ("G7峰会"), as a prefix: the text's token begins with them
 * ("g7峰会"), so "G7峰会" does not find every 峰会. Letters after a CJK run ("北京Berlin") start no token and no pair, so
 * nothing can look them up: they are left out, as before.
 */
function leadingLatin(piece: string): string[] {
	// What stands before the first CJK character, when it is all letters and digits (one token with the run).
	const latin = piece.slice(0, Math.max(0, firstCjkIndex(piece)));
	return /^[\p{L}\p{N}]+$/u.test(latin) ? [`${quoted(latin)}*`] : [];
}

function prefixQuery(word: string): string {
	const spellings = prefixSpellings(word).map(spelling => `${quoted(spelling)}*`);
	return spellings.length > 1 ? `(${spellings.join(' OR ')})` : spellings[0]!;
}

/**
 * Words are ANDed. A trailing `*` on a word asks for a prefix match (`ukrain*`); words in double quotes are a phrase
 * ("Boeing 787" does not find "787 … Boeing"); `OR` between two terms takes either (`Boeing Airbus OR Embraer`: Boeing
 * and one of the two); `-word` leaves out what holds it; `title:word` looks in the headline only. Feed filters are
 * not part of the query (the store limits the rows). Everything else, including parentheses, `NEAR(` and FTS5's own
 * column syntax, is searched for as plain text.
 * `spellings` gives other spellings of a word (Selenskyj → selenskij, zelensky), any of which may match it.
 * Returns undefined when nothing searchable is left (also when every term is one to leave out).
 */
export function buildFtsQuery(text: string, spellings?: ReadonlyMap<string, readonly string[]>): string | undefined {
	const groups: string[][] = [];
	const excluded: string[] = [];
	for (const term of searchTerms(text)) {
		const others = term.prefix || term.exclude ? [] : (spellings?.get(term.word) ?? []);
		const plain = hasCjk(term.word)
			? cjkQuery(term.word)
			: term.prefix
				? prefixQuery(term.word)
				: (others.length > 0 ? `(${[term.word, ...others].map(quoted).join(' OR ')})` : quoted(term.word));
		// A column filter inside the headline-first query's own ({title cjk_title} : (…)) keeps to the headline: filters intersect.
		const rendered = term.titleOnly ? `${titleColumns} : ${plain}` : plain;
		if (term.exclude) excluded.push(rendered);
		else if (term.orPrevious && groups.length > 0) groups.at(-1)!.push(rendered);
		else groups.push([rendered]);
	}

	if (groups.length === 0) return undefined;
	// An explicit AND: FTS5 takes no implicit one after a parenthesised group.
	const wanted = groups.map(group => (group.length > 1 ? `(${group.join(' OR ')})` : group[0]!)).join(' AND ');
	return excluded.length > 0 ? `(${wanted}) NOT (${excluded.join(' OR ')})` : wanted;
}
