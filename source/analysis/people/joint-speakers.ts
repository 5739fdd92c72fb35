// A speaker that is a list of outlets, bodies or people ("NDR, WDR und SZ"): the quote engine gives the list as one speaker.

import {isGivenName} from './name-evidence.js';

/** One of the speakers a joint speaker names. */
export interface JointPart {
	name: string;
	/** A short form ("WDR"): an outlet or body. A person's name, or a name known from a people list, is not marked. */
	organisation: boolean;
}

// ", " and the last "und"/"and"/"sowie"/"&" of a list ("NDR, WDR und SZ", "Reuters, AFP and AP"), over text whose
// whitespace runs are single spaces: a \s* before the comma would try every start in a long run of spaces.
const joiner = / ?, ?(?:(?:und|and|sowie|&) )?| (?:und|and|sowie|&) /u;
const conjunction = / (?:und|and|sowie|&) /u;
const quoteMarks = /^["'„“”‚‘’«»]+|["'„“”‚‘’«»]+$/gu;
// A short form in capitals ("NDR", "SZ", "RTL2", "AP"), or a news agency's lower-case one.
const shortForm = /^(?:\p{Lu}[\p{Lu}\p{N}-]{1,7}|dpa|epd|kna|sid)$/u;

/** A person's full name: capitalised words, the first a given name ("Emmanuel Macron"). */
function fullPersonName(part: string): boolean {
	const words = part.split(/\s+/u);
	return words.length >= 2 && words.every(word => /^\p{Lu}/u.test(word)) && isGivenName(words[0]!);
}

/**
 * The speakers a joint speaker names, or undefined when it is one name. Only lists whose every part stands as a name on
 * its own count — a short form ("WDR"), a person's full name, or a name `listedAlone` knows (the story's or article's
 * people list) —, so a body named with "und" stays whole ("Stiftung Wissenschaft und Politik", "Procter & Gamble",
 * "Bund und Länder").
 */
export function jointSpeakers(speaker: string, listedAlone: (name: string) => boolean = () => false): JointPart[] | undefined {
	const text = speaker.replace(/\s+/gu, ' ').trim();
	if (!text.includes(',') && !conjunction.test(text)) return undefined;
	const parts = [...new Set(text.split(joiner).map(part => part.replace(quoteMarks, '').trim()))];
	if (parts.length < 2 || parts.some(part => part === '')) return undefined;
	const named = parts.map(part => ({part, short: shortForm.test(part), person: fullPersonName(part), alone: listedAlone(part)}));
	if (!named.every(({short, person, alone}) => short || person || alone)) return undefined;
	// "Olaf Scholz, SPD", "Peter Maier, CEO": a name with its party or title after a comma is one speaker, not a list.
	if (named.length === 2 && !conjunction.test(text) && !named[0]!.short && named[1]!.short) return undefined;
	return named.map(({part, short}) => ({name: part, organisation: short}));
}

/**
 * A people list with each joint speaker's entry replaced by the parts it names: `entryOf` makes a part's entry; a part
 * the list holds on its own keeps that entry, which `credit` tells of the joint one (a story adds its quote count).
 */
export function withJointParts<T extends {name: string}>(people: readonly T[], entryOf: (part: JointPart, joint: T) => T, credit: (known: T, joint: T) => void = () => undefined): T[] {
	const names = new Set(people.map(person => person.name));
	const joint = people.map(person => ({person, parts: jointSpeakers(person.name, name => names.has(name))}));
	if (joint.every(({parts}) => parts === undefined)) return [...people];
	const listed = new Map<string, T>();
	for (const {person, parts} of joint) if (!parts && !listed.has(person.name)) listed.set(person.name, person);
	for (const {person, parts} of joint) {
		for (const part of parts ?? []) {
			const known = listed.get(part.name);
			if (known) credit(known, person);
			else listed.set(part.name, entryOf(part, person));
		}
	}
	return [...listed.values()];
}
