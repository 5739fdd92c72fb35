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
	genderedPronouns: Readonly<Record<string, 'male' | 'female'>>;
	/** Documents that speak for their author ("the report said"). */
	documentNouns: Set<string>;
	/** Finite verb → the words that complete a multi-word verb of stance or finding ("geht" → [["davon", "aus"]]). */
	stancePhrases: Map<string, ReadonlyArray<readonly string[]>>;
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

/** The role noun a word ends with ("Kreml-Sprecher" → "sprecher"), female forms folded, or "". */
const roleHeadCache = new Map<string, string>();

export function roleHead(word: string, lexicon: Lexicon): string {
	const key = `${lexicon.language}:${word}`;
	const cached = roleHeadCache.get(key);
	if (cached !== undefined) return cached;
	const head = findRoleHead(word, lexicon);
	// Bounded: hostile input with endless distinct words must not grow the cache without limit.
	if (roleHeadCache.size > 20_000) roleHeadCache.clear();
	roleHeadCache.set(key, head);
	return head;
}

function findRoleHead(word: string, lexicon: Lexicon): string {
	const lower = word.toLowerCase();
	for (const stem of lexicon.roleNouns) {
		for (const form of [lower, lower.replace(/(?:es|s|en|n)$/u, '')]) {
			if (form.endsWith(stem) && (form.length === stem.length || lexicon.language === 'de' || form[form.length - stem.length - 1] === '-')) {
				return stem.replace(/(?<=..)in$/u, '').replace(/woman$/u, 'man');
			}
		}
	}
	return '';
}
