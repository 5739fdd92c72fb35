// The analysis pool (built dist/, as the app runs it): the same briefing, cached analyses and summaries as one thread, and a helper that fails is an error, not a hang.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {generateArticles, loadFixtureArticles} from '../../bench/generate-articles.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {briefingAnalyzer} from '../../source/briefing/analysis-version.js';
import {articleAnalyzer, canAnalyzeInParallel} from '../../source/briefing/analysis-pool.js';
import type {Article} from '../../source/model/article.js';
import {defaultSettings} from '../../source/model/feed.js';
import {commitByFeed} from '../store/make-article.js';
import {generatorSources} from '../helpers/fixture-articles.js';
import {builtUrl, isBuilt, loadBuilt} from '../helpers/built-dist.js';

type PoolModule = typeof import('../../source/briefing/analysis-pool.js');
type FromStoreModule = typeof import('../../source/briefing/from-store.js');
type StoreModule = typeof import('../../source/store/article-store.js');
type CacheModule = typeof import('../../source/briefing/analysis-cache.js');
type QuotesModule = typeof import('../../source/briefing/quotes.js');
type MatchModule = typeof import('../../source/analysis/topics/match.js');
type SummaryModule = typeof import('../../source/analysis/summary/summarize.js');

// The helper runs the built JavaScript (tsc's dist/, which `npm test` builds first); the TypeScript sources have no worker script.
const built = isBuilt('briefing/analysis-worker.js');
const topics = defaultTopics();
const spec = {topics, quotes: true};
let articles: Article[];
let dir: string;

beforeAll(async () => {
	const sources = await loadFixtureArticles(generatorSources);
	articles = generateArticles(sources, 700, {seed: 11, end: '2026-11-20T12:00:00.000Z', days: 7});
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-analysis-pool-'));
});
afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
});

describe('analysis pool in the TypeScript sources', () => {
	it('analyses in the calling thread where no built worker script lies beside it', () => {
		expect(canAnalyzeInParallel()).toBe(false);
		expect(articleAnalyzer(10_000, spec).parallel).toBe(false);
	});

	it('starts no helper for fewer articles than minArticles', () => {
		const workerUrl = builtUrl('briefing/analysis-worker.js');
		expect(articleAnalyzer(399, spec, {workerUrl}).parallel).toBe(false);
		expect(articleAnalyzer(99, spec, {workerUrl, minArticles: 100}).parallel).toBe(false);
	});
});

describe.skipIf(!built)('analysis pool (built dist)', () => {
	it('gives every analysis the calling thread gives, in order, with part of them from the helper', async () => {
		const pool = await loadBuilt<PoolModule>('briefing/analysis-pool.js');
		const {analyzeArticle} = await loadBuilt<CacheModule>('briefing/analysis-cache.js');
		const {quoteAnalysisOf} = await loadBuilt<QuotesModule>('briefing/quotes.js');
		const {compileTopics} = await loadBuilt<MatchModule>('analysis/topics/match.js');
		const compiled = compileTopics(topics);
		const here = (article: Article) => analyzeArticle(article, compiled, quoteAnalysisOf);
		const expected = articles.map(here);
		let inCaller = 0;
		const analyzer = pool.articleAnalyzer(articles.length, spec, {minArticles: 100});
		try {
			expect(analyzer.parallel).toBe(true);
			// Two calls, as a session makes one per window of articles: the helper serves both.
			const first = analyzer.analyze(articles.slice(0, 300), (article) => (inCaller++, here(article)));
			const second = analyzer.analyze(articles.slice(300), (article) => (inCaller++, here(article)));
			expect([...first, ...second]).toEqual(expected);
		} finally {
			analyzer.close();
		}
		expect(inCaller).toBeLessThan(articles.length);
	}, 60_000);

	it('runs the caller\'s own work once while the helper analyses, and still gives the calling thread\'s analyses', async () => {
		const pool = await loadBuilt<PoolModule>('briefing/analysis-pool.js');
		const {analyzeArticle} = await loadBuilt<CacheModule>('briefing/analysis-cache.js');
		const {compileTopics} = await loadBuilt<MatchModule>('analysis/topics/match.js');
		const compiled = compileTopics(topics);
		const here = (article: Article) => analyzeArticle(article, compiled);
		const input = articles.slice(0, 200);
		const expected = input.map(here);
		const analyzer = pool.articleAnalyzer(input.length, {topics, quotes: false}, {minArticles: 1});
		let inCaller = 0;
		let meanwhile = 0;
		let analysedBeforeMeanwhile = -1;
		try {
			const result = analyzer.analyze(input, (article) => (inCaller++, here(article)), {
				meanwhile: () => {
					meanwhile++;
					analysedBeforeMeanwhile = inCaller;
					// Long enough for the helper to start (also on a busy machine) and work on the batches it was handed.
					const until = performance.now() + 1000;
					while (performance.now() < until);
				},
			});
			expect(result).toEqual(expected);
		} finally {
			analyzer.close();
		}
		expect(meanwhile).toBe(1);
		// The caller's work comes first, before it analyses anything itself.
		expect(analysedBeforeMeanwhile).toBe(0);
		expect(inCaller).toBeLessThan(input.length);
	}, 60_000);

	it('gives the summaries summarizeStory gives in the calling thread, in order, with part of them from the helper', async () => {
		const pool = await loadBuilt<PoolModule>('briefing/analysis-pool.js');
		const {summarizeStory} = await loadBuilt<SummaryModule>('analysis/summary/summarize.js');
		// Stories of 1–12 reports each, with the headline of their first report, as a briefing makes them.
		const stories: Array<{articles: Array<Pick<Article, 'uid' | 'title' | 'summary' | 'content' | 'language'>>; headline: string}> = [];
		for (let start = 0, size = 1; start < articles.length; start += size, size = (size % 12) + 1) {
			const reports = articles.slice(start, start + size).map(({uid, title, summary, content, language}) => ({uid, title, summary, content, language}));
			stories.push({articles: reports, headline: reports[0]!.title});
		}
		const here = (story: (typeof stories)[number]) => summarizeStory(story.articles, story.headline);
		const expected = stories.map(here);
		expect(new Set(expected).size).toBeGreaterThan(stories.length / 2);
		let inCaller = 0;
		const analyzer = pool.articleAnalyzer(1000, {topics, quotes: false}, {minArticles: 1});
		// A slower caller (as on a busy machine) leaves the helper its share even if it starts late.
		const slowHere = (story: (typeof stories)[number]) => {
			inCaller++;
			const until = performance.now() + 5;
			while (performance.now() < until);
			return here(story);
		};
		try {
			expect(analyzer.summarize(stories, slowHere)).toEqual(expected);
			// A second call is served too (replies carry their call, so none is taken for another's).
			expect(analyzer.summarize(stories.slice(0, 7), here)).toEqual(expected.slice(0, 7));
		} finally {
			analyzer.close();
		}
		expect(inCaller).toBeLessThan(stories.length);
	}, 60_000);

	it('computes the same briefing and stores the same analyses over two threads as over one (real store, quotes on)', async () => {
		const {BriefingSessions, briefingFromStore} = await loadBuilt<FromStoreModule>('briefing/from-store.js');
		const {ArticleStore} = await loadBuilt<StoreModule>('store/article-store.js');
		const options = {topics, settings: defaultSettings, since: 'all', now: new Date('2026-11-20T12:05:00.000Z')};
		const results = [];
		// Parallel: every article's quotes read while the caller clusters (the default for so few), and none so.
		const pools = [['single', false], ['parallel', {minArticles: 100, batchSize: 7}], ['parallel-in-order', {minArticles: 100, batchSize: 7, quotesBehind: 0}]] as const;
		for (const [name, pool] of pools) {
			const store = new ArticleStore(path.join(dir, `${name}.db`));
			try {
				commitByFeed(store, articles);
				const briefing = briefingFromStore(store, options, new BriefingSessions({pool}));
				// The analyses and the stories' summaries (the helper computes part of both).
				const cached = store.db.prepare('SELECT uid, analyzer, content_hash, result FROM analysis_cache ORDER BY analyzer, uid').all();
				results.push({briefing: {...briefing, generatedAt: ''}, cached});
			} finally {
				store.close();
			}
		}
		const [single, parallel, inOrder] = results;
		expect(single!.cached.filter((row) => (row as {analyzer: string}).analyzer === briefingAnalyzer)).toHaveLength(articles.length);
		expect(single!.cached.filter((row) => (row as {analyzer: string}).analyzer === 'story-summary-v2').length).toBeGreaterThan(50);
		expect(single!.briefing.topics.flatMap((topic) => topic.stories).length).toBeGreaterThan(50);
		expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
		expect(JSON.stringify(inOrder)).toBe(JSON.stringify(single));
	}, 180_000);

	it('fails with the helper\'s error when an analysis throws there', async () => {
		const pool = await loadBuilt<PoolModule>('briefing/analysis-pool.js');
		// Batches 0 and 1 go to the helper first; the caller begins with batch 2 and has 400 articles to go.
		const broken = {...articles[0]!, summary: null, content: null} as unknown as Article;
		const input = [broken, ...articles.slice(1, 400)];
		const analyzer = pool.articleAnalyzer(input.length, spec, {minArticles: 1, batchSize: 5});
		const {analyzeArticle} = await loadBuilt<CacheModule>('briefing/analysis-cache.js');
		const {quoteAnalysisOf} = await loadBuilt<QuotesModule>('briefing/quotes.js');
		const {compileTopics} = await loadBuilt<MatchModule>('analysis/topics/match.js');
		const compiled = compileTopics(topics);
		expect(() => analyzer.analyze(input, (article) => analyzeArticle(article, compiled, quoteAnalysisOf))).toThrow(/the analysis worker failed: TypeError/);
		// A failed pool is closed: it takes no more work.
		expect(() => analyzer.analyze(input, () => ({features: {}, topics: []}))).toThrow(/closed/);
	}, 60_000);

	it.each(['exits', 'hangs'] as const)('fails instead of waiting forever when the helper %s with a batch begun', async (how) => {
		const pool = await loadBuilt<PoolModule>('briefing/analysis-pool.js');
		// A stand-in helper that takes the first batch it is handed and then exits (as a crash would) or never answers.
		const script = [
			"import {workerData} from 'node:worker_threads';",
			'const {port, signal} = workerData;',
			'process.on("exit", () => { Atomics.store(signal, 2, 2); Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); });',
			`port.on('message', ({batch, claims}) => { Atomics.compareExchange(claims, batch, 0, 1); ${how === 'exits' ? 'process.exit(3);' : 'setInterval(() => {}, 1000);'} });`,
		].join('\n');
		const workerUrl = new URL(`data:text/javascript,${encodeURIComponent(script)}`);
		const analyzer = pool.articleAnalyzer(50, spec, {minArticles: 1, batchSize: 5, workerUrl, stallMs: 1000});
		// The caller is slow enough for the stand-in to have started and taken its batch.
		const slow = (article: Article) => {
			const until = performance.now() + 20;
			while (performance.now() < until);
			return {features: {[article.uid]: 1}, topics: []};
		};
		const started = performance.now();
		expect(() => analyzer.analyze(articles.slice(0, 50), slow)).toThrow(how === 'exits' ? /stopped without answering/ : /analysed nothing for 1 s/);
		expect(performance.now() - started).toBeLessThan(10_000);
	}, 30_000);
});
