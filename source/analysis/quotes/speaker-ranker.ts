// The last step of speaker choice: every quote's candidate speakers (the rules' choice, nobody, the people and bodies named nearby), described by general cues and ranked by a learned linear model.

import type {Quote} from '../../model/quote.js';
import {bestCandidate, type Features, type LinearModel} from '../learn/linear-model.js';
import type {Entity} from '../people/registry.js';
import {type ArticleContext, tokenIndexAt, type Unit} from './article-context.js';
import {isGermanThing} from './mentions.js';

export interface SpeakerCandidate {
	/** The speaker as the quote would carry it ("" for nobody). */
	readonly name: string;
	readonly role: string;
	readonly features: Features;
}

/** One quote's decision; candidates[0] is always the rules' own choice, so ties keep the rules' answer. */
export interface SpeakerChoice {
	readonly quote: Quote;
	readonly candidates: readonly SpeakerCandidate[];
}

/** Sentences before and after the quote's own whose named people and bodies are offered as candidates. */
const sentencesBefore = 2;
const sentencesAfter = 1;

function unitAt(ctx: ArticleContext, position: number): Unit | undefined {
	let low = 0;
	let high = ctx.units.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (ctx.units[middle]!.start <= position) low = middle;
		else high = middle - 1;
	}
	return ctx.units[low];
}

/** Kind of cue the rules tied the quote to, from the cue as the quote carries it (closed classes and the rules' own markers only). */
function cueKind(ctx: ArticleContext, cue: string): string {
	if (cue === '') return 'none';
	if (cue === ':') return 'colon';
	if (cue.startsWith('(')) {
		const konjunktiv = cue.includes('Konjunktiv') ? 'konjunktiv' : '';
		if (cue.includes('continue')) return `${konjunktiv}continues`;
		if (cue.includes('previous')) return `${konjunktiv}previous`;
		if (cue.includes('repeated')) return 'repeated';
		return konjunktiv === '' ? 'marked' : konjunktiv;
	}
	const words = cue.toLowerCase().split(/\s+/u);
	const last = words[words.length - 1] ?? '';
	if (ctx.lexicon.sourceWords.has(words[0] ?? '') || ctx.lexicon.sourceWords.has(last) || words[0] === 'according' || words[0] === 'so' || words[0] === 'nach' || words[0] === 'wie') return 'source';
	if (words.some((word) => ctx.lexicon.speechVerbs.has(word) || ctx.lexicon.separable.has(word))) return 'verb';
	if (words.some((word) => ctx.lexicon.framingVerbs.has(word))) return 'framing';
	return 'other';
}

/** Token offset of the cue word in the writer's words of the unit nearest the quote, or -1. */
function cuePosition(unit: Unit, quote: Quote): number {
	const words = quote.cue.toLowerCase().split(/\s+/u).filter((word) => /\p{L}/u.test(word));
	if (words.length === 0) return -1;
	let best = -1;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const token of unit.tokens) {
		if (token.quoted || !words.includes(token.lower)) continue;
		const distance = token.start >= quote.end ? token.start - quote.end : token.end <= quote.start ? quote.start - token.end : 0;
		if (distance < bestDistance) {
			best = token.start;
			bestDistance = distance;
		}
	}
	return best;
}

const log = (value: number) => Math.round(Math.log1p(Math.max(0, value)) * 1000) / 1000;

interface Facts {
	/** Mentions per entity over the whole article. */
	counts: Map<Entity, number>;
	/** Entities only ever named as a sentence's first word, where any noun is capitalised. */
	onlyOpening: Set<Entity>;
	mostMentioned: Entity | null;
	leadEnd: number;
	/** Quotes in text order, with the rules' entity for each. */
	ordered: Quote[];
	entityOf: Map<Quote, Entity | null>;
}

function articleFacts(ctx: ArticleContext): Facts {
	const counts = new Map<Entity, number>();
	const elsewhere = new Set<Entity>();
	let mostMentioned: Entity | null = null;
	for (const mention of ctx.registry.mentions) {
		const first = ctx.units[mention.unit]?.tokens.find((token) => token.word);
		if (!first || first.start !== mention.position) elsewhere.add(mention.entity);
		const count = (counts.get(mention.entity) ?? 0) + 1;
		counts.set(mention.entity, count);
		if (!mention.entity.organisation && (mostMentioned === null || count > (counts.get(mostMentioned) ?? 0))) mostMentioned = mention.entity;
	}
	const leadEnd = ctx.units[Math.min(2, ctx.units.length - 1)]?.end ?? 0;
	const ordered = [...ctx.quotes].sort((a, b) => a.start - b.start);
	const entityOf = new Map<Quote, Entity | null>();
	for (const quote of ordered) entityOf.set(quote, quote.speaker === '' ? null : ctx.speakerEntities.get(quote) ?? ctx.registry.lookup(quote.speaker) ?? null);
	const onlyOpening = new Set([...counts.keys()].filter((entity) => !elsewhere.has(entity)));
	return {counts, onlyOpening, mostMentioned, leadEnd, ordered, entityOf};
}

/** The quote's candidates with their features, the rules' choice first. */
function choiceFor(ctx: ArticleContext, facts: Facts, quote: Quote, previous: Quote | undefined, spokeBefore: Map<Entity, number>): SpeakerChoice | null {
	const unit = unitAt(ctx, quote.start);
	if (!unit) return null;
	const indirect = quote.kind === 'indirect' ? 1 : 0;
	const rulesEntity = facts.entityOf.get(quote) ?? null;
	const previousEntity = previous ? facts.entityOf.get(previous) ?? null : null;
	const cue = cuePosition(unit, quote);
	const cueToken = cue >= 0 ? tokenIndexAt(unit, cue) : -1;
	const kind = cueKind(ctx, quote.cue);

	// Pronouns and role words in the writer's words of the sentence: who they can mean is a cue of agreement.
	let pronoun: 'male' | 'female' | null = null;
	const writerWords = new Set<string>();
	for (const token of unit.tokens) {
		if (token.quoted || !token.word) continue;
		writerWords.add(token.lower);
		const gendered = ctx.lexicon.pronouns[token.lower];
		if (pronoun === null && (gendered === 'male' || gendered === 'female') && (ctx.lexicon.language === 'en' || token.start < quote.start || token.start >= quote.end)) pronoun = gendered;
	}

	const window: Entity[] = [];
	const nearest = new Map<Entity, {units: number; chars: number; before: boolean; after: boolean; nearCue: boolean; first: boolean; paragraph: boolean; last: number; cueSubject: boolean; cueObject: boolean}>();
	for (let index = Math.max(0, unit.index - sentencesBefore); index <= Math.min(ctx.units.length - 1, unit.index + sentencesAfter); index++) {
		const other = ctx.units[index]!;
		const mentions = ctx.registry.mentionsIn(index);
		for (const [order, mention] of mentions.entries()) {
			const entity = mention.entity;
			if (entity.name === '') continue;
			const inside = mention.position >= quote.start && mention.position < quote.end;
			if (inside) continue;
			const chars = mention.position < quote.start ? quote.start - mention.position : mention.position - quote.end;
			const seen = nearest.get(entity);
			const same = index === unit.index;
			const facts1 = {
				units: Math.abs(index - unit.index),
				chars,
				before: same && mention.position < quote.start,
				after: same && mention.position >= quote.end,
				nearCue: cue >= 0 && same && Math.abs(mention.position - cue) <= 40,
				first: same && order === 0,
				paragraph: other.paragraph === unit.paragraph,
				last: mention.position < quote.start ? mention.position : -1,
				cueSubject: false,
				cueObject: false,
			};
			if (same && cueToken >= 0) {
				// "Müller sagte", "said Smith", "sagte der Minister Müller": the name right before or after the cue word.
				const gap = cueToken - tokenIndexAt(unit, mention.position);
				facts1.cueSubject = gap >= 1 && gap <= 3;
				facts1.cueObject = gap <= -1 && gap >= -4;
			}
			if (!seen) {
				window.push(entity);
				nearest.set(entity, facts1);
			} else {
				seen.units = Math.min(seen.units, facts1.units);
				seen.chars = Math.min(seen.chars, facts1.chars);
				seen.before ||= facts1.before;
				seen.after ||= facts1.after;
				seen.nearCue ||= facts1.nearCue;
				seen.first ||= facts1.first;
				seen.paragraph ||= facts1.paragraph;
				seen.last = Math.max(seen.last, facts1.last);
				seen.cueSubject ||= facts1.cueSubject;
				seen.cueObject ||= facts1.cueObject;
			}
		}
	}
	const offered: Array<Entity | null | 'rules'> = ['rules'];
	if (quote.speaker !== '') offered.push(null);
	for (const entity of window) if (entity !== rulesEntity) offered.push(entity);
	for (const extra of [previousEntity, facts.mostMentioned]) {
		if (extra && extra !== rulesEntity && !offered.includes(extra)) offered.push(extra);
	}
	// The window's entity closest to the cue (or to the quote), as a rank among the offered.
	let closestToCue: Entity | null = null;
	let closestDistance = Number.POSITIVE_INFINITY;
	for (const entity of window) {
		const near = nearest.get(entity)!;
		if (near.units === 0 && near.chars < closestDistance && (near.nearCue || cue < 0)) {
			closestToCue = entity;
			closestDistance = near.chars;
		}
	}

	// Rank of each person by how recently they were named before the quote (0: the last one named).
	const recency = new Map<Entity, number>();
	const named = window.filter((entity) => nearest.get(entity)!.last >= 0).sort((a, b) => nearest.get(b)!.last - nearest.get(a)!.last);
	let people = 0;
	for (const entity of named) if (!entity.organisation) recency.set(entity, people++);
	const rulesNobody = quote.speaker === '';
	const quoteText = quote.text.toLowerCase();
	const candidates: SpeakerCandidate[] = offered.map((offer) => {
		const rules = offer === 'rules';
		const entity = rules ? rulesEntity : offer;
		const name = rules ? quote.speaker : entity ? entity.name : '';
		const role = rules ? quote.role : entity ? entity.role : '';
		const features: Record<string, number> = {};
		const set = (feature: string, value = 1) => {
			if (value !== 0) features[feature] = value;
		};
		if (rules) {
			set('rules');
			set(`rules:${kind}`);
			set('rules:indirect', indirect);
		}
		if (name === '') {
			set('nobody');
			set('nobody:indirect', indirect);
			set(`nobody:${kind}`);
			return {name, role, features};
		}
		if (!entity) {
			set('described');
			set('described:indirect', indirect);
			return {name, role, features};
		}
		set(entity.organisation ? 'organisation' : 'person');
		if (entity.organisation && entity.guessed) set('guessedOrganisation');
		if (!entity.name.includes(' ')) set('oneWordName');
		if (facts.onlyOpening.has(entity)) set('onlyOpensSentences');
		if (isGermanThing(ctx, entity)) set('germanThing');
		const rank = recency.get(entity);
		if (rank !== undefined) {
			set('lastPersonNamed', rank === 0 ? 1 : 0);
			set('recencyRank', log(rank));
			if (rulesNobody && rank === 0) set('lastPersonNamed:rulesNobody');
		}
		set('hasRole', entity.role !== '' || entity.roleHeads.size > 0 ? 1 : 0);
		const near = nearest.get(entity);
		if (near) {
			set('sameSentence', near.units === 0 ? 1 : 0);
			set('sameSentence:indirect', near.units === 0 ? indirect : 0);
			set('sentencesAway', log(near.units));
			set('charsAway', log(near.chars / 10));
			set('namedBefore', near.before ? 1 : 0);
			set('namedAfter', near.after ? 1 : 0);
			set('nearCue', near.nearCue ? 1 : 0);
			set('beforeCueWord', near.cueSubject ? 1 : 0);
			set('afterCueWord', near.cueObject ? 1 : 0);
			set('opensSentence', near.first ? 1 : 0);
			set('opensSentence:indirect', near.first ? indirect : 0);
			set('sameParagraph', near.paragraph ? 1 : 0);
			set('closestToCue', entity === closestToCue ? 1 : 0);
		} else {
			set('notNearby');
		}
		if (rulesNobody) {
			set('candidate:rulesNobody');
			if (near?.units === 0) set('sameSentence:rulesNobody');
			if (near?.paragraph) set('sameParagraph:rulesNobody');
		}
		if (entity === previousEntity) {
			set('previousSpeaker');
			set(`previousSpeaker:${kind}`);
			if (rulesNobody) set('previousSpeaker:rulesNobody');
			set('previousSpeaker:indirect', indirect);
			const previousUnit = previous ? unitAt(ctx, previous.start) : undefined;
			if (previousUnit && previousUnit.paragraph === unit.paragraph) set('previousSpeaker:sameParagraph');
		}
		set('spokeBefore', log(spokeBefore.get(entity) ?? 0));
		set('mentions', log(facts.counts.get(entity) ?? 0));
		if (entity === facts.mostMentioned) set('mostMentioned');
		if (entity.firstMention >= 0 && entity.firstMention < facts.leadEnd) set('inLead');
		if (pronoun !== null && !entity.organisation) {
			if (entity.gender === pronoun) set('pronounAgrees');
			else if (entity.gender !== 'any') set('pronounDisagrees');
		}
		for (const word of entity.roleWords) {
			if (writerWords.has(word)) {
				set('roleWordInSentence');
				break;
			}
		}
		const surname = entity.name.split(/\s+/u).pop()?.toLowerCase() ?? '';
		if (surname.length > 2 && quoteText.includes(surname)) set('namedInQuote');
		return {name, role, features};
	});
	return {quote, candidates};
}

/** Every quote's candidate speakers with their features, as the rules left the article (read-only). */
export function speakerChoices(ctx: ArticleContext): SpeakerChoice[] {
	const facts = articleFacts(ctx);
	const choices: SpeakerChoice[] = [];
	const spokeBefore = new Map<Entity, number>();
	let previous: Quote | undefined;
	for (const quote of facts.ordered) {
		const choice = choiceFor(ctx, facts, quote, previous, spokeBefore);
		if (choice) choices.push(choice);
		const entity = facts.entityOf.get(quote);
		if (entity) spokeBefore.set(entity, (spokeBefore.get(entity) ?? 0) + 1);
		if (quote.speaker !== '') previous = quote;
	}
	return choices;
}

/** Gives each quote the speaker the model ranks first (ties keep the rules' choice). */
export function rankSpeakers(ctx: ArticleContext, model: LinearModel): void {
	for (const choice of speakerChoices(ctx)) {
		const best = bestCandidate(model, choice.candidates.map((candidate) => candidate.features));
		if (best <= 0) continue;
		const chosen = choice.candidates[best]!;
		choice.quote.speaker = chosen.name;
		choice.quote.role = chosen.role;
	}
}
