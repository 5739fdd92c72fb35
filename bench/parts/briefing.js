// The analysis part: the whole briefing (quotes + topics + stories) for 10,000 articles, and the update after 100 new ones.

import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {generateBenchArticles, seedHome} from '../app/seed-home.js';
import {median, round} from '../lib/stats.js';
import {benchDir, benchOutDir, repoRoot} from '../lib/paths.js';

const importDist = (distDir, file) => import(pathToFileURL(path.join(distDir, file)).href);
const fullTarget = 10_000;
const incrementalTarget = 300;

function time(work) {
	const started = performance.now();
	const result = work();
	return [result, performance.now() - started];
}

/** The analysis engineer's breakdown (bench/analysis.ts), compiled as its own bench/analysis.js does. */
async function breakdownFromAnalysisBench(count, runs, log) {
	const config = path.join(benchDir, 'analysis.tsconfig.json');
	if (!existsSync(config)) return undefined;
	try {
		execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], {stdio: 'pipe'});
	} catch {
		// tsc still emits JavaScript when files elsewhere have type errors.
	}
	const compiled = path.join(benchOutDir, 'analysis', 'bench', 'analysis.js');
	if (!existsSync(compiled)) return undefined;
	const module = await import(pathToFileURL(compiled).href);
	if (typeof module.runAnalysisBench !== 'function') return undefined;
	log('  running bench/analysis.ts (topics, features, clustering breakdown)');
	return module.runAnalysisBench(repoRoot, count, runs);
}

/**
 * How far an incrementally updated briefing's stories are from a batch run's: identical stories, and the
 * B-cubed F1 of the update against the batch (`bcubed` from dist/eval/bcubed.js).
 */
function storyAgreement(incremental, batch, bcubed) {
	const groups = (briefing) => briefing.topics.flatMap((topic) => topic.stories).map((story) => story.articles.map((article) => article.id).sort());
	const labels = (list) => new Map(list.flatMap((ids, index) => ids.map((id) => [id, String(index)])));
	const a = groups(incremental);
	const b = groups(batch);
	const batchKeys = new Set(b.map((ids) => ids.join(' ')));
	const identical = a.filter((ids) => batchKeys.has(ids.join(' '))).length;
	return {identicalShare: round(identical / b.length, 4), stories: b.length, bcubedF1: round(bcubed(labels(b), labels(a)).f1, 4)};
}

/**
 * Times the briefing the app builds (`briefingFromStore`, dist/briefing/from-store.js: quotes, topics,
 * stories, with the store's per-article analysis cache) over a store of `count` generated articles:
 * first with an empty cache (everything analysed), then after 100 newer articles are committed to
 * the store, as after a refresh (the cache holds the first 10,000).
 */
export async function runBriefingBench({runs = 3, articles: count = 10_000, log = console.log} = {}) {
	const cli = path.resolve(process.env.LAGEBILD_BENCH_CLI ?? path.join(repoRoot, 'dist', 'cli.js'));
	const distDir = path.dirname(cli);
	const record = {part: 'analysis', loadBefore: os.loadavg().map((value) => round(value, 2)), articles: count, runs, errors: []};
	if (!existsSync(path.join(distDir, 'briefing', 'from-store.js'))) {
		record.errors.push('dist/briefing/from-store.js is missing: run `npm run build` first');
		return finish(record);
	}
	const {briefingFromStore, BriefingSessions} = await importDist(distDir, 'briefing/from-store.js');
	const {defaultTopics} = await importDist(distDir, 'config/default-topics.js');
	const {defaultSettings} = await importDist(distDir, 'model/feed.js');
	const {ArticleStore} = await importDist(distDir, 'store/article-store.js');
	const {bcubed} = await importDist(distDir, 'eval/bcubed.js');
	const topics = defaultTopics();
	log(`generating ${count + 100} articles with bench/generate-articles.ts`);
	const all = await generateBenchArticles(count + 100);
	all.sort((a, b) => Date.parse(a.published) - Date.parse(b.published));
	const base = all.slice(0, count);
	const fresh = all.slice(count).map((article) => ({...article, feedUrl: 'https://refresh.bench.invalid/feed', feedTitle: 'Refresh'}));
	const now = new Date(Date.parse(all.at(-1).published) + 60_000);
	const workDir = mkdtempSync(path.join(os.tmpdir(), 'lagebild-bench-analysis-'));
	const full = [];
	const fullCpu = [];
	const fullWrites = [];
	const incremental = [];
	const updates = [];
	const snapshotWrites = [];
	const agreements = [];
	const noQuotes = [];
	let stories = 0;
	let quotes = 0;
	try {
		for (let run = 0; run < runs; run++) {
			const home = path.join(workDir, `home-${run}`);
			await seedHome(home, base, {cli});
			const store = new ArticleStore(path.join(home, 'lagebild.db'));
			try {
				const options = {topics, settings: defaultSettings, since: 'all', now};
				// The sessions object is what the app's briefing worker keeps between refreshes; like the worker, the
				// first build answers before it writes the snapshot and session state for the next start (timed apart).
				const sessions = new BriefingSessions();
				sessions.deferSnapshots = true;
				const cpuBefore = process.cpuUsage();
				const [briefing, fullMs] = time(() => briefingFromStore(store, options, sessions));
				const cpu = process.cpuUsage(cpuBefore);
				fullCpu.push((cpu.user + cpu.system) / 1000);
				const [, fullWriteMs] = time(() => sessions.writeSnapshot());
				fullWrites.push(fullWriteMs);
				full.push(fullMs);
				const storyList = briefing.topics.flatMap((topic) => topic.stories);
				stories = new Set(storyList.map((story) => story.id)).size;
				quotes = storyList.reduce((sum, story) => sum + story.quotes.length, 0);
				const stamp = new Date().toISOString();
				store.commitFeed({url: fresh[0].feedUrl, status: 'ok', error: '', lastFetch: stamp, lastSuccess: stamp, etag: null, lastModified: null, articleCount: fresh.length}, fresh);
				sessions.takeLastUpdate();
				// As in the app's worker: the briefing is answered first, its snapshot written afterwards (timed apart).
				sessions.deferSnapshots = true;
				const [updated, updateMs] = time(() => briefingFromStore(store, options, sessions));
				const [, snapshotWriteMs] = time(() => sessions.writeSnapshot());
				snapshotWrites.push(snapshotWriteMs);
				const update = sessions.takeLastUpdate();
				if (!update || update.rebuilt || update.added !== fresh.length) record.errors.push(`run ${run + 1}: the update after the refresh was not incremental (${JSON.stringify(update)})`);
				incremental.push(updateMs);
				updates.push(update);
				const [batch, bareMs] = time(() => briefingFromStore(store, {...options, quotes: false, cache: false}));
				noQuotes.push(bareMs);
				// Clustering does not depend on quotes: the batch run's stories are what the update should have made.
				agreements.push(storyAgreement(updated, batch, bcubed));
				log(`  run ${run + 1}: full ${Math.round(fullMs)} ms (CPU ${Math.round(fullCpu.at(-1))} ms; + ${Math.round(fullWriteMs)} ms writing its snapshot afterwards), after +100 ${Math.round(updateMs)} ms (+ ${Math.round(snapshotWriteMs)} ms writing the snapshot afterwards), without quotes or cache ${Math.round(bareMs)} ms`);
			} finally {
				store.close();
				rmSync(home, {recursive: true, force: true});
			}
		}
	} finally {
		rmSync(workDir, {recursive: true, force: true});
	}
	Object.assign(record, {
		fullMs: full.map((value) => round(value)),
		fullCpuMs: fullCpu.map((value) => round(value)),
		fullWriteMs: fullWrites.map((value) => round(value)),
		incrementalMs: incremental.map((value) => round(value)),
		incrementalUpdates: updates,
		snapshotWriteMs: snapshotWrites.map((value) => round(value)),
		batchAgreement: agreements,
		noQuotesMs: noQuotes.map((value) => round(value)),
		stories,
		quotes,
		// The default window would only take the last 48 h; the bench asks for all 10,000.
		window: 'since: all',
	});
	try {
		record.breakdown = await breakdownFromAnalysisBench(count, 1, log);
	} catch (error) {
		record.errors.push(`bench/analysis.ts: ${error.message}`);
	}
	record.loadAfter = os.loadavg().map((value) => round(value, 2));
	return finish(record);
}

/** The rows and text of a record (exported so a stored record can be rendered again after the report changes). */
export function finish(record) {
	const fmt = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—');
	const fullMedian = median(record.fullMs ?? []);
	const incrementalMedian = median(record.incrementalMs ?? []);
	const met = (value, target) => (Number.isFinite(value) ? value <= target : undefined);
	record.rows = [
		{measure: `Analysis: quotes + topics + stories for ${record.articles.toLocaleString('en-US')} articles (briefingFromStore, empty analysis cache, median of ${record.runs}${record.fullWriteMs ? '; answered before the snapshot is written, as in the app' : ''})`, lagebild: fmt(fullMedian), target: '≤ 10 s', met: met(fullMedian, fullTarget)},
		{measure: 'Analysis: briefing after a refresh of 100 new articles (the session of the 10,000 kept, as the briefing worker of the app keeps it: 100 articles read, analysed and clustered, changed stories rebuilt)', lagebild: fmt(incrementalMedian), target: `≤ ${incrementalTarget} ms`, met: met(incrementalMedian, incrementalTarget)},
	];
	const lines = [];
	if (record.loadBefore) lines.push(`Load average before/after: ${record.loadBefore.join(' ')} / ${record.loadAfter?.join(' ') ?? '?'}.`, '');
	if (record.fullMs) {
		lines.push(
			`Input: ${record.articles.toLocaleString('en-US')} articles from bench/generate-articles.ts (the fixture feeds and feeds/snapshots, events reported by 1–6 outlets over 7 days) in a real store (ArticleStore), plus the 100 newest held back and committed afterwards as "the refresh". Timed: \`briefingFromStore\` from dist/briefing/from-store.js — what the app's StoreServices call — with the default topics and \`${record.window}\`: quote engine on every article, topic scores, story clustering, summaries, with the store's per-article analysis cache (empty on the first build). Like the app's briefing worker (\`deferSnapshots\`), the full build answers before it writes the snapshot and session state for the next start; the write is timed apart. The update after the refresh passes the \`BriefingSessions\` the first build filled, as the app's briefing worker does: only the 100 new articles are read, analysed and clustered, and only changed stories rebuilt. In-process timings (no process start).`,
			'',
			'| run | full (empty cache) | its CPU (user + sys, all threads) | then writing its snapshot and session state | after +100 (cache warm) | 10,100 without quotes and without cache |',
			'| --- | --- | --- | --- | --- | --- |',
			...record.fullMs.map((value, index) => `| ${index + 1} | ${fmt(value)} | ${fmt(record.fullCpuMs?.[index])} | ${fmt(record.fullWriteMs?.[index])} | ${fmt(record.incrementalMs[index])} | ${fmt(record.noQuotesMs[index])} |`),
			'',
			`Stories: ${record.stories.toLocaleString('en-US')}, quotes shown in them: ${record.quotes.toLocaleString('en-US')}.`,
			...(record.snapshotWriteMs ? ['', `After the update the worker writes the briefing's snapshot for the next start (not in the figure above, the app has its briefing by then): ${record.snapshotWriteMs.map(fmt).join(', ')}. Updates: ${JSON.stringify(record.incrementalUpdates)}.`] : []),
			...(record.batchAgreement ? ['', `The updated stories against a batch run over the same 10,100 articles (the incremental path keeps older similarities and re-clusters only around the change; the session clusters everything afresh once 5 % of the window changed): ${[...new Set(record.batchAgreement.map((entry) => `${(100 * entry.identicalShare).toFixed(2)} % of ${entry.stories.toLocaleString('en-US')} stories identical, B-cubed F1 ${entry.bcubedF1}`))].join('; ')} (${record.batchAgreement.length === 1 ? 'one run' : `each of ${record.batchAgreement.length} runs`}).`] : []),
		);
	}
	const breakdown = record.breakdown;
	if (breakdown) {
		lines.push(
			'',
			`From bench/analysis.ts (its own generated set, seed 7, no quote engine): whole briefing ${fmt(median(breakdown.briefingMs))}, topic scoring ${fmt(breakdown.topicsMs)}, clustering features ${fmt(breakdown.featuresMs)}, clustering ${fmt(breakdown.clusteringMs)} (${breakdown.candidatePairs.toLocaleString('en-US')} candidate pairs), clustering 100 new articles onto the rest ${fmt(breakdown.incrementalMs)}; ${breakdown.stories.toLocaleString('en-US')} stories.`,
		);
	}
	if (record.errors.length) lines.push('', ...record.errors.map((error) => `- problem: ${error}`));
	record.details = lines.join('\n');
	record.commands = ['node bench/run.js analysis   (in-process: briefingFromStore from dist/ over a seeded store; bench/analysis.ts for the breakdown)'];
	return record;
}
