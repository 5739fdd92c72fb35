// The per-article context every pass of the quote engine shares: sentence units, their tokens and quotes, and what the passes learned.

import type {Quote, QuoteKind} from '../../model/quote.js';
import {genderOfGivenName} from '../people/given-names.js';
import {properBodyDe} from '../people/body-case-de.js';
import {type Entity, PeopleRegistry} from '../people/registry.js';
import {nominativeRoleDe} from '../people/role-case.js';
import {type Lexicon, lexiconFor} from './lexicon.js';
import {findQuoteSpans, type QuoteSpan} from './marks.js';
import {isNameToken} from './phrases.js';
import {paragraphsOf, sentencesOf, type Span, type Token, tokensOf} from './text-units.js';

export interface UnitToken extends Token {
	/** Inside quotation marks (the quoted words, not the writer's). */
	quoted: boolean;
}

export interface Unit extends Span {
	index: number;
	paragraph: number;
	tokens: UnitToken[];
	quotes: QuoteSpan[];
	/** Entities named in the writer's words of this sentence, in order. */
	mentioned: Entity[];
	/** Entities that speak in this sentence. */
	speakers: Entity[];
	/** The cues the sentence pass found, kept for the passes after it (finding them again costs as much as the pass). */
	cues?: Cue[];
}

/** A resolved speaker: a known entity, or a description the text gives ("ein Militärexperte"), or nobody. */
export interface Speaker {
	entity: Entity | null;
	text: string;
	role: string;
}

export interface Cue {
	/** Token index of the cue word in the unit. */
	at: number;
	kind: 'speech' | 'framing' | 'source' | 'so' | 'impersonal' | 'statement';
	cue: string;
	speaker: Speaker;
	/** Token range the speaker phrase covers (excluded from reported clauses). */
	phraseFrom: number;
	phraseTo: number;
}

export const nobody: Speaker = {entity: null, text: '', role: ''};

/** A quotation mark token (a quote just closed or about to open). */
export function isQuoteMark(token: UnitToken | undefined): boolean {
	return token !== undefined && !token.word && /["“”„«»'’]/u.test(token.text);
}

/** The sentence unit holding a text offset (the last one starting at or before it), found by halving. */
export function unitAt(ctx: ArticleContext, position: number): Unit | undefined {
	let low = 0;
	let high = ctx.units.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (ctx.units[middle]!.start <= position) low = middle;
		else high = middle - 1;
	}
	return ctx.units[low];
}

export function speakerName(speaker: Speaker): string {
	return speaker.entity ? speaker.entity.name : speaker.text;
}

export function speakerRole(speaker: Speaker): string {
	return speaker.entity ? speaker.entity.role : speaker.role;
}

const maxUnitLength = 1500;

/** Lower-case particles inside personal names ("von der Leyen", "van Gogh", "bin Salman"). */
const nameParticles = new Set(['von', 'van', 'de', 'del', 'della', 'di', 'da', 'du', 'al', 'bin', 'ibn', 'ten', 'ter', 'dos']);

/**
 * "Ursula von der Leyen", "Ludwig van Beethoven", "Mohammed bin Salman": lower-case particles between a given
 * name and a capitalised surname belong to the name. The word before must be a known given name (German nouns
 * before "von" are mostly no names: "Hauptstadt von Frankreich"), or in English any capitalised non-role word.
 */
function markNameParticles(ctx: ArticleContext, tokens: Token[]): void {
	for (let i = 1; i < tokens.length - 1; i++) {
		if (!nameParticles.has(tokens[i]!.text)) continue;
		const previous = tokens[i - 1]!;
		if (!previous.word || !previous.cap || !isNameToken(previous, ctx.lexicon)) continue;
		// In German text a particle that is no German word ("de", "van", "del", "di", "dos", "al", "ibn", "ten") between two
		// capitalised words is a name's, whatever the given name; "von", "da", "du", "bin" are German words too.
		const foreignParticle = ctx.lexicon.language === 'de' && !/^(?:von|da|du|bin)$/u.test(tokens[i]!.text);
		if (genderOfGivenName(previous.text) === 'any' && !foreignParticle && (ctx.lexicon.language !== 'en' || i - 1 === 0)) continue;
		let end = i + 1;
		if (/^(?:der|den|la|le|los|las)$/u.test(tokens[end]?.text ?? '') && /^(?:von|van|de)$/u.test(tokens[i]!.text)) end++;
		const surname = tokens[end];
		if (!surname || !surname.word || !surname.cap || !isNameToken(surname, ctx.lexicon)) continue;
		for (let j = i; j < end; j++) tokens[j]!.particle = true;
		i = end;
	}
}

/**
 * "'Did you sign it?' Kimmel asked." — the segmenter ends a sentence after "?'" but the cue that
 * follows belongs to the quote: a short next sentence with a speech verb joins the quote's sentence.
 */
function isCueTail(ctx: ArticleContext, text: string, previous: Span & {paragraph: number}, sentence: Span & {paragraph: number}): boolean {
	if (previous.paragraph !== sentence.paragraph) return false;
	if (!/[.?!…]["“”’'»«]\s*$/u.test(text.slice(Math.max(previous.start, previous.end - 3), previous.end))) return false;
	// "Labour leader X said: "Good riddance."" opens a quote of its own: no tail of the one before.
	if (/:\s*["“„«»'‘‚]/u.test(text.slice(sentence.start, sentence.end))) return false;
	// "X sagte: „…“ Er fügte hinzu, …": a quote opened after a colon has its cue already; the next sentence is a report
	// of its own, not the tail of that quote.
	if (/:\s*["“„«»'‘‚]/u.test(text.slice(previous.start, previous.end))) return false;
	const tail = text.slice(sentence.start, sentence.end);
	const words = tail.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
	if (words.length === 0 || words.length > 7) return false;
	// A tail that carries a clause of its own ("He added that …", "Er fügte hinzu, die Lage sei …") reports on its own.
	if (words.some((word) => ctx.lexicon.complementizers.has(word))) return false;
	const comma = tail.indexOf(',');
	const afterComma = comma < 0 ? [] : tail.slice(comma + 1).toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
	if (afterComma.some((word) => ctx.lexicon.konjunktiv.has(word) || ctx.lexicon.weakKonjunktiv.has(word))) return false;
	return words.slice(0, 5).some((word) => ctx.lexicon.speechVerbs.has(word) || ctx.lexicon.separable.has(word)) || words[0] === 'so';
}

/** Index of the first token at or after `position` (binary search: tokens are in order). */
export function tokenIndexAt(unit: Unit, position: number): number {
	let low = 0;
	let high = unit.tokens.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (unit.tokens[middle]!.start >= position) high = middle;
		else low = middle + 1;
	}
	return low;
}

export function quotedShare(unit: Unit, start: number, end: number): number {
	let quoted = 0;
	for (const span of unit.quotes) quoted += Math.max(0, Math.min(end, span.close) - Math.max(start, span.open));
	return end > start ? quoted / (end - start) : 1;
}

export function sentenceEnd(ctx: ArticleContext, unit: Unit): number {
	let end = unit.end;
	while (end > unit.start && /[\s.!?]/u.test(ctx.text[end - 1]!)) end--;
	return end;
}

export function startsLine(ctx: ArticleContext, offset: number): boolean {
	const lineStart = ctx.text.lastIndexOf('\n', offset - 1) + 1;
	return ctx.text.slice(lineStart, offset).trim() === '';
}

/** One article under analysis: its text cut into sentence units, and what the passes learn about it. */
/**
 * The words an article's tokens give by `pick` (its token and the unit's tokens, or undefined for none), gathered once
 * per article into `cache`: the whole-article word lists some rules consult for every name.
 */
export function articleWords(ctx: ArticleContext, cache: WeakMap<ArticleContext, Set<string>>, pick: (tokens: readonly UnitToken[], at: number) => string | undefined): Set<string> {
	let words = cache.get(ctx);
	if (!words) {
		words = new Set();
		for (const unit of ctx.units) {
			for (let at = 0; at < unit.tokens.length; at++) {
				const word = pick(unit.tokens, at);
				if (word !== undefined) words.add(word);
			}
		}
		cache.set(ctx, words);
	}
	return words;
}

export class ArticleContext {

	readonly lexicon: Lexicon;

	readonly registry: PeopleRegistry;

	readonly units: Unit[] = [];

	readonly quotes: Quote[] = [];

	/** Last speech event: who spoke, in which unit. */
	last: {speaker: Speaker; unit: number} | null = null;

	/** Kind of the last speech event's quote, and the last direct quote's speaker: a fragment between does not take the floor. */
	lastKind: QuoteKind | null = null;
	lastDirect: {speaker: Speaker; unit: number} | null = null;

	/** Sentences written in Title Case, where capitals do not mark names. */
	readonly titleCaseUnits = new Set<number>();

	readonly wordCounts = new Map<string, number>();

	/** Words the article capitalises where nothing forces a capital (name-evidence.ts). */
	confirmed = new Set<string>();

	constructor(readonly text: string, language: string) {
		this.lexicon = lexiconFor(language);
		this.registry = this.lexicon.language === 'de' ? new PeopleRegistry(nominativeRoleDe, properBodyDe) : new PeopleRegistry();
		const spans = findQuoteSpans(text);
		const paragraphs = paragraphsOf(text);
		const sentences: Array<Span & {paragraph: number}> = [];
		paragraphs.forEach((paragraph, index) => {
			for (const sentence of sentencesOf(text, paragraph, this.lexicon.language)) sentences.push({...sentence, paragraph: index});
		});
		// A sentence boundary inside quotation marks does not end the writer's sentence.
		const merged: Array<Span & {paragraph: number}> = [];
		let spanIndex = 0;
		for (const sentence of sentences) {
			const previous = merged[merged.length - 1];
			while (spanIndex < spans.length && spans[spanIndex]!.close <= sentence.start) spanIndex++;
			const inside = spanIndex < spans.length && spans[spanIndex]!.open < sentence.start && spans[spanIndex]!.close > sentence.start;
			const hangingTail = previous && /^[,;]/u.test(text.slice(sentence.start, sentence.start + 1));
			const span = spans[spanIndex];
			if (previous && inside && span && span.open > previous.start && /[.!?:]["“”„«»']?\s*$/u.test(text.slice(previous.start, span.open))) {
				// The segmenter hung an opening mark on the previous sentence: the new sentence starts at the mark.
				previous.end = span.open;
				while (previous.end > previous.start && /\s/u.test(text[previous.end - 1]!)) previous.end--;
				merged.push({...sentence, start: span.open});
			} else if (previous && (inside || hangingTail || isCueTail(this, text, previous, sentence))) previous.end = Math.max(previous.end, sentence.end);
			else merged.push({...sentence});
		}
		// No real sentence is this long; capping units keeps the per-sentence work linear on hostile input.
		const capped: Array<Span & {paragraph: number}> = [];
		for (const sentence of merged) {
			let start = sentence.start;
			while (sentence.end - start > maxUnitLength) {
				let cut = start + maxUnitLength;
				const space = text.slice(start, cut).lastIndexOf(' ');
				if (space > maxUnitLength / 2) cut = start + space;
				capped.push({start, end: cut, paragraph: sentence.paragraph});
				start = cut;
			}
			capped.push({start, end: sentence.end, paragraph: sentence.paragraph});
		}
		let quoteIndex = 0;
		capped.forEach((sentence, index) => {
			const quotes: QuoteSpan[] = [];
			while (quoteIndex < spans.length && spans[quoteIndex]!.open < sentence.end) {
				if (spans[quoteIndex]!.open >= sentence.start) quotes.push(spans[quoteIndex]!);
				quoteIndex++;
			}
			const tokens = tokensOf(text, sentence.start, sentence.end) as UnitToken[];
			markNameParticles(this, tokens);
			let pointer = 0;
			for (const token of tokens) {
				while (pointer < quotes.length && quotes[pointer]!.innerEnd < token.end) pointer++;
				const quote = quotes[pointer];
				token.quoted = quote !== undefined && token.start >= quote.innerStart && token.end <= quote.innerEnd;
			}
			this.units.push({start: sentence.start, end: sentence.end, index, paragraph: sentence.paragraph, tokens, quotes, mentioned: [], speakers: []});
		});
	}

	/** Per given name, the one surname written after it in the text, or "" (the text does not change). */
	readonly givenNameSurnames = new Map<string, string>();

	fullNamed: Entity[] | undefined;

	/** Documents the text names with their author ("a report by TNO", "TNO's report", "eine RKI-Studie"), in order. */
	readonly documents: Array<{noun: string; author: Speaker; position: number}> = [];

	/** Per entity, what its current name alone tells (names grow, so the name is kept to notice a change). */
	readonly thingByName = new Map<Entity, {name: string; named: boolean; ending: boolean}>();

	articledScanned = 0;

	readonly articled = new Set<Entity>();

	readonly cueCache = new Map<number, Cue[]>();

	pendingColon: {speaker: Speaker; cue: string; paragraph: number} | null = null;

	/** The entity behind each quote's speaker, so a name completed later ("Biden" → "Joe Biden") reaches every quote. */
	readonly speakerEntities = new Map<Quote, Entity>();

	/** Headline quotes kept only if their speaker is found once the whole article is read. */
	readonly tentative = new Set<Quote>();

	/** Uncued quoted fragments, attributed only when an attributed quote repeats them. */
	readonly uncued: Array<{kind: QuoteKind; start: number; end: number}> = [];
}
