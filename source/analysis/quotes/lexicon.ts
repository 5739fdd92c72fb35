// One view over the German or English word lists, as sets, so the engine asks the same questions of both.

import * as de from './lexicon-de.js';
import * as en from './lexicon-en.js';

export interface Lexicon {
	language: 'de' | 'en';
	speechVerbs: Set<string>;
	/** Speech verbs that only count before a "that" clause or at the very end of a sentence. */
	weakSpeechVerbs: Set<string>;
	/** Finite form → particles that complete it ("teilte" → {"mit"}). */
	separable: Map<string, Set<string>>;
	/** First word → words that complete a two-word verb of saying ("pointed" → ["out"]). */
	phrasalSpeechVerbs: Readonly<Record<string, readonly string[]>>;
	framingVerbs: Set<string>;
	roleNouns: string[];
	/** Role heads of know-how descriptions anyone may carry besides their job ("expert", "Experte"). */
	describers: Set<string>;
	/** Role heads of epithets for someone just named ("the 43-year-old", "the fan", "die Siegerin"). */
	epithets: Set<string>;
	/** Role heads of public offices, whose holders are no "expert". */
	publicOffices: Set<string>;
	/** Role heads of a field of work ("politician", "Forscherin"), which a holder of any office may be described as. */
	fieldNouns: Set<string>;
	functionWords: Set<string>;
	determiners: Set<string>;
	indefinite: Set<string>;
	pronouns: Readonly<Record<string, 'male' | 'female' | 'any' | 'organisation'>>;
	complementizers: Set<string>;
	konjunktiv: Set<string>;
	weakKonjunktiv: Set<string>;
	termMarkers: string[];
	titleNouns: string[];
	sourceWords: Set<string>;
	sourceNouns: Set<string>;
	groupSpeakers: Set<string>;
	subordinators: Set<string>;
	statementNouns: Set<string>;
	organisationNouns: Set<string>;
	/** A firm's legal form closing its name ("Northvolt AB", "Siemens AG"): matched as a whole word only. */
	legalForms: Set<string>;
	/** Descriptions news uses for people it does not name ("a senior official", "ein Insider"). */
	anonymousSources: Set<string>;
	/** Nouns for any kind of body ("the company", "der Konzern"): the organisation the text was just about, whatever its name. */
	anyBodyNouns: Set<string>;
	genderedPronouns: Readonly<Record<string, 'male' | 'female'>>;
	/** Documents that speak for their author ("the report said"). */
	documentNouns: Set<string>;
	/** Finite verb → the words that complete a multi-word verb of stance or finding ("geht" → [["davon", "aus"]]). */
	stancePhrases: Map<string, ReadonlyArray<readonly string[]>>;
}

/** Role heads as roleHead gives them (female forms folded). */
function headsOf(nouns: readonly string[]): Set<string> {
	return new Set(nouns.map((noun) => noun.replace(/(?<=..)in$/u, '').replace(/woman$/u, 'man')));
}

function build(language: 'de' | 'en'): Lexicon {
	if (language === 'de') {
		const separable = new Map<string, Set<string>>();
		for (const entry of de.separableSpeechVerbsDe) {
			for (const form of entry.forms) {
				const set = separable.get(form) ?? new Set<string>();
				set.add(entry.particle);
				separable.set(form, set);
			}
		}
		const stancePhrases = new Map<string, Array<readonly string[]>>();
		for (const entry of de.stancePhrasesDe) {
			for (const form of entry.forms) {
				const list = stancePhrases.get(form) ?? [];
				list.push(entry.completion);
				stancePhrases.set(form, list);
			}
		}
		return {
			language,
			speechVerbs: new Set(de.speechVerbsDe),
			weakSpeechVerbs: new Set(),
			separable,
			phrasalSpeechVerbs: {},
			framingVerbs: new Set(de.framingVerbsDe),
			roleNouns: [...de.roleNounsDe].sort((a, b) => b.length - a.length),
			describers: headsOf(de.describerNounsDe),
			epithets: headsOf(de.epithetNounsDe),
			publicOffices: headsOf(de.publicOfficesDe),
			fieldNouns: headsOf(de.fieldNounsDe),
			functionWords: new Set(de.functionWordsDe),
			determiners: new Set(de.determinersDe),
			indefinite: new Set(de.indefiniteDeterminersDe),
			pronouns: de.pronounsDe,
			complementizers: new Set(de.complementizersDe),
			konjunktiv: new Set(de.konjunktivDe),
			weakKonjunktiv: new Set(de.weakKonjunktivDe),
			termMarkers: [...de.termMarkersDe],
			titleNouns: [...de.titleNounsDe],
			sourceWords: new Set(de.sourcePrepositionsDe),
			sourceNouns: new Set(de.sourceNounsDe),
			groupSpeakers: new Set(de.groupSpeakersDe),
			subordinators: new Set(de.subordinatorsDe),
			statementNouns: new Set(de.statementNounsDe),
			organisationNouns: new Set(de.organisationNounsDe),
			legalForms: new Set(de.legalFormsDe),
			anonymousSources: new Set(de.anonymousSourcesDe),
			anyBodyNouns: new Set(de.anyBodyNounsDe),
			genderedPronouns: {},
			documentNouns: new Set(de.documentNounsDe),
			stancePhrases,
		};
	}
	return {
		language,
		speechVerbs: new Set(en.speechVerbsEn),
		weakSpeechVerbs: new Set(en.weakSpeechVerbsEn),
		separable: new Map(),
		phrasalSpeechVerbs: en.phrasalSpeechVerbsEn,
		framingVerbs: new Set(en.framingVerbsEn),
		roleNouns: [...en.roleNounsEn].sort((a, b) => b.length - a.length),
		describers: headsOf(en.describerNounsEn),
		epithets: headsOf(en.epithetNounsEn),
		publicOffices: headsOf(en.publicOfficesEn),
		fieldNouns: headsOf(en.fieldNounsEn),
		functionWords: new Set(en.functionWordsEn),
		determiners: new Set(en.determinersEn),
		indefinite: new Set(en.indefiniteDeterminersEn),
		pronouns: en.pronounsEn,
		complementizers: new Set(en.complementizersEn),
		konjunktiv: new Set(),
		weakKonjunktiv: new Set(),
		termMarkers: [...en.termMarkersEn],
		titleNouns: [...en.titleNounsEn],
		sourceWords: new Set(['according']),
		sourceNouns: new Set(),
		groupSpeakers: new Set(en.groupSpeakersEn),
		subordinators: new Set(en.subordinatorsEn),
		statementNouns: new Set(en.statementNounsEn),
		organisationNouns: new Set(en.organisationNounsEn),
		legalForms: new Set(en.legalFormsEn),
		anonymousSources: new Set(en.anonymousSourcesEn),
		anyBodyNouns: new Set(en.anyBodyNounsEn),
		genderedPronouns: en.genderedPronounsEn,
		documentNouns: new Set(en.documentNounsEn),
		stancePhrases: new Map(),
	};
}

const cache = new Map<string, Lexicon>();

export function lexiconFor(language: string): Lexicon {
	const key = language.toLowerCase().startsWith('de') ? 'de' : 'en';
	let lexicon = cache.get(key);
	if (!lexicon) {
		lexicon = build(key);
		cache.set(key, lexicon);
	}
	return lexicon;
}

/**
 * The role noun a word ends with ("Kreml-Sprecher" → "sprecher"), female forms folded, or "". Asked for nearly every
 * token, many times: answered from a per-lexicon cache keyed by the word itself (a key built per call cost more than
 * the lookup).
 */
export function roleHead(word: string, lexicon: Lexicon): string {
	const index = roleIndexOf(lexicon.roleNouns);
	const cached = index.cache.get(word);
	if (cached !== undefined) return cached;
	const head = findRoleHead(word, lexicon);
	// Bounded: hostile input with endless distinct words must not grow the cache without limit.
	if (index.cache.size > 100_000) index.cache.clear();
	index.cache.set(word, head);
	return head;
}

interface RoleIndex {
	/** Each role noun's place in the lexicon's list (longest first): the earlier one wins among equally long ones. */
	rank: Map<string, number>;
	/** The head a role noun gives: female forms folded ("ministerin" → "minister", "spokeswoman" → "spokesman"). */
	head: Map<string, string>;
	longest: number;
	shortest: number;
	/** Answers given so far, by word. */
	cache: Map<string, string>;
}

const roleIndexes = new WeakMap<readonly string[], RoleIndex>();
let lastIndex: {nouns: readonly string[]; index: RoleIndex} | undefined;

function roleIndexOf(nouns: readonly string[]): RoleIndex {
	if (lastIndex?.nouns === nouns) return lastIndex.index;
	let index = roleIndexes.get(nouns);
	if (!index) {
		index = {rank: new Map(), head: new Map(), longest: 0, shortest: Number.POSITIVE_INFINITY, cache: new Map()};
		for (const [rank, noun] of nouns.entries()) {
			if (index.rank.has(noun)) continue;
			index.rank.set(noun, rank);
			index.head.set(noun, noun.replace(/(?<=..)in$/u, '').replace(/woman$/u, 'man'));
			index.longest = Math.max(index.longest, noun.length);
			index.shortest = Math.min(index.shortest, noun.length);
		}
		roleIndexes.set(nouns, index);
	}
	lastIndex = {nouns, index};
	return index;
}

/*
 * The longest role noun the word (or the word without a plural/case ending) ends with. Looked up by the word's
 * endings, longest first, instead of trying every role noun of the lexicon against the word: a briefing of 10,000
 * articles asks for ~10^5 distinct words, and the scan over hundreds of nouns was 4 % of its time.
 */
export function findRoleHead(word: string, lexicon: Lexicon): string {
	const index = roleIndexOf(lexicon.roleNouns);
	const lower = word.toLowerCase();
	// German plurals and cases end in -en/-n too ("Sprechern"); English ones only in -s/-es, so "Mann" is no "man".
	const forms = [lower, lower.replace(lexicon.language === 'de' ? /(?:es|s|en|n)$/u : /(?:es|s)$/u, '')];
	for (let length = Math.min(index.longest, lower.length); length >= index.shortest; length--) {
		let best: string | undefined;
		let bestRank = Number.POSITIVE_INFINITY;
		for (const form of forms) {
			if (form.length < length) continue;
			const noun = form.slice(form.length - length);
			const rank = index.rank.get(noun);
			if (rank === undefined || rank >= bestRank) continue;
			// English role nouns stand alone or after a hyphen ("vice-president"); German ones end compounds.
			if (form.length === length || lexicon.language === 'de' || form[form.length - length - 1] === '-') {
				best = noun;
				bestRank = rank;
			}
		}
		if (best !== undefined) return index.head.get(best)!;
	}
	return '';
}
