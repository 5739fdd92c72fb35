// The quote engine: finds direct, partial and indirect quotes in an article and says who said them.

import type {QuoteAnalysis} from '../../model/quote.js';
import {confirmedCapitals, isTitleCaseLine} from '../people/name-evidence.js';
import {ArticleContext} from './article-context.js';
import {attributePullQuotes, attributeRepeats} from './article-passes.js';
import {attributeTopDescriptions, resolveDescribedSpeakers} from './described-speakers.js';
import {analyseUnit} from './direct-quotes.js';
import {attributeDocuments, collectDocuments} from './documents.js';
import {collectMentions, learnGender} from './mentions.js';

export interface AnalyzeOptions {
	language: 'de' | 'en' | string;
	title?: string;
}

/**
 * Longest text analysed, as the app's own article limit (Settings.maxArticleChars): no news article is
 * longer, and hostile input beyond it is not worth the time. Offsets stay valid; the tail is ignored.
 */
export const maxAnalyzedChars = 200_000;

/** Finds every quotation in an article text and who said it. Offsets index into `text`. */
export function analyzeQuotes(text: string, options: AnalyzeOptions): QuoteAnalysis {
	const analysed = text.length > maxAnalyzedChars ? text.slice(0, maxAnalyzedChars) : text;
	return runPasses(new ArticleContext(analysed, options.language));
}

/** Every pass over the article, in order: per sentence, then over the whole article. */
function runPasses(ctx: ArticleContext): QuoteAnalysis {
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
	resolveDescribedSpeakers(ctx);
	return {people: ctx.registry.people().filter((person) => person.name !== ''), quotes: ctx.quotes};
}
