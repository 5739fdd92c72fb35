// Learned reported-speech detector: sentences the rules left alone, weighed by a logistic model over closed-class cues (Konjunktiv, sources, continuation of a speaker), kept as indirect speech above a threshold.

import type {Features, LinearModel} from '../learn/linear-model.js';
import {linearScore} from '../learn/linear-model.js';
import {type ArticleContext, nobody, quotedShare, sentenceEnd, type Speaker, type Unit, type UnitToken} from './article-context.js';
import {emit} from './direct-quotes.js';
import modelData from './reported-model.json' with {type: 'json'};
import {findCues} from './speech-cues.js';

/** The model and the probability above which a sentence is reported speech (chosen in cross-validation, not by hand). */
export interface ReportModel extends LinearModel {
	readonly threshold: number;
}

/** A sentence the rules did not report, with its features and the span and speaker it would be reported with. */
export interface ReportCandidate {
	readonly unit: Unit;
	readonly start: number;
	readonly end: number;
	readonly features: Features;
	readonly speaker: Speaker;
	readonly cue: string;
}

/** The committed model (reported-model.json, rewritten by `npm run train:reported`); null when it holds no weights. */
export const reportModel: ReportModel | null = Object.keys(modelData.weights).length > 0 ? (modelData as ReportModel) : null;

const logitOf = (threshold: number) => Math.log(threshold / (1 - threshold));

/** Emits every candidate the model scores above its threshold as indirect speech. */
export function addLearnedReports(ctx: ArticleContext, model: ReportModel): void {
	const cut = logitOf(model.threshold);
	const accepted = reportCandidates(ctx).filter((candidate) => linearScore(model, candidate.features) > cut);
	for (const candidate of accepted) emitCandidate(ctx, candidate);
}

function emitCandidate(ctx: ArticleContext, candidate: ReportCandidate): void {
	const before = ctx.quotes.length;
	const {last, lastKind, lastDirect} = ctx;
	emit(ctx, 'indirect', candidate.start, candidate.end, candidate.speaker, candidate.cue, candidate.unit);
	// The rules' passes are over: the learned find must not change what they left as the last speech event.
	ctx.last = last;
	ctx.lastKind = lastKind;
	ctx.lastDirect = lastDirect;
	const quote = ctx.quotes.pop();
	if (!quote || ctx.quotes.length !== before) return;
	const at = ctx.quotes.findIndex((other) => other.start > quote.start);
	ctx.quotes.splice(at < 0 ? ctx.quotes.length : at, 0, quote);
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Sentences that may be reported speech the rules missed: no indirect quote of the rules in them, mostly the writer's
 * words. With `alsoReported`, the sentences the rules reported too (flagged), which training learns from as well.
 */
export function reportCandidates(ctx: ArticleContext, alsoReported = false): Array<ReportCandidate & {reported: boolean}> {
	const candidates: Array<ReportCandidate & {reported: boolean}> = [];
	const indirect = ctx.quotes.filter((quote) => quote.kind === 'indirect');
	const quoted = ctx.quotes.filter((quote) => quote.kind !== 'indirect');
	for (const unit of ctx.units) {
		const end = sentenceEnd(ctx, unit);
		if (end <= unit.start) continue;
		const reported = indirect.some((quote) => quote.start < end && quote.end > unit.start);
		if (reported && !alsoReported) continue;
		if (quotedShare(unit, unit.start, end) > 0.5) continue;
		// A sentence with a direct quote has its speaker's words already.
		if (quoted.some((quote) => quote.kind === 'direct' && quote.start < end && quote.end > unit.start)) continue;
		const words = ctx.text.slice(unit.start, end).match(wordPattern) ?? [];
		if (words.length < 4) continue;
		const state = neighbourhood(ctx, unit, indirect, quoted);
		candidates.push({unit, start: unit.start, end, features: reportFeatures(ctx, unit, state), speaker: state.speaker, cue: state.cue, reported});
	}
	return candidates;
}

/** What the sentences around a unit hold: reports and quotes before and after, and whose words they were. */
export interface Neighbourhood {
	readonly previousIndirect: boolean;
	readonly previousQuoted: boolean;
	readonly previousSpeaker: boolean;
	readonly nextIndirect: boolean;
	readonly nextQuoted: boolean;
	readonly partial: boolean;
	readonly speaker: Speaker;
	readonly cue: string;
}

type QuoteList = ReadonlyArray<{start: number; end: number; speaker: string}>;

function inUnit(quotes: QuoteList, unit: Unit | undefined): boolean {
	return unit !== undefined && quotes.some((quote) => quote.start < unit.end && quote.end > unit.start);
}

export function neighbourhood(ctx: ArticleContext, unit: Unit, indirect: QuoteList, quoted: QuoteList): Neighbourhood {
	const previous = ctx.units[unit.index - 1];
	const next = ctx.units[unit.index + 1];
	const near = (other: Unit | undefined) => other !== undefined && Math.abs(other.paragraph - unit.paragraph) <= 1;
	// Whose words came last within two sentences and the paragraph before: a Konjunktiv or a report after them goes on with that speaker.
	const window = ctx.units[Math.max(0, unit.index - 2)]!;
	const last = [...ctx.quotes].reverse().find((quote) => quote.end <= unit.start && quote.start >= window.start && quote.speaker !== '' && unit.paragraph - paragraphOf(ctx, quote.start) <= 1);
	const cue = findCues(ctx, unit).find((candidate) => candidate.kind !== 'framing' && (candidate.speaker.entity !== null || candidate.speaker.text !== ''));
	const entity = last ? ctx.speakerEntities.get(last) ?? null : null;
	const speaker: Speaker = cue ? cue.speaker : last ? {entity, text: entity ? '' : last.speaker, role: entity ? '' : last.role} : nobody;
	return {
		previousIndirect: near(previous) && inUnit(indirect, previous),
		previousQuoted: near(previous) && inUnit(quoted, previous),
		previousSpeaker: last !== undefined,
		nextIndirect: near(next) && inUnit(indirect, next),
		nextQuoted: near(next) && inUnit(quoted, next),
		partial: inUnit(quoted, unit),
		speaker,
		cue: cue ? cue.cue : last ? '(continued)' : '(learned)',
	};
}

function paragraphOf(ctx: ArticleContext, offset: number): number {
	let low = 0;
	let high = ctx.units.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (ctx.units[middle]!.start <= offset) low = middle;
		else high = middle - 1;
	}
	return ctx.units[low]?.paragraph ?? 0;
}

const sourcePhrasesDe = /\b(?:nach\s+(?:eigenen\s+)?(?:angaben|informationen|erkenntnissen|einschätzung|auffassung|ansicht|darstellung|aussagen?|worten)|(?:eigenen\s+)?angaben\s+zufolge|hieß\s+es|heißt\s+es|wie\s+es\s+(?:hieß|heißt))\b/u;
const sourcePhrasesEn = /\b(?:according\s+to|it\s+(?:is|was)\s+(?:understood|reported|claimed|alleged|believed|thought)|reportedly|allegedly|is\s+said\s+to|are\s+said\s+to|was\s+said\s+to|were\s+said\s+to)\b/u;
const modalsDe = /^(?:soll|sollen|solle|sollten|dürfte|dürften|müsse|müssten|könne|könnten|könnte|würde|würden|hätte|hätten|wäre|wären)$/u;
const modalsEn = /^(?:would|could|might|may|should|must)$/u;
const firstSecond = /^(?:ich|wir|mir|mich|uns|unser|unsere|unseren|unserer|mein|meine|meinen|du|euch|i|we|us|our|ours|me|my|you|your)$/u;
const thirdSubject = /^(?:er|sie|es|man|he|she|they|it)$/u;
const weekdays = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const pastPerfect = /^(?:had)$/u;

/** Closed-class and lexicon cues of one sentence: no content word of the text is a feature. */
export function reportFeatures(ctx: ArticleContext, unit: Unit, state: Neighbourhood): Features {
	const lexicon = ctx.lexicon;
	const de = lexicon.language === 'de';
	const lang = de ? 'de' : 'en';
	const features: Record<string, number> = {};
	const set = (name: string, value = 1) => {
		if (value !== 0) features[`${lang}:${name}`] = value;
	};
	const own = unit.tokens.filter((token) => !token.quoted);
	const words = own.filter((token) => token.word);
	const text = ctx.text.slice(unit.start, unit.end).toLowerCase();
	set('bias');
	// Konjunktiv: the German reporting mood, strong (sei, habe) or shared with the past (würde, könnte).
	const strong = words.filter((token) => !token.cap && lexicon.konjunktiv.has(token.lower));
	const weak = words.filter((token) => !token.cap && lexicon.weakKonjunktiv.has(token.lower));
	set('konjunktiv', strong.length > 0 ? 1 : 0);
	set('konjunktivEarly', strong.some((token) => words.indexOf(token) <= 4) ? 1 : 0);
	set('konjunktivWeak', weak.length > 0 ? 1 : 0);
	set('konjunktivE', de && konjunktivShape(ctx, words) ? 1 : 0);
	// Verbs of saying and sources the rules saw but did not read as a report.
	const cues = findCues(ctx, unit);
	for (const kind of ['speech', 'source', 'so', 'impersonal', 'framing', 'statement'] as const) {
		const ofKind = cues.filter((cue) => cue.kind === kind);
		set(`cue:${kind}`, ofKind.length > 0 ? 1 : 0);
		set(`cue:${kind}:named`, ofKind.some((cue) => cue.speaker.entity !== null || cue.speaker.text !== '') ? 1 : 0);
	}
	const speechVerbs = words.filter((token) => lexicon.speechVerbs.has(token.lower) && !lexicon.weakSpeechVerbs.has(token.lower));
	set('speechVerb', speechVerbs.length > 0 ? 1 : 0);
	set('speechVerbLate', speechVerbs.some((token) => words.indexOf(token) >= words.length - 4) ? 1 : 0);
	set('sourceWord', words.some((token) => lexicon.sourceWords.has(token.lower)) ? 1 : 0);
	set('sourceWordStart', words.slice(0, 2).some((token) => lexicon.sourceWords.has(token.lower)) ? 1 : 0);
	set('sourcePhrase', (de ? sourcePhrasesDe : sourcePhrasesEn).test(text) ? 1 : 0);
	set('ownSource', /\b(?:eigenen\s+angaben|nach\s+eigenen|laut\s+eigenen|own\s+account)\b/u.test(text) ? 1 : 0);
	set('soSpeaker', de && /,\s+so\s+(?:\p{Lu}|der\s|die\s|das\s|ein)/u.test(ctx.text.slice(unit.start, unit.end)) ? 1 : 0);
	set('complementizer', words.some((token) => lexicon.complementizers.has(token.lower)) ? 1 : 0);
	set('statementNoun', words.some((token) => lexicon.statementNouns.has(token.lower) || lexicon.documentNouns.has(token.lower)) ? 1 : 0);
	// The sentences around: reports and quotes go on over several sentences.
	set('previousIndirect', state.previousIndirect ? 1 : 0);
	set('previousQuoted', state.previousQuoted ? 1 : 0);
	set('previousSpeaker', state.previousSpeaker ? 1 : 0);
	set('nextIndirect', state.nextIndirect ? 1 : 0);
	set('nextQuoted', state.nextQuoted ? 1 : 0);
	set('partialInside', state.partial ? 1 : 0);
	set('konjunktivAfterSpeaker', strong.length > 0 && state.previousSpeaker ? 1 : 0);
	set('konjunktivAfterQuote', strong.length > 0 && (state.previousQuoted || state.previousIndirect) ? 1 : 0);
	// "dürfte", "könnte" without anyone speaking before are mostly the writer's own guess.
	set('konjunktivWeakAfterSpeaker', weak.length > 0 && state.previousSpeaker ? 1 : 0);
	set('sourceAfterSpeaker', state.previousSpeaker && cues.some((cue) => cue.kind === 'source') ? 1 : 0);
	// Who the sentence is about: a pronoun or a named person or body opening it.
	const opener = words[0];
	set('pronounOpens', opener !== undefined && thirdSubject.test(opener.lower) ? 1 : 0);
	set('firstSecondPerson', words.some((token) => firstSecond.test(token.lower)) ? 1 : 0);
	const mentioned = unit.mentioned;
	set('mentionsPerson', mentioned.some((entity) => !entity.organisation) ? 1 : 0);
	set('mentionsBody', mentioned.some((entity) => entity.organisation) ? 1 : 0);
	set('mentionsSpeaker', mentioned.some((entity) => entity.speaker) ? 1 : 0);
	set('modal', words.some((token) => (de ? modalsDe : modalsEn).test(token.lower)) ? 1 : 0);
	set('pastPerfect', !de && words.some((token, index) => pastPerfect.test(token.lower) && /ed$/u.test(words[index + 1]?.lower ?? '')) ? 1 : 0);
	set('weekday', words.some((token) => weekdays.test(token.lower)) ? 1 : 0);
	set('question', /\?\s*$/u.test(ctx.text.slice(unit.start, unit.end)) ? 1 : 0);
	set('exclamation', /!\s*$/u.test(ctx.text.slice(unit.start, unit.end)) ? 1 : 0);
	set('colonEnd', /:\s*$/u.test(ctx.text.slice(unit.start, unit.end)) ? 1 : 0);
	set('numbers', Math.min(3, words.filter((token) => /^\p{N}/u.test(token.text)).length) / 3);
	set('length', Math.log(1 + words.length) / 4);
	set('short', words.length < 8 ? 1 : 0);
	// Where: the headline and the lead are the writer's summary; the body carries the reports.
	set('headline', unit.paragraph === 0 ? 1 : 0);
	set('lead', unit.paragraph === 1 ? 1 : 0);
	set('paragraphOpens', ctx.units[unit.index - 1]?.paragraph !== unit.paragraph ? 1 : 0);
	return features;
}

/**
 * A German Konjunktiv I the lexicon does not list: a lower-case word in -e right after the subject (a pronoun or a
 * capitalised noun) and before an article, pronoun or particle ("Damit gewinne das Angebot", "Die Politik spalte nicht").
 */
function konjunktivShape(ctx: ArticleContext, words: readonly UnitToken[]): boolean {
	const lexicon = ctx.lexicon;
	for (let index = 1; index < Math.min(words.length - 1, 8); index++) {
		const word = words[index]!;
		if (word.cap || word.lower.length < 4 || !/[^e]e$/u.test(word.lower) || lexicon.functionWords.has(word.lower) || lexicon.determiners.has(word.lower)) continue;
		const before = words[index - 1]!;
		const after = words[index + 1]!;
		const subjectBefore = before.cap || /^(?:er|sie|es|man)$/u.test(before.lower);
		const clauseAfter = !after.cap && (lexicon.determiners.has(after.lower) || lexicon.functionWords.has(after.lower));
		if (subjectBefore && clauseAfter) return true;
	}
	return false;
}
