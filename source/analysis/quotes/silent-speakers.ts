// Speakers that cannot speak, dropped last: a natural place ("Lake Village", "Snake River") and the headline's report that no one is named for.

import type {ArticleContext} from './article-context.js';
import {isGivenName} from '../people/name-evidence.js';
import {silentPlaceHeadsEn} from './lexicon-en.js';
import {escapeRegExp as escaped} from '../../text/regexp-escape.js';

// English only: German surnames are often such words ("Berg", "Wald", "See").
const silentHeadsEn: ReadonlySet<string> = new Set(silentPlaceHeadsEn);

/**
 * (English) A name whose last word is a natural place's ("Lake Village", "Snake River"), written as a place — after a
 * preposition of place or "the", or with a parenthetical country — and nowhere as a person: no given name first, no
 * title before its last word, not the subject of a verb of saying ("Kari Lake said", "Lake said": a person named like
 * a place keeps her quotes).
 */
function isPlaceName(ctx: ArticleContext, name: string): boolean {
	const words = name.split(/\s+/u);
	if (ctx.lexicon.language !== 'en' || words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return false;
	const last = words[words.length - 1]!;
	if (!silentHeadsEn.has(last.toLowerCase()) || isGivenName(words[0]!)) return false;
	const whole = escaped(name);
	const asPlace = new RegExp(`\\b(?:in|at|near|from|of|to|the)\\s+${whole}\\b|\\b${whole}\\s*\\(`, 'u');
	const asPerson = new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+${escaped(last)}\\b|\\b(?:${whole}|${escaped(last)}),?\\s+(?:said|says|told|added|asked|wrote|argued|claimed|warned)\\b`, 'u');
	return asPlace.test(ctx.text) && !asPerson.test(ctx.text);
}

/**
 * Last pass: a place as speaker says nothing — a report given to it alone ("the culture of Lake Village which suggests
 * …") is dropped, a quote in marks keeps its words with no speaker; a report in the headline that names no speaker
 * ("Police in Malta Say Arrests Are Complete") is the headline's own words, no one's report.
 */
export function dropSilentSpeakers(ctx: ArticleContext): void {
	const headlineEnd = ctx.text.indexOf('\n');
	for (let index = ctx.quotes.length - 1; index >= 0; index--) {
		const quote = ctx.quotes[index]!;
		if (quote.speaker !== '' && isPlaceName(ctx, quote.speaker)) {
			if (quote.kind === 'indirect') {
				ctx.quotes.splice(index, 1);
				continue;
			}
			quote.speaker = '';
			quote.role = '';
		}
		// Only a Title-Case headline: a German or sentence-case headline's report is the article's (annotators count it).
		if (quote.kind === 'indirect' && quote.speaker === '' && headlineEnd > 0 && quote.start < headlineEnd && ctx.titleCaseUnits.has(0)) ctx.quotes.splice(index, 1);
	}
}
