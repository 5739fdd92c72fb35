// Whether a capital letter says anything about a name: Title-Case headlines, sentence openers and the body's own capitals.

import {genderOfGivenName} from './given-names.js';

/** The parts of a token these rules read (the quote engine's tokens have them). */
export interface CapitalToken {
	text: string;
	lower: string;
	word: boolean;
	cap: boolean;
}

// Marks after which a word starts a sentence or a headline part, so its capital tells nothing.
const openingMarks = /^(?::|["“”„«»'‘’‚›‹]+|[–—-]|\(|\[)$/u;

function possessiveStripped(word: string): string {
	return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

/** All capitals and at least two letters ("CNN", "KSTP", "AFP"): an acronym, written the same in any casing style. */
export function isAcronym(text: string): boolean {
	return /^\p{Lu}[\p{Lu}\d]+$/u.test(possessiveStripped(text));
}

/** Has lower-case letters ("Whelan", "McHenry"), as opposed to an acronym. */
export function isMixedCase(text: string): boolean {
	return /\p{Ll}/u.test(text);
}

// Longer prepositions and conjunctions some Title-Case styles leave lower-case ("Working with Cloudflare").
const titleCaseLowerWords = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'about', 'after', 'amid', 'versus', 'against', 'through']);

/**
 * An English line written in Title Case ("Amazon Sues Online Stores Selling Pirated DVDs"): every longer word after the
 * first is capitalised, so capitals there do not mark names. Short words (of, to, in) and a few longer prepositions
 * (with, from) may stay lower-case; any other lower-case word ("The Shoreline Trust urged the Marine Council") makes it prose. Sentence-case headlines ("Russia says it will withdraw …") are no Title Case.
 */
export function isTitleCaseLine(tokens: readonly CapitalToken[]): boolean {
	let capital = 0;
	let lower = 0;
	let seenFirst = false;
	for (const token of tokens) {
		if (!token.word || !/^\p{L}/u.test(token.text)) continue;
		if (!seenFirst) {
			seenFirst = true;
			continue;
		}
		if (token.cap) {
			if (!isAcronym(token.text)) capital++;
		} else if (token.text.length > 3 && !titleCaseLowerWords.has(token.lower)) lower++;
	}
	return capital >= 3 && lower === 0;
}

/** A word that opens a sentence or a headline part: first word, or right after a colon, an opening quote or a dash. */
export function opensSentence(tokens: readonly CapitalToken[], index: number): boolean {
	for (let k = index - 1; k >= 0; k--) {
		const token = tokens[k]!;
		if (token.word) return false;
		return openingMarks.test(token.text);
	}
	return true;
}

/**
 * Capitalised words the article writes with a capital where nothing else forces one: inside a sentence (not its first
 * word) of a line that is not in Title Case. Such a capital confirms a name ("Amazon has filed …" confirms "Amazon"
 * of the headline "Amazon Sues Online Stores"); in German it confirms an adjective as part of a name ("die Deutsche Bank").
 */
export function confirmedCapitals(lines: ReadonlyArray<readonly CapitalToken[]>, titleCase: (line: number) => boolean): Set<string> {
	const confirmed = new Set<string>();
	lines.forEach((tokens, line) => {
		if (titleCase(line)) return;
		tokens.forEach((token, index) => {
			if (!token.word || !token.cap || opensSentence(tokens, index)) return;
			confirmed.add(possessiveStripped(token.text));
		});
	});
	return confirmed;
}

/** A known given name ("Charles", "Neil"): opens a name in any casing style. */
export function isGivenName(text: string): boolean {
	return genderOfGivenName(possessiveStripped(text)) !== 'any';
}

// German adjectives and quantifiers that open a noun phrase at the head of a sentence ("Schwere Vorwürfe", "Weitere
// Briefbombe", "Tausende Impftermine"): endings of derived adjectives, comparatives, superlatives and participles.
const germanAdjectiveEnding = /(?:ige|igen|iges|igem|ische|ischen|isches|liche|lichen|liches|bare|baren|bares|ende|enden|endes)$/u;
// Endings names share more often ("Mette", "Anette"): only on longer words ("Weitere", "Geplante", "Ungewisse").
const germanWeakAdjectiveEnding = /(?:ere|eren|eres|ste|sten|stes|ene|enen|enes|sse|ssen|ale|alen|aler|ales|ive|iven|iver|ives)$/u;
// Past participles as adjectives ("Geplante", "Verletzte", "Bestätigte"); a bare -te is a surname too ("Schulte").
const germanParticipleAdjective = /^(?:ge|er|ver|be|ent|zer)\p{L}{2,}(?:te|ten|tes)$/u;

// Short German adjectives and quantifiers frequent at the head of a sentence.
const germanOpeningAdjectives = new Set([
	'neue', 'neuen', 'neues', 'neuer', 'alte', 'alten', 'altes', 'große', 'großen', 'großes', 'kleine', 'kleinen', 'kleines',
	'schwere', 'schweren', 'schweres', 'genaue', 'genauen', 'genaues', 'hohe', 'hohen', 'hohes', 'lange', 'langen', 'gute',
	'guten', 'gutes', 'freie', 'ganze', 'ganzen', 'volle', 'vollen', 'frühe', 'späte', 'harte', 'harten', 'klare', 'klaren',
	'schwache', 'starke', 'starken', 'grüne', 'grünes', 'grünen', 'rote', 'rotes', 'blaue', 'leere', 'offene', 'offenen',
	'tausende', 'hunderte', 'dutzende', 'zahlreiche', 'zahlreichen', 'wenige', 'wenigen', 'weniger', 'mehr', 'viele', 'vielen',
	'einige', 'mehrere', 'weitere', 'weiteren', 'andere', 'anderen', 'beide', 'beiden', 'welche', 'welchen', 'welcher', 'welches',
	'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'hundert', 'tausend',
	'millionen', 'milliarden', 'halbe', 'erste', 'ersten', 'zweite', 'dritte', 'letzte', 'letzten', 'nächste', 'nächsten',
]);

// Number words and quantifiers: they open a noun phrase wherever they stand ("…, Tausende Arbeitsplätze gestrichen").
const germanQuantifiers = new Set([
	'tausende', 'hunderte', 'dutzende', 'zahlreiche', 'zahlreichen', 'wenige', 'wenigen', 'viele', 'vielen', 'einige', 'mehrere',
	'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'hundert', 'tausend',
	'millionen', 'milliarden',
]);

/** A German number word or quantifier ("Zwei", "Tausende"): opens a noun phrase anywhere, never a name. */
export function isGermanQuantifier(token: CapitalToken): boolean {
	return token.word && germanQuantifiers.has(token.lower);
}

// Strong adjective forms opening a sentence ("Zweiter Anlauf", "Heftiger Schusswechsel", "Sexueller Übergriff"): ordinals,
// and derived adjectives in -iger (not -eiger: "Geiger", "Steiger"), -ischer (not "Fischer"), -licher, -ueller / -ieller,
// present participles in -ender ("Spannender"; not -eender).
const germanStrongOpeners = new Set(['erster', 'zweiter', 'dritter', 'vierter', 'fünfter', 'letzter', 'nächster', 'neuer', 'weiterer', 'großer', 'schwerer', 'erneuter']);
const germanStrongAdjectiveEnding = /(?:[^e]iger|[ui]eller|licher|[^e]ender)$/u;

/**
 * Words that open a German sentence with a capital only because they open it, never as a name: finite auxiliaries and
 * modal verbs of a question or an inverted clause ("Ist Deutschland …?"), negation ("Nicht jeder …"). Kept as data.
 */
const germanNonNameOpeners = new Set([
	'ist', 'sind', 'war', 'waren', 'wäre', 'wären', 'sei', 'seien', 'wird', 'werden', 'wurde', 'wurden', 'würde', 'würden',
	'hat', 'haben', 'hatte', 'hatten', 'hätte', 'hätten', 'kann', 'können', 'konnte', 'konnten', 'könnte', 'könnten',
	'soll', 'sollen', 'sollte', 'sollten', 'muss', 'müssen', 'musste', 'mussten', 'darf', 'dürfen', 'durfte', 'will', 'wollen',
	'wollte', 'gibt', 'gab', 'geht', 'ging', 'steht', 'stand', 'bleibt', 'blieb', 'nicht', 'kein', 'keine', 'keinen', 'keiner',
	'nichts', 'niemand', 'ja', 'nein', 'doch', 'bitte', 'danke',
]);

/**
 * A German word that, opening a sentence, begins a noun phrase and no name: an inflected adjective, a quantifier or a
 * number word ("Schwere Vorwürfe", "Zwei Rücktritte", "Milliarden Euro"). Known given names are names ("Heike Hofmann").
 */
export function isGermanPhraseOpener(token: CapitalToken): boolean {
	if (!token.word || isGivenName(token.text)) return false;
	if (germanOpeningAdjectives.has(token.lower) || germanStrongOpeners.has(token.lower)) return true;
	if (token.lower.length >= 8 && (germanStrongAdjectiveEnding.test(token.lower) || (/ischer$/u.test(token.lower) && !/fischer$/u.test(token.lower)))) return true;
	return (token.lower.length > 4 && germanAdjectiveEnding.test(token.lower)) || (token.lower.length >= 7 && germanWeakAdjectiveEnding.test(token.lower)) || germanParticipleAdjective.test(token.lower);
}

/**
 * A German adjective or quantifier of the closed list that opens noun phrases ("erster", "weiteren", "beiden"), in any
 * casing: before a capitalised pair inside a sentence it opens a noun phrase ("an erster Stelle Aufgabe der …"), no name.
 */
export function isGermanAdjectiveWord(token: CapitalToken): boolean {
	return token.word && (germanOpeningAdjectives.has(token.lower) || germanStrongOpeners.has(token.lower));
}

/** A German verb form or negation capitalised only for opening a sentence ("Ist", "Nicht"): never a name (germanNonNameOpeners). */
export function isGermanNonNameOpener(token: CapitalToken): boolean {
	return token.word && germanNonNameOpeners.has(token.lower);
}

// Measure and amount nouns that follow a number ("5 Milliarden Euro", "zwei Jahren Haft").
const germanNumberWords = /^(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|mehreren|einigen|wenigen|vielen|etlichen)$/u;

/** A German capitalised run right after a number is an amount ("fünf Milliarden Euro", "zwei Jahren Haft"), no name. */
export function followsGermanNumber(previous: CapitalToken | undefined): boolean {
	return previous !== undefined && previous.word && germanNumberWords.test(previous.lower);
}

// Units of measure and of amount: a closed class of German nouns ("pro Kilogramm Körpergewicht", "Milligramm Wirkstoff").
const germanMeasureNouns = /^(?:(?:milli|mikro|zenti|kilo|quadrat|kubik)?(?:gramm|meter|liter)|tonnen?|hektar|prozent|promille|grad|kalorien|kilowattstunden?|megawatt|gigawatt|kilowatt|dezibel|euro|dollar|cent|rappen|rubel|stück|kilo)$/u;

/** A German unit of measure ("Kilogramm", "Prozent", "Euro") opening a capitalised run: an amount of something, no name. */
export function isGermanMeasureNoun(token: CapitalToken): boolean {
	return token.word && germanMeasureNouns.test(token.lower);
}
