// The starred articles as `lagebild brief --starred` prints them: text, Markdown or JSON, one article each.

import type {StoredArticle} from '../store/article-store.js';
import {sanitizeLine} from '../text/sanitize.js';
import {escapeMarkdown} from './briefing-markdown.js';

/** What the JSON lists per article (a stable shape, as search's hits). */
export interface StarredJsonItem {
	title: string;
	feed: string;
	url: string;
	published: string;
	read: boolean;
}

/** Minutes in UTC, as `lagebild search` prints them: the same article reads the same in both. */
function when(published: string): string {
	return published.slice(0, 16).replace('T', ' ');
}

/** Feed text is untrusted: one sanitized line each, so piped output never carries an escape sequence. */
export function renderStarredText(articles: readonly StoredArticle[]): string {
	return articles.map(article => {
		const url = sanitizeLine(article.url);
		return `${when(article.published)}  ${sanitizeLine(article.feedTitle)}: ${sanitizeLine(article.title)}\n${url ? `    ${url}\n` : ''}`;
	}).join('');
}

export function renderStarredMarkdown(articles: readonly StoredArticle[]): string {
	const rows = articles.map(article => {
		const title = escapeMarkdown(sanitizeLine(article.title));
		const url = sanitizeLine(article.url);
		const linked = /^https?:\/\//u.test(url) ? `[${title}](${url.replace(/[()\s]/gu, encodeURIComponent)})` : title;
		return `- ${when(article.published)} · ${escapeMarkdown(sanitizeLine(article.feedTitle))}: ${linked}\n`;
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
