// Learned reported-speech detector: sentences the rules left alone, weighed by a logistic model over closed-class cues (Konjunktiv, sources, continuation of a speaker), kept as indirect speech above a threshold.

import type {Features, LinearModel} from '../learn/linear-model.js';
import type {Quote} from '../../model/quote.js';
import {type ArticleContext, type Cue, nobody, quotedShare, sentenceEnd, type Speaker, type Unit, unitAt, type UnitToken} from './article-context.js';
import {emit} from './direct-quotes.js';
import type {Lexicon} from './lexicon.js';
import modelData from './reported-model.json' with {type: 'json'};

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
	const accepted: ReportCandidate[] = [];
	// Scored as the features are found, without building them: this runs on every article of a briefing.
	let score = 0;
	const add = (name: string, value: number) => {
		score += (model.weights[name] ?? 0) * value;
	};
	for (const {unit, end, state} of candidateUnits(ctx, false)) {
		score = model.bias;
		writeFeatures(ctx, unit, state, add);
		if (score > cut) accepted.push({unit, start: unit.start, end, features: {}, speaker: state.speaker, cue: state.cue});
	}
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

/**
 * Sentences that may be reported speech the rules missed: no indirect quote of the rules in them, mostly the writer's
 * words. With `alsoReported`, the sentences the rules reported too (flagged), which training learns from as well.
 */
export function reportCandidates(ctx: ArticleContext, alsoReported = false): Array<ReportCandidate & {reported: boolean}> {
	return [...candidateUnits(ctx, alsoReported)].map(({unit, end, state, reported}) => ({unit, start: unit.start, end, features: reportFeatures(ctx, unit, state), speaker: state.speaker, cue: state.cue, reported}));
}

function* candidateUnits(ctx: ArticleContext, alsoReported: boolean): Generator<{unit: Unit; end: number; state: Neighbourhood; reported: boolean}> {
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
		let words = 0;
		for (const token of unit.tokens) if (token.word && token.end <= end) words++;
		if (words < 4) continue;
		yield {unit, end, state: neighbourhood(ctx, unit, indirect, quoted), reported};
	}
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
	let last: Quote | undefined;
	for (let index = ctx.quotes.length - 1; index >= 0 && !last; index--) {
		const quote = ctx.quotes[index]!;
		if (quote.end <= unit.start && quote.start >= window.start && quote.speaker !== '' && unit.paragraph - (unitAt(ctx, quote.start)?.paragraph ?? 0) <= 1) last = quote;
	}
	// Who speaks: a source the sentence names ("laut X", "so X"); else the speaker it continues (a Konjunktiv sentence
	// after a quote goes on with that speaker, whoever it names); else a verb of saying or judging in it ("…, findet X").
	const named = (candidate: Cue) => candidate.speaker.entity !== null || candidate.speaker.text !== '';
	const cues = unit.cues ?? [];
	const source = cues.find((candidate) => (candidate.kind === 'source' || candidate.kind === 'so') && named(candidate));
	const verb = cues.find((candidate) => (candidate.kind === 'speech' || candidate.kind === 'framing') && named(candidate));
	const entity = last ? ctx.speakerEntities.get(last) ?? null : null;
	const continued: Speaker | null = last ? {entity, text: entity ? '' : last.speaker, role: entity ? '' : last.role} : null;
	const cue = source ?? (continued ? undefined : verb);
	const speaker: Speaker = cue ? cue.speaker : continued ?? nobody;
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

const sourceNounsAfterNach = new Set(['angaben', 'informationen', 'erkenntnissen', 'einschätzung', 'auffassung', 'ansicht', 'darstellung', 'aussage', 'aussagen', 'worten']);
const modals = new Set(['soll', 'sollen', 'solle', 'sollten', 'dürfte', 'dürften', 'müsse', 'müssten', 'könne', 'könnten', 'könnte', 'würde', 'würden', 'hätte', 'hätten', 'wäre', 'wären', 'would', 'could', 'might', 'may', 'should', 'must']);
const firstSecond = new Set(['ich', 'wir', 'mir', 'mich', 'uns', 'unser', 'unsere', 'unseren', 'unserer', 'mein', 'meine', 'meinen', 'du', 'euch', 'i', 'we', 'us', 'our', 'ours', 'me', 'my', 'you', 'your']);
const thirdSubject = new Set(['er', 'sie', 'es', 'man', 'he', 'she', 'they', 'it']);
const weekdays = new Set(['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const hearsayEn = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);
const understoodEn = new Set(['understood', 'reported', 'claimed', 'alleged', 'believed', 'thought']);

/** "Angaben", "Erkenntnissen", also as the last part of a compound ("US-Angaben"). */
function isSourceNoun(lower: string): boolean {
	const dash = lower.lastIndexOf('-');
	return sourceNounsAfterNach.has(dash >= 0 ? lower.slice(dash + 1) : lower);
}

interface SourcePhrase {
	readonly found: boolean;
	readonly own: boolean;
}

// Three answers, shared: asked of every word of every candidate sentence, a fresh object each time was garbage.
const noSource: SourcePhrase = {found: false, own: false};
const sourceFound: SourcePhrase = {found: true, own: false};
const ownSourceFound: SourcePhrase = {found: true, own: true};

/**
 * A source phrase the rules may not read as a cue: "nach (eigenen) Angaben", "Angaben zufolge", "heißt es",
 * "according to", "it is understood", "reportedly", "is said to". `own`: the source is the subject itself.
 */
function sourcePhraseAt(words: readonly UnitToken[], index: number, de: boolean): SourcePhrase {
	const lower = words[index]!.lower;
	const next = words[index + 1]?.lower ?? '';
	const after = words[index + 2]?.lower ?? '';
	if (de) {
		// "nach Angaben", "nach eigenen Angaben", "nach US-Angaben", "nach Erkenntnissen der USA".
		if (lower === 'nach' && (isSourceNoun(next) || ((next === 'eigenen' || !words[index + 1]?.cap) && isSourceNoun(after)))) return next === 'eigenen' ? ownSourceFound : sourceFound;
		if (isSourceNoun(lower) && next === 'zufolge') return words[index - 1]?.lower === 'eigenen' ? ownSourceFound : sourceFound;
		if (lower === 'demnach') return sourceFound;
		if ((lower === 'heißt' || lower === 'hieß') && next === 'es') return sourceFound;
		if (lower === 'laut' && next === 'eigenen') return ownSourceFound;
		return noSource;
	}
	if (lower === 'according' && next === 'to') return sourceFound;
	if (hearsayEn.has(lower)) return sourceFound;
	if (lower === 'it' && (next === 'is' || next === 'was') && understoodEn.has(after)) return sourceFound;
	if (lower === 'said' && next === 'to' && /^(?:is|are|was|were)$/u.test(words[index - 1]?.lower ?? '')) return sourceFound;
	return noSource;
}

/** The cue kinds a sentence's features name, with their feature names built once instead of per sentence. */
const cueFeatures = (['speech', 'source', 'so', 'impersonal', 'framing', 'statement'] as const).map((kind) => ({kind, name: `cue:${kind}`, named: `cue:${kind}:named`}));

/** The word lists writeFeatures asks of every word, one bit each. */
const wordBit = {
	konjunktiv: 1,
	weakKonjunktiv: 2,
	/** A speech verb that is not a weak one. */
	speechVerb: 4,
	sourceWord: 8,
	complementizer: 16,
	/** A statement or document noun. */
	statementNoun: 32,
	firstSecond: 64,
	modal: 128,
	weekday: 256,
} as const;

/**
 * Per lexicon, the lists each lower-case word is in: one lookup per word instead of ten (every word of every
 * candidate sentence of a briefing is asked).
 */
const wordClasses = new WeakMap<Lexicon, Map<string, number>>();

function wordClassesOf(lexicon: Lexicon): Map<string, number> {
	let classes = wordClasses.get(lexicon);
	if (!classes) {
		classes = new Map();
		wordClasses.set(lexicon, classes);
	}
	return classes;
}

function wordClass(lower: string, lexicon: Lexicon, classes: Map<string, number>): number {
	const known = classes.get(lower);
	if (known !== undefined) return known;
	let bits = 0;
	if (lexicon.konjunktiv.has(lower)) bits |= wordBit.konjunktiv;
	if (lexicon.weakKonjunktiv.has(lower)) bits |= wordBit.weakKonjunktiv;
	if (lexicon.speechVerbs.has(lower) && !lexicon.weakSpeechVerbs.has(lower)) bits |= wordBit.speechVerb;
	if (lexicon.sourceWords.has(lower)) bits |= wordBit.sourceWord;
	if (lexicon.complementizers.has(lower)) bits |= wordBit.complementizer;
	if (lexicon.statementNouns.has(lower) || lexicon.documentNouns.has(lower)) bits |= wordBit.statementNoun;
	if (firstSecond.has(lower)) bits |= wordBit.firstSecond;
	if (modals.has(lower)) bits |= wordBit.modal;
	if (weekdays.has(lower)) bits |= wordBit.weekday;
	// Bounded: endless distinct words (hostile input) must not grow it without limit.
	if (classes.size >= 100_000) classes.clear();
	classes.set(lower, bits);
	return bits;
}

/** Feature names by language ("de:konjunktiv"), built once instead of per sentence. */
const featureNames = {de: new Map<string, string>(), en: new Map<string, string>()};

/** The last character of the sentence that is not a space. */
function lastMark(ctx: ArticleContext, unit: Unit): string {
	let end = unit.end;
	while (end > unit.start && /\s/u.test(ctx.text[end - 1]!)) end--;
	return ctx.text[end - 1] ?? '';
}

/** Closed-class and lexicon cues of one sentence: no content word of the text is a feature. */
export function reportFeatures(ctx: ArticleContext, unit: Unit, state: Neighbourhood): Features {
	const features: Record<string, number> = {};
	writeFeatures(ctx, unit, state, (name, value) => {
		features[name] = value;
	});
	return features;
}

/** What writeFeatures counts over a sentence's words outside quotes. */
interface WordScan {
	konjunktiv: boolean;
	konjunktivEarly: boolean;
	konjunktivWeak: boolean;
	speechVerb: boolean;
	speechVerbLate: boolean;
	sourceWord: boolean;
	sourceWordStart: boolean;
	sourcePhrase: boolean;
	ownSource: boolean;
	complementizer: boolean;
	statementNoun: boolean;
	firstSecondPerson: boolean;
	modal: boolean;
	pastPerfect: boolean;
	weekday: boolean;
	numbers: number;
}

// The word scan is a function of its own: inside writeFeatures V8 recompiled it with the ~50 feature calls around it
// (8–10 compilations a build).
function scanWords(words: UnitToken[], lexicon: Lexicon, de: boolean): WordScan {
	let konjunktiv = false;
	let konjunktivEarly = false;
	let konjunktivWeak = false;
	let speechVerb = false;
	let speechVerbLate = false;
	let sourceWord = false;
	let sourceWordStart = false;
	let sourcePhrase = false;
	let ownSource = false;
	let complementizer = false;
	let statementNoun = false;
	let firstSecondPerson = false;
	let modal = false;
	let pastPerfect = false;
	let weekday = false;
	let numbers = 0;
	const classes = wordClassesOf(lexicon);
	for (let index = 0; index < words.length; index++) {
		const token = words[index]!;
		const lower = token.lower;
		const bits = wordClass(lower, lexicon, classes);
		if (bits !== 0) {
			if (!token.cap && (bits & wordBit.konjunktiv) !== 0) {
				konjunktiv = true;
				if (index <= 4) konjunktivEarly = true;
			}
			if (!token.cap && (bits & wordBit.weakKonjunktiv) !== 0) konjunktivWeak = true;
			if ((bits & wordBit.speechVerb) !== 0) {
				speechVerb = true;
				if (index >= words.length - 4) speechVerbLate = true;
			}
			if ((bits & wordBit.sourceWord) !== 0) {
				sourceWord = true;
				if (index <= 1) sourceWordStart = true;
			}
			if ((bits & wordBit.complementizer) !== 0) complementizer = true;
			if ((bits & wordBit.statementNoun) !== 0) statementNoun = true;
			if ((bits & wordBit.firstSecond) !== 0) firstSecondPerson = true;
			if ((bits & wordBit.modal) !== 0) modal = true;
			if ((bits & wordBit.weekday) !== 0) weekday = true;
		}
		const phrase = sourcePhraseAt(words, index, de);
		if (phrase.found) sourcePhrase = true;
		if (phrase.own) ownSource = true;
		if (!de && lower === 'had' && /ed$/u.test(words[index + 1]?.lower ?? '')) pastPerfect = true;
		const first = token.text.charCodeAt(0);
		if ((first >= 0x30 && first <= 0x39) || (first > 0x7f && /^\p{N}/u.test(token.text))) numbers++;
	}
	return {konjunktiv, konjunktivEarly, konjunktivWeak, speechVerb, speechVerbLate, sourceWord, sourceWordStart, sourcePhrase, ownSource, complementizer, statementNoun, firstSecondPerson, modal, pastPerfect, weekday, numbers};
}

/** Hands each non-zero feature of a sentence to `add`, by its full name ("de:konjunktiv"). */
function writeFeatures(ctx: ArticleContext, unit: Unit, state: Neighbourhood, add: (name: string, value: number) => void): void {
	const lexicon = ctx.lexicon;
	const de = lexicon.language === 'de';
	const names = featureNames[lexicon.language];
	const set = (name: string, value: number | boolean = 1) => {
		if (value === false || value === 0) return;
		let full = names.get(name);
		if (full === undefined) {
			full = `${lexicon.language}:${name}`;
			names.set(name, full);
		}
		add(full, value === true ? 1 : value);
	};
	const words = unit.tokens.filter((token) => token.word && !token.quoted);
	const {konjunktiv, konjunktivEarly, konjunktivWeak, speechVerb, speechVerbLate, sourceWord, sourceWordStart, sourcePhrase, ownSource, complementizer, statementNoun, firstSecondPerson, modal, pastPerfect, weekday, numbers} = scanWords(words, lexicon, de);
	set('bias');
	// Konjunktiv: the German reporting mood, strong (sei, habe) or shared with the past (würde, könnte).
	set('konjunktiv', konjunktiv);
	set('konjunktivEarly', konjunktivEarly);
	set('konjunktivWeak', konjunktivWeak);
	set('konjunktivE', de && konjunktivShape(ctx, words));
	// Verbs of saying and sources the rules saw but did not read as a report.
	const cues = unit.cues ?? [];
	for (const {kind, name, named} of cueFeatures) {
		set(name, cues.some((cue) => cue.kind === kind));
		set(named, cues.some((cue) => cue.kind === kind && (cue.speaker.entity !== null || cue.speaker.text !== '')));
	}
	set('speechVerb', speechVerb);
	set('speechVerbLate', speechVerbLate);
	set('sourceWord', sourceWord);
	set('sourceWordStart', sourceWordStart);
	set('sourcePhrase', sourcePhrase);
	set('ownSource', ownSource);
	set('soSpeaker', de && unit.tokens.some((token, index) => token.lower === 'so' && !token.quoted && unit.tokens[index - 1]?.text === ',' && (unit.tokens[index + 1]?.cap === true || lexicon.determiners.has(unit.tokens[index + 1]?.lower ?? ''))));
	set('complementizer', complementizer);
	set('statementNoun', statementNoun);
	// The sentences around: reports and quotes go on over several sentences.
	set('previousIndirect', state.previousIndirect);
	set('previousQuoted', state.previousQuoted);
	set('previousSpeaker', state.previousSpeaker);
	set('nextIndirect', state.nextIndirect);
	set('nextQuoted', state.nextQuoted);
	set('partialInside', state.partial);
	set('konjunktivAfterSpeaker', konjunktiv && state.previousSpeaker);
	set('konjunktivAfterQuote', konjunktiv && (state.previousQuoted || state.previousIndirect));
	// "dürfte", "könnte" without anyone speaking before are mostly the writer's own guess.
	set('konjunktivWeakAfterSpeaker', konjunktivWeak && state.previousSpeaker);
	set('sourceAfterSpeaker', state.previousSpeaker && cues.some((cue) => cue.kind === 'source'));
	// Who the sentence is about: a pronoun or a named person or body opening it.
	set('pronounOpens', words[0] !== undefined && thirdSubject.has(words[0].lower));
	set('firstSecondPerson', firstSecondPerson);
	set('mentionsPerson', unit.mentioned.some((entity) => !entity.organisation));
	set('mentionsBody', unit.mentioned.some((entity) => entity.organisation));
	set('mentionsSpeaker', unit.mentioned.some((entity) => entity.speaker));
	set('modal', modal);
	set('pastPerfect', pastPerfect);
	set('weekday', weekday);
	const mark = lastMark(ctx, unit);
	set('question', mark === '?');
	set('exclamation', mark === '!');
	set('colonEnd', mark === ':');
	set('numbers', Math.min(3, numbers) / 3);
	set('length', Math.log(1 + words.length) / 4);
	set('short', words.length < 8);
	// Where: the headline and the lead are the writer's summary; the body carries the reports.
	set('headline', unit.paragraph === 0);
	set('lead', unit.paragraph === 1);
	set('paragraphOpens', ctx.units[unit.index - 1]?.paragraph !== unit.paragraph);
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
