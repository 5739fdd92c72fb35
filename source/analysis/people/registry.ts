// The people (and organisations) of one article: mentions in order, roles, and who a pronoun or role noun means.

import type {Person} from '../../model/quote.js';
import {genderOfName, genderOfRoleWord} from './given-names.js';
import {nameKey, surnameKey} from './name-key.js';
import {joinShortFormParts} from './body-parts.js';
import {type ArticleEvidence, articleCreditLines, creditedName, cutBeforeElision, inByline, leftOutBecause, type MentionAt, ownerOfThing} from './list-evidence.js';
import {nameKind, splitLeadingDemonym, splitLeadingRole, splitLeadingTime, splitLeadingTradeDe, splitTrailingBody, splitTrailingWords} from './name-kind.js';

export interface Entity {
	id: number;
	/** Longest full name seen. */
	name: string;
	role: string;
	/** Words of every role or description seen, lower-cased, split at hyphens. */
	roleWords: Set<string>;
	roleHeads: Set<string>;
	aliases: Set<string>;
	gender: 'male' | 'female' | 'any';
	/** A single word that is not a known person (Nato, TNO, Reuters). */
	organisation: boolean;
	/** Taken for an organisation only because it is a single word; a role noun may still mean it ("Merkel … the chancellor"). */
	guessed: boolean;
	/** Has said something in this article. */
	speaker: boolean;
	/** Offset of the first mention, -1 before any. */
	firstMention: number;
}

export interface Mention {
	entity: Entity;
	position: number;
	/** Index of the sentence the mention sits in. */
	unit: number;
}

export class PeopleRegistry {
	readonly entities: Entity[] = [];
	readonly mentions: Mention[] = [];
	private readonly bySurname = new Map<string, Entity[]>();
	private readonly byAlias = new Map<string, Entity>();
	private readonly byUnit = new Map<number, Mention[]>();
	/** Key of each full name's first word, null for a one-word name: lookups compare it for every entity, every time. */
	private readonly givenKeys = new Map<string, string | null>();
	/** Entities in order of their latest mention, latest last (bounded, for role lookups). */
	private recent: Entity[] = [];

	/**
	 * `roleCase` puts a role as written into the form it is reported in (German: nominative singular);
	 * it gets the role and, when the person is known to be a woman, the article "die".
	 */
	constructor(
		private readonly roleCase: (role: string, article: string) => string = (role) => role,
		/** A body's name in the form it is reported in, whatever case the sentence gave it (German); null for other names. */
		private readonly bodyName: (name: string) => string | null = () => null,
	) {}

	/** Finds the person a name means (by full name, surname or transliteration), or adds them. */
	addName(written: string, options: {organisation?: boolean; guessed?: boolean; seated?: boolean} = {}): Entity {
		const body = this.bodyName(written);
		const name = body ?? written;
		if (body !== null) options = {organisation: true};
		const existing = this.lookup(name);
		if (existing) {
			if (name.split(/\s+/).length > existing.name.split(/\s+/).length) {
				this.addAlias(existing, existing.name);
				existing.name = name;
				existing.organisation = body !== null;
				existing.guessed = false;
				if (existing.gender === 'any' && body === null) existing.gender = genderOfName(name);
			} else if (name !== existing.name) {
				this.addAlias(existing, name);
			}
			if (written !== existing.name) this.addAlias(existing, written);
			return existing;
		}
		const entity: Entity = {
			id: this.entities.length,
			name,
			role: '',
			roleWords: new Set(),
			roleHeads: new Set(),
			aliases: new Set(),
			gender: options.organisation ? 'any' : genderOfName(name),
			organisation: options.organisation ?? false,
			guessed: (options.organisation ?? false) && (options.guessed ?? false),
			speaker: false,
			firstMention: -1,
		};
		this.entities.push(entity);
		if (options.seated) {
			// "Landgericht Berlin": a body named with its seat is found by its whole name only — "Berlin" alone is the town.
			const whole = nameKey(name);
			if (whole !== '' && !this.byAlias.has(whole)) this.byAlias.set(whole, entity);
		} else {
			const key = surnameKey(name);
			this.bySurname.set(key, [...(this.bySurname.get(key) ?? []), entity]);
		}
		if (written !== name) this.addAlias(entity, written);
		return entity;
	}

	lookup(written: string): Entity | undefined {
		const name = this.bodyName(written) ?? written;
		const candidates = this.bySurname.get(surnameKey(name)) ?? [];
		const words = name.trim().split(/\s+/);
		if (candidates.length === 0) {
			// An organisation's short form ("IDF" for "Israel Defense Forces") is stored as an alias.
			const alias = this.byAlias.get(nameKey(name));
			if (alias || words.length > 1) return alias;
			// A given name alone ("Nusaybah" after "Nusaybah Mohamed", usual for pupils and private people) is
			// the one person of that first name, when there is exactly one.
			const key = nameKey(name);
			const byGiven = this.entities.filter((entity) => !entity.organisation && this.givenKey(entity.name) === key);
			return byGiven.length === 1 ? byGiven[0] : undefined;
		}
		if (words.length === 1) return candidates[candidates.length - 1];
		const first = nameKey(words[0]!);
		return candidates.find((entity) => {
			const theirs = this.givenKey(entity.name);
			if (theirs === null) return true;
			return theirs.startsWith(first) || first.startsWith(theirs);
		});
	}

	private givenKey(name: string): string | null {
		let key = this.givenKeys.get(name);
		if (key === undefined) {
			const parts = name.split(/\s+/);
			key = parts.length > 1 ? nameKey(parts[0]!) : null;
			this.givenKeys.set(name, key);
		}
		return key;
	}

	addRole(entity: Entity, written: string, heads: string[], words: string[]): void {
		const role = written === '' ? '' : this.roleCase(written, entity.gender === 'female' ? 'die' : '');
		if (role !== '' && (entity.role === '' || role.length > entity.role.length)) entity.role = role;
		for (const head of heads) entity.roleHeads.add(head);
		for (const word of words) entity.roleWords.add(word);
		if (/(?:in|innen)$/u.test(role) && heads.length > 0) entity.gender = 'female';
		// "spokeswoman", "congressman": English role words that tell the gender, when nothing else has.
		if (entity.gender === 'any' && heads.length > 0) {
			const told = genderOfRoleWord(written.split(/\s+/u).pop() ?? '');
			if (told !== 'any') entity.gender = told;
		}
	}

	addAlias(entity: Entity, alias: string): void {
		entity.aliases.add(alias);
		const key = nameKey(alias);
		if (key !== '' && !this.byAlias.has(key)) this.byAlias.set(key, entity);
	}

	mention(entity: Entity, position: number, unit: number): void {
		const mention = {entity, position, unit};
		this.mentions.push(mention);
		const list = this.byUnit.get(unit) ?? [];
		list.push(mention);
		this.byUnit.set(unit, list);
		if (entity.firstMention < 0 || position < entity.firstMention) entity.firstMention = position;
		this.recent = [...this.recent.filter((other) => other !== entity).slice(-49), entity];
	}

	/** Mentions in one sentence, in the order they were noted. */
	mentionsIn(unit: number): readonly Mention[] {
		return this.byUnit.get(unit) ?? [];
	}

	/** The most recently mentioned entities (up to 50), latest last. */
	recentEntities(): readonly Entity[] {
		return this.recent;
	}

	/**
	 * The people list of the article: persons, and bodies (organisations, states) marked `kind: 'organisation'`. Names
	 * that name nobody (places, group nouns, documents, a lone role word) are left out; a role or rank before a name
	 * becomes the role ("Kapitän Virgil" → "Virgil", Kapitän). `speakers` are the quotes' speakers: a body among them
	 * that no mention registered ("the Defense department") joins the list, so every body that speaks is listed.
	 */
	people(language = 'en', speakers: readonly string[] = [], evidence?: ArticleEvidence): Person[] {
		const out: Person[] = [];
		const byName = new Map<string, Person>();
		const add = (person: Person): void => {
			const same = byName.get(person.name);
			if (!same) {
				byName.set(person.name, person);
				out.push(person);
				return;
			}
			// "Filmemacher David Dietl" and "David Dietl": one person.
			if (same.role === '' || person.role.length > same.role.length) same.role = person.role;
			for (const alias of person.aliases) if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
		};
		const mentionsOf = new Map<Entity, MentionAt[]>();
		if (evidence) {
			for (const mention of this.mentions) {
				const list = mentionsOf.get(mention.entity);
				if (list) list.push(mention);
				else mentionsOf.set(mention.entity, [mention]);
			}
		}
		const lines = evidence ? articleCreditLines(evidence) : null;
		// The bodies' mentions, for joining the parts of one body's name the article split (body-parts.ts).
		const noted = new Map<Person, readonly MentionAt[]>();
		for (const entity of this.entities) {
			if (entity.name === '') continue;
			let name = entity.name;
			let aliases = [...entity.aliases].filter((alias) => alias !== name);
			// "Palme" of "the Palme d’Or": a longer name's first word names no one, even where the engine took it for a speaker.
			if (evidence && cutBeforeElision(name, mentionsOf.get(entity) ?? [], evidence.text)) continue;
			if (evidence && !entity.speaker && entity.role === '') {
				// An aggregator's item ends each headline with its outlet: "Yahoo News", "Build Back Better Fox" are credits.
				const credited = creditedName(name, mentionsOf.get(entity) ?? [], evidence.text, lines);
				if (credited === '') continue;
				if (credited !== null) {
					aliases = [name, ...aliases.filter((alias) => alias !== credited)];
					name = credited;
				}
			}
			// "Ola Källenius Daimler": the company after a person's name is no part of it; nor are a headline's next words
			// ("Charles Barkley Gives His", "Klingbeil Jahr").
			const person = entity.organisation ? null : splitTrailingBody(name, (rest) => this.entities.some((other) => other !== entity && other.name === rest)) ?? splitTrailingWords(name);
			if (person !== null) {
				aliases = [name, ...aliases.filter((alias) => alias !== person)];
				name = person;
			}
			// What stands before or after a name without being part of it: "Former Miami Heat", "Paypal & Co", and the
			// owner of a thing ("Trump's State of the Union" is Trump's).
			const owner = evidence ? ownerOfThing(name, mentionsOf.get(entity) ?? [], evidence.text) : null;
			const bare = splitLeadingTime(name) ?? withoutAndCompany(name) ?? (owner !== null && nameKind(owner, language) !== 'none' ? owner : null);
			if (bare !== null) {
				// The owner is a person the article names in full ("Trump" of "Donald Trump"): listed under that name already.
				const known = bare === owner ? this.lookup(bare) : undefined;
				if (known && known !== entity && known.name !== bare) continue;
				aliases = [name, ...aliases.filter((alias) => alias !== bare)];
				name = bare;
			}
			const kind = nameKind(name, language, entity.organisation && !entity.guessed);
			if (kind === 'none') continue;
			// The piece's writers ("Von S. Laghai und N. Steiner."), also where the engine noted no mention of them.
			if (evidence && !entity.speaker && entity.role === '' && bylineOnly(name, mentionsOf.get(entity) ?? [], evidence.text)) continue;
			// A name the article gives no reason to list: a Title Case headline's capitals, "the Green Zone", "Center for Financial Studies".
			if (evidence && !entity.speaker && entity.role === '') {
				const why = leftOutBecause([name, ...aliases], mentionsOf.get(entity) ?? [], evidence, language);
				// Bodies go by their article ("the Federal Reserve", "the Lib Dems"); a single word after one is a noun ("die Modelle").
				if (why === 'articled' && kind === 'person' && /\s/u.test(name.trim()) && name.trim().split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) {
					add({name, role: entity.role, aliases, kind: 'organisation'});
					continue;
				}
				// A body's name spans a Title Case line's words when it takes in a capitalised "For" or "Of" ("Forces For Supplies").
				if (why !== null && (kind === 'person' || (why === 'title-case' && /\s(?:For|Of|And|To|In|On|By|With|From|At|The)\s/u.test(name)))) continue;
			}
			// "detained Americans Griner and Whelan": the people before a name are no part of it.
			const demonym = kind === 'person' ? splitLeadingDemonym(name, language) : null;
			if (demonym !== null) {
				const same = this.lookup(demonym);
				if (!same || same === entity) add({name: demonym, role: entity.role, aliases: [name, ...aliases]});
				continue;
			}
			if (kind === 'organisation') {
				// "Zahlungslösungsanbieter Payconiq International (PQI)": the trade before a German body's name describes it.
				const trade = language.toLowerCase().startsWith('de') ? splitLeadingTradeDe(name) : null;
				if (trade) add({name: trade.name, role: entity.role || trade.role, aliases: [name, ...aliases.filter((alias) => alias !== trade.name)], kind});
				else add({name, role: entity.role, aliases, kind});
				noted.set(out.find((listed) => listed.name === (trade?.name ?? name))!, mentionsOf.get(entity) ?? []);
				continue;
			}
			const split = splitLeadingRole(name, language);
			if (split) add({name: split.name, role: entity.role || split.role, aliases: [name, ...aliases.filter((alias) => alias !== split.name)]});
			else add({name, role: entity.role, aliases});
		}
		for (const speaker of new Set(speakers)) {
			if (speaker === '' || byName.has(speaker) || out.some((person) => person.aliases.includes(speaker))) continue;
			if (nameKind(speaker, language) === 'organisation') add({name: speaker, role: '', aliases: [], kind: 'organisation'});
		}
		return evidence ? joinShortFormParts(out, noted, evidence.text) : out;
	}
}

/** Every place the article writes the name (its noted mentions, else the name as written) is in a byline. */
function bylineOnly(name: string, mentions: readonly MentionAt[], text: string): boolean {
	const positions = mentions.map(({position}) => position);
	if (positions.length === 0) for (let at = text.indexOf(name); at >= 0 && positions.length < 20; at = text.indexOf(name, at + 1)) positions.push(at);
	return positions.length > 0 && positions.every((position) => inByline(text, position));
}

/** "Paypal & Co", "Apple und Co.": a name and the others like it; the name alone. Null for other names. */
function withoutAndCompany(name: string): string | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 3 || !/^co\.?$/iu.test(words[words.length - 1]!) || !['&', 'und'].includes(words[words.length - 2]!)) return null;
	return words.slice(0, -2).join(' ');
}
