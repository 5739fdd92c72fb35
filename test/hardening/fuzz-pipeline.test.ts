// Fuzzing: mutated real feeds through parse → normalize → analyze → briefing → output; nothing escapes, nothing unsafe gets through.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {articleText} from '../../source/analysis/quotes/article-text.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {buildBriefing} from '../../source/briefing/build.js';
import {decodeFeedBytes} from '../../source/feeds/decode.js';
import {ParseError} from '../../source/feeds/feed-error.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import type {Article} from '../../source/model/article.js';
import {renderBriefingJson} from '../../source/output/briefing-json.js';
import {renderBriefingMarkdown} from '../../source/output/briefing-markdown.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';
import {loadSeedFeeds, mutantArbitrary, mutateFeed, unsafeCharacter, wellFormedMutantArbitrary} from '../helpers/fuzz-feeds.js';

const seeds = loadSeedFeeds(2);
const topics = defaultTopics();
const settings = {maxItemsPerFeed: 500, maxArticleChars: 200_000, maxBodyBytes: 10 * 1024 * 1024};
const fetchedAt = '2026-01-01T00:00:00.000Z';
const feedUrl = 'https://fuzz.example/feed.xml';
/** Counted so the report can say how many mutants ran, and whether they reached normalize and analysis. */
const fuzzCounts = {parsed: 0, rejected: 0, analyzed: 0};

function quoteAnalysis(article: Article) {
	return analyzeQuotes(articleText(article.title, article.content.split('\n\n')), {language: article.language});
}

// expect() is too slow for tens of thousands of cases; a failing check throws and fast-check shrinks it.
function check(ok: boolean, what: string, value?: unknown): void {
	if (!ok) throw new Error(`${what}: ${JSON.stringify(value)}`);
}

/** The per-article invariants normalize promises for anything a feed sends. */
function checkArticle(article: Article): void {
	for (const field of ['title', 'author', 'feedTitle', 'itemId', 'url'] as const) {
		check(!unsafeCharacter.test(article[field]) && !article[field].includes('\n'), `unsafe ${field}`, article[field]);
	}
	for (const field of ['summary', 'content'] as const) check(!unsafeCharacter.test(article[field]), `unsafe ${field}`, article[field]);
	check(article.content.length <= settings.maxArticleChars, 'content over the cap', article.content.length);
	check(article.url === '' || /^https?:$/.test(new URL(article.url).protocol), 'item link not http(s)', article.url);
	check(!Number.isNaN(Date.parse(article.published)), 'published not a date', article.published);
}

async function runPipeline(bytes: Buffer, analyze: boolean): Promise<void> {
	const {text} = decodeFeedBytes(bytes);
	let articles: Article[];
	try {
		articles = (await parseFeedText(text, {feedUrl, fetchedAt, settings})).articles;
	} catch (error) {
		// The one way a bad feed may fail: a ParseError with one clean line.
		if (!(error instanceof ParseError)) throw error;
		check(!unsafeCharacter.test(error.message) && !error.message.includes('\n'), 'unsafe error line', error.message);
		fuzzCounts.rejected++;
		return;
	}
	fuzzCounts.parsed++;
	for (const article of articles) checkArticle(article);
	if (!analyze) return;
	if (articles.length > 0) fuzzCounts.analyzed++;
	const briefing = buildBriefing(articles, {topics, since: 'all', now: new Date(fetchedAt), quoteAnalysis});
	const outputs = [renderBriefingText(briefing), renderBriefingMarkdown(briefing), renderBriefingJson(briefing)];
	for (const output of outputs.slice(0, 2)) check(!unsafeCharacter.test(output), 'unsafe output', output);
	// JSON escapes controls, so the parsed strings must be clean too.
	check(!unsafeCharacter.test(JSON.stringify(JSON.parse(outputs[2]!))), 'unsafe JSON strings');
	const stories = briefing.topics.flatMap((topic) => topic.stories);
	// Every article lands in at least one story.
	const placed = new Set(stories.flatMap((story) => story.articles.map((ref) => ref.id)));
	for (const article of articles) check(placed.has(article.uid), 'article in no story', article.uid);
	for (const story of stories) {
		for (const quote of story.quotes) check(quote.start >= 0 && quote.end >= quote.start, 'quote offsets', quote);
	}
}

describe('fuzzing the pipeline with mutated real feeds', () => {
	test('the seeds themselves are real feeds that parse', async () => {
		expect(seeds.length).toBeGreaterThanOrEqual(14);
		let parsed = 0;
		for (const seed of seeds) {
			try {
				const feed = await parseFeedText(seed.text, {feedUrl, fetchedAt, settings});
				if (feed.articles.length > 0) parsed++;
			} catch (error) {
				expect(error, seed.file).toBeInstanceOf(ParseError);
			}
		}
		expect(parsed).toBeGreaterThanOrEqual(12);
	});

	// Parse and normalize only: the cheap property that carries most of the volume.
	test('parse + normalize: only ParseError escapes, articles are always clean', async () => {
		await fc.assert(fc.asyncProperty(fc.oneof(mutantArbitrary(seeds.length), wellFormedMutantArbitrary(seeds.length)), async ({seed, mutations}) => {
			await runPipeline(mutateFeed(seeds[seed]!.text, mutations), false);
		}), {seed: 4242, numRuns: Number(process.env.FUZZ_RUNS_PARSE ?? 6_000)});
	}, 120_000);

	// Through analysis (quotes, topics, stories), the briefing and all three renderers.
	test('parse → analyze → briefing → text/md/json: no exception, every article placed, outputs clean', async () => {
		await fc.assert(fc.asyncProperty(fc.oneof({arbitrary: mutantArbitrary(seeds.length), weight: 1}, {arbitrary: wellFormedMutantArbitrary(seeds.length), weight: 3}), async ({seed, mutations}) => {
			await runPipeline(mutateFeed(seeds[seed]!.text, mutations), true);
		}), {seed: 1717, numRuns: Number(process.env.FUZZ_RUNS_BRIEF ?? 500)});
	}, 120_000);

	// Byte damage only (cut-off downloads, flipped bits): cheap, so many.
	test('truncated and bit-flipped bytes: only ParseError escapes', async () => {
		const damage = fc.record({
			seed: fc.nat({max: seeds.length - 1}),
			mutations: fc.array(fc.oneof(
				fc.record({kind: fc.constant('truncate' as const), at: fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true})}),
				fc.record({kind: fc.constant('flip' as const), at: fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true}), bits: fc.integer({min: 1, max: 255})}),
			), {minLength: 1, maxLength: 6}),
		});
		await fc.assert(fc.asyncProperty(damage, async ({seed, mutations}) => {
			await runPipeline(mutateFeed(seeds[seed]!.text, mutations), false);
		}), {seed: 555, numRuns: Number(process.env.FUZZ_RUNS_BYTES ?? 15_000)});
	}, 120_000);

	test('whole mutated fixtures (not cut down) survive too', async () => {
		const whole = loadSeedFeeds(10_000);
		await fc.assert(fc.asyncProperty(mutantArbitrary(whole.length), async ({seed, mutations}) => {
			await runPipeline(mutateFeed(whole[seed]!.text, mutations), false);
		}), {seed: 99, numRuns: Number(process.env.FUZZ_RUNS_WHOLE ?? 150)});
	}, 120_000);

	test('summary', () => {
		// Many mutants must still parse and reach analysis, else the fuzzing would only exercise the error path.
		expect(fuzzCounts.parsed).toBeGreaterThan(3000);
		expect(fuzzCounts.analyzed).toBeGreaterThan(250);
		console.info(`fuzz-pipeline: ${fuzzCounts.parsed + fuzzCounts.rejected} mutants: ${fuzzCounts.parsed} parsed (${fuzzCounts.analyzed} through analysis and briefing), ${fuzzCounts.rejected} rejected with a ParseError`);
	});
});
