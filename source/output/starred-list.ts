// The starred articles as `lagebild brief --starred` prints them: text, Markdown or JSON, one article each.

import type {StoredArticle} from '../store/article-store.js';
import {sanitizeLine} from '../text/sanitize.js';
import {escapeMarkdown, markdownLink} from './briefing-markdown.js';
import {shortTime} from './briefing-text.js';

/** What the JSON lists per article (a stable shape, as search's hits). */
export interface StarredJsonItem {
	title: string;
	feed: string;
	url: string;
	published: string;
	read: boolean;
}

/** Feed text is untrusted: one sanitized line each, so piped output never carries an escape sequence. */
export function renderStarredText(articles: readonly StoredArticle[]): string {
	return articles.map(article => {
		const url = sanitizeLine(article.url);
		// Minutes in UTC, as `lagebild search` and the briefing print them: the same article reads the same everywhere.
		return `${shortTime(article.published)}  ${sanitizeLine(article.feedTitle)}: ${sanitizeLine(article.title)}\n${url ? `    ${url}\n` : ''}`;
	}).join('');
}

export function renderStarredMarkdown(articles: readonly StoredArticle[]): string {
	const rows = articles.map(article => {
		const linked = markdownLink(sanitizeLine(article.title), sanitizeLine(article.url));
		return `- ${shortTime(article.published)} · ${escapeMarkdown(sanitizeLine(article.feedTitle))}: ${linked}\n`;
	});
	return `## Starred (${articles.length})\n\n${rows.join('')}`;
}

export function renderStarredJson(articles: readonly StoredArticle[]): string {
	const starred: StarredJsonItem[] = articles.map(article => ({
		title: article.title,
		feed: article.feedTitle,
		url: article.url,
		published: article.published,
		read: article.read,
	}));
	return `${JSON.stringify({starred}, null, 2)}\n`;
}
