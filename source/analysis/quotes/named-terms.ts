// Named terms in quotation marks (a product's feature, a broadcaster, a holiday's name): words the writer names, nobody says.

import type {QuoteSpan} from './marks.js';

interface NamingWords {
	/** Before a quote, a naming verb whose subject is a thing, not a person ("a feature it's calling"): the thing names itself. */
	thingNames: RegExp;
	/** German puts the naming verb after the marks: 'was das Unternehmen „…“ nennt' (the thing before, the verb after). */
	thingBefore: RegExp;
	verbAfter: RegExp;
	/** Prepositions of source: 'sagte X bei „Sky“', 'told "Sky"' — a capitalised name after them is where words were said. */
	sourcePrepositions: ReadonlySet<string>;
	/** Heads of names of days, weeks, prizes, summits: '„Tag der …“', '"Day of …"'. */
	nameHeads: ReadonlySet<string>;
	/** The genitive or "of" that joins a name head to what it names. */
	nameJoins: ReadonlySet<string>;
	/** Articles allowed before a name head inside the marks. */
	articles: ReadonlySet<string>;
	/** Auxiliaries and copulas: a fragment holding one is a clause someone said, not a name. */
	verbs: RegExp;
}

const namingWords: Record<'de' | 'en', NamingWords> = {
	en: {
		// "it calls", "it's calling", "what it dubbed a": the pronoun "it" or a "the company" subject, never "he"/"she" (whose
		// "what he called a 'witch hunt'" quotes a person).
		thingNames: /\b(?:it|it's|it’s|it is|company|firm|app|service|platform)\s+(?:calls|called|is calling|calling|dubs|dubbed|is dubbing|names|named|brands|branded|terms|termed)(?:\s+(?:a|an|the|its))?\s*$/u,
		thingBefore: /\b(?:company|firm)\s*$/u,
		verbAfter: /^\s*(?:calls|called)\b/u,
		sourcePrepositions: new Set(['told', 'on']),
		nameHeads: new Set(['day', 'week', 'month', 'year', 'festival', 'prize', 'award', 'summit', 'holiday']),
		nameJoins: new Set(['of', 'for']),
		articles: new Set(['the', 'a', 'an']),
		verbs: /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|do|does|did)\b/u,
	},
	de: {
		// "Der Konzern nennt den Tarif „…“": a thing's name may stand a few words after the verb; "es nennt" only next to it.
		thingNames: /(?:\b(?:unternehmen|firma|konzern|hersteller|app|dienst|plattform)\s+(?:nennt|nannte|tauft|taufte)(?:\s+\p{L}+){0,3}|\bes\s+(?:nennt|nannte|tauft|taufte)(?:\s+(?:ein|eine|einen|den|die|das))?)\s*$/u,
		thingBefore: /\b(?:unternehmen|firma|konzern|hersteller|app|dienst|plattform)\s*$/u,
		verbAfter: /^\s*(?:nennt|nannte|nennen|tauft|taufte)\b/u,
		sourcePrepositions: new Set(['bei', 'gegenüber']),
		nameHeads: new Set(['tag', 'woche', 'monat', 'jahr', 'fest', 'feiertag', 'gedenktag', 'preis', 'gipfel']),
		nameJoins: new Set(['der', 'des', 'für', 'von']),
		articles: new Set(['der', 'die', 'das', 'den', 'dem', 'des']),
		verbs: /\b(?:ist|sind|war|waren|sei|wäre|hat|haben|hatte|wird|werden|wurde|kann|können|muss|müssen|soll|sollen)\b/u,
	},
};

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
const capitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

/** 1–4 words, no sentence punctuation, no auxiliary: a term's shape (a partial quote may have it too; the rules add evidence). */
export function termShaped(inner: string, language: 'de' | 'en'): boolean {
	const words = wordsOf(inner);
	return words.length >= 1 && words.length <= 4 && !/[.!?;:,]/u.test(inner) && !namingWords[language].verbs.test(inner.toLowerCase());
}

/**
 * Why the quoted span is a named term and no quote, or null. `text` is the article, `from` the sentence's start.
 * (Words quoted again after they were found a term are the term again: see isNotAQuote in direct-quotes.ts.)
 */
export function namedTermReason(text: string, language: 'de' | 'en', span: QuoteSpan, from: number): string | null {
	const lexicon = namingWords[language];
	const inner = text.slice(span.innerStart, span.innerEnd);
	const words = wordsOf(inner);
	if (words.length === 0) return null;
	// '„Müll“-Fauxpas', '"Sky"-Interview': the marks glued to a compound by its hyphen name a word, they quote no one.
	if (/^[-‐‑]\p{L}/u.test(text.slice(span.close, span.close + 2))) return 'compound';
	const shaped = termShaped(inner, language);
	const before = text.slice(Math.max(from, span.open - 40), span.open).toLowerCase();
	if (shaped && lexicon.thingNames.test(before)) return 'named by a thing';
	if (shaped && lexicon.thingBefore.test(before) && lexicon.verbAfter.test(text.slice(span.close, span.close + 20).toLowerCase())) return 'named by a thing';
	const beforeWords = before.match(/[\p{L}-]+/gu) ?? [];
	const lastBefore = beforeWords[beforeWords.length - 1] ?? '';
	if (words.length <= 3 && words.every(capitalised) && !/[.!?,;:]/u.test(inner) && lexicon.sourcePrepositions.has(lastBefore)) return 'source';
	// '„der Tag der indigenen Minderheiten“': an article, a name head, its genitive — a name of a day or a prize.
	const lower = words.map((word) => word.toLowerCase());
	const headAt = lexicon.articles.has(lower[0]!) ? 1 : 0;
	if (lower.length >= headAt + 3 && lexicon.nameHeads.has(lower[headAt]!) && capitalised(words[headAt]!) && lexicon.nameJoins.has(lower[headAt + 1]!) && !/[.!?,;:]/u.test(inner) && !lexicon.verbs.test(inner.toLowerCase())) return 'name of a day';
	return null;
}
