// The people of a whole briefing: one name per person over its stories, and where a quoted speaker ranks on the People screen.

import {accentFold} from '../../text/accent-fold.js';
import {jointSpeakers} from './joint-speakers.js';
import {bodyKey} from './merge.js';
import {isGivenName} from './name-evidence.js';
import {nameKey, surnameKey} from './name-key.js';

// A capitalised word in lower case after its first letter ("Trump", "Peskow", "O’Neill", "Kramp-Karrenbauer").
const plainWord = /^\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

interface NameGroup {
	surname: string;
	firstKeys: Set<string>;
	counts: Map<string, number>;
}

function firstKey(words: readonly string[]): string {
	return words.length > 1 ? nameKey(words[0]!) : '';
}

// Dmitri / Dmitrij, Wolodymyr / Volodymyr: first names agree when one key starts with the other.
function agrees(keys: ReadonlySet<string>, key: string): boolean {
	for (const other of keys) if (other.startsWith(key) || key.startsWith(other)) return true;
	return false;
}

function mostUsed(counts: ReadonlyMap<string, number>): string {
	let best = '';
	let bestCount = -1;
	for (const [name, count] of counts) {
		const longer = name.split(/\s+/u).length - best.split(/\s+/u).length || name.length - best.length;
		if (count > bestCount || (count === bestCount && longer > 0)) {
			best = name;
			bestCount = count;
		}
	}
	return best;
}

/**
 * One name per person over a briefing's stories. `names` are the persons' names as the stories list them, once per
 * listing (the count is how often a spelling is used). A full name's spellings with agreeing first names (Selenskyj,
 * Zelensky; Dmitri, Dmitrij Peskow) are the most used one; a surname alone ("Trump", "Pettersen") is the one person
 * whose full name ends in it ("Donald Trump"). A surname two full names share, and any name no story lists, stay as written.
 */
export function briefingNames(names: readonly string[]): (name: string) => string {
	const groups: NameGroup[] = [];
	const surnames = new Map<string, NameGroup[]>();
	for (const name of names) {
		const words = name.trim().split(/\s+/u);
		if (words.length < 2) continue;
		const surname = surnameKey(name);
		const first = firstKey(words);
		const same = surnames.get(surname) ?? [];
		let group = same.find((candidate) => agrees(candidate.firstKeys, first));
		if (!group) {
			group = {surname, firstKeys: new Set(), counts: new Map()};
			groups.push(group);
			surnames.set(surname, [...same, group]);
		}
		group.firstKeys.add(first);
		group.counts.set(name, (group.counts.get(name) ?? 0) + 1);
	}
	const canonical = new Map<string, string>();
	for (const group of groups) {
		const name = mostUsed(group.counts);
		for (const spelling of group.counts.keys()) canonical.set(spelling, name);
	}
	return (name: string): string => {
		const known = canonical.get(name);
		if (known !== undefined) return known;
		const words = name.trim().split(/\s+/u);
		// A plain capitalised word: short forms and brand spellings ("NYC", "SpaceX") are bodies' names, and the
		// transliteration key would take "NYC" for "Nick".
		if (words.length !== 1 || !plainWord.test(name.trim())) return name;
		const same = surnames.get(surnameKey(name)) ?? [];
		if (same.length !== 1) return name;
		const full = mostUsed(same[0]!.counts);
		// The surname as the full name writes it, accents and case aside ("Trump" of "Donald Trump").
		return accentFold(full.split(/\s+/u).at(-1)!) === accentFold(name.trim()) ? full : name;
	};
}

/**
 * One name per body over a briefing's stories: the bodies' names as the stories list them, once per listing. Names of
 * one body (merge.ts's bodyKey: "Pentagon", "US Department of Defense") are the most listed one, more words first on a
 * tie, as a story names it; undefined for a name no story lists as a body.
 */
export function briefingBodyNames(names: readonly string[]): (name: string) => string | undefined {
	const counts = new Map<string, Map<string, number>>();
	for (const name of names) {
		const key = bodyKey(name);
		const same = counts.get(key) ?? new Map<string, number>();
		same.set(name, (same.get(name) ?? 0) + 1);
		counts.set(key, same);
	}
	const chosen = new Map<string, string>();
	for (const [key, same] of counts) chosen.set(key, mostUsed(same));
	return (name: string): string | undefined => (counts.get(bodyKey(name))?.has(name) ? chosen.get(bodyKey(name)) : undefined);
}

/** Where a quoted speaker ranks on the People screen: named persons, then speakers who name no one, then bodies. */
export type SpeakerStanding = 'person' | 'unnamed' | 'organisation';

/**
 * A speaker's standing: a body or state its story lists as one is an 'organisation'; a speaker no story lists ("the
 * force's commissioner", "ein Militärexperte": a role that names no one) or known only by a given name ("Andrij", whom
 * the article names so) is 'unnamed' — a reader cannot tell them apart from others so described, and they rank after
 * the persons; everyone else is a 'person'.
 */
export function speakerStanding(name: string, listed: boolean, organisation: boolean): SpeakerStanding {
	if (organisation) return 'organisation';
	if (!listed) return 'unnamed';
	const words = name.trim().split(/\s+/u);
	return words.length === 1 && isGivenName(words[0]!) ? 'unnamed' : 'person';
}

const standingOrder: Record<SpeakerStanding, number> = {person: 0, unnamed: 1, organisation: 2};

/** An entry of an article's or a story's people list, as far as the People lists read it. */
type ListedPerson = {role: string; kind?: string};

/** What the People lists know of a speaker from the quotes counted so far. */
export interface SpeakerFacts {
	role: string;
	organisation: boolean;
	listed: boolean;
}

/**
 * Whether a quote counts for its speaker on the People lists: a speaker the article's (or story's) people list does not
 * name is kept only as a described person ("der Taxifahrer", with a role other than the speaker's words).
 */
export function countsForSpeaker(quote: {speaker: string; role: string}, listed: ListedPerson | undefined): boolean {
	return quote.speaker !== '' && (listed !== undefined || (quote.role !== '' && quote.role !== quote.speaker));
}

/**
 * Whom a quote counts for on the People lists, each with the entry of `list` (the story's or article's people) that
 * names them: its speaker, or the outlets, bodies and people a joint speaker names ("NDR, WDR und SZ" is NDR, WDR and
 * SZ, never one name), each as the list names it alone, else as the list names the joint speaker.
 */
export function speakersOfQuote(speaker: string, list: ReadonlyArray<ListedPerson & {name: string}>): Array<{name: string; listed: ListedPerson | undefined}> {
	const listed = list.find(candidate => candidate.name === speaker);
	const parts = jointSpeakers(speaker, name => list.some(candidate => candidate.name === name));
	if (!parts) return [{name: speaker, listed}];
	return parts.map(part => ({
		name: part.name,
		listed: list.find(candidate => candidate.name === part.name) ?? (listed ? {role: '', ...(part.organisation ? {kind: 'organisation'} : {})} : undefined),
	}));
}

/** Adds what one quote tells of its speaker: the first role found, and whether a people list names them (as a body). */
export function addSpeakerFacts(facts: SpeakerFacts, quote: {role: string}, listed: ListedPerson | undefined): void {
	facts.role ||= quote.role || listed?.role || '';
	facts.organisation ||= listed?.kind === 'organisation';
	facts.listed ||= listed !== undefined;
}

/** The People lists' order of two speakers: by standing, then most quoted, then in most stories or reports, then name. */
export function comparePeople(
	a: {name: string; facts: SpeakerFacts; quotes: number; count: number},
	b: {name: string; facts: SpeakerFacts; quotes: number; count: number},
): number {
	const rank = (entry: typeof a): number => standingOrder[speakerStanding(entry.name, entry.facts.listed, entry.facts.organisation)];
	return rank(a) - rank(b) || b.quotes - a.quotes || b.count - a.count || a.name.localeCompare(b.name);
}
