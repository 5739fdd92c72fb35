// A quote of an article as the briefing shows it, for the stories and the People window alike.

import type {Article} from '../model/article.js';
import type {BriefingQuote} from '../model/briefing.js';
import type {Quote} from '../model/quote.js';

/** Said by `speaker` (the merged name), in `article`'s outlet; `text` when trimmed. */
export function briefingQuote(quote: Quote, article: Article, speaker: string, text = quote.text): BriefingQuote {
	return {text, speaker, role: quote.role, kind: quote.kind, articleId: article.uid, outlet: article.feedTitle, start: quote.start, end: quote.end};
}
