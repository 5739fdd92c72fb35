// The language-independent features of one article that story clustering compares: word stems, names, numbers.

import type {Article} from '../../model/article.js';
import {spellingFold} from '../../text/spelling-fold.js';
import {shortHash} from '../../text/hash.js';
import {isLiveEntries, markedLive} from '../summary/live-blog.js';
import {outletSuffixStart} from './outlet-suffix.js';
import {bareNounAfterPreposition, germanPrepositions, nameAfterArticle, nounByEnding} from './german-names.js';
import {stopwords} from './stopwords.js';
import {foldedTokens, isCapitalized, isNumberToken, normalizeNumber, stem, type FoldedToken} from './tokens.js';

/** Raw (not yet IDF-weighted) feature counts of one article; cacheable by content hash. */
export type FeatureCounts = Record<string, number>;

/**
 * FeatureCounts as two lists in the object's key order, for holding many articles' features at once (a briefing
 * session between analysing and clustering): ~1 KB an article against 5 KB for a FeatureCounts object as built
 * (a dictionary of ~80 keys) and 8 KB as parsed from JSON or received from another thread. The keys are mostly the
 * strings keysOf keeps, shared between articles.
 */
export interface PackedFeatures {
	keys: string[];
	counts: number[];
}

export function packFeatures(features: FeatureCounts): PackedFeatures {
	const keys = Object.keys(features);
	return {keys, counts: keys.map((key) => features[key]!)};
}

/** Whether features are packed (a FeatureCounts key always has a kind prefix, so none is named `keys`). */
export function isPacked(features: FeatureCounts | PackedFeatures): features is PackedFeatures {
	return Array.isArray(features.keys);
}

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** How much a feature found in the title counts against one found in the body. */
const titleWeight = 2;
/** Only the start of the body is read: it holds the event; the rest mostly background. */
const maxBodyWords = 120;

function addFeature(counts: FeatureCounts, key: string, weight: number): void {
	counts[key] = (counts[key] ?? 0) + weight;
}

/** The feature keys of one folded word: the same for every occurrence, so computed once per word. */
interface WordKeys {
	/** Scripts written without spaces: the character pairs (`w:`), and nothing else. */
	pairs: string[] | undefined;
	/** A function word or a single letter: no features. */
	skip: boolean;
	/** `w:` + stem. */
	stem: string;
	/** `f:` + the whole word, '' when the stem is the word. */
	whole: string;
	/** `e:` + stem, '' for words too short to be a name. */
	name: string;
	/** The name's entry in the `m:` key (the stem), and the entry as a common noun ("-" + stem); '' without a name. */
	nameEntry: string;
	nounEntry: string;
}

/** Words shorter than this keep their spelling: "Zeit" and "seit" would fold alike (as in search). */
const minimumFoldLetters = 5;

/** News repeats its vocabulary: the keys of a word are looked up, not built again (bounded, a few MB: cleared when full). */
const wordKeys = new Map<string, WordKeys>();
const maxCachedWords = 50_000;

function keysOf(folded: string): WordKeys {
	const known = wordKeys.get(folded);
	if (known) return known;
	let keys: WordKeys;
	if (unspaced.test(folded)) {
		// Scripts written without spaces (Chinese, Japanese, Thai): a "token" is a whole phrase, so use
		// overlapping character pairs, the standard unit for matching such text without a dictionary.
		const characters = [...folded];
		const pairs: string[] = [];
		for (let k = 0; k + 1 < characters.length; k++) pairs.push(`w:${characters[k]}${characters[k + 1]}`);
		if (characters.length === 1) pairs.push(`w:${folded}`);
		keys = {pairs, skip: false, stem: '', whole: '', name: '', nameEntry: '', nounEntry: ''};
	} else if (folded.length < 2 || stopwords.has(folded)) {
		keys = {pairs: undefined, skip: true, stem: '', whole: '', name: '', nameEntry: '', nounEntry: ''};
	} else {
		// Names spelt differently across languages are one name: Lawrow / Lavrov, Selenskyj / Zelensky, Schoigu / Shoigu
		// (search's transliteration fold; short words are left alone there too).
		const spelled = folded.length >= minimumFoldLetters && /^\p{L}+$/u.test(folded) ? spellingFold(folded) : folded;
		const stemmed = stem(spelled);
		// The whole word too: the stem joins inflections, the word keeps monkeypox apart from monkeys.
		const named = folded.length >= 3;
		keys = {
			pairs: undefined,
			skip: false,
			stem: `w:${stemmed}`,
			whole: spelled.length > stemmed.length ? `f:${spelled}` : '',
			name: named ? `e:${stemmed}` : '',
			nameEntry: named ? stemmed : '',
			nounEntry: named ? `${commonNounMark}${stemmed}` : '',
		};
	}
	if (wordKeys.size >= maxCachedWords) wordKeys.clear();
	wordKeys.set(folded, keys);
	return keys;
}

/** isNumberToken without the regular expression for the common case (an ASCII first character). */
function startsWithNumber(text: string): boolean {
	const code = text.charCodeAt(0);
	return code < 128 ? code >= 48 && code <= 57 : isNumberToken(text);
}

/**
 * Adds the features of one piece of text. Features are:
 * - `w:` stems of content words (5-letter prefixes after folding) and `f:` the whole folded words,
 * - `e:` names: capitalized words that do not start a sentence, the language-independent sign of an
 *   entity (Griner, Kherson, Qualcomm) — Title Case headlines, where every word is capitalized, give none,
 * - `n:` numbers (117, 0.75, 2033), which survive translation unchanged.
 */
function addText(counts: FeatureCounts, allTokens: FoldedToken[], weight: number, maxWords: number): boolean {
	const end = Math.min(allTokens.length, maxWords);
	let words = 0;
	let capitalized = 0;
	for (let k = 0; k < end; k++) {
		const text = allTokens[k]!.text;
		if (startsWithNumber(text)) continue;
		words++;
		if (isCapitalized(text)) capitalized++;
	}
	const titleCase = words >= 4 && capitalized / words > 0.6;
	for (let k = 0; k < end; k++) {
		const token = allTokens[k]!;
		if (startsWithNumber(token.text)) {
			const number = normalizeNumber(token.text);
			if (number !== '1' && number !== '0') addFeature(counts, `n:${number}`, weight);
			continue;
		}
		const keys = keysOf(token.folded);
		if (keys.pairs) {
			for (const pair of keys.pairs) addFeature(counts, pair, weight);
			continue;
		}
		if (keys.skip) continue;
		addFeature(counts, keys.stem, weight);
		if (keys.whole) addFeature(counts, keys.whole, weight);
		if (keys.name && !titleCase && !token.sentenceStart && isCapitalized(token.text)) addFeature(counts, keys.name, weight);
	}
	return titleCase;
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
 * Feature kinds that are keys, not words to weigh: `h:` the headline without its outlet as its distinct
 * words and numbers (near-duplicate headlines are one report, see cluster.ts) and `u:` the article's
 * address (the same address in two feeds is the same article). The clusterer compares them apart from the
 * TF-IDF vector. The headline is one key ("h:gravitas control chinese rocket crash earth"), not one per
 * word: every key is a property of every article's features, made, cached and read again.
 */
export const headlinePrefix = 'h:';
export const linkPrefix = 'u:';
/**
 * `p:` the headline's head, the words before its colon ("Wechselstadt: Klinikum schließt Notaufnahme nachts"), as word
 * stems: where a templated local report says which town it is about (see cluster.ts, differentHeads).
 */
export const headPrefix = 'p:';
/**
 * `m:` the article's names as the follow-up rule counts them (see cluster.ts): the name stems (`e:` without the prefix)
 * of its names, and, marked "-", of the capitalized words it uses as common nouns ("-feurv" for "die Feuerwehr").
 */
export const namesPrefix = 'm:';
/**
 * `l:` the article is a live blog (its headline, address or timestamped entries say so, see summary/live-blog.ts): one
 * outlet runs one live blog an event, so two of its live blogs are two events (see cluster.ts).
 */
export const liveKey = 'l:live';
/** Marks a name stem of the `m:` key the article uses as a common noun. */
export const commonNounMark = '-';

/**
 * German articles and the words that stand where one does (contractions, possessives, demonstratives, quantifiers):
 * a capitalized word after one is a common noun, as German capitalizes every noun ("die Feuerwehr", "im Hafen", "am
 * Abend", "einer Lagerhalle"). Person and town names go without ("Sören Link", "in Duisburg"). None of these is an
 * English word that comes before a name.
 */
const germanDeterminers: ReadonlySet<string> = new Set(
	`der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins ans aufs kein keine keinen keinem
	keiner keines mein meine meinen meinem meiner sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser
	unsere unseren unserem unserer euer eure dieser diese diesen diesem dieses jener jene jenen jenem jede jeder jeden
	jedem jedes alle allen aller viele vielen vieler mehrere mehreren einige einigen wenige wenigen manche manchen beide
	beiden solche solchen welche welchen`.split(/\s+/u),
);

/** Weekdays and months, capitalized in English and German but no one's name (May, Mai are names too: left out). */
const calendarWords: ReadonlySet<string> = new Set(
	`monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
	october november december montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar marz
	juni juli oktober dezember`.split(/\s+/u),
);

/** Adjectives among the function words (stopwords.ts): they stand between a determiner and its noun ("die neuen Schulden"). */
const adjectiveStopwords: ReadonlySet<string> = new Set(['neue', 'neuen', 'neuer', 'neues', 'andere', 'anderen', 'anderer', 'anderes', 'anderem']);

/** How many words (adjectives, numbers) may stand between a determiner and its noun: "die neuen Schulden". */
const maxWordsAfterDeterminer = 3;

/** Only spaces between two tokens (no comma, no full stop, no quote mark). */
function spaced(text: string, from: number, to: number): boolean {
	if (to <= from) return false;
	for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
	return true;
}

/** One hyphen between two tokens: parts of one word ("Emilia-Romagna", "Anwohner-Parkplätzen"). */
function hyphenated(text: string, from: number, to: number): boolean {
	return to === from + 1 && text.charCodeAt(from) === 45;
}

function tokenEnd(token: FoldedToken): number {
	return token.start + token.text.length;
}

/** A token that can be (part of) a name: capitalized inside a sentence, not a number or a function word. */
function namePart(token: FoldedToken): boolean {
	if (token.sentenceStart || startsWithNumber(token.text) || !isCapitalized(token.text)) return false;
	const keys = keysOf(token.folded);
	return !keys.skip && !keys.pairs;
}

/** Whether the token at `index` follows a German determiner, with at most a few lowercase words or numbers between. */
function afterDeterminer(tokens: FoldedToken[], text: string, index: number): boolean {
	for (let k = index - 1; k >= 0 && index - k <= maxWordsAfterDeterminer + 1; k--) {
		const token = tokens[k]!;
		if (!spaced(text, tokenEnd(token), tokens[k + 1]!.start)) return false;
		if (germanDeterminers.has(token.folded)) return token.sentenceStart || !isCapitalized(token.text);
		// Adjectives and participles are lowercase in German; a function word (a preposition, an adverb) ends the phrase.
		if (startsWithNumber(token.text)) continue;
		if (isCapitalized(token.text) || (stopwords.has(token.folded) && !adjectiveStopwords.has(token.folded))) return false;
	}
	return false;
}

/** Whether the token at `index` comes right after a German preposition (only a space between). */
function afterPreposition(tokens: FoldedToken[], text: string, index: number): boolean {
	const before = tokens[index - 1];
	return before !== undefined && germanPrepositions.has(before.folded) && spaced(text, tokenEnd(before), tokens[index]!.start);
}

/**
 * Adds the names of a text to `names` (see namesPrefix). A name is a run of capitalized words inside a sentence, with
 * only spaces between ("Oberbürgermeister Sören Link", "Emilia-Romagna"), counted once by its last word: the surname,
 * the town, a compound's head. A run after a German determiner starts with a common noun ("der Stadt Duisburg"): that
 * word is marked as one, and the rest of the run, if any, is the name — unless that word is a place or body German names
 * with an article, or a short form ("im Ahrtal", "die AfD", see german-names.ts). A word right after a German preposition
 * is marked so only when it is a set phrase's noun ("unter Wasser", "vor Ort"), and a word with a noun's ending anywhere
 * ("neue Forderungen").
 */
function addNames(names: Set<string>, tokens: FoldedToken[], text: string, maxWords: number): void {
	const end = Math.min(tokens.length, maxWords);
	let k = 0;
	while (k < end) {
		if (!namePart(tokens[k]!)) {
			k++;
			continue;
		}
		const first = k;
		let words = 0;
		let firstNoun = '';
		let firstHead = '';
		let firstText = '';
		let firstWhole = false;
		let lastName = '';
		for (;;) {
			// A word: its tokens joined by hyphens; its name is its last part's.
			let last = k;
			while (last + 1 < end && hyphenated(text, tokenEnd(tokens[last]!), tokens[last + 1]!.start)) last++;
			const head = tokens[last]!;
			const keys = isCapitalized(head.text) && !startsWithNumber(head.text) && !calendarWords.has(head.folded) ? keysOf(head.folded) : undefined;
			if (words === 0) {
				firstNoun = keys?.nounEntry ?? '';
				firstHead = head.folded;
				firstText = head.text;
				firstWhole = last === k;
			}
			lastName = keys?.nameEntry ?? '';
			words++;
			k = last + 1;
			if (k >= end || !namePart(tokens[k]!) || !spaced(text, tokenEnd(tokens[last]!), tokens[k]!.start)) break;
		}
		// After an article a noun unless a known place or body or a short form ("im Ahrtal", "die AfD"); right after a
		// preposition a name unless a set phrase's noun or a noun's ending says otherwise ("in Duisburg", "unter Wasser").
		const common = afterDeterminer(tokens, text, first)
			? !nameAfterArticle(firstText, firstHead)
			: firstWhole && (nounByEnding(firstHead) || (afterPreposition(tokens, text, first) && bareNounAfterPreposition(firstHead)));
		if (common && firstNoun) names.add(firstNoun);
		if ((!common || words > 1) && lastName) names.add(lastName);
	}
}

/** A head is one to this many words before a colon, with at least two words after it. */
const maxHeadWords = 3;
/** Marks a number among the headline's words ("#117", "#3*2" for a second 3). */
export const headlineNumberMark = '#';

/** The words and numbers (marked) of an article's headline key, or none. */
export function headlineWords(features: FeatureCounts): string[] {
	for (const feature in features) if (feature.startsWith(headlinePrefix)) return feature.slice(headlinePrefix.length).split(' ');
	return [];
}

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

/**
 * The word stems of a headline's head (see headPrefix), space-separated, or '' when it has none or when none of its
 * words is a name the report uses inside a sentence ("In Wechselstadt sorgt …"): a rubric ("Liveblog:", "Analysis:")
 * rarely is. Decided here, before a feed's recurring names are taken out of its features (boilerplate.ts): a local
 * paper names its town in every report.
 */
function headStems(title: string, tokens: FoldedToken[], counts: FeatureCounts): string {
	const colon = title.indexOf(':');
	if (colon <= 0) return '';
	let count = 0;
	while (count < tokens.length && tokens[count]!.start < colon) count++;
	if (count === 0 || count > maxHeadWords || tokens.length - count < 2) return '';
	const stems: string[] = [];
	for (let k = 0; k < count; k++) {
		// "12:30", "Teil 2:": a time or a number is no place.
		if (startsWithNumber(tokens[k]!.text)) return '';
		const keys = keysOf(tokens[k]!.folded);
		if (keys.pairs) return '';
		if (!keys.skip) stems.push(keys.stem.slice(2));
	}
	return stems.some((stemmed) => counts[`e:${stemmed}`] !== undefined) ? stems.join(' ') : '';
}

/** What articleFeatures reads of an article: the text, and where known its feed's name and its address (to find the outlet in the title). */
export type FeatureSource = Pick<Article, 'title' | 'summary' | 'content'> & Partial<Pick<Article, 'feedTitle' | 'url'>>;

/** The feature counts of an article: title (without the outlet's name at its end), teaser and the start of the body. */
export function articleFeatures(article: FeatureSource, tokens: ArticleTokens = tokenizeArticle(article)): FeatureCounts {
	// A dictionary from the start: as `{}` every article's own sequence of ~80 keys made V8 build hidden classes for it
	// (articleFeatures ~20 % slower over 4,000 articles); the keys keep their order, so the cached JSON is the same.
	const counts: FeatureCounts = Object.create(null) as FeatureCounts;
	const cut = outletSuffixStart(article.title, {feedTitle: article.feedTitle, url: article.url, body: articleBody(article)});
	const title = cut >= article.title.length ? tokens.title : tokens.title.filter((token) => token.start < cut);
	const names = new Set<string>();
	if (!addText(counts, title, titleWeight, 60)) addNames(names, title, article.title, 60);
	if (!addText(counts, tokens.body, 1, maxBodyWords)) addNames(names, tokens.body, articleBody(article), maxBodyWords);
	let numbers: Map<string, number> | undefined;
	const words = new Set<string>();
	for (const token of title) {
		// Numbers apart, every one and every time it occurs ("#3", "#3*2"): "Tag 150", "3 Tote", "(2)" after
		// a headline that has a 2 already — a different number is a different report.
		if (isNumberToken(token.text)) {
			const number = normalizeNumber(token.text);
			numbers ??= new Map();
			const seen = (numbers.get(number) ?? 0) + 1;
			numbers.set(number, seen);
			words.add(`${headlineNumberMark}${number}${seen > 1 ? `*${seen}` : ''}`);
		} else if (token.folded.length >= 2 && !stopwords.has(token.folded) && !token.folded.includes(' ')) words.add(token.folded);
	}
	if (words.size > 0) counts[`${headlinePrefix}${[...words].join(' ')}`] = 1;
	const head = headStems(article.title.slice(0, cut), title, counts);
	if (head) counts[`${headPrefix}${head}`] = 1;
	if (names.size > 0) counts[`${namesPrefix}${[...names].join(' ')}`] = 1;
	if (markedLive(article.title, article.url) || isLiveEntries(article.title, article.url, articleBody(article))) counts[liveKey] = 1;
	const link = article.url ? linkKey(article.url) : '';
	if (link) counts[`${linkPrefix}${shortHash(link, 12)}`] = 1;
	return counts;
}
