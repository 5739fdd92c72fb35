// Described speakers: a given name alone or a description ("the expert", "die Bank") → the person or body the article introduced with it, after all sentences are read.

import {genderOfRoleWord} from '../people/given-names.js';
import {isGivenName} from '../people/name-evidence.js';
import type {Entity} from '../people/registry.js';
import {attributePartialsInReports} from './article-passes.js';
import {type ArticleContext, type Unit, unitAt} from './article-context.js';
import {epithetNounsDe} from './lexicon-de.js';
import {anonymousSourcesEn, epithetNounsEn} from './lexicon-en.js';
import {roleHead} from './lexicon.js';
import {hasNameEvidence, isInstitutionWord} from './mentions.js';
import {femaleOriginNoun} from './phrases.js';
import {describedGender} from './speaker-resolution.js';

/** Epithets ("the 43-year-old", "die Siegerin") describe someone also known by an office, unlike another office does. */
const epithetHeads = new Set([...epithetNounsEn, ...epithetNounsDe].map((noun) => noun.replace(/(?<=..)in$/u, '')));

// Nouns for a newspaper, magazine or broadcaster, as written before its name and for it later ("the paper").
// Bodies a text names by what they are ("the bank said", "so die Klinik"), beyond those of anyBodyNouns.
const describedBodyNouns = new Set(['bank', 'klinik', 'clinic', 'hospital', 'krankenhaus', 'gericht', 'court', 'ministerium', 'ministry', 'university', 'universität', 'hochschule', 'sender', 'broadcaster', 'regulator', 'aufsicht', 'partei', 'party']);

const describedLookBack = 400;

const indefiniteArticles = new Set(['a', 'an', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines']);

const possessiveDeterminers = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere']);

// Role heads that name the same job ("Interimstrainer … so der Interimscoach").
const roleSynonyms = new Map<string, string[]>([['trainer', ['coach']], ['coach', ['trainer', 'manager']], ['manager', ['coach']], ['spokesperson', ['spokesman']], ['spokesman', ['spokesperson']],
	// "Geschäftsführer X … sagt der junge Chef", "Schulleiterin X … so die Chefin": the one who runs the place.
	['chef', ['geschäftsführer', 'leiter', 'direktor', 'inhaber']], ['geschäftsführer', ['chef']], ['leiter', ['chef']], ['direktor', ['chef']], ['inhaber', ['chef']],
	['chief', ['executive', 'director', 'head']], ['head', ['chief', 'director']]]);

/**
 * Last pass over speakers that are no full name: a given name alone ("Tessa said") is the one person named in
 * full with it ("Tessa Bishop"), and a description ("the expert", "so der Endokrinologe", "the bank") is the
 * named person or organisation the article introduced with that description.
 */
export function resolveDescribedSpeakers(ctx: ArticleContext): void {
	// Reported clauses are all known only now (the learned detector adds some): the fragments quoted inside them join.
	attributePartialsInReports(ctx);
	if (ctx.lexicon.language === 'de') resolveNominalisedDescriptions(ctx);
	const named = new Set(ctx.registry.entities.filter((entity) => entity.name.includes(' ')).map((entity) => entity.name));
	const paragraphs = paragraphIndex(ctx);
	for (const quote of ctx.quotes) {
		if (quote.speaker === '') continue;
		// "lawmakers on the House Select Committee …" then "the lawmakers wrote": the body they were introduced as members of.
		const members = bodyOfMembers(ctx, quote.speaker, quote.start);
		if (members) {
			quote.speaker = members;
			quote.role = '';
			continue;
		}
		// A description may be registered under its own words ("an expert"), so it is asked before the names.
		const announced = announcedSpeaker(ctx, quote.speaker, quote.start, paragraphs);
		if (announced) {
			quote.speaker = announced.name;
			quote.role = announced.role;
			continue;
		}
		if (named.has(quote.speaker)) continue;
		const found = describedSpeaker(ctx, quote.speaker, quote.start, quote.end);
		if (!found) continue;
		quote.speaker = found.name;
		if (found.role !== '') quote.role = found.role;
	}
	sameUnnamedSpeaker(ctx);
}

// A German adjective or participle used as a noun, in the weak form after "der/die" ("Zehntplatzierte", "34-Jährige", "Unterlegene").
const nominalisedAdjective = /^(?:\d+-)?\p{Lu}\p{Ll}{3,}(?:te|ene|ige|ste)$/u;

/**
 * "„…“, so der Zehntplatzierte", "sagte der 34-Jährige": an adjective or participle made a noun describes a person, and
 * the person it describes is the one named last before the quote (this paragraph or the one before); it is no name of
 * its own. Quotes carried on under the description go with it.
 */
function resolveNominalisedDescriptions(ctx: ArticleContext): void {
	const resolved = new Map<string, {name: string; role: string}>();
	for (const quote of ctx.quotes) {
		// The speaker may come with its article ("der 48-Jährige") or without ("Zehntplatzierte").
		const article = /^(?:der|die) (?=\S+$)/u.exec(quote.speaker);
		const noun = article ? quote.speaker.slice(article[0].length) : quote.speaker;
		// A role noun in -te ("der Experte", "der Beamte") is no adjective made a noun; an epithet ("der 48-Jährige") is one.
		const head = article ? roleHead(noun, ctx.lexicon) : '';
		if (head !== '' && !ctx.lexicon.epithets.has(head)) continue;
		// "laut dem 49-Jährigen", "nach Angaben des 49-Jährigen": the weak singular dative or genitive, after its article.
		const oblique = !nominalisedAdjective.test(noun) && /n$/u.test(noun) && nominalisedAdjective.test(noun.slice(0, -1));
		// "die Baden-Württembergerin": a woman described by where she is from.
		const origin = article?.[0] === 'die ' && femaleOriginNoun.test(noun);
		if ((!nominalisedAdjective.test(noun) && !oblique && !origin) || isGivenName(noun) || isInstitutionWord(ctx, noun.toLowerCase())) continue;
		const entity = ctx.registry.lookup(noun);
		if (entity && !entity.organisation && entity.name.includes(' ')) continue;
		let person = resolved.get(quote.speaker);
		if (!person) {
			const written = oblique ? ctx.text.lastIndexOf(noun, quote.start) : ctx.text.indexOf(noun, quote.start);
			const articleBefore = ctx.text.slice(Math.max(0, written - 5), written);
			if (oblique ? written < 0 || !/(?:^|[^\p{L}])(?:dem|des)\s+$/iu.test(articleBefore) : !article && !/(?:^|[^\p{L}])(?:der|die)\s+$/u.test(articleBefore)) continue;
			const found = personNamedBefore(ctx, quote.start);
			if (!found) continue;
			person = {name: found.name, role: found.role};
			resolved.set(quote.speaker, person);
		}
		quote.speaker = person.name;
		quote.role = person.role;
	}
}

/** The person (a full name, no body) mentioned last before `position`, in its paragraph or the one before. */
function personNamedBefore(ctx: ArticleContext, position: number): Entity | null {
	const unit = unitAt(ctx, position);
	if (!unit) return null;
	for (let index = unit.index; index >= 0; index--) {
		const other = ctx.units[index]!;
		if (unit.paragraph - other.paragraph > 1) break;
		// Not a name in brackets after the person's ("Tom Berger (Team Nord)"): that is whom they ride or stand for.
		const mentions = ctx.registry.mentionsIn(index).filter((mention) => mention.position < position && !mention.entity.organisation && mention.entity.name.includes(' ') && ctx.text[mention.position - 1] !== '(');
		if (mentions.length > 0) return mentions.reduce((last, mention) => (mention.position > last.position ? mention : last)).entity;
	}
	return null;
}

// "lawmakers on the House … Committee", "members of the Board", "Abgeordnete der Linken-Fraktion": a plural noun and the body named right after.
const membersPattern = /(?<![\p{L}])(\p{L}\p{Ll}{2,}(?:s|en|er))\s+(?:on|of|from|at|der|des|im|vom)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|on|of|for|the|and|und|für))*)/gu;

/**
 * A definite plural description ("the lawmakers", "die Abgeordneten") the article introduced as members of a
 * named body ("lawmakers on the House Select Committee …") is that body. The body's name ends at its last capital.
 */
function bodyOfMembers(ctx: ArticleContext, speaker: string, position: number): string {
	const words = speaker.split(/\s+/u);
	// German plural roles come back without their article ("Abgeordneten").
	const german = ctx.lexicon.language === 'de' && words.length === 1 && /^\p{Lu}\p{Ll}+en$/u.test(words[0]!);
	if (!german && (words.length !== 2 || !/^(?:the|die|der)$/iu.test(words[0]!))) return '';
	const noun = words[words.length - 1]!.toLowerCase();
	if (!/(?:s|en|er)$/u.test(noun) || roleHead(noun, ctx.lexicon) === '' && !['members', 'mitglieder', 'abgeordneten'].includes(noun)) return '';
	const bodies = membersIndex(ctx);
	const found = bodies.get(noun)?.filter((entry) => entry.at < position).pop();
	return found ? found.body : '';
}

function membersIndex(ctx: ArticleContext): Map<string, Array<{body: string; at: number}>> {
	const cached = membersCache.get(ctx);
	if (cached) return cached;
	const index = new Map<string, Array<{body: string; at: number}>>();
	for (const match of ctx.text.matchAll(membersPattern)) {
		// The name ends at its last capitalised word (a word-by-word trim: a regex for trailing links backtracks).
		const parts = match[2]!.split(/\s+/u);
		while (parts.length > 1 && !/^\p{Lu}/u.test(parts[parts.length - 1]!)) parts.pop();
		const name = parts.join(' ');
		const entity = ctx.registry.lookup(name);
		if (!name.includes(' ') && !isInstitutionWordLike(name) && !entity?.organisation && !isInstitutionWord(ctx, (name.split('-').pop() ?? '').toLowerCase())) continue;
		const noun = match[1]!.toLowerCase();
		const list = index.get(noun) ?? [];
		list.push({body: entity ? entity.name : name, at: match.index});
		index.set(noun, list);
	}
	membersCache.set(ctx, index);
	return index;
}

const membersCache = new WeakMap<ArticleContext, Map<string, Array<{body: string; at: number}>>>();

/** A one-word body name worth taking ("Bundestag", "Senate"); a lone capital may be anything. */
function isInstitutionWordLike(name: string): boolean {
	return /^(?:Senate|Congress|Parliament|Bundestag|Landtag|Council|Committee|Board)$/u.test(name);
}

// Descriptions that stand for a source kept unnamed on purpose: the next person named is someone else.
const unnamedOnPurpose = new Set([
	...anonymousSourcesEn.filter((noun) => !['expert', 'analyst', 'observer'].includes(noun)),
	'sprecher', 'beamte', 'beamter', 'insider', 'mitarbeiter', 'quelle', 'diplomat', 'anwohner', 'zeuge', 'augenzeuge', 'vertreter', 'mitglied', 'informant', 'person',
]);

/**
 * "…, an expert has claimed. ¶ Royal commentator Lee Cohen …", "according to a royal correspondent … ¶ Rebecca English
 * of the Daily Mail recalled: …": an indefinite description (not an anonymous source) is the person, new to the
 * article and speaking in it, who opens one of the next two paragraphs — unless someone else speaks between.
 */
function announcedSpeaker(ctx: ArticleContext, speaker: string, position: number, paragraphs: ParagraphIndex): Entity | null {
	const words = speaker.split(/\s+/u);
	if (words.length < 2 || words.length > 4 || !indefiniteArticles.has(words[0]!.toLowerCase())) return null;
	const noun = words[words.length - 1]!;
	const head = roleHead(noun, ctx.lexicon);
	if (head === '' || unnamedOnPurpose.has(head) || unnamedOnPurpose.has(noun.toLowerCase())) return null;
	if (ctx.lexicon.language === 'en' && /[^s]s$/u.test(noun.toLowerCase())) return null;
	const paragraph = paragraphs.paragraphAt(position);
	if (paragraph < 0) return null;
	for (let step = 1; step <= 2; step++) {
		const opening = paragraphs.firstUnit.get(paragraph + step);
		if (opening === undefined) return null;
		// The paragraph's first mention, within its first words ("Royal commentator Lee Cohen was …").
		const first = ctx.registry.mentionsIn(opening.index)[0];
		const person = first && first.position - opening.start <= 40 ? first.entity : null;
		if (person && !person.organisation && person.speaker && person.name.includes(' ') && person.firstMention >= opening.start) return person;
		const speakers = paragraphs.speakers.get(paragraph + step);
		if (speakers && [...speakers].some((other) => other !== speaker)) return null;
	}
	return null;
}

/** Where paragraphs start and who speaks in each, built once per article (the pass looks at every quote). */
interface ParagraphIndex {
	paragraphAt(position: number): number;
	firstUnit: Map<number, Unit>;
	speakers: Map<number, Set<string>>;
}

function paragraphIndex(ctx: ArticleContext): ParagraphIndex {
	const firstUnit = new Map<number, Unit>();
	for (const unit of ctx.units) if (!firstUnit.has(unit.paragraph)) firstUnit.set(unit.paragraph, unit);
	const starts = ctx.units.map((unit) => unit.start);
	const paragraphAt = (position: number): number => {
		let low = 0;
		let high = starts.length - 1;
		let found = -1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (starts[middle]! <= position) {
				found = middle;
				low = middle + 1;
			} else high = middle - 1;
		}
		return found < 0 || position >= ctx.units[found]!.end ? -1 : ctx.units[found]!.paragraph;
	};
	const speakers = new Map<number, Set<string>>();
	for (const quote of ctx.quotes) {
		if (quote.speaker === '') continue;
		const paragraph = paragraphAt(quote.start);
		if (paragraph < 0) continue;
		let set = speakers.get(paragraph);
		if (!set) speakers.set(paragraph, set = new Set());
		set.add(quote.speaker);
	}
	return {paragraphAt, firstUnit, speakers};
}

/**
 * „…“, sagte ein Feuerwehrsprecher. … „…“, sagte der Feuerwehr-Sprecher.: a definite description of no one named
 * is the unnamed speaker the text introduced with the same noun before (hyphens and case aside), written as first.
 */
function sameUnnamedSpeaker(ctx: ArticleContext): void {
	const first = new Map<string, string>();
	const ordered = [...ctx.quotes].sort((a, b) => a.start - b.start);
	for (const quote of ordered) {
		const words = quote.speaker.split(/\s+/u);
		if (words.length < 2 || !ctx.lexicon.determiners.has(words[0]!.toLowerCase()) || roleHead(words[1]!, ctx.lexicon) === '') continue;
		const key = words[1]!.replace(/-/gu, '').toLowerCase();
		const earlier = first.get(key);
		// "teilte ein Sprecher der Hansestadt mit … so der Sprecher": the first may say whose role it is; only a bare
		// definite role refers back to it.
		if (earlier === undefined) {
			if (words.length === 2 || indefiniteArticles.has(words[0]!.toLowerCase())) first.set(key, quote.speaker);
		} else if (words.length === 2 && earlier !== quote.speaker && !indefiniteArticles.has(words[0]!.toLowerCase())) quote.speaker = earlier;
	}
}

function describedSpeaker(ctx: ArticleContext, speaker: string, position: number, end: number): {name: string; role: string} | null {
	const words = speaker.split(/\s+/u);
	// A given name alone.
	const single = words.length === 1 ? ctx.registry.lookup(speaker) : undefined;
	// A one-word person the text gives a role ("Ministerpräsident Stephan"): a given name the name lists lack, its surname cut off.
	const rolePerson = single !== undefined && !single.organisation && !single.name.includes(' ') && single.role !== '';
	const givenAlone = words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(speaker) && (isGivenName(speaker) || rolePerson || ctx.lexicon.language === 'en' && single !== undefined && !single.name.includes(' ') && (!single.organisation || single.guessed));
	if (givenAlone) {
		// The pass runs after every mention is in, so the people named in full are fixed by now.
		ctx.fullNamed ??= ctx.registry.entities.filter((entity) => !entity.organisation && entity.name.includes(' '));
		const full = ctx.fullNamed.filter((entity) => entity.name !== speaker && entity.name.split(/\s+/u).slice(0, -1).includes(speaker));
		if (full.length === 1) return {name: full[0]!.name, role: full[0]!.role};
		if (full.length > 1) return null;
		// The full name may be one the mention pass did not register ("Tessa Bishop": a surname that is a title too).
		const remembered = ctx.givenNameSurnames.get(speaker);
		if (remembered !== undefined) return remembered === '' ? null : {name: `${speaker} ${remembered}`, role: ''};
		const pattern = new RegExp(`(?<![\\p{L}])${speaker}\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}])`, 'gu');
		const surnames = new Set<string>();
		for (const match of ctx.text.matchAll(pattern)) {
			// In a Title-Case headline every word has a capital: "Amazon Sues Online Stores" gives Amazon no surname.
			if (inTitleCaseLine(ctx, match.index)) continue;
			const surname = match[1]!;
			const lower = surname.toLowerCase();
			// A function word written with a capital after a known given name in mid-sentence is a surname ("Stephan Weil",
			// "Hannelore Kraft"): as the conjunction it would be lower-case there.
			const capitalisedFunctionWord = ctx.lexicon.functionWords.has(lower) && !((isGivenName(speaker) || rolePerson) && !/\n/u.test(match[0]));
			if (capitalisedFunctionWord || ctx.lexicon.speechVerbs.has(lower) || isGivenName(surname)) continue;
			// "Nato Secretary General Mark Rutte": after a word that is no known given name, a role word is no surname
			// (after one it may be: "Tessa Bishop").
			if (!isGivenName(speaker) && roleHead(surname, ctx.lexicon) !== '') continue;
			surnames.add(surname);
		}
		const surname = surnames.size === 1 ? [...surnames][0]! : '';
		ctx.givenNameSurnames.set(speaker, surname);
		return surname === '' ? null : {name: `${speaker} ${surname}`, role: ''};
	}
	// A description: a determiner (or none) and one or two words, the last one a role or body noun.
	// "her lawyer", "seine Sprecherin": someone else's, not the person named with that role.
	if (possessiveDeterminers.has(words[0]!.toLowerCase())) return null;
	// "a senior official", "ein Experte": indefinite, so someone not named before.
	if (indefiniteArticles.has(words[0]!.toLowerCase())) return null;
	const described = ctx.lexicon.determiners.has(words[0]!.toLowerCase()) ? words.slice(1) : words;
	if (described.length === 0 || described.length > 2) return null;
	// "a Nato official", "ein Regierungsvertreter der Partei": a description qualified by a name is its own source.
	if (described.length === 2 && /^\p{Lu}/u.test(described[0]!)) return null;
	if (described.length === 1 && described[0] === speaker && ctx.registry.lookup(speaker)?.name.includes(' ')) return null;
	const noun = described[described.length - 1]!;
	const lower = noun.toLowerCase();
	const head = roleHead(noun, ctx.lexicon);
	const body = ctx.lexicon.anyBodyNouns.has(lower) || describedBodyNouns.has(lower);
	if (head === '' && !body) return null;
	// "Campaigners", "officials": a group, not one named person.
	if (ctx.lexicon.language === 'en' && /[^s]s$/u.test(lower)) return null;
	if (described.some((word) => isGivenName(word))) return null;
	const heads = new Set([head, ...(roleSynonyms.get(head) ?? [])].filter((word) => word !== ''));
	const modifier = head !== '' && lower.endsWith(head) ? lower.slice(0, lower.length - head.length) : '';
	const party = /^\p{L}{2,}-$/u.test(modifier) && /^\p{Lu}/u.test(noun) ? partyKey(modifier.slice(0, -1)) : '';
	let best: {entity: Entity; score: number; at: number} | null = null;
	// The cue may introduce the speaker right after the quote ("…“, erklärt Endokrinologe und Mediziner X").
	const until = Math.min(ctx.text.length, end + 120);
	// Latest mentions first, and only the last few hundred: hostile input with endless quotes and names stays linear.
	const mentions = ctx.registry.mentions;
	let checked = 0;
	for (let index = mentions.length - 1; index >= 0 && checked < describedLookBack; index--) {
		const mention = mentions[index]!;
		if (mention.position >= until) continue;
		checked++;
		const entity = mention.entity;
		if (entity.name === speaker || !entity.name.includes(' ') && !entity.organisation) continue;
		// A body may be a multi-word name the mention pass took for a person ("Goldman Sachs"), but never a person with a given name.
		if (body ? !entity.organisation && isGivenName(entity.name.split(/\s+/u)[0]!) : entity.organisation) continue;
		let score = 0;
		// The role words the mention pass noted ("Interimstrainer", "Übergangscoach"), compared by head.
		if (!body) {
			for (const word of entity.roleWords) {
				if (word === lower) score = 3;
				if (score === 3) break;
				const theirs = roleHead(word, ctx.lexicon);
				if (theirs === '' || !heads.has(theirs)) continue;
				score = Math.max(score, modifier.length >= 3 && word.startsWith(modifier) ? 2 : 1);
			}
		}
		if (score < 3) {
			// The words around the mention within its own sentence ("Endokrinologe und Ernährungsmediziner X", "investment
			// banking giant Goldman Sachs … the bank": a body's noun may open a longer word).
			const from = Math.max(0, mention.position - 60);
			const to = Math.min(ctx.text.length, mention.position + entity.name.length + 60);
			const window = ctx.text.slice(from, to).toLowerCase();
			const at = window.indexOf(lower);
			if (at >= 0) {
				const before = window.slice(0, mention.position - from).split(/[.!?\n]/u).pop() ?? '';
				const after = window.slice(mention.position - from + entity.name.length).split(/[.!?\n;]/u)[0] ?? '';
				const near = `${before} ${after}`.match(/[\p{L}-]+/gu) ?? [];
				if (near.some((word) => word === lower || ctx.lexicon.language === 'de' && word === `${lower}n` || body && word.startsWith(lower))) score = 3;
			}
		}
		// "der SPD-Politiker", "die Grünen-Abgeordnete": the party of the compound is the tag after the name
		// ("Reinhard Meyer (SPD)") or a part of the person's own role ("SPD-Chef X"), whatever office they hold.
		if (score < 2 && party !== '' && !entity.organisation && ([...entity.roleWords].some((word) => partyKey(word) === party) || partyTagAfter(ctx.text, nameEnd(ctx.text, mention.position, entity.name)) === party)) score = 2;
		if (score === 0) continue;
		if (!best || score > best.score || score === best.score && mention.position > best.at) best = {entity, score, at: mention.position};
	}
	if (best) return {name: best.entity.name, role: best.entity.role};
	if (body) return null;
	// No one introduced so: the person last named before, who has spoken already ("explains Radek Babicek … the expert explains").
	const gender = ctx.lexicon.language === 'de' && head !== '' ? (/in$/u.test(lower) ? 'female' : 'male') : genderOfRoleWord(noun);
	for (let index = mentions.length - 1, seen = 0; index >= 0 && seen < describedLookBack; index--) {
		const mention = mentions[index]!;
		if (mention.position >= position) continue;
		seen++;
		const entity = mention.entity;
		if (entity.organisation || !entity.name.includes(' ') || entity.name === speaker) continue;
		// Someone known by another office is not this one ("President X … the spokeswoman"); a description of a kind of
		// person ("die Politikerin", "der Forscher", "the 43-year-old") fits whatever office they hold.
		const kind = ctx.lexicon.fieldNouns.has(head) || ctx.lexicon.epithets.has(head);
		if (entity.roleHeads.size > 0 && !kind) return null;
		// Only a name that is one ("Kilogramm Körpergewicht" taken for a name at a sentence start is not).
		const first = entity.name.split(/\s+/u)[0]!;
		if (!isGivenName(first) && !hasNameEvidence(ctx, first)) return null;
		if (gender !== 'any' && entity.gender !== 'any' && gender !== entity.gender) return null;
		return entity.speaker ? {name: entity.name, role: entity.role} : null;
	}
	return null;
}

/** The party tag in brackets right after a name ("Meyer (SPD)", "Berg (Grüne)"), lower case, without a plural -n. */
function partyTagAfter(text: string, at: number): string {
	const tag = /^\s*\(([\p{L}]{2,12})(?:[,/)])/u.exec(text.slice(at, at + 24));
	return tag ? partyKey(tag[1]!) : '';
}

/** Where the name ends that a mention at `at` brings (a mention with its role opens at the role: "Landesminister X"). */
function nameEnd(text: string, at: number, name: string): number {
	const found = text.slice(at, at + 80 + name.length).indexOf(name);
	return found < 0 ? at + name.length : at + found + name.length;
}

/** "Grünen", "Grüne" and "grüne" are one party; so are "Linken" and "Linke". */
function partyKey(word: string): string {
	return word.toLowerCase().replace(/n$/u, '').replace(/e$/u, '');
}

/**
 * A headline or standfirst describes whom the body names ("Minister defends 'tough choices'" / "Chancellor
 * Rachel Reeves has defended …"): a quote there given to a bare person description takes the named person
 * of a later quote with the same words, else the one person with that role, else the one person the top
 * of the article names. Anonymous-source descriptions ("an official") stay as they are.
 */
export function attributeTopDescriptions(ctx: ArticleContext): void {
	const normal = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	for (const quote of ctx.quotes) {
		if (quote.speaker === '' || ctx.speakerEntities.has(quote)) continue;
		const unit = ctx.units.find((candidate) => candidate.start <= quote.start && quote.start < candidate.end);
		if (!unit || unit.paragraph > 1) continue;
		const described = normal(quote.speaker);
		const head = described[described.length - 1] ?? '';
		if (ctx.lexicon.anyBodyNouns.has(head) && !ctx.lexicon.indefinite.has(described[0] ?? '')) {
			// "Campaign group … warns": a kind of body in the headline or standfirst means the one organisation
			// the top of the article names (by a name that says it is one, not a guess from a single word).
			const bodies = new Set<Entity>();
			for (const mention of ctx.registry.mentions) {
				if (mention.entity.organisation && !mention.entity.guessed && ctx.units[mention.unit]!.paragraph <= 3) bodies.add(mention.entity);
			}
			if (bodies.size === 1) {
				const body = [...bodies][0]!;
				quote.speaker = body.name;
				quote.role = body.role;
				ctx.speakerEntities.set(quote, body);
			}
			continue;
		}
		if (roleHead(head, ctx.lexicon) === '' || ctx.lexicon.anonymousSources.has(head) || /s$/u.test(head)) continue;
		// "ein Militärexperte", "a witness": an indefinite description brings in someone new, unnamed.
		if (ctx.lexicon.indefinite.has(described[0] ?? '') || ['a', 'an', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'].includes(described[0] ?? '')) continue;
		// "her lawyer", "sein Sprecher", "Smith's mother": someone else, of the person the possessive means.
		if (/^(?:his|her|its|their|our|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)$/u.test(described[0] ?? '') || /\p{L}['’]s?\s/u.test(quote.speaker)) continue;
		const words = new Set(normal(quote.text));
		const repeated = ctx.quotes.find((other) => {
			const entity = ctx.speakerEntities.get(other);
			if (!entity || entity.organisation || other.start <= quote.end) return false;
			const theirs = new Set(normal(other.text));
			return [...words].filter((word) => theirs.has(word)).length >= 0.6 * words.size;
		});
		const topPeople = new Set<Entity>();
		for (const mention of ctx.registry.mentions) {
			if (!mention.entity.organisation && ctx.units[mention.unit]!.paragraph <= 3) topPeople.add(mention.entity);
		}
		// "die Kommissionschefin" is no man of the top, "the spokesman" no woman.
		const gender = describedGender(ctx, head, described[0] ?? '');
		for (const entity of topPeople) if (gender !== 'any' && entity.gender !== 'any' && entity.gender !== gender) topPeople.delete(entity);
		const roleMatch = [...topPeople].filter((entity) => entity.roleHeads.has(roleHead(head, ctx.lexicon)));
		// The one person of the top, unless known by another, specific role ("Ökonomin Anna Weber" is not "der Minister").
		const only = topPeople.size === 1 ? [...topPeople][0]! : null;
		const head0 = roleHead(head, ctx.lexicon);
		const otherRole = only !== null && only.roleHeads.size > 0 && !only.roleHeads.has(head0) && !/^(?:politiker|politician|official|leader|chef|head)$/u.test(head0) && !epithetHeads.has(head0);
		const person = repeated ? ctx.speakerEntities.get(repeated)! : roleMatch.length === 1 ? roleMatch[0]! : only && !otherRole ? only : null;
		if (!person) continue;
		quote.speaker = person.name;
		quote.role = person.role || quote.role;
		ctx.speakerEntities.set(quote, person);
	}
}

function inTitleCaseLine(ctx: ArticleContext, position: number): boolean {
	const unit = unitAt(ctx, position);
	return unit !== undefined && position < unit.end && ctx.titleCaseUnits.has(unit.index);
}

/**
 * "die Münchner Polizei", "die Kölner Feuerwehr": a German body named with the adjective of its town (-er) is that
 * town's body, named as the town names it ("Polizei München") when the article names the town — the adjective drops
 * the town's last "e" ("Karlsruhe" → "Karlsruher") or the "e" of its last syllable ("München" → "Münchner").
 */
export function bodiesOfPlaces(ctx: ArticleContext): void {
	if (ctx.lexicon.language !== 'de') return;
	const renamed = new Map<string, string>();
	for (const quote of ctx.quotes) {
		const key = `${quote.speaker}|${quote.role}`;
		let name = renamed.get(key);
		if (name === undefined) {
			name = '';
			const pair = /^(\p{Lu}\p{Ll}{2,})er (\p{Lu}[\p{L}-]+)$/u.exec(quote.speaker);
			const roleOnly = /^(\p{Lu}\p{Ll}{2,})er$/u.exec(quote.role);
			const stem = pair?.[1] ?? (roleOnly && !quote.speaker.includes(' ') ? roleOnly[1] : undefined);
			const body = pair?.[2] ?? quote.speaker;
			if (stem && isInstitutionWord(ctx, body.toLowerCase())) {
				const place = townOf(ctx, stem);
				if (place) name = `${body} ${place}`;
				// The people list names the body so too, known by both names.
				const entity = place ? ctx.registry.entities.find((candidate) => candidate.organisation && candidate.name === quote.speaker) : undefined;
				if (entity && !ctx.registry.lookup(name)) {
					ctx.registry.addAlias(entity, entity.name);
					entity.name = name;
					entity.role = '';
				}
			}
			renamed.set(key, name);
		}
		if (name !== '') {
			quote.speaker = name;
			quote.role = '';
		}
	}
}

/** The town the article names whose adjective stem is `stem` ("Münchn" ← "München", "Karlsruh" ← "Karlsruhe", "Berlin"). */
function townOf(ctx: ArticleContext, stem: string): string {
	const last = stem.length - 1;
	const candidates = [stem, `${stem}e`, `${stem}en`, stem.endsWith('n') ? `${stem.slice(0, last)}en` : ''].filter((candidate) => candidate !== '');
	for (const candidate of candidates) {
		// The town as a word of its own, after a preposition of place or before punctuation or a small word — not an
		// adjective before its noun ("Deutscher Wetterdienst" … "die Deutsche Bahn" names no town "Deutsche").
		const town = new RegExp(`(?:(?<![\\p{L}])(?:[Ii]n|[Aa]us|nach|bei|von|[Ii]m Raum)\\s+${candidate}(?![\\p{L}-])|(?<![\\p{L}-])${candidate}(?=\\s*[,.;:!?)]|\\s+\\p{Ll}))`, 'u');
		if (town.test(ctx.text)) return candidate;
	}
	return '';
}
