import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import type {Article} from '../../source/model/article.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {spellingFold} from '../../source/text/spelling-fold.js';
import {okState} from './make-article.js';

// Real feeds that write the Ukrainian president's name in four ways (Selenskij, Selenskyj, Zelensky, Zelenskyy).
const snapshots = path.resolve(import.meta.dirname, '..', '..', 'feeds', 'snapshots');
const feedFiles = ['seed-putin-trump-hegseth.rss', 'quotes-dev-uk-bbc.rss', 'quotes-dev-de-dw.rss', 'uol-noticias.rss'];

let dir: string;
let store: ArticleStore;
let articles: Article[];

beforeEach(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-spellings-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
	articles = [];
	for (const file of feedFiles) {
		const feedUrl = `https://feeds.example/${file}`;
		const parsed = await parseFeedText(await readFeedFile(path.join(snapshots, file)), {feedUrl, fetchedAt: '2026-11-26T08:00:00.000Z', settings: defaultSettings});
		store.commitFeed(okState(feedUrl), parsed.articles);
		articles.push(...parsed.articles);
	}
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

function uidsMentioning(pattern: RegExp): string[] {
	return articles.filter(article => pattern.test(`${article.title}\n${article.summary}\n${article.content}`)).map(article => article.uid).sort();
}

describe('search over the spellings of a name', () => {
	it('folds German and English transliterations alike, and keeps ordinary words apart', () => {
		const president = ['Selenskyj', 'Selenskij', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Selenskyi'].map(spellingFold);
		expect(new Set(president).size).toBe(1);
		for (const [a, b] of [['Lawrow', 'Lavrov'], ['Schoigu', 'Shoigu'], ['Charkiw', 'Kharkiv'], ['Netanjahu', 'Netanyahu'], ['Jelzin', 'Yeltsin'], ['Nawalny', 'Navalny']]) {
			expect(spellingFold(a!), `${a} ${b}`).toBe(spellingFold(b!));
		}

		for (const [a, b] of [['Sonne', 'Zone'], ['Straße', 'Strasse'.slice(0, 5)], ['Kanzler', 'Canzler'], ['Putin', 'Potin']]) {
			expect(spellingFold(a!), `${a} ${b}`).not.toBe(spellingFold(b!));
		}
	});

	it('Selenskyj finds the articles that write Selenskij, Zelensky or Zelenskyy, after those that write it as typed', () => {
		const exact = uidsMentioning(/\bSelenskyj\b/iu);
		const any = uidsMentioning(/\b(?:Selenskyj|Selenskij|Zelensky|Zelenskyy|Zelenskiy)\b/iu);
		// The feeds really do spell it several ways; otherwise this test would show nothing.
		expect(any.length).toBeGreaterThan(exact.length);
		expect(uidsMentioning(/\bZelensky\b/iu).length).toBeGreaterThan(0);
		expect(uidsMentioning(/\bSelenskij\b/iu).length).toBeGreaterThan(0);

		const hits = store.search('Selenskyj', {limit: 200}).map(hit => hit.uid);
		expect([...hits].sort()).toEqual(any);
		expect([...hits.slice(0, exact.length)].sort()).toEqual(exact);
		for (const spelling of ['Zelensky', 'selenskij', 'ZELENSKYY']) {
			expect(store.search(spelling, {limit: 200}).map(hit => hit.uid).sort(), spelling).toEqual(any);
		}
	});

	it('marks the spelling found in the snippet, and keeps other words of the query ANDed', () => {
		const president = new Set(uidsMentioning(/\b(?:Selenskyj|Selenskij|Zelensky|Zelenskyy)\b/iu));
		const withTrump = uidsMentioning(/\bTrump\b/u).filter(uid => president.has(uid));
		expect(withTrump.length).toBeGreaterThan(0);
		expect(store.search('Selenskyj Trump', {limit: 200}).map(hit => hit.uid).sort()).toEqual(withTrump);
		const snippets = store.search('Selenskyj', {limit: 200}).map(hit => hit.snippet).join('\n');
		expect(snippets).toMatch(/\[(?:Zelensky|Zelenskyy)\]/u);
	});

	it('German typed without umlauts (ue, oe, ae) finds the words with them, after the exact hits', () => {
		for (const [a, b] of [['Gruene', 'Grüne'], ['Mueller', 'Müller'], ['Koeln', 'Köln'], ['Aerzte', 'Ärzte'], ['Meeresschildkroeten', 'Meeresschildkröten']]) {
			expect(spellingFold(a!), `${a} ${b}`).toBe(spellingFold(b!));
		}

		// The umlaut words of these real feeds, as someone without umlaut keys types them.
		const counts = new Map<string, number>();
		for (const article of articles) {
			for (const [word] of `${article.title} ${article.content}`.matchAll(/(?<!\p{L})\p{L}*[äöüÄÖÜ]\p{L}*(?!\p{L})/gu)) {
				if ([...word].length >= 6) counts.set(word, (counts.get(word) ?? 0) + 1);
			}
		}

		const words = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([word]) => word);
		expect(words.length).toBe(10);
		for (const word of words) {
			const typed = word.replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('Ä', 'Ae').replaceAll('Ö', 'Oe').replaceAll('Ü', 'Ue');
			const found = new Set(store.search(typed, {limit: 200}).map(hit => hit.uid));
			const withUmlaut = store.search(word, {limit: 200}).map(hit => hit.uid);
			expect(withUmlaut.length, word).toBeGreaterThan(0);
			expect(withUmlaut.filter(uid => !found.has(uid)), `${typed} should find what ${word} finds`).toEqual([]);
		}
	});

	it('a prefix finds its words written with ß or ss either way (Strasse* finds Straßenbau)', () => {
		const sharp = uidsMentioning(/(?<!\p{L})(?:stra(?:ß|ss)|gro(?:ß|ss))/iu);
		const straße = uidsMentioning(/(?<!\p{L})straße/iu);
		// The real feeds write "Straße…" (and "groß…"); otherwise this test would show nothing.
		expect(straße.length).toBeGreaterThan(0);
		expect(store.search('Strasse*', {limit: 200}).map(hit => hit.uid).sort()).toEqual(uidsMentioning(/(?<!\p{L})stra(?:ß|ss)e/iu));
		expect(store.search('straße*', {limit: 200}).map(hit => hit.uid).sort()).toEqual(uidsMentioning(/(?<!\p{L})stra(?:ß|ss)e/iu));
		expect(store.search('gross*', {limit: 200}).map(hit => hit.uid).sort()).toEqual(uidsMentioning(/(?<!\p{L})gro(?:ß|ss)/iu));
		expect(sharp.length).toBeGreaterThan(straße.length);
	});

	it('leaves prefix searches and short words as typed', () => {
		expect(store.search('zelensk*', {limit: 200}).map(hit => hit.uid).sort()).toEqual(uidsMentioning(/\bzelensk/iu));
		expect(store.search('seit', {limit: 200}).map(hit => hit.uid).sort()).toEqual(uidsMentioning(/\bseit\b/iu));
	});
});
