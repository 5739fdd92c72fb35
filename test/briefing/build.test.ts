import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {memoryAnalysisCache} from '../../source/briefing/analysis-cache.js';
import {buildBriefing, otherTopicName, storyScore} from '../../source/briefing/build.js';
import {linkKey} from '../../source/analysis/stories/features.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import {chooseWindow, parseSince} from '../../source/briefing/window.js';
import {loadClusterCase} from '../../source/eval/cluster-cases.js';
import type {Article} from '../../source/model/article.js';
import type {Story} from '../../source/model/briefing.js';
import {loadFixtureArticles} from '../../bench/generate-articles.js';
import {generatorSources} from '../helpers/fixture-articles.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const topics = defaultTopics();
const now = new Date('2026-01-01T00:00:00Z');
let dev: Article[];
let fixtures: Article[];

beforeAll(async () => {
	dev = (await loadClusterCase(path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev', 'googlenews-en-2022-07-28'))).articles;
	fixtures = await loadFixtureArticles(generatorSources);
});

const storiesOf = (briefing: ReturnType<typeof buildBriefing>): Story[] => briefing.topics.flatMap((topic) => topic.stories);
const storyWith = (stories: Story[], title: string) => stories.find((story) => story.articles.some((article) => article.title.startsWith(title)))!;

describe('buildBriefing', () => {
	it('merges the outlets of one event into one story with a headline, summary and timeline', () => {
		const stories = storiesOf(buildBriefing(dev, {topics, now}));
		const benintendi = storyWith(stories, 'Yankees Acquire Andrew Benintendi');
		expect(benintendi.outlets.length).toBeGreaterThanOrEqual(4);
		expect(benintendi.headline).toMatch(/Benintendi/);
		expect(benintendi.summary.length).toBeGreaterThan(0);
		expect(benintendi.summary).not.toContain(benintendi.headline);
		const times = benintendi.articles.map((article) => Date.parse(article.published));
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(benintendi.firstPublished).toBe(benintendi.articles[0]!.published);
		expect(benintendi.topics[0]).toBe('Sport');
	});

	it('ranks stories reported by more outlets first, and read stories after unread ones', () => {
		const briefing = buildBriefing(dev, {topics, now});
		const stories = storiesOf(briefing).sort((a, b) => b.score - a.score);
		const many = stories.filter((story) => story.outlets.length >= 4);
		const single = stories.filter((story) => story.outlets.length === 1);
		expect(many.length).toBeGreaterThan(5);
		expect(Math.min(...many.map((story) => story.score))).toBeGreaterThan(Math.max(...single.map((story) => story.score)));
		for (const topic of briefing.topics) {
			const scores = topic.stories.map((story) => story.score);
			expect(scores).toEqual([...scores].sort((a, b) => b - a));
		}
		const top = stories[0]!;
		const read = new Set(top.articles.map((article) => article.id));
		const after = storiesOf(buildBriefing(dev, {topics, now, readState: {read}}));
		const sameStory = after.find((story) => story.id === top.id)!;
		expect(sameStory.unread).toBe(false);
		expect(sameStory.isNew).toBe(false);
		expect(sameStory.score).toBeLessThan(top.score);
	});

	it('knows what is new since the story was last seen', () => {
		const first = storiesOf(buildBriefing(dev, {topics, now}));
		const story = storyWith(first, 'Highland Park gunman indicted');
		expect(story.isNew).toBe(true);
		const seenAt = new Map([[story.id, '2030-01-01T00:00:00Z']]);
		const later = storiesOf(buildBriefing(dev, {topics, now, readState: {lastSeen: seenAt}}));
		expect(later.find((candidate) => candidate.id === story.id)!.isNew).toBe(false);
		const lookedEarly = storiesOf(buildBriefing(dev, {topics, now, readState: {lastSeen: (id) => (id === story.id ? '2000-01-01T00:00:00Z' : undefined)}}));
		expect(lookedEarly.find((candidate) => candidate.id === story.id)!.isNew).toBe(true);
	});

	it('weighs recency against the span of the briefing: a day matters in two days, not in ten years', () => {
		const year = 24 * 365;
		// Two days: the story of this hour comes before a bigger one of yesterday.
		expect(storyScore(2, 2, 0, true, 48)).toBeGreaterThan(storyScore(3, 3, 40, true, 48));
		// A window widened to ten years (an old cache): nine outlets a year ago outrank one report of today.
		expect(storyScore(9, 9, year, true, 10 * year)).toBeGreaterThan(storyScore(1, 1, 0, true, 10 * year));
		// Unread before read, whatever the span.
		expect(storyScore(2, 2, 5, true, 10 * year)).toBeGreaterThan(storyScore(2, 2, 5, false, 10 * year));
	});

	it('orders topics by their top stories and puts stories without a topic under Other, last', () => {
		// All of them: the default window stops widening once it holds enough articles for a briefing.
		const briefing = buildBriefing(fixtures, {topics, now, since: 'all'});
		const names = briefing.topics.map((topic) => topic.name);
		expect(names).toContain(otherTopicName);
		expect(names.at(-1)).toBe(otherTopicName);
		for (const topic of briefing.topics) {
			for (const story of topic.stories) expect(topic.name === otherTopicName ? story.topics.length : story.topics[0]).toBe(topic.name === otherTopicName ? 0 : topic.name);
		}
		const counted = storiesOf(briefing).reduce((sum, story) => sum + story.articles.length, 0);
		// One report per address: Google News in RSS and in Atom is one article in two feeds, listed once.
		expect(counted).toBe(new Set(fixtures.map((article) => linkKey(article.url) || article.uid)).size);
	});

	it('filters by topic, case-insensitively, including secondary topics', () => {
		const briefing = buildBriefing(fixtures, {topics, now, topic: 'middle east'});
		expect(briefing.topics.map((topic) => topic.name)).toEqual(['Middle East']);
		const stories = briefing.topics[0]!.stories;
		expect(stories.length).toBeGreaterThan(2);
		for (const story of stories) expect(story.topics).toContain('Middle East');
	});

	it('brings quotes from the quote engine, deduplicated, with speaker, outlet and article', () => {
		const seed = fixtures.filter((article) => article.title.startsWith('Sondermeldung! Putin telefoniert'));
		expect(seed).toHaveLength(1);
		const copy: Article = {...seed[0]!, uid: 'copy-1', feedTitle: 'Another outlet', published: new Date(Date.parse(seed[0]!.published) + 3_600_000).toISOString()};
		const [story] = storiesOf(buildBriefing([seed[0]!, copy], {topics, now, quoteAnalysis: quoteAnalysisOf}));
		expect(story!.articles).toHaveLength(2);
		expect(story!.topics[0]).toBe('Ukraine war');
		expect(story!.quotes.length).toBeGreaterThan(2);
		const texts = story!.quotes.map((quote) => quote.text);
		expect(new Set(texts).size).toBe(texts.length);
		// The same quote in both reports appears once, credited to the earlier one.
		expect(story!.quotes.every((quote) => quote.articleId === seed[0]!.uid)).toBe(true);
		const hegseth = story!.quotes.find((quote) => /Hegseth/.test(quote.speaker));
		expect(hegseth?.outlet).toBe(seed[0]!.feedTitle);
		expect(story!.people.map((person) => person.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Putin/), expect.stringMatching(/Trump/)]));
		// Everyone listed is a speaker, has a role, or has a full name: no lone German nouns ("Ankündigungen", "Gipfels").
		for (const person of story!.people) expect(person.quoteCount > 0 || person.role !== '' || person.name.includes(' '), person.name).toBe(true);
		expect(story!.people.map((person) => person.name)).not.toContain('Ankündigungen');
	});

	it('gives the same briefing with a warm analysis cache, without analysing again', () => {
		const cache = memoryAnalysisCache();
		let calls = 0;
		const counting = (article: Article) => {
			calls++;
			return quoteAnalysisOf(article);
		};
		const cold = buildBriefing(fixtures, {topics, now, since: 'all', cache, quoteAnalysis: counting});
		const firstCalls = calls;
		const warm = buildBriefing(fixtures, {topics, now, since: 'all', cache, quoteAnalysis: counting});
		expect(calls).toBe(firstCalls);
		expect(warm).toEqual(cold);
		expect(cache.size()).toBe(new Set(fixtures.map((article) => article.uid)).size);
	});
});

describe('time window', () => {
	it('parses --since and rejects nonsense', () => {
		expect(parseSince('24h').ms).toBe(24 * 3_600_000);
		expect(parseSince('7d')).toEqual({ms: 7 * 86_400_000, widen: false});
		expect(parseSince('all').ms).toBe(Number.POSITIVE_INFINITY);
		expect(parseSince(undefined).widen).toBe(true);
		expect(() => parseSince('soon')).toThrow(/24h/);
		expect(() => parseSince('0h')).toThrow();
	});

	it('ends at the newest article and widens the default until it holds enough articles', () => {
		const hour = 3_600_000;
		const times = [0, 100 * hour, 200 * hour, 1000 * hour, 1001 * hour];
		expect(chooseWindow(times, parseSince('24h'))).toEqual({from: 977 * hour, to: 1001 * hour});
		const widened = chooseWindow(times, parseSince(undefined), 4);
		expect(widened.to).toBe(1001 * hour);
		expect(widened.from).toBeLessThanOrEqual(100 * hour);
		expect(chooseWindow(times, parseSince(undefined), 100).from).toBeLessThanOrEqual(0);
	});

	it('gives a full briefing of the bundled snapshots although their dates lie years apart', () => {
		const briefing = buildBriefing(fixtures, {topics, now});
		const counted = storiesOf(briefing).reduce((sum, story) => sum + story.articles.length, 0);
		// The window holds 300 articles; a timeline lists an article of two feeds once, so at most the copies fewer.
		const copies = fixtures.length - new Set(fixtures.map((article) => linkKey(article.url) || article.uid)).size;
		expect(counted).toBeGreaterThanOrEqual(Math.min(300, fixtures.length) - copies);
		const dayOnly = buildBriefing(fixtures, {topics, now, since: '24h'});
		expect(storiesOf(dayOnly).reduce((sum, story) => sum + story.articles.length, 0)).toBeLessThan(counted);
	});
});
