// An article's content hash: what a refresh compares to know whether the feed changed an item it already stored.

import crypto, {createHash} from 'node:crypto';
import type {Article} from '../model/article.js';

/** The fields the hash covers, as an Article holds them (a stored row maps its columns to these). */
export type HashedFields = Pick<Article, 'title' | 'summary' | 'content' | 'url' | 'author' | 'feedTitle' | 'language' | 'published' | 'publishedEstimated'>;

// crypto.hash (Node ≥ 20.12): one call instead of a Hash object per article.
const hashOnce = (crypto as {hash?: (algorithm: string, data: string, encoding: 'base64') => string}).hash;

/**
 * Covers every stored field a feed can change that the briefing reads. An estimated date is left out, since it moves
 * with each fetch; so are the links: a feed whose hrefs change at every fetch (tracking parameters, signed addresses)
 * would otherwise rewrite and re-version its unchanged articles at every refresh. The store writes links apart.
 */
export function articleHash(article: HashedFields): string {
	const text = [article.title, article.summary, article.content, article.url, article.author, article.feedTitle, article.language,
		article.publishedEstimated ? '' : article.published].join('\u0000');
	return hashOnce ? hashOnce('sha1', text, 'base64') : createHash('sha1').update(text).digest('base64');
}
