// The background threads' lowered scheduling priority: worker threads take it (the briefing worker once its early briefing is out), the main thread never does.

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {Worker} from 'node:worker_threads';
import {beforeAll, describe, expect, it} from 'vitest';
import {generateArticles, loadFixtureArticles} from '../../bench/generate-articles.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {currentThreadNice, lowerThreadPriority} from '../../source/briefing/thread-priority.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing} from '../../source/model/briefing.js';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import {defaultSettings} from '../../source/model/feed.js';
import {builtUrl, isBuilt, loadBuilt} from '../helpers/built-dist.js';
import {builtStoreWith} from '../helpers/built-store.js';
import {generatorSources} from '../helpers/fixture-articles.js';

type BackgroundModule = typeof import('../../source/briefing/background.js');
type PriorityModule = typeof import('../../source/briefing/thread-priority.js');

const linux = existsSync('/proc/thread-self');

/** The nice value of each thread of this process, by thread id, as the kernel reports it (/proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
	const nices = new Map<number, number>();
	for (const tid of readdirSync('/proc/self/task')) {
		try {
			const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
			// Field 19 of stat; the 17th after the command name's closing parenthesis.
			nices.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
		} catch {
			// The thread ended between the listing and the read.
		}
	}
	return nices;
}

/** The ids of this process's threads at `nice`. */
function threadsAt(nice: number): number[] {
	return [...threadNices()].filter(([, value]) => value === nice).map(([tid]) => tid);
}

describe('lowerThreadPriority on the main thread', () => {
	it('leaves it alone: it returns nothing and the kernel still reports the thread\'s own nice value', () => {
		const before = linux ? threadNices().get(process.pid) : undefined;
		expect(lowerThreadPriority(7)).toBeUndefined();
		expect(lowerThreadPriority()).toBeUndefined();
		expect(currentThreadNice()).toBeUndefined();
		if (linux) expect(threadNices().get(process.pid)).toBe(before);
	});
});

const builtPriority = isBuilt('briefing/thread-priority.js') && isBuilt('briefing/analysis-pool.js');

describe.skipIf(!linux || !builtPriority)('lowerThreadPriority in a worker thread (built dist)', () => {
	it('renices that thread only, never back up; a thread it starts and the analysis helper run at its value; a thread the system does not know is refused quietly', async () => {
		// The worker reports, then waits for 'close' so the main thread can read the kernel's view of it and its helpers.
		const code = `
			const {parentPort} = require('node:worker_threads');
			const {Worker} = require('node:worker_threads');
			(async () => {
				const priority = await import(${JSON.stringify(builtUrl('briefing/thread-priority.js').href)});
				const pool = await import(${JSON.stringify(builtUrl('briefing/analysis-pool.js').href)});
				const tid = priority.currentThreadId();
				const before = priority.currentThreadNice();
				const lowered = priority.lowerThreadPriority(7);
				const notRaised = priority.lowerThreadPriority(3);
				const zero = priority.lowerThreadPriority(0);
				const unknown = priority.lowerThreadPriority(9, 2 ** 31 - 1);
				const after = priority.currentThreadNice();
				// A plain thread started from here, and the analysis pool's helper.
				const child = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8'))", {eval: true});
				const childStat = await new Promise((resolve) => child.once('message', resolve));
				await child.terminate();
				const analyzer = pool.articleAnalyzer(1000, {topics: [], quotes: false}, {minArticles: 0});
				parentPort.postMessage({tid, before, lowered, notRaised, zero, unknown, after, childStat, parallel: analyzer.parallel});
				parentPort.once('message', () => {
					analyzer.close();
					parentPort.postMessage('closed');
				});
			})();
		`;
		const worker = new Worker(code, {eval: true});
		try {
			const report = await new Promise<{tid: number; before: number; lowered: number; notRaised: number; zero: unknown; unknown: unknown; after: number; childStat: string; parallel: boolean}>(
				(resolve, reject) => {
					worker.once('message', resolve);
					worker.once('error', reject);
				},
			);
			expect(report.before).toBe(0);
			expect(report.lowered).toBe(7);
			expect(report.notRaised).toBe(7);
			expect(report.zero).toBeUndefined();
			expect(report.unknown).toBeUndefined();
			expect(report.after).toBe(7);
			expect(report.tid).not.toBe(process.pid);
			// The kernel's view: the worker at 7, the main thread as it was.
			expect(threadNices().get(report.tid)).toBe(7);
			expect(threadNices().get(process.pid)).toBe(0);
			expect(Number(report.childStat.slice(report.childStat.lastIndexOf(')') + 2).split(' ')[16])).toBe(7);
			// The worker and the analysis helper it started (the child has ended).
			expect(report.parallel).toBe(true);
			let atSeven = threadsAt(7);
			for (let wait = 0; wait < 100 && atSeven.length < 2; wait++) {
				await new Promise((resolve) => setTimeout(resolve, 20));
				atSeven = threadsAt(7);
			}
			expect(atSeven).toContain(report.tid);
			expect(atSeven.length).toBe(2);
			worker.postMessage('close');
			await new Promise((resolve) => worker.once('message', resolve));
		} finally {
			await worker.terminate();
		}
	}, 60_000);
});

const topics = defaultTopics();
let articles: Article[];

beforeAll(async () => {
	const sources = await loadFixtureArticles(generatorSources);
	articles = generateArticles(sources, 500, {seed: 23, end: '2026-11-20T12:00:00.000Z', days: 7});
});

const builtWorker = isBuilt('briefing/briefing-worker.js');
const lowered = builtStoreWith('lagebild-priority-', () => articles, builtWorker && linux);
const slowReports = builtStoreWith('lagebild-quotes-progress-', () => articles, builtWorker);

describe.skipIf(!builtWorker)('the briefing worker during a first launch (built dist, the real worker)', () => {
	const options = {topics, settings: defaultSettings, since: 'all', now: new Date('2026-11-20T12:05:00.000Z')};

	it.skipIf(!linux)('with a nice value asked for: computes the early briefing at normal priority and reads the quotes at that value, the main thread untouched', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		const {backgroundNice: byDefault} = await loadBuilt<PriorityModule>('briefing/thread-priority.js');
		expect(byDefault).toBeGreaterThanOrEqual(0);
		const backgroundNice = 5;
		const worker = new background.BriefingWorker({progressMs: 0, nice: backgroundNice});
		const niceWhileAnalysing: number[][] = [];
		let niceAfterFirst: number[] = [];
		let mainAfterFirst: number | undefined;
		try {
			const {briefing} = await worker.compute(
				lowered.file(),
				options,
				(progress: BriefingProgress) => {
					if (progress.phase === 'analysing' && niceWhileAnalysing.length < 5) niceWhileAnalysing.push(threadsAt(backgroundNice));
				},
				(first: Briefing) => {
					expect(first.topics.flatMap((topic) => topic.stories).every((story) => story.analysing)).toBe(true);
					// The worker lowers itself right after posting this; its quote pass then runs for a while.
					const until = Date.now() + 2000;
					while (niceAfterFirst.length === 0 && Date.now() < until) niceAfterFirst = threadsAt(backgroundNice);
					mainAfterFirst = threadNices().get(process.pid);
				},
			);
			expect(niceWhileAnalysing.length).toBeGreaterThan(0);
			expect(niceWhileAnalysing.every((threads) => threads.length === 0)).toBe(true);
			expect(niceAfterFirst.length).toBe(1);
			expect(niceAfterFirst[0]).not.toBe(process.pid);
			expect(mainAfterFirst).toBe(0);
			expect(briefing.topics.flatMap((topic) => topic.stories).some((story) => story.analysing)).toBe(false);
			expect(threadNices().get(process.pid)).toBe(0);
		} finally {
			await worker.close();
		}
	}, 120_000);

	it('reports the quote pass at most once per quotesProgressMs (its start and its end here), the first pass as often as asked', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		expect(background.quotesProgressInterval).toBeGreaterThan(background.progressInterval);
		const {backgroundNice} = await loadBuilt<PriorityModule>('briefing/thread-priority.js');
		const worker = new background.BriefingWorker({progressMs: 0, quotesProgressMs: 600_000});
		const reports: BriefingProgress[] = [];
		let lowered: number[] = [];
		try {
			await worker.compute(slowReports.file(), options, (progress) => reports.push({...progress}), () => {
				// By default (backgroundNice) the worker keeps its priority, or takes that value, for its quote pass.
				if (!linux) return;
				const until = Date.now() + 200;
				while (Date.now() < until) lowered = [...threadNices().values()].filter((nice) => nice !== 0);
			});
			expect(lowered.every((nice) => nice === backgroundNice)).toBe(true);
			const quotes = reports.filter((report) => report.phase === 'quotes');
			// Every article's analysis was reported in the first pass (no throttle there): the quote pass's interval is its own.
			expect(reports.filter((report) => report.phase === 'analysing').length).toBeGreaterThan(100);
			expect(quotes.length).toBeGreaterThanOrEqual(2);
			expect(quotes.length).toBeLessThanOrEqual(3);
			expect(quotes[0]!.done).toBe(0);
			expect(quotes.at(-1)!.done).toBe(quotes.at(-1)!.total);
			expect(quotes.at(-1)!.total).toBeGreaterThanOrEqual(300);
		} finally {
			await worker.close();
		}
	}, 120_000);
});
