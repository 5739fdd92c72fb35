// The last step of speaker choice: every quote's candidate speakers (the rules' choice, nobody, the people and bodies named nearby), described by general cues and ranked by a learned linear model.

import type {Quote} from '../../model/quote.js';
import type {Features, LinearModel} from '../learn/linear-model.js';
import type {Entity} from '../people/registry.js';
import {type ArticleContext, tokenIndexAt, type Unit, unitAt} from './article-context.js';
import {insideReportCue, reportHolding} from './article-passes.js';
import {roleHead} from './lexicon.js';
import {impersonalCuesDe} from './lexicon-de.js';
import {impersonalCuesEn} from './lexicon-en.js';
import {isGermanThing, pluralVerbBeside} from './mentions.js';

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
const maxNearby = 24;
/** Sentences back within the quote's paragraph whose named people and bodies are offered too. */
const paragraphReach = 6;

const impersonalCues = [...impersonalCuesDe, ...impersonalCuesEn];

const impersonalSubjects = new Set(['man', 'one']);

/** Prepositions after which a name is a place or a topic ("in Mecklenburg-Vorpommern", "talks with Macron"), seldom who speaks. */
const placePrepositions = new Set([
	'in', 'im', 'ins', 'aus', 'nach', 'bei', 'beim', 'für', 'mit', 'gegen', 'über', 'auf', 'an', 'am', 'vor', 'zu', 'zum', 'zur', 'um', 'durch', 'unter', 'zwischen', 'gegenüber', 'seit', 'ohne', 'hinter', 'neben',
	'at', 'from', 'to', 'for', 'with', 'against', 'on', 'about', 'into', 'over', 'across', 'between', 'near', 'inside', 'within', 'throughout', 'toward', 'towards',
]);

/** A description built on a role noun ("Gesundheitsdirektor des Kantons", "a bureau spokesperson"), not on a thing ("the report"). */
function describesRole(ctx: ArticleContext, description: string): boolean {
	return description.split(/\s+/u).some((word) => /^\p{L}/u.test(word) && roleHead(word.toLowerCase(), ctx.lexicon) !== '');
}

/** The name at token `at` follows a preposition, past at most three small words ("in der georgischen Hauptstadt Tiflis"). */
export function afterPreposition(unit: Unit, at: number): boolean {
	for (let k = at - 1, words = 0; k >= 0 && words < 3; k--) {
		const token = unit.tokens[k]!;
		if (!token.word) return false;
		// "according to X" names a source, no place.
		if (placePrepositions.has(token.lower)) return !(token.lower === 'to' && unit.tokens[k - 1]?.lower === 'according');
		if (token.cap) return false;
		words++;
	}
	return false;
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
	const lower = cue.toLowerCase();
	// "heißt es", "reportedly": the text names nobody on purpose.
	if (impersonalCues.some((phrase) => lower.includes(phrase))) return 'impersonal';
	const words = lower.split(/\s+/u);
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
	/** Per sentence, the writer's words (outside quotation marks), built when first asked. */
	writerWords: Map<number, Set<string>>;
	/** Entities every mention of which follows a preposition ("in Kiew", "aus Brüssel"): places and topics. */
	onlyAfterPrepositions: Set<Entity>;
	/** Quotes in text order, with the rules' entity for each. */
	ordered: Quote[];
	entityOf: Map<Quote, Entity | null>;
}

function articleFacts(ctx: ArticleContext): Facts {
	const counts = new Map<Entity, number>();
	const elsewhere = new Set<Entity>();
	const notAfterPreposition = new Set<Entity>();
	let mostMentioned: Entity | null = null;
	for (const mention of ctx.registry.mentions) {
		const first = ctx.units[mention.unit]?.tokens.find((token) => token.word);
		if (!first || first.start !== mention.position) elsewhere.add(mention.entity);
		const unit = ctx.units[mention.unit];
		if (!notAfterPreposition.has(mention.entity) && (!unit || !afterPreposition(unit, tokenIndexAt(unit, mention.position)))) notAfterPreposition.add(mention.entity);
		const count = (counts.get(mention.entity) ?? 0) + 1;
		counts.set(mention.entity, count);
		if (!mention.entity.organisation && (mostMentioned === null || count > (counts.get(mostMentioned) ?? 0))) mostMentioned = mention.entity;
	}
	const leadEnd = ctx.units[Math.min(2, ctx.units.length - 1)]?.end ?? 0;
	const ordered = [...ctx.quotes].sort((a, b) => a.start - b.start);
	const entityOf = new Map<Quote, Entity | null>();
	const byName = new Map<string, Entity | null>();
	for (const quote of ordered) {
		let entity = quote.speaker === '' ? null : ctx.speakerEntities.get(quote) ?? byName.get(quote.speaker);
		if (entity === undefined) {
			entity = ctx.registry.lookup(quote.speaker) ?? null;
			byName.set(quote.speaker, entity);
		}
		entityOf.set(quote, entity);
	}
	const onlyOpening = new Set([...counts.keys()].filter((entity) => !elsewhere.has(entity)));
	const onlyAfterPrepositions = new Set([...counts.keys()].filter((entity) => !notAfterPreposition.has(entity)));
	return {counts, onlyOpening, onlyAfterPrepositions, mostMentioned, leadEnd, writerWords: new Map(), ordered, entityOf};
}

/** Receives a candidate's features one by one (recorded for training, or summed into a score when ranking). */
type Sink = (feature: string, value?: number) => void;

interface Offer {
	readonly name: string;
	readonly role: string;
	readonly describe: (set: Sink) => void;
}

/** The quote's candidates, the rules' choice first, each with how to describe it. */
function offersFor(ctx: ArticleContext, facts: Facts, quote: Quote, previous: Quote | undefined, spokeBefore: Map<Entity, number>): Offer[] | null {
	const unit = unitAt(ctx, quote.start);
	if (!unit) return null;
	const indirect = quote.kind === 'indirect' ? 1 : 0;
	const rulesEntity = facts.entityOf.get(quote) ?? null;
	const previousEntity = previous ? facts.entityOf.get(previous) ?? null : null;
	const cue = cuePosition(unit, quote);
	const cueToken = cue >= 0 ? tokenIndexAt(unit, cue) : -1;
	const kind = cueKind(ctx, quote.cue);
	const rulesKind = `rules:${kind}`;
	const nobodyKind = `nobody:${kind}`;
	const previousKind = `previousSpeaker:${kind}`;

	// Pronouns and role words in the writer's words of the sentence: who they can mean is a cue of agreement.
	let pronoun: 'male' | 'female' | 'group' | null = null;
	for (const [at, token] of unit.tokens.entries()) {
		if (token.quoted || !token.word) continue;
		if (pronoun !== null || (ctx.lexicon.language === 'de' && token.start >= quote.start && token.start < quote.end)) continue;
		const gendered = ctx.lexicon.pronouns[token.lower];
		// German "sie" with a plural verb ("Sie forderten") is a group, no woman; so is "they". "It" is no person.
		if (gendered === 'female' && ctx.lexicon.language === 'de' && pluralVerbBeside(ctx, unit.tokens, at)) pronoun = 'group';
		else if (gendered === 'male' || gendered === 'female') pronoun = gendered;
		else if (gendered === 'organisation' || token.lower === 'they') pronoun = 'group';
	}
	const headline = unit.index === 0 ? 1 : 0;
	// From the end of the previous quote's sentence: its own cue ("…," Smith said) is no turn to someone new.
	const previousEnd = previous ? (unitAt(ctx, previous.start)?.end ?? previous.end) : Number.POSITIVE_INFINITY;

	const window: Entity[] = [];
	const nearest = new Map<Entity, {units: number; chars: number; before: boolean; after: boolean; nearCue: boolean; first: boolean; paragraph: boolean; last: number; inside: boolean; cueSubject: boolean; cueObject: boolean; since: boolean}>();
	// The window reaches back to the paragraph's start (up to a bound): a body or person introduced there may still speak.
	let first = Math.max(0, unit.index - sentencesBefore);
	while (first > 0 && unit.index - first < paragraphReach && ctx.units[first - 1]!.paragraph === unit.paragraph) first--;
	for (let index = first; index <= Math.min(ctx.units.length - 1, unit.index + sentencesAfter); index++) {
		const other = ctx.units[index]!;
		const mentions = ctx.registry.mentionsIn(index);
		for (const [order, mention] of mentions.entries()) {
			const entity = mention.entity;
			if (entity.name === '') continue;
			const inside = mention.position >= quote.start && mention.position < quote.end;
			// Named inside quotation marks: spoken about. Inside a reported clause's span it may be its source ("X, according to Y, will …").
			if (inside && quote.kind !== 'indirect') continue;
			const chars = inside ? 0 : mention.position < quote.start ? quote.start - mention.position : mention.position - quote.end;
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
				inside,
				cueSubject: false,
				cueObject: false,
				// Named after the previous quote: the text has turned to someone since the last speaker.
				since: !inside && mention.position >= previousEnd && mention.position < quote.start,
			};
			if (same && cueToken >= 0) {
				// "Müller sagte", "said Smith", "sagte der Minister Müller": the name right before or after the cue word.
				const gap = cueToken - tokenIndexAt(unit, mention.position);
				facts1.cueSubject = gap >= 1 && gap <= 3;
				facts1.cueObject = gap <= -1 && gap >= -4;
			}
			// Inside a reported clause, only a name beside its cue is a source; any other is whom the clause is about.
			if (inside && !facts1.cueSubject && !facts1.cueObject) continue;
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
				seen.inside &&= facts1.inside;
				seen.since ||= facts1.since;
			}
		}
	}
	// People named in the quote's sentence and the one before: the more there are, the less a bare cue says who spoke.
	let crowd = 0;
	for (const entity of window) {
		const near = nearest.get(entity)!;
		if (!entity.organisation && near.units <= 1 && near.last >= 0) crowd++;
	}
	// Two or more people named together in the sentence before, none in the quote's own: nothing here tells them apart.
	let together = 0;
	let ownSentence = 0;
	for (const entity of window) {
		const near = nearest.get(entity)!;
		if (entity.organisation) continue;
		if (near.units === 0 && !near.inside) ownSentence++;
		else if (near.units === 1 && near.last >= 0 && near.last < unit.start) together++;
	}
	// "…, heißt es": the rules saw that the text names nobody on purpose.
	const undecided = quote.speaker === '' && ((together >= 2 && ownSentence === 0) || kind === 'impersonal');
	const offered: Array<Entity | null | 'rules'> = ['rules'];
	// A headline's quote has a pass of its own (pull quotes, the teaser's speaker): the ranker leaves it as it is.
	if (headline === 0 && !undecided) {
		if (quote.speaker !== '') offered.push(null);
		// "Sie forderten", "they said", "it said": the pronoun speaks for a group or a body, never for one person named nearby.
		const fits = (entity: Entity) => entity !== rulesEntity && (pronoun !== 'group' || entity.organisation);
		// Hostile text can name hundreds of bodies in four sentences: the nearest ones are enough, and keep the work linear.
		const nearby = window.length <= maxNearby ? window : [...window].sort((a, b) => nearest.get(a)!.chars - nearest.get(b)!.chars).slice(0, maxNearby);
		for (const entity of nearby) if (fits(entity)) offered.push(entity);
		for (const extra of [previousEntity, facts.mostMentioned]) {
			if (extra && fits(extra) && !offered.includes(extra)) offered.push(extra);
		}
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
	// Someone other than the previous speaker was named since that speaker's quote and its sentence.
	const interrupted = previousEntity !== null && window.some((entity) => entity !== previousEntity && !entity.organisation && nearest.get(entity)!.since);
	// The rules' pick looks like no speaker: a guessed one-word body, a place ("in Kiew"), a word that only opens sentences,
	// a German thing noun, a name seen once, or a description without a role noun; then every other candidate carries the doubt.
	const doubt = rulesEntity
		? (rulesEntity.organisation && rulesEntity.guessed) || facts.onlyAfterPrepositions.has(rulesEntity) || facts.onlyOpening.has(rulesEntity) || isGermanThing(ctx, rulesEntity) || (facts.counts.get(rulesEntity) ?? 0) <= 1
		: !rulesNobody && !describesRole(ctx, quote.speaker);
	const writerWord = (word: string) => {
		let words = facts.writerWords.get(unit.index);
		if (!words) {
			words = new Set(unit.tokens.filter((token) => !token.quoted && token.word).map((token) => token.lower));
			facts.writerWords.set(unit.index, words);
		}
		return words.has(word);
	};
	const describe = (rules: boolean, entity: Entity | null, name: string, set: Sink) => {
		if (rules) {
			set('rules');
			set(rulesKind);
			set('rules:indirect', indirect);
		}
		if (name === '') {
			if (rules) set('rules:nobody');
			set('nobody');
			set('nobody:indirect', indirect);
			set(nobodyKind);
			set('nobody:crowd', log(crowd));
			// "Man sei zufrieden", "one could argue": an impersonal subject opens the report.
			if (indirect && impersonalSubjects.has(quote.text.slice(0, quote.text.indexOf(' ')).toLowerCase())) set('nobody:impersonalSubject');
			if (doubt) set('nobody:doubt');
			return;
		}
		if (!entity) {
			set('described');
			set('described:indirect', indirect);
			// The description stands in the quote's sentence ("laut des zuständigen Oberstaatsanwalts"): the text says who spoke.
			const last = name.slice(name.lastIndexOf(' ') + 1);
			if (last.length > 2 && ctx.text.slice(unit.start, unit.end).includes(last.slice(0, Math.max(3, last.length - 2)))) set('described:inSentence');
			return;
		}
		set(entity.organisation ? 'organisation' : 'person');
		if (entity.organisation && entity.guessed) set('guessedOrganisation');
		if (!entity.name.includes(' ')) set('oneWordName');
		if (facts.onlyOpening.has(entity)) set('onlyOpensSentences');
		if (isGermanThing(ctx, entity)) set('germanThing');
		if (doubt && !rules) {
			// Pairs with the rules' pick: an alternative gains when that pick is doubtful, the more so a person, one with a role, one near.
			set('doubt');
			if (!entity.organisation) set('doubt:person');
			if (entity.role !== '' || entity.roleHeads.size > 0) set('doubt:hasRole');
			if (nearest.get(entity)?.paragraph) set('doubt:sameParagraph');
			if (entity === previousEntity) set('doubt:previousSpeaker');
			if (recency.get(entity) === 0) set('doubt:lastPersonNamed');
		}
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
			set('namedInsideReport', near.inside ? 1 : 0);
			set('namedBefore', near.before ? 1 : 0);
			set('namedAfter', near.after ? 1 : 0);
			set('nearCue', near.nearCue ? 1 : 0);
			set('beforeCueWord', near.cueSubject ? 1 : 0);
			set('afterCueWord', near.cueObject ? 1 : 0);
			set('firstNamedInSentence', near.first ? 1 : 0);
			set('firstNamedInSentence:indirect', near.first ? indirect : 0);
			set('sameParagraph', near.paragraph ? 1 : 0);
			set('closestToCue', entity === closestToCue ? 1 : 0);
			if (near.since && previousEntity !== null) set('namedSincePrevious');
		} else {
			set('notNearby');
			// The rules reached someone not named nearby through a role noun or a chain of quotes: a reason of its own.
			if (rules) set('rules:notNearby');
		}
		if (rulesNobody) {
			set('candidate:rulesNobody');
			if (near?.units === 0) set('sameSentence:rulesNobody');
			if (near?.paragraph) set('sameParagraph:rulesNobody');
		}
		if (entity === previousEntity) {
			set('previousSpeaker');
			set(previousKind);
			if (rulesNobody) set('previousSpeaker:rulesNobody');
			set('previousSpeaker:indirect', indirect);
			const previousUnit = previous ? unitAt(ctx, previous.start) : undefined;
			if (previousUnit && previousUnit.paragraph === unit.paragraph) set('previousSpeaker:sameParagraph');
			if (interrupted) set('previousSpeaker:interrupted');
		}
		set('spokeBefore', log(spokeBefore.get(entity) ?? 0));
		set('mentions', log(facts.counts.get(entity) ?? 0));
		if (entity === facts.mostMentioned) set('mostMentioned');
		if (entity.firstMention >= 0 && entity.firstMention < facts.leadEnd) set('inLead');
		if (pronoun === 'group') set('groupPronoun');
		else if (pronoun !== null && !entity.organisation) {
			if (entity.gender === pronoun) set('pronounAgrees');
			else if (entity.gender !== 'any') set('pronounDisagrees');
		}
		for (const word of entity.roleWords) {
			if (writerWord(word)) {
				set('roleWordInSentence');
				break;
			}
		}
		const surname = entity.name.slice(entity.name.lastIndexOf(' ') + 1);
		if (surname.length > 2 && quote.text.includes(surname)) set('namedInQuote');
	};
	return offered.map((offer) => {
		const rules = offer === 'rules';
		const entity = rules ? rulesEntity : offer;
		const name = rules ? quote.speaker : entity ? entity.name : '';
		const role = rules ? quote.role : entity ? entity.role : '';
		return {name, role, describe: (set: Sink) => describe(rules, entity, name, set)};
	});
}

/** Walks the article's quotes in text order with their offers (the rules' choices feed "previous speaker" and "spoke before"). */
function eachOffer(ctx: ArticleContext, visit: (quote: Quote, offers: Offer[]) => void): void {
	// Most articles quote nobody: their mentions need no facts gathered.
	if (ctx.quotes.length === 0) return;
	const facts = articleFacts(ctx);
	const spokeBefore = new Map<Entity, number>();
	let previous: Quote | undefined;
	for (const quote of facts.ordered) {
		// Read before the visit, which may change the quote's speaker: the features describe the rules' answers only.
		const named = quote.speaker !== '';
		const offers = offersFor(ctx, facts, quote, previous, spokeBefore);
		if (offers) visit(quote, offers);
		const entity = facts.entityOf.get(quote);
		if (entity) spokeBefore.set(entity, (spokeBefore.get(entity) ?? 0) + 1);
		if (named) previous = quote;
	}
}

/** Every quote's candidate speakers with their features, as the rules left the article (read-only). */
export function speakerChoices(ctx: ArticleContext): SpeakerChoice[] {
	const choices: SpeakerChoice[] = [];
	eachOffer(ctx, (quote, offers) => {
		const candidates = offers.map((offer) => {
			const features: Record<string, number> = {};
			offer.describe((feature, value = 1) => {
				if (value !== 0) features[feature] = value;
			});
			return {name: offer.name, role: offer.role, features};
		});
		choices.push({quote, candidates});
	});
	return choices;
}

/**
 * Gives each quote the speaker the model ranks first; ties keep the earlier candidate, so the rules' choice. Scores
 * are summed as the features come (no feature objects): the same sum as linearScore over speakerChoices' features.
 */
export function rankSpeakers(ctx: ArticleContext, model: LinearModel): void {
	const weights = model.weights;
	let score = 0;
	const add: Sink = (feature, value = 1) => {
		if (value === 0) return;
		const weight = weights[feature];
		if (weight !== undefined) score += weight * value;
	};
	eachOffer(ctx, (quote, offers) => {
		if (offers.length < 2) return;
		let best = 0;
		let bestScore = Number.NEGATIVE_INFINITY;
		for (const [index, offer] of offers.entries()) {
			score = 0;
			offer.describe(add);
			if (score > bestScore) {
				best = index;
				bestScore = score;
			}
		}
		if (best === 0) return;
		quote.speaker = offers[best]!.name;
		quote.role = offers[best]!.role;
	});
	// A fragment quoted inside a reported clause is that clause's speaker's, whomever the ranker gave the clause.
	for (const quote of ctx.quotes) {
		if (quote.cue !== insideReportCue) continue;
		const report = reportHolding(ctx, quote.start, quote.end);
		if (!report) continue;
		quote.speaker = report.speaker;
		quote.role = report.role;
	}
}
