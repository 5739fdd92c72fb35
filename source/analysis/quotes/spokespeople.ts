// Unnamed spokespeople: "ein Sprecher" / "a spokesman" with no body speaks for the body named just before ("trat das Ministerium entgegen – ein Sprecher erklärte"); "der Sprecher" later is the one the text introduced ("ein Polizeisprecher").

import type {Entity} from '../people/registry.js';
import {type ArticleContext, unitAt} from './article-context.js';
import {isInstitutionWord} from './mentions.js';

const indefiniteSpokesperson = /^(?:(ein|eine)\s+(Sprecher|Sprecherin)|(a|an)\s+(spokesman|spokeswoman|spokesperson))$/iu;
const definiteSpokesperson = /^(?:(?:der|die)\s+(Sprecher|Sprecherin)|the\s+(spokesman|spokeswoman|spokesperson))$/iu;

/** How far back the text may have introduced the spokesperson that "der Sprecher" refers to. */
const introducedReach = 2000;

// German body nouns by gender, for the genitive after "ein Sprecher" ("der Polizei", "des Ministeriums"); others take "von".
const feminineEnding = /(?:ung|ei|schaft|behörde|kommission|kanzlei|wehr|agentur|bank|partei|organisation|stadt|gemeinde|universität|hochschule|klinik|kammer|stiftung|direktion|verwaltung|botschaft)$/u;
const neuterOrMasculineEnding = /(?:ium|amt|gericht|werk|institut|zentrum|verband|konzern|unternehmen|rat|büro|kommando|präsidium|ressort|bündnis)$/u;

/** "ein Sprecher" + the body in the genitive ("ein Sprecher des Ministeriums", "eine Sprecherin der Polizei"), or with "von"/"for". */
function spokespersonOf(opening: string, noun: string, body: string, english: boolean): string {
	if (english) return `${opening} ${noun} for ${body}`;
	const lower = body.toLowerCase();
	if (feminineEnding.test(lower)) return `${opening} ${noun} der ${body}`;
	if (neuterOrMasculineEnding.test(lower)) return `${opening} ${noun} des ${body}${/[sßxz]$/u.test(lower) ? '' : 's'}`;
	return `${opening} ${noun} von ${body}`;
}

/** A body the article names as such: no single word guessed to be one unless it is an institution's noun or an acronym. */
function isNamedBody(ctx: ArticleContext, entity: Entity): boolean {
	if (!entity.organisation || entity.name === '') return false;
	return !entity.guessed || /^\p{Lu}[\p{Lu}\d&-]+$/u.test(entity.name) || isInstitutionWord(ctx, entity.name.toLowerCase());
}

/** Where the text names the spokesperson of a quote: the last time before the quote ends or just after it ("„…“, sagte ein Sprecher"). */
function phraseAt(ctx: ArticleContext, phrase: string, quoteStart: number, quoteEnd: number): number {
	const pattern = new RegExp(String.raw`(?<![\p{L}])${phrase.replace(/\s+/gu, '\\s+')}(?![\p{L}])`, 'giu');
	let found = -1;
	for (const match of ctx.text.slice(Math.max(0, quoteStart - introducedReach), quoteEnd + 200).matchAll(pattern)) found = Math.max(0, quoteStart - introducedReach) + match.index;
	return found;
}

/**
 * The body named last before the spokesperson, earlier in the sentence, else in the sentence before: a registered body,
 * or a body's noun in the writer's words ("trat das Ministerium entgegen – ein Sprecher erklärte").
 */
function ownerBefore(ctx: ArticleContext, at: number): string {
	const unit = unitAt(ctx, at);
	if (!unit) return '';
	for (const index of [unit.index, unit.index - 1]) {
		if (index < 0) break;
		let owner = '';
		let ownerAt = -1;
		// A body's noun inside the registered name ("Ministry" of "Finance Ministry") is that name.
		let ownerEnd = -1;
		for (const mention of ctx.registry.mentionsIn(index)) {
			if (mention.position < at && mention.position > ownerAt && isNamedBody(ctx, mention.entity)) {
				owner = mention.entity.name;
				ownerAt = mention.position;
				ownerEnd = mention.position + mention.entity.name.length;
			}
		}
		for (const token of ctx.units[index]!.tokens) {
			if (token.start >= at) break;
			if (token.start > ownerAt && token.start >= ownerEnd && token.word && token.cap && !token.quoted && isInstitutionWord(ctx, token.lower)) {
				owner = token.text;
				ownerAt = token.start;
			}
		}
		if (owner !== '') return owner;
	}
	return '';
}

/** The spokesperson the text introduced before ("Ein Polizeisprecher sagte …" for a later "der Sprecher"), or "". */
function introducedBefore(ctx: ArticleContext, position: number, noun: string): string {
	const from = Math.max(0, position - introducedReach);
	const english = /^spokes/u.test(noun);
	const pattern = english
		? new RegExp(String.raw`(?<![\p{L}])([Aa]n?\s+(?:[\p{L}-]+\s+){1,2}${noun})(?![\p{L}])`, 'gu')
		: new RegExp(String.raw`(?<![\p{L}])([Ee]ine?\s+\p{Lu}\p{Ll}+${noun.toLowerCase()})(?![\p{L}])`, 'gu');
	let last = '';
	for (const match of ctx.text.slice(from, position).matchAll(pattern)) last = match[1]!;
	return last === '' ? '' : last.charAt(0).toLowerCase() + last.slice(1);
}

/** The spokesperson's name with the body or the introduction the text gives, or "" to keep it as it is. */
export function spokespersonName(ctx: ArticleContext, speaker: string, start: number, end: number): string {
	const indefinite = indefiniteSpokesperson.exec(speaker);
	if (indefinite) {
		const english = indefinite[3] !== undefined;
		const at = phraseAt(ctx, speaker, start, end);
		const owner = at < 0 ? '' : ownerBefore(ctx, at);
		if (owner === '') return '';
		return spokespersonOf(english ? indefinite[3]! : indefinite[1]!, english ? indefinite[4]! : indefinite[2]!, owner, english);
	}
	const definite = definiteSpokesperson.exec(speaker);
	if (definite) return introducedBefore(ctx, start, definite[1] ?? definite[2]!);
	return '';
}

/** Every quote of an unnamed spokesperson gets the body or the introduction the text gives it. */
export function spokespeopleNamed(ctx: ArticleContext): void {
	for (const quote of ctx.quotes) {
		const named = spokespersonName(ctx, quote.speaker, quote.start, quote.end);
		if (named !== '') quote.speaker = named;
	}
}
