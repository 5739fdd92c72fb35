// The quote engine: finds direct, partial and indirect quotes in an article and says who said them.

import type {QuoteAnalysis} from '../../model/quote.js';
import type {LinearModel} from '../learn/linear-model.js';
import {articleCreditLines} from '../people/list-evidence.js';
import {confirmedCapitals, isTitleCaseLine} from '../people/name-evidence.js';
import {quoteEngineReads} from '../../text/language.js';
import {ArticleContext} from './article-context.js';
import {attributePullQuotes, attributeRepeats} from './article-passes.js';
import {bodiesNamedInFull, fullBodyName} from './body-names.js';
import {attributeTopDescriptions, bodiesOfPlaces, resolveDescribedSpeakers} from './described-speakers.js';
import {analyseUnit} from './direct-quotes.js';
import {attributeDocuments, collectDocuments} from './documents.js';
import {mediaNamedAfterKind} from './media-names.js';
import {collectMentions, learnGender} from './mentions.js';
import {speakerModel} from './speaker-model.js';
import {dropSilentSpeakers} from './silent-speakers.js';
import {nameShortForms} from './short-forms.js';
import {rankSpeakers, type SpeakerChoice, speakerChoices} from './speaker-ranker.js';
import {spokespeopleNamed, spokespersonName} from './spokespeople.js';
import {addLearnedReports, type ReportModel, reportModel} from './reported-detector.js';

export interface AnalyzeOptions {
	language: 'de' | 'en' | string;
	title?: string;
	/** The learned reported-speech detector to run after the rules; null runs the rules alone (for training and A/B). */
	reportModel?: ReportModel | null;
	/** Ranks each quote's speaker candidates last (speaker-ranker.ts); null keeps the rules' choice (for training and A/B). */
	speakerModel?: LinearModel | null;
}

/**
 * Longest text analysed, as the app's own article limit (Settings.maxArticleChars): no news article is
 * longer, and hostile input beyond it is not worth the time. Offsets stay valid; the tail is ignored.
 */
export const maxAnalyzedChars = 200_000;

/** Finds every quotation in an article text and who said it. Offsets index into `text`. */
export function analyzeQuotes(text: string, options: AnalyzeOptions): QuoteAnalysis {
	// A language the rules are not written for: no people and no quotes, rather than its capitalised words as names.
	if (!quoteEngineReads(options.language)) return {people: [], quotes: []};
	const ctx = analysedContext(text, options);
	const speakers = options.speakerModel === undefined ? speakerModel : options.speakerModel;
	if (speakers) rankSpeakers(ctx, speakers);
	dropHeadlineReports(ctx);
	bodiesOfPlaces(ctx);
	spokespeopleNamed(ctx);
	bodiesNamedInFull(ctx);
	mediaNamedAfterKind(ctx);
	dropSilentSpeakers(ctx);
	return analysisOf(ctx);
}

/**
 * An aggregator's item (Google News: its headline, then other outlets' headlines on the event, each run on into the
 * outlet's name) holds no reporting of its own: "NYC asks WHO to rename monkeypox due to stigma Fox News" read as
 * reported speech is a headline's grammar with an outlet for a tail. Its quotes in quotation marks stay.
 */
function dropHeadlineReports(ctx: ArticleContext): void {
	if (!ctx.quotes.some((quote) => quote.kind === 'indirect') || articleCreditLines(ctx) === null) return;
	for (let index = ctx.quotes.length - 1; index >= 0; index--) {
		if (ctx.quotes[index]!.kind === 'indirect') ctx.quotes.splice(index, 1);
	}
}

/** The analysis before the speaker ranker, with every quote's speaker candidates: what the ranker is trained on. */
export function analyzeSpeakerChoices(text: string, options: AnalyzeOptions): {analysis: QuoteAnalysis; choices: SpeakerChoice[]} {
	const ctx = analysedContext(text, options);
	// The candidates as the last pass names them: a body named bare by its full name ("Polizei" → "Polizei München").
	const named = (name: string, quote: SpeakerChoice['quote']) => {
		const spokesperson = spokespersonName(ctx, name, quote.start, quote.end) || name;
		return fullBodyName(ctx, spokesperson, quote.start) || spokesperson;
	};
	const choices = speakerChoices(ctx).map((choice) => ({...choice, candidates: choice.candidates.map((candidate) => ({...candidate, name: named(candidate.name, choice.quote)}))}));
	return {analysis: analysisOf(ctx), choices};
}

function analysedContext(text: string, options: AnalyzeOptions): ArticleContext {
	const analysed = text.length > maxAnalyzedChars ? text.slice(0, maxAnalyzedChars) : text;
	const ctx = new ArticleContext(analysed, options.language);
	rulePasses(ctx);
	const model = options.reportModel === undefined ? reportModel : options.reportModel;
	if (model) addLearnedReports(ctx, model);
	// It only renames quotes' speakers: an article without quotes (most of them) needs none of its indexes.
	if (ctx.quotes.length > 0) resolveDescribedSpeakers(ctx);
	return ctx;
}

function analysisOf(ctx: ArticleContext): QuoteAnalysis {
	// The context is the evidence of where and how the article writes each name (list-evidence.ts).
	return {people: ctx.registry.people(ctx.lexicon.language, ctx.quotes.map((quote) => quote.speaker), ctx), quotes: ctx.quotes};
}

/** The hand-written passes over the article, in order: per sentence, then over the whole article. */
export function rulePasses(ctx: ArticleContext): void {
	if (ctx.lexicon.language === 'en') {
		for (const unit of ctx.units) if (isTitleCaseLine(unit.tokens)) ctx.titleCaseUnits.add(unit.index);
	}
	ctx.confirmed = confirmedCapitals(ctx.units.map((unit) => unit.tokens), (line) => ctx.titleCaseUnits.has(line));
	for (const unit of ctx.units) {
		collectMentions(ctx, unit);
		collectDocuments(ctx, unit);
		learnGender(ctx, unit);
		analyseUnit(ctx, unit);
	}
	nameShortForms(ctx);
	attributePullQuotes(ctx);
	attributeRepeats(ctx);
	attributeDocuments(ctx);
	attributeTopDescriptions(ctx);
	for (let index = ctx.quotes.length - 1; index >= 0; index--) {
		if (ctx.tentative.has(ctx.quotes[index]!) && ctx.quotes[index]!.speaker === '') ctx.quotes.splice(index, 1);
	}
	for (const [quote, entity] of ctx.speakerEntities) {
		if (quote.speaker !== entity.name && entity.aliases.has(quote.speaker)) {
			quote.speaker = entity.name;
			if (quote.role === '') quote.role = entity.role;
		}
	}
}
