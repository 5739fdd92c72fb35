// Merges the people of several articles into one identity per person, with a canonical name.

import type {Person} from '../../model/quote.js';
import {bodyAliases} from './body-aliases.js';
import {nameKey, surnameKey} from './name-key.js';

// The United States named before one of its departments, which the department's name leaves out as often: "US
// Department of Defense". Only there: "US Army" and "British Army", "US Embassy" and "British Embassy" are two bodies.
const usQualifiers = new Set(['us', 'u.s.', 'u.s', 'usa', 'american']);
// English nouns of a ministry written after its field ("Defense department") or before it ("Department of Defense").
const ministryNouns = new Set(['department', 'ministry', 'office']);

/** A ministry's field before its noun written the other way round: "defense department" → "department of defense". */
const ofForm = (words: string[]): string[] => (words.length === 2 && ministryNouns.has(words[1]!) ? [words[1]!, 'of', words[0]!] : words);

/**
 * The key one body's names share: case, a leading article, a US department's "US", a short form in brackets aside; a
 * ministry's field before or after its noun ("Defense department", "Department of Defense"); a well-known other name
 * ("Pentagon", body-aliases.ts). "Pentagon", "Defense department" and "US Department of Defense (DoD)" have one.
 */
export function bodyKey(name: string): string {
	// A short form in brackets at the end goes: cut at its opening bracket, not by a regex anchored at the end.
	let trimmed = name.trim();
	if (trimmed.endsWith(')') && trimmed.lastIndexOf('(') > 0) trimmed = trimmed.slice(0, trimmed.lastIndexOf('(')).trimEnd();
	let words = trimmed.toLowerCase().split(/\s+/u);
	if (words.length > 1 && words[0] === 'the') words = words.slice(1);
	words = ofForm(words);
	if (words.length > 2 && usQualifiers.has(words[0]!)) {
		const department = ofForm(words.slice(1));
		if (department[0] === 'department' || bodyAliases[department.join(' ')] !== undefined) words = department;
	}
	const key = words.join(' ');
	return bodyAliases[key] ?? key;
}


export interface MergedPeople {
	people: Person[];
	/** Canonical name for any name or alias seen (or a plausible spelling of it); the input when unknown. */
	canonicalOf(name: string): string;
}

interface Group {
	surname: string;
	/** bodyKey of the group's bodies' names: another name of the same body joins it. */
	bodyKeys: Set<string>;
	firstKeys: Set<string>;
	names: Map<string, number>;
	roles: Map<string, number>;
	aliases: Set<string>;
	/** How many of the merged entries were bodies (kind 'organisation'): the majority decides. */
	bodies: number;
	entries: number;
}

function firstKeyOf(name: string): string {
	const words = name.trim().split(/\s+/);
	return words.length > 1 ? nameKey(words[0]!) : '';
}

// Two first names agree when one is missing or one key starts with the other (Dmitri / Dmitrij).
function firstNamesAgree(a: Set<string>, b: string): boolean {
	if (b === '' || a.size === 0) return true;
	for (const key of a) if (key.startsWith(b) || b.startsWith(key)) return true;
	return false;
}

function most(counts: Map<string, number>, prefer: (a: string, b: string) => number): string {
	let best = '';
	let bestCount = -1;
	for (const [value, count] of counts) {
		if (count > bestCount || (count === bestCount && prefer(value, best) > 0)) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}

export function mergePeople(lists: ReadonlyArray<readonly Person[]>): MergedPeople {
	const groups: Group[] = [];
	const find = (name: string): Group | undefined => {
		const key = bodyKey(name);
		const same = groups.find((group) => group.bodyKeys.has(key));
		if (same) return same;
		const surname = surnameKey(name);
		const first = firstKeyOf(name);
		return groups.find((group) => group.surname === surname && firstNamesAgree(group.firstKeys, first));
	};
	// Full names first, so a bare surname joins the person rather than founding its own group.
	const all = lists.flat().slice().sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length);
	for (const person of all) {
		if (person.name.trim() === '') continue;
		const body = person.kind === 'organisation';
		let group = find(person.name);
		if (!group) {
			group = {surname: surnameKey(person.name), bodyKeys: new Set(), firstKeys: new Set(), names: new Map(), roles: new Map(), aliases: new Set(), bodies: 0, entries: 0};
			groups.push(group);
		}
		if (body) group.bodyKeys.add(bodyKey(person.name));
		const first = firstKeyOf(person.name);
		if (first !== '') group.firstKeys.add(first);
		group.names.set(person.name, (group.names.get(person.name) ?? 0) + 1);
		if (person.role) group.roles.set(person.role, (group.roles.get(person.role) ?? 0) + 1);
		group.aliases.add(person.name);
		for (const alias of person.aliases) group.aliases.add(alias);
		group.entries++;
		if (person.kind === 'organisation') group.bodies++;
	}
	const byWords = (a: string, b: string) => a.split(/\s+/).length - b.split(/\s+/).length || a.length - b.length;
	const people: Person[] = groups.map((group) => {
		const name = most(group.names, byWords);
		const aliases = [...group.aliases].filter((alias) => alias !== name).sort();
		const role = most(group.roles, (a, b) => a.length - b.length);
		return group.bodies * 2 > group.entries ? {name, role, aliases, kind: 'organisation' as const} : {name, role, aliases};
	});
	const canonical = new Map<string, string>();
	groups.forEach((group, index) => {
		for (const alias of group.aliases) canonical.set(alias, people[index]!.name);
	});
	return {
		people,
		canonicalOf(name: string): string {
			const exact = canonical.get(name);
			if (exact !== undefined) return exact;
			const index = groups.indexOf(find(name) as Group);
			return index >= 0 ? people[index]!.name : name;
		},
	};
}
