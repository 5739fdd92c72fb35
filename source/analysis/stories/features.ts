// The language-independent features of one article that story clustering compares: word stems, names, numbers.

import type {Article} from '../../model/article.js';
import {shortHash} from '../../text/hash.js';
import {outletSuffixStart} from './outlet-suffix.js';
import {stopwords} from './stopwords.js';
import {foldedTokens, isCapitalized, isNumberToken, normalizeNumber, stem, type FoldedToken} from './tokens.js';

/** Raw (not yet IDF-weighted) feature counts of one article; cacheable by content hash. */
export type FeatureCounts = Record<string, number>;

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** How much a feature found in the title counts against one found in the body. */
const titleWeight = 2;
/** Only the start of the body is read: it holds the event; the rest mostly background. */
const maxBodyWords = 120;

function addFeature(counts: FeatureCounts, key: string, weight: number): void {
	counts[key] = (counts[key] ?? 0) + weight;
}

/**
 * Adds the features of one piece of text. Features are:
 * - `w:` stems of content words (5-letter prefixes after folding) and `f:` the whole folded words,
 * - `e:` names: capitalized words that do not start a sentence, the language-independent sign of an
 *   entity (Griner, Kherson, Qualcomm) — Title Case headlines, where every word is capitalized, give none,
 * - `n:` numbers (117, 0.75, 2033), which survive translation unchanged.
 */
function addText(counts: FeatureCounts, allTokens: FoldedToken[], weight: number, maxWords: number): void {
	const tokens = allTokens.slice(0, maxWords);
	const words = tokens.filter((token) => !isNumberToken(token.text));
	const capitalized = words.filter((token) => isCapitalized(token.text)).length;
	const titleCase = words.length >= 4 && capitalized / words.length > 0.6;
	for (const token of tokens) {
		if (isNumberToken(token.text)) {
			const number = normalizeNumber(token.text);
			if (number !== '1' && number !== '0') addFeature(counts, `n:${number}`, weight);
			continue;
		}
		const folded = token.folded;
		if (unspaced.test(folded)) {
			// Scripts written without spaces (Chinese, Japanese, Thai): a "token" is a whole phrase, so use
			// overlapping character pairs, the standard unit for matching such text without a dictionary.
			const characters = [...folded];
			for (let k = 0; k + 1 < characters.length; k++) addFeature(counts, `w:${characters[k]}${characters[k + 1]}`, weight);
			if (characters.length === 1) addFeature(counts, `w:${folded}`, weight);
			continue;
		}
		if (folded.length < 2 || stopwords.has(folded)) continue;
		const stemmed = stem(folded);
		addFeature(counts, `w:${stemmed}`, weight);
		// The whole word too: the stem joins inflections, the word keeps monkeypox apart from monkeys.
		if (folded.length > stemmed.length) addFeature(counts, `f:${folded}`, weight);
		if (!titleCase && isCapitalized(token.text) && !token.sentenceStart && folded.length >= 3) {
			addFeature(counts, `e:${stemmed}`, weight);
		}
	}
}

/** Title and body tokens of an article, for callers that tokenize once for several analyses. */
export interface ArticleTokens {
	title: FoldedToken[];
	/** Tokens of the body (content, else teaser); empty when the body only repeats the title. */
	body: FoldedToken[];
}

/** The body the analyses read: the full content when it holds more than the teaser. */
export function articleBody(article: Pick<Article, 'summary' | 'content'>): string {
	return article.content && article.content.length >= article.summary.length ? article.content : article.summary;
}

export function tokenizeArticle(article: Pick<Article, 'title' | 'summary' | 'content'>): ArticleTokens {
	const body = articleBody(article);
	return {title: foldedTokens(article.title), body: body && body !== article.title ? foldedTokens(body) : []};
}

/**
 * Feature kinds that are keys, not words to weigh: `h:` the words and `h:#` the numbers of the headline
 * without its outlet (near-duplicate headlines are one report, see cluster.ts) and `u:` the article's address (the same
 * address in two feeds is the same article). The clusterer compares them apart from the TF-IDF vector.
 */
export const headlineWordPrefix = 'h:';
/** The numbers of the headline (a kind of `h:`, so one prefix test finds both). */
export const headlineNumberPrefix = 'h:#';
export const linkPrefix = 'u:';

/**
 * The address an article is known by across feeds: host without "www.", path without a trailing slash,
 * the query without tracking parameters; '' for a site's front page (feeds that link every item to it).
 */
export function linkKey(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return '';
	}
	if (!/^https?:$/u.test(parsed.protocol)) return '';
	const path = parsed.pathname.replace(/\/+$/u, '');
	const query = [...parsed.searchParams.entries()]
		.filter(([name]) => !/^(?:utm_|at_|wt_|xtor$|ref$|fbclid$|gclid$|mc_)/iu.test(name))
		.map(([name, value]) => `${name}=${value}`)
		.sort()
		.join('&');
	if (path.length <= 1 && query === '') return '';
	return `${parsed.hostname.replace(/^www\./u, '').toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

/** What articleFeatures reads of an article: the text, and where known its feed's name and its address (to find the outlet in the title). */
export type FeatureSource = Pick<Article, 'title' | 'summary' | 'content'> & Partial<Pick<Article, 'feedTitle' | 'url'>>;

/** The feature counts of an article: title (without the outlet's name at its end), teaser and the start of the body. */
export function articleFeatures(article: FeatureSource, tokens: ArticleTokens = tokenizeArticle(article)): FeatureCounts {
	const counts: FeatureCounts = {};
	const cut = outletSuffixStart(article.title, {feedTitle: article.feedTitle, url: article.url, body: articleBody(article)});
	const title = cut >= article.title.length ? tokens.title : tokens.title.filter((token) => token.start < cut);
	addText(counts, title, titleWeight, 60);
	addText(counts, tokens.body, 1, maxBodyWords);
	const numbers = new Map<string, number>();
	for (const token of title) {
		// Numbers apart ("h:#…"), every one and every time it occurs ("h:#3", "h:#3*2"): "Tag 150", "3 Tote",
		// "(2)" after a headline that has a 2 already — a different number is a different report.
		if (isNumberToken(token.text)) {
			const number = normalizeNumber(token.text);
			const seen = (numbers.get(number) ?? 0) + 1;
			numbers.set(number, seen);
			counts[`${headlineNumberPrefix}${number}${seen > 1 ? `*${seen}` : ''}`] = 1;
		} else if (token.folded.length >= 2 && !stopwords.has(token.folded)) counts[`${headlineWordPrefix}${token.folded}`] = 1;
	}
	const link = article.url ? linkKey(article.url) : '';
	if (link) counts[`${linkPrefix}${shortHash(link, 12)}`] = 1;
	return counts;
}
