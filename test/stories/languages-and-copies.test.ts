// Stories across languages and copies: one name in two spellings, two reports of one feed on a theme, one article in two feeds.

import {beforeAll, describe, expect, it} from 'vitest';
import {clusterArticles} from '../../source/analysis/stories/cluster.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import {loadClusterCase, type ClusterCase} from '../../source/eval/cluster-cases.js';
import type {Article} from '../../source/model/article.js';
import {makeArticle} from '../store/make-article.js';
import {devCase, fixtureArticles} from './feed-files.js';

let dev: ClusterCase;
let tagesschau: Article[];
beforeAll(async () => {
	dev = await loadClusterCase(devCase);
	tagesschau = await fixtureArticles('tagesschau-2021-02-18.rss');
});

const start = Date.parse('2022-07-28T10:00:00.000Z');

/** One item of a feed that carries German and English news, `hours` after ten o'clock on the dev day. */
function item(id: string, hours: number, title: string, summary: string, language: 'de' | 'en'): Article {
	return makeArticle('https://walk.example/feed.rss', id, {
		feedTitle: 'Walk',
		title,
		summary,
		content: '',
		language,
		published: new Date(start + hours * 3_600_000).toISOString(),
		fetchedAt: new Date(start + hours * 3_600_000).toISOString(),
	});
}

const zelensky = item('zelensky', 0, 'Zelensky meets NATO leaders', 'Ukrainian President Volodymyr Zelensky met NATO leaders in Brussels on Thursday and asked for more air defence.', 'en');
const tagung = item('tagung', 1, 'Neue Meldung zur NATO-Tagung', 'Die Verteidigungsminister der NATO beraten in Brüssel über die Lage an der Ostflanke.', 'de');
const lawrow = item('lawrow', 2, 'Lawrow droht dem Westen', 'Der russische Außenminister Sergej Lawrow hat dem Westen mit Konsequenzen gedroht, sollte er weitere Waffen an die Ukraine liefern.', 'de');
const lavrov = item('lavrov', 2.5, 'Lavrov warns the West', 'Russian Foreign Minister Sergei Lavrov warned the West of consequences if it sends more weapons to Ukraine.', 'en');
const selenskyj = item('selenskyj', 3, 'Selenskyj trifft Nato-Spitzen', 'Der ukrainische Präsident Wolodymyr Selenskyj hat in Brüssel die Spitzen der Nato getroffen.', 'de');

function storyOf(groups: string[][], article: Article): number {
	return groups.findIndex((group) => group.includes(article.uid));
}

describe('one event in German and English', () => {
	it('names spelt differently across languages are one name (Lawrow / Lavrov, Selenskyj / Zelensky), among the dev day\'s reports', () => {
		const groups = clusterArticles([...dev.articles, zelensky, tagung, lawrow, lavrov, selenskyj]);
		expect(storyOf(groups, lawrow)).toBe(storyOf(groups, lavrov));
		expect(storyOf(groups, selenskyj)).toBe(storyOf(groups, zelensky));
		expect(storyOf(groups, lawrow)).not.toBe(storyOf(groups, zelensky));
	});

	it('folds the spelling of the names, not of the short words', () => {
		const de = articleFeatures(lawrow);
		const en = articleFeatures(lavrov);
		expect(de['e:lavro']).toBeGreaterThan(0);
		expect(en['e:lavro']).toBeGreaterThan(0);
		// "dem", "the": too short to fold, and stopwords anyway; "West" and "Westen" stay words of their language.
		expect(Object.keys(de).some((feature) => feature.startsWith('w:vest'))).toBe(true);
	});
});

describe('two reports of one feed', () => {
	it('that share only a name or two ("NATO", "Brüssel") are two stories', () => {
		const groups = clusterArticles([...dev.articles, zelensky, tagung]);
		expect(storyOf(groups, tagung)).not.toBe(storyOf(groups, zelensky));
	});

	it('that tell one event stay one story (the dev day\'s Manchin–Schumer reports of one feed)', () => {
		const groups = clusterArticles(dev.articles);
		const manchin = dev.articles.filter((article) => /Manchin, Schumer agree/u.test(article.title));
		expect(manchin).toHaveLength(2);
		expect(manchin[0]!.feedUrl).toBe(manchin[1]!.feedUrl);
		expect(storyOf(groups, manchin[0]!)).toBe(storyOf(groups, manchin[1]!));
	});
});

describe('one article in two feeds', () => {
	it('is one report of the story\'s timeline, and both feeds are its outlets', () => {
		const source = tagesschau.find((article) => article.title.startsWith('NASA-Rover'))!;
		const inland: Article = {...source, uid: 'inland-copy', itemId: 'inland-copy', feedUrl: 'https://www.tagesschau.de/inland/index~rss2.xml', feedTitle: 'tagesschau.de - Inland', published: new Date(Date.parse(source.published) + 3_600_000).toISOString()};
		const groups = clusterArticles([...tagesschau, inland]);
		expect(storyOf(groups, source)).toBe(storyOf(groups, inland));
		const members = [source, inland].map((article) => memberOf(article, Date.parse(article.published), {topics: [], quotes: {people: [], quotes: []}}, ''));
		const core = buildStory(members, () => undefined, {});
		expect(core.story.articles.map((ref) => ref.id)).toEqual([source.uid]);
		expect(core.arrived).toHaveLength(1);
		expect(core.members).toEqual([source.uid, 'inland-copy']);
		expect(core.story.outlets).toEqual([source.feedTitle, 'tagesschau.de - Inland']);
	});
});
