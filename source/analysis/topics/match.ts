// Topic matching: which configured topics an article is about, scored by weighted term and entity matches.

import type {TopicDefinition} from '../../model/topic.js';
import {outletSuffixStart} from '../stories/outlet-suffix.js';
import {foldedTokens, rawTokens, fold, type FoldedToken} from '../stories/tokens.js';
import {hasCjk} from '../../text/cjk.js';
import {cjkOccurrences} from './cjk-terms.js';

/**
 * Endings a term may take and still be the term: German and English inflection and derivation
 * (Russlands, Ukrainer, iranische, Iranian, Democrats). Deliberately no bare "i"/"a": "Iran" must not
 * match the surname "Irani".
 */
const inflections = new Set(['s', 'es', 'e', 'n', 'en', 'er', 'ern', 'em', 'ns', 'ian', 'ians', 'an', 'ans', 'ns', 'isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem']);
/** A term that ends in "e" drops it before these endings (Ukraine → Ukrainian, ukrainisch). */
const eDroppingEndings = ['ian', 'ians', 'isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem', 'er', 'ern'];

/** How much a match in the title counts against one in the body. */
export const titleMatchWeight = 3;
/**
 * A topic needs at least this score to be assigned at all: one term in the title, or three mentions in the body.
 * Measured on the topics gold (bench/RESULTS-topics.md): 2 let two passing body mentions make a topic.
 */
export const minTopicScore = 3;
/**
 * …and at least this share of the best topic's score, so a passing mention does not make a topic. Long articles
 * mention many places and themes: at 0.12 a sports report on the Olympic basketball got Europe and Germany too.
 * Tuned on the DEV gold only (bench/RESULTS-topics.md, ninth session): with body mentions counted by their square
 * root, 0.4 → 0.55 raises DEV micro F1 74.4 → 75.7.
 */
export const minShareOfBest = 0.55;
/**
 * In the body a person points to a topic less surely than a place or a theme does (Putin turns up in stories
 * on Ukraine, Syria and US politics alike), so entity matches there count half. In the title a name is what
 * the article is about ("Trump sues …", "Neil Patrick Harris on …"): it counts in full.
 */
const bodyEntityWeight = 0.5;
/**
 * The lead: the body's first words, about a teaser's length. A text states its subject in the headline and the lead; a
 * topic whose terms turn up only further down is a passing theme (a consumer piece on Disney holidays that names the World
 * Cup in its last paragraph is no sport). Tuned on the DEV gold (bench/RESULTS-topics.md, tenth session): 35 → 50 words
 * +0.6 micro F1, 50 → 70 ±0.1.
 */
export const leadLength = 50;
/**
 * A topic named in the lead but not the headline must weigh more in a longer text: its score needs minTopicScore ×
 * √(body words / densityLength). Three single mentions of tech words make a 670-word report on schools reopening no
 * technology story; five of "Unternehmen" make a 630-word portrait of a village shop no economy story. DEV: 300–500
 * alike; below 250 it costs hits.
 */
export const densityLength = 400;
/**
 * Headline words that are nationality adjectives ("Japanese monkeys", "Australian teenager", "russischer
 * Drohnenangriff"): they say where a thing or a person is from, not that the story is about that country's affairs. In the
 * headline they count as one body mention, not as a headline term. Told by their ending, so a user's own terms get it too.
 */
export const strandFactor = 2;
const nationalityAdjective = /(?:ese|ians?|ish|isch(?:e[mnrs]?)?)$/;

interface CompiledTerm {
	topic: number;
	term: string;
	/** Folded tokens of the term ("middle east" → ["middle", "east"]). */
	parts: string[];
	/** Raw tokens for case-sensitive terms. */
	rawParts: string[];
	caseSensitive: boolean;
	entity: boolean;
}

export interface CompiledTopics {
	topics: TopicDefinition[];
	/** Terms by the first 2–4 folded characters of their first token. */
	byPrefix: Map<string, CompiledTerm[]>;
	/** One-token terms of five letters or more, for the head of German compounds ("Ostukraine"). */
	compoundHeads: Map<string, CompiledTerm[]>;
	/** Terms written in Chinese, Japanese or Korean characters: looked for inside the text's CJK runs (cjk-terms.ts). */
	cjkTerms: CjkTerm[];
}

interface CjkTerm {
	text: string;
	compiled: CompiledTerm;
}

/**
 * A CJK term in the body's first this many characters is in its lead: about a teaser's length (leadLength words of
 * German or English), where a CJK run of clauses makes few tokens.
 */
const cjkLeadCharacters = 120;

export interface TopicScore {
	name: string;
	/** Body mentions damped (square root per term): decides whether the text belongs to the topic. */
	score: number;
	/**
	 * Every mention counted: decides which of its topics the text is most about. Optional: analyses stored before
	 * it existed order by `score`.
	 */
	mentions?: number;
	/**
	 * False when the text names the topic only in passing: neither in the headline nor in the lead, or in the lead too
	 * sparsely for the text's length (see leadLength, densityLength). Such a topic is not assigned. Optional: analyses
	 * stored before it existed count every topic as a subject.
	 */
	subject?: boolean;
}

function compileTerm(term: string, topic: number, entity: boolean): CompiledTerm | undefined {
	const tokens = rawTokens(term).map((token) => token.text);
	if (tokens.length === 0) return undefined;
	const parts = tokens.map(fold);
	const letters = term.replace(/[^\p{L}]/gu, '');
	// Acronyms and short capitalized words (EU, NATO, Fed, Xi, Dow) are only themselves when written so;
	// names (entities) must be capitalized ("Waltz", not "waltz").
	const acronym = letters.length >= 2 && letters === letters.toUpperCase();
	const shortCapitalized = letters.length <= 3 && /\p{Lu}/u.test(letters);
	return {topic, term, parts, rawParts: tokens, caseSensitive: acronym || shortCapitalized, entity};
}

export function compileTopics(topics: TopicDefinition[]): CompiledTopics {
	const byPrefix = new Map<string, CompiledTerm[]>();
	const compoundHeads = new Map<string, CompiledTerm[]>();
	const cjkTerms: CjkTerm[] = [];
	const push = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm) => {
		const list = map.get(key);
		if (list) list.push(term);
		else map.set(key, [term]);
	};
	for (const [index, topic] of topics.entries()) {
		const entries: Array<[string, boolean]> = [
			...topic.terms.map((term): [string, boolean] => [term, false]),
			...(topic.entities ?? []).map((entity): [string, boolean] => [entity, true]),
		];
		for (const [text, entity] of entries) {
			if (hasCjk(text)) {
				const term = text.trim();
				cjkTerms.push({text: term, compiled: {topic: index, term, parts: [term], rawParts: [term], caseSensitive: true, entity}});
				continue;
			}

			const compiled = compileTerm(text, index, entity);
			if (!compiled) continue;
			const first = compiled.parts[0]!;
			push(byPrefix, first.slice(0, 4), compiled);
			if (compiled.parts.length === 1 && first.length >= 5 && !compiled.caseSensitive) push(compoundHeads, first, compiled);
		}
	}
	return {topics, byPrefix, compoundHeads, cjkTerms};
}

/**
 * How words may differ from a term: German and English inflect in known ways; in any other language only
 * a plural "s" is taken, because the German/English endings misfire there ("militar" + "es" is Spanish
 * and Portuguese for soldiers, not the German "Militär").
 */
interface MatchRules {
	compound: boolean;
	endings: ReadonlySet<string>;
	eDropping: boolean;
}

const knownLanguageRules: MatchRules = {compound: false, endings: inflections, eDropping: true};
const otherLanguageRules: MatchRules = {compound: false, endings: new Set(['s']), eDropping: false};

function rulesFor(language: string | undefined): MatchRules {
	// Closed compounds are a German habit; in other languages "Iran…" + 4 letters is more often a name.
	if (!language || language === 'de' || language === 'und') return {...knownLanguageRules, compound: true};
	return language === 'en' ? knownLanguageRules : otherLanguageRules;
}

/**
 * Folded starts of German words that begin with a term but are words of their own, neither its inflections nor its
 * compounds: "Kriminalität" and "Krimi" are not the Crimea ("Krim"), "Operation" is no opera, "Kunststoff" (plastic),
 * "künstlich" (artificial) and "Kunstrasen" (artificial turf) are no art, "romantisch" no novel ("Roman"), the
 * "Marschflugkörper" of a war report no Mars, "handeln" (to act) is not trade ("Handel"), "Intelligenz" not Intel,
 * "Metall" not Meta, "Muskel" not Musk, "studieren" no study, "profitieren" (to benefit) no profit, "Klimaanlage"
 * (air conditioning) no climate, "Indienststellung" not India. Found by listing the words of the German gold and feed
 * texts that begin with a term (bench/RESULTS-topics.md).
 */
const otherWordStarts = [
	'krimi', 'operation', 'operativ', 'operator', 'kunststoff', 'kunstlich', 'kunstrasen', 'romantik', 'romantisch', 'marsch', 'marshall',
	'handeln', 'intellig', 'intellekt', 'metall', 'muskel', 'studier', 'profitier', 'klimaanlage', 'indienst', 'buchstablich', 'grunewald',
];

/** Is `word`, which starts with the term part `part`, one of the other words above? A longer term of its own still matches. */
function isOtherWord(word: string, part: string): boolean {
	for (const start of otherWordStarts) {
		if (start.length > part.length && start.startsWith(part) && word.startsWith(start)) return true;
	}
	return false;
}

/** Does the folded word `word` carry the folded term part `part`, inflected or as the first part of a compound? */
function partMatches(word: string, part: string, rules: MatchRules, allowCompound: boolean): boolean {
	if (word === part) return true;
	if (!word.startsWith(part)) {
		if (rules.eDropping && part.endsWith('e') && part.length >= 4) {
			const base = part.slice(0, -1);
			if (word.startsWith(base)) return eDroppingEndings.includes(word.slice(base.length));
		}
		return false;
	}
	if (isOtherWord(word, part)) return false;
	const rest = word.slice(part.length);
	if (rules.endings.has(rest)) return true;
	// German compound: "Nahost" + "konflikt", "Gaza" + "streifen": the rest must be a word of its own.
	return allowCompound && part.length >= 4 && rest.length >= 4;
}

type TextToken = FoldedToken;

const noTerms: readonly CompiledTerm[] = [];
/**
 * Per compiled topic set, the compound heads each long folded word ends in ("Ostukraine" → "ukraine"), in lookup
 * order: a German briefing asks this of every word of 8 letters or more, and the words recur.
 */
const tailTermsCache = new WeakMap<CompiledTopics, Map<string, readonly CompiledTerm[]>>();

function tailTermsOf(word: string, compiled: CompiledTopics, cache: Map<string, readonly CompiledTerm[]>): readonly CompiledTerm[] {
	const cached = cache.get(word);
	if (cached !== undefined) return cached;
	let tails: CompiledTerm[] | undefined;
	for (let cut = 3; cut <= word.length - 5; cut++) {
		const terms = compiled.compoundHeads.get(word.slice(cut));
		if (terms) (tails ??= []).push(...terms);
	}
	// Bounded: endless distinct words (hostile input) must not grow it without limit.
	if (cache.size >= 100_000) cache.clear();
	cache.set(word, tails ?? noTerms);
	return tails ?? noTerms;
}

/**
 * Per compiled topic set, the terms filed under each folded word's first four, three and two letters, in that order: one
 * lookup per word instead of three slices and three lookups, and the words of news recur (bounded like tailTermsCache).
 */
const prefixTermsCache = new WeakMap<CompiledTopics, Map<string, readonly CompiledTerm[]>>();

function prefixTermsOf(word: string, compiled: CompiledTopics, cache: Map<string, readonly CompiledTerm[]>): readonly CompiledTerm[] {
	const cached = cache.get(word);
	if (cached !== undefined) return cached;
	let found: CompiledTerm[] | undefined;
	// A term is filed under its first four folded letters (fewer if shorter): each lookup finds only its own.
	for (let length = Math.min(4, word.length); length >= 2; length--) {
		const terms = compiled.byPrefix.get(word.slice(0, length));
		if (terms !== undefined) (found ??= []).push(...terms);
	}
	if (cache.size >= 100_000) cache.clear();
	cache.set(word, found ?? noTerms);
	return found ?? noTerms;
}

/** Scratch map of one position's best term per topic, emptied after each position that matched (not a new Map per token). */
const bestScratch = new Map<number, CompiledTerm>();

/**
 * Matches per compiled term in one text. At each position only the longest matching terms count (of any
 * topic), and the tokens they cover are not matched again: "Wladimir Putin" is one mention, and the
 * "France" in "Tour de France" is sport, not Europe.
 */
interface MatchCounts {
	/** Matches per term in the whole text. */
	hits: Map<CompiledTerm, number>;
	/** Of `hits`, the one-word matches that are nationality adjectives (only when asked: the headline). */
	adjectives: Map<CompiledTerm, number> | undefined;
	/** Text offset of the last match's first token; -1 without matches. */
	lastStart: number;
}

/**
 * `inLead` (by topic index) is set for the topics with a match among the first `leadEnd` tokens; `findAdjectives` asks
 * for the nationality adjectives among the matches.
 */
function countMatches(tokens: TextToken[], compiled: CompiledTopics, rules: MatchRules, leadEnd: number, inLead: boolean[], findAdjectives: boolean): MatchCounts {
	const hits = new Map<CompiledTerm, number>();
	let adjectives: Map<CompiledTerm, number> | undefined;
	let lastStart = -1;
	const best = bestScratch;
	let tailCache = rules.compound ? tailTermsCache.get(compiled) : undefined;
	if (rules.compound && !tailCache) {
		tailCache = new Map();
		tailTermsCache.set(compiled, tailCache);
	}
	let prefixCache = prefixTermsCache.get(compiled);
	if (!prefixCache) {
		prefixCache = new Map();
		prefixTermsCache.set(compiled, prefixCache);
	}
	let coveredUntil = 0;
	for (let i = 0; i < tokens.length; i++) {
		if (i < coveredUntil) continue;
		const token = tokens[i]!;
		const word = token.folded;
		for (const term of prefixTermsOf(word, compiled, prefixCache)) {
			if (i + term.parts.length > tokens.length) continue;
			let ok = true;
			for (let k = 0; k < term.parts.length && ok; k++) {
				const candidate = tokens[i + k]!;
				const last = k === term.parts.length - 1;
				if (term.caseSensitive) {
					const rawPart = term.rawParts[k]!;
					ok = candidate.text === rawPart || (last && candidate.text.startsWith(rawPart) && /^(?:s|'s|’s)$/u.test(candidate.text.slice(rawPart.length)));
				} else {
					ok = partMatches(candidate.folded, term.parts[k]!, rules, last && rules.compound);
					if (ok && term.entity) ok = /^\p{Lu}/u.test(candidate.text);
				}
			}
			if (!ok) continue;
			const current = best.get(term.topic);
			if (!current || term.parts.length > current.parts.length) best.set(term.topic, term);
		}
		// Tail of a German compound: "Ostukraine", "Westjordanland".
		if (tailCache && word.length >= 8) {
			for (const term of tailTermsOf(word, compiled, tailCache)) {
				if (!best.has(term.topic)) best.set(term.topic, term);
			}
		}
		if (best.size === 0) continue;
		let longest = 0;
		for (const term of best.values()) longest = Math.max(longest, term.parts.length);
		for (const term of best.values()) {
			if (term.parts.length !== longest) continue;
			hits.set(term, (hits.get(term) ?? 0) + 1);
			if (i < leadEnd) inLead[term.topic] = true;
			if (findAdjectives && longest === 1 && nationalityAdjective.test(word)) {
				adjectives ??= new Map();
				adjectives.set(term, (adjectives.get(term) ?? 0) + 1);
			}
		}
		coveredUntil = i + longest;
		lastStart = token.start;
		best.clear();
	}
	return {hits, adjectives, lastStart};
}

export interface TopicText {
	title: string;
	body: string;
	language?: string;
	/** The title and body already tokenized (see tokenizeArticle), to skip tokenizing again. */
	tokens?: {title: FoldedToken[]; body: FoldedToken[]};
	/** The feed's name and the article's address, where known: they tell an outlet's name at the title's end. */
	feedTitle?: string;
	url?: string;
}

/** Characters of the separators an outlet's name follows (" - ", " | ", " » " …, see outlet-suffix.ts). */
const separatorMarks = new Set(['-', '–', '—', '|', '·', '•', ':', '/', '»']);

/** An outlet's name after a separator is short (outlet-suffix.ts: at most 40 characters). */
const maxOutletLength = 40;

/**
 * Where the last gap between two title words that holds a separator mark starts, when what follows it is short enough to
 * be an outlet's name; -1 otherwise. Read from the tokens' offsets, not by searching the title for each separator: this
 * runs for every article.
 */
function outletSeparator(title: string, tokens: readonly FoldedToken[]): number {
	for (let k = tokens.length - 1; k >= 1; k--) {
		const start = tokens[k]!.start;
		if (title.length - start > maxOutletLength) return -1;
		const previous = tokens[k - 1]!;
		for (let at = previous.start + previous.text.length; at < start; at++) {
			// A mark after a space: " - ", " | ", not the hyphen of "Russia-backed".
			if (separatorMarks.has(title[at]!) && title[at - 1] === ' ') return at;
		}
	}
	return -1;
}

/**
 * Adds the CJK terms found in the text to `hits`, marking the topics of those in its first `leadCharacters` characters
 * as in the lead. Found by substring: a CJK text has no word boundaries to match at.
 */
function addCjkMatches(hits: Map<CompiledTerm, number>, text: string, terms: readonly CjkTerm[], leadCharacters: number, inLead: boolean[]): void {
	if (!hasCjk(text)) return;
	for (const {term, start} of cjkOccurrences(text, terms)) {
		hits.set(term.compiled, (hits.get(term.compiled) ?? 0) + 1);
		if (start < leadCharacters) inLead[term.compiled.topic] = true;
	}
}

/** Scores every topic for one text; returns only topics with a positive score, best first. */
export function scoreTopics(text: TopicText, compiled: CompiledTopics): TopicScore[] {
	const rules = rulesFor(text.language);
	const scores = new Array<number>(compiled.topics.length).fill(0);
	const mentions = new Array<number>(compiled.topics.length).fill(0);
	const inHeadline = new Array<boolean>(compiled.topics.length).fill(false);
	const inLead = new Array<boolean>(compiled.topics.length).fill(false);
	const bodyTokens = text.tokens?.body ?? foldedTokens(text.body);
	// The outlet's name at the title's end is no headline word: "… - The Washington Post" is no US politics, "… - KABC-TV"
	// no television (aggregators such as Google News credit every headline so; outlet-suffix.ts finds the name).
	const titleTokens = text.tokens?.title ?? foldedTokens(text.title);
	let title = countMatches(titleTokens, compiled, rules, 0, inLead, true);
	// Looked for only when a match lies in a short last part after a separator: most titles have none, and finding the
	// name costs more (a chain of names, "… - Outlet - Google News", is then missed when the match is in the first).
	if (title.lastStart >= 0) {
		const separator = outletSeparator(text.title, titleTokens);
		if (separator >= 0 && title.lastStart > separator) {
			const outletStart = outletSuffixStart(text.title, {feedTitle: text.feedTitle, url: text.url, body: text.body});
			if (outletStart < text.title.length) {
				title = countMatches(titleTokens.filter((token) => token.start < outletStart), compiled, rules, 0, inLead, true);
			}
		}
	}
	const body = countMatches(bodyTokens, compiled, rules, leadLength, inLead, false);
	if (compiled.cjkTerms.length > 0) {
		addCjkMatches(title.hits, text.title, compiled.cjkTerms, 0, inLead);
		addCjkMatches(body.hits, text.body, compiled.cjkTerms, cjkLeadCharacters, inLead);
	}
	for (const [term, hits] of title.hits) {
		const adjectives = Math.min(title.adjectives?.get(term) ?? 0, hits);
		// Membership only: among the topics a text belongs to, a headline adjective still marks the subject ("Russia-backed
		// Syrian peace talks …" is first about the Middle East).
		scores[term.topic]! += titleMatchWeight * Math.min(hits - adjectives, 2) + Math.min(adjectives, 2);
		mentions[term.topic]! += titleMatchWeight * Math.min(hits, 2);
		if (hits > adjectives) inHeadline[term.topic] = true;
		else inLead[term.topic] = true;
	}
	// Whether a text belongs to a topic: a term's body mentions count by their square root — a long piece naming
	// China ten times is not ten times as much about China, and its one passing theme no longer outweighs the subject
	// (DEV "none" accuracy 47.1 → 52.9 %). Which of its topics it is most about: every mention counts — the subject is
	// what a text keeps returning to, while damped counts favour the topic with the most different words (an explainer
	// on NATO listing its member countries is not first about Europe).
	for (const [term, hits] of body.hits) {
		const weight = term.entity ? bodyEntityWeight : 1;
		scores[term.topic]! += weight * Math.sqrt(hits);
		mentions[term.topic]! += weight * hits;
	}
	const leadNeeds = minTopicScore * Math.sqrt(Math.max(1, bodyTokens.length / densityLength));
	const result: TopicScore[] = [];
	for (const [index, score] of scores.entries()) {
		if (score <= 0) continue;
		const subject = inHeadline[index]! || (inLead[index]! && score >= leadNeeds) || score >= strandFactor * leadNeeds;
		result.push({name: compiled.topics[index]!.name, score, mentions: mentions[index]!, subject});
	}
	return result.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

/**
 * The topics an article or story belongs to, primary first; empty when none fits. Topics the text names only in passing
 * (`subject` false) take no part, not even as the best score the others are measured against: a fire report whose last
 * paragraphs name an arms maker and the Bundestag stays without a topic.
 */
export function assignTopics(scores: TopicScore[]): string[] {
	const candidates = scores.filter((entry) => entry.subject !== false);
	const best = candidates[0]?.score ?? 0;
	if (best < minTopicScore) return [];
	return candidates
		.filter((entry) => entry.score >= minTopicScore && entry.score >= best * minShareOfBest)
		.sort((a, b) => (b.mentions ?? b.score) - (a.mentions ?? a.score) || b.score - a.score || a.name.localeCompare(b.name))
		.map((entry) => entry.name);
}

/** Adds up the topic scores of several articles (a story's reports); a topic is the story's subject when it is one report's. */
export function combineTopicScores(lists: TopicScore[][]): TopicScore[] {
	const totals = new Map<string, {score: number; mentions: number; subject: boolean}>();
	for (const list of lists) {
		for (const entry of list) {
			const total = totals.get(entry.name) ?? {score: 0, mentions: 0, subject: false};
			total.score += entry.score;
			total.mentions += entry.mentions ?? entry.score;
			total.subject ||= entry.subject !== false;
			totals.set(entry.name, total);
		}
	}
	return [...totals.entries()]
		.map(([name, {score, mentions, subject}]) => ({name, score, mentions, subject}))
		.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
