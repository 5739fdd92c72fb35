// Runs the quote engine on a stored article, in the text layout its offsets index into.

import {analyzeQuotes} from '../analysis/quotes/analyze.js';
import {articleText} from '../analysis/quotes/article-text.js';
import type {Article} from '../model/article.js';
import type {QuoteAnalysis} from '../model/quote.js';

/** Quotes and people of one article: title + body paragraphs, as `lagebild analyze` reads them. */
export function quoteAnalysisOf(article: Article): QuoteAnalysis {
	const body = article.content && article.content.length >= article.summary.length ? article.content : article.summary;
	const paragraphs = body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '' && paragraph.trim() !== article.title.trim());
	if (paragraphs.length === 0) return {people: [], quotes: []};
	return analyzeQuotes(articleText(article.title, paragraphs), {language: article.language === 'und' ? 'en' : article.language, title: article.title});
}
