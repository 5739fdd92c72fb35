// An article's reader rows, built once per article and width: the reader screen, j/k and the jump to a quote share them.

import type {Article} from '../../model/article.js';
import type {Messages} from '../../i18n/index.js';
import {readerDocument, type ReaderDocument} from './reader-lines.js';
import {quotesOfArticle} from './selectors.js';
import type {UiState} from './types.js';

interface Built {
	briefing: UiState['briefing'];
	quotes: readonly string[];
	width: number;
	messages: Messages;
	day: string;
	offline: boolean;
	document: ReaderDocument;
}

/*
 * Wrapping a long article takes tens of milliseconds (up to 200,000 characters), more than a key press may cost.
 * Articles are immutable once loaded, so the rows are kept on the article object. The highlighted quotes come from the
 * briefing: a new briefing (a read mark replaces it) costs one scan for the article's quotes, and the rows are
 * rebuilt only when those differ. Times of other days carry their date (clock in age.ts), hence the day.
 */
const built = new WeakMap<Article, Built>();

function sameQuotes(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((quote, index) => quote === b[index]);
}

export function readerView(state: UiState, article: Article, width: number, messages: Messages, now: Date, offline: boolean): ReaderDocument {
	const day = now.toDateString();
	const cached = built.get(article);
	let quotes: readonly string[] | undefined;
	if (cached && cached.width === width && cached.messages === messages && cached.day === day && cached.offline === offline) {
		if (cached.briefing === state.briefing) {
			return cached.document;
		}

		quotes = quotesOfArticle(state, article.uid);
		if (sameQuotes(quotes, cached.quotes)) {
			cached.briefing = state.briefing;
			return cached.document;
		}
	}

	quotes ??= quotesOfArticle(state, article.uid);
	const document = readerDocument(article, quotes, width, messages, now, offline);
	built.set(article, {briefing: state.briefing, quotes, width, messages, day, offline, document});
	return document;
}
