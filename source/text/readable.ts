// Extracts an article's readable text from its web page (Mozilla Readability over a linkedom DOM).

import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {ArticleLink} from '../model/article.js';
import {articleLinks} from './article-links.js';
import {htmlToTextLayout} from './html-to-text.js';
import {sanitizeText} from './sanitize.js';

export interface ReadableText {
	title: string;
	/** Clean text, paragraphs separated by a blank line. */
	text: string;
	/** The article's http(s) links, placed in `text` (relative ones resolved against the page's address, when given). */
	links: ArticleLink[];
}

/** Undefined when the page holds nothing Readability recognises as an article. */
export function extractReadableText(html: string, pageUrl = ''): ReadableText | undefined {
	const {document} = parseHTML(html);
	// Readability mutates the document and reads no layout, which is why a light DOM without rendering is enough.
	const article = new Readability(document as unknown as Document, {charThreshold: 200}).parse();
	if (!article?.content) return undefined;
	const {text, anchors = []} = htmlToTextLayout(article.content, {anchors: true});
	if (text.trim() === '') return undefined;
	return {title: sanitizeText(article.title ?? '').trim(), text, links: articleLinks(anchors, pageUrl)};
}
