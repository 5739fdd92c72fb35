// Short forms of bodies: an acronym ("BA", "BVerfG") the article also writes out ("British Airways", "Bundesverfassungsgericht (BVerfG)") takes the written-out name, so what it says carries the name readers know.

import {genderOfGivenName} from '../people/given-names.js';
import type {Entity} from '../people/registry.js';
import type {ArticleContext} from './article-context.js';

/**
 * A body's short form: capitals at both ends, at least two of them, and no more than eight letters — "CMA", "TNO",
 * but also the German court and ministry forms with small letters inside ("BVerfG", "VfGH", "AfD").
 */
export function isShortForm(word: string): boolean {
	if (word.length < 2 || word.length > 8 || !/^\p{Lu}[\p{L}\p{N}]*\p{Lu}$/u.test(word)) return false;
	return (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** Initials of a name's capitalised words ("Competition and Markets Authority" → "CMA"); "" for fewer than two. */
export function initialsOf(name: string): string {
	const capitals = name.split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word));
	return capitals.length >= 2 ? capitals.map((word) => word[0]!).join('') : '';
}

/** A written-out name that begins with a known given name is a person's ("John Fitzgerald Kennedy"), never a body's. */
function personLike(entity: Entity): boolean {
	return !entity.organisation && genderOfGivenName(entity.name.split(/\s+/u)[0] ?? '') !== 'any';
}

/** The article's written-out names by the short form they define in brackets and by their initials, built once (hostile text can name thousands). */
export interface LongForms {
	readonly defined: Map<string, Entity[]>;
	readonly spelled: Map<string, Entity[]>;
}

export function longFormsOf(entities: readonly Entity[]): LongForms {
	const defined = new Map<string, Entity[]>();
	const spelled = new Map<string, Entity[]>();
	const add = (map: Map<string, Entity[]>, key: string, entity: Entity) => map.set(key, [...(map.get(key) ?? []), entity]);
	for (const entity of entities) {
		const bracket = / \(([^()\s]+)\)$/u.exec(entity.name);
		if (bracket) add(defined, bracket[1]!, entity);
		else if (!personLike(entity)) {
			const initials = initialsOf(entity.name);
			if (initials !== '') add(spelled, initials, entity);
		}
	}
	return {defined, spelled};
}

/**
 * The one entity that writes `short` out: a name defined with it in brackets ("Bundesverfassungsgericht (BVerfG)"),
 * else a body whose capitalised words' initials are the short form ("British Airways" for "BA"). Null when none or several.
 */
export function longFormOf(forms: LongForms, short: Entity): Entity | null {
	const defined = (forms.defined.get(short.name) ?? []).filter((entity) => entity !== short);
	if (defined.length > 0) return defined.length === 1 ? defined[0]! : null;
	if (!/^[\p{Lu}\p{N}]+$/u.test(short.name)) return null;
	const spelled = (forms.spelled.get(short.name) ?? []).filter((entity) => entity !== short);
	return spelled.length === 1 ? spelled[0]! : null;
}

/**
 * A clipped short form ("Fed" for "Federal Reserve", "Met" for "Metropolitan Police"): three or four letters that open the
 * first word of the one run of capitalised words the article writes with that opening — the entity of that name, or a
 * new name for the short form's own entity (the German mention finder may read "Federal" as a role). "" when none or several.
 */
function clippedLongName(ctx: ArticleContext, short: Entity): string {
	if (!/^\p{Lu}\p{Ll}{2,3}$/u.test(short.name)) return '';
	const names = new Set<string>();
	for (const match of ctx.text.matchAll(new RegExp(String.raw`(?<![\p{L}-])(${short.name}\p{Ll}{2,}(?:[ ]\p{Lu}\p{Ll}+)+)(?![\p{L}-])`, 'gu'))) names.add(match[1]!);
	if (names.size !== 1) return '';
	const name = [...names][0]!;
	return genderOfGivenName(name.split(' ')[0]!) === 'any' ? name : '';
}

/**
 * Once the whole article is read: every short form known as an entity of its own ("BA" in the headline, before
 * "British Airways" is written out) takes the full name with the short form in brackets, and so do its quotes.
 */
export function nameShortForms(ctx: ArticleContext): void {
	const registry = ctx.registry;
	const forms = longFormsOf(registry.entities);
	for (const short of [...registry.entities]) {
		if (short.name.includes(' ')) continue;
		const clipped = isShortForm(short.name) ? '' : clippedLongName(ctx, short);
		const long = isShortForm(short.name) ? longFormOf(forms, short) : clipped === '' ? null : registry.lookup(clipped) ?? registry.addName(clipped, {organisation: true});
		if (!long || long === short) continue;
		// The entity found by the run's last word ("Reserve", role "Federal") is the whole run.
		if (clipped !== '' && long.name !== clipped) {
			registry.addAlias(long, long.name);
			if (clipped.split(' ').includes(long.role)) long.role = '';
			long.name = clipped;
		}
		const written = short.name;
		const full = long.name.endsWith(')') ? long.name : `${long.name} (${written})`;
		if (long.name !== full) {
			registry.addAlias(long, long.name);
			long.name = full;
		}
		long.organisation = true;
		long.gender = 'any';
		registry.addAlias(long, written);
		registry.addAlias(short, written);
		short.name = full;
		short.organisation = true;
		short.guessed = false;
		for (const quote of ctx.quotes) {
			const entity = ctx.speakerEntities.get(quote);
			if (quote.speaker === written && (entity === undefined || entity === short || entity === long)) quote.speaker = full;
		}
	}
}
