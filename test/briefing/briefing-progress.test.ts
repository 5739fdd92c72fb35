// A briefing computation's progress: from the session (each article, each phase) and from the briefing worker (built dist/, real thread).

import {beforeAll, describe, expect, it} from 'vitest';
import {generateArticles, loadFixtureArticles} from '../../bench/generate-articles.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {BriefingSession} from '../../source/briefing/session.js';
import type {Article} from '../../source/model/article.js';
import type {BriefingPhase, BriefingProgress} from '../../source/model/briefing-progress.js';
import {defaultSettings} from '../../source/model/feed.js';
import {generatorSources} from '../helpers/fixture-articles.js';
import {isBuilt, loadBuilt} from '../helpers/built-dist.js';
import {builtStoreWith} from '../helpers/built-store.js';

type BackgroundModule = typeof import('../../source/briefing/background.js');

const topics = defaultTopics();
const count = 300;
let articles: Article[];

beforeAll(async () => {
	const sources = await loadFixtureArticles(generatorSources);
	articles = generateArticles(sources, count, {seed: 17, end: '2026-11-20T12:00:00.000Z', days: 7});
});

const phases: BriefingPhase[] = ['analysing', 'clustering', 'stories'];

/** Checks the reports come phase after phase, each one's count never falling, and returns the last report of each phase. */
function lastOfEachPhase(reports: readonly BriefingProgress[]): Map<BriefingPhase, BriefingProgress> {
	const last = new Map<BriefingPhase, BriefingProgress>();
	let previous: BriefingProgress | undefined;
	for (const report of reports) {
		expect(report.done).toBeGreaterThanOrEqual(0);
		expect(report.done).toBeLessThanOrEqual(report.total);
		if (previous?.phase === report.phase) {
			expect(report.done).toBeGreaterThanOrEqual(previous.done);
			expect(report.total).toBe(previous.total);
		} else if (previous) {
			expect(phases.indexOf(report.phase)).toBeGreaterThan(phases.indexOf(previous.phase));
		}
		last.set(report.phase, report);
		previous = report;
	}
	return last;
}

describe('a session update\'s progress', () => {
	it('counts every entering article, then clusters, then builds every story; an update with nothing new builds none', () => {
		const session = new BriefingSession({topics, since: 'all'});
		const byUid = new Map(articles.map((article) => [article.uid, article]));
		const load = (uids: string[]) => uids.map((uid) => byUid.get(uid)!);
		const reports: BriefingProgress[] = [];
		const stats = session.update(articles, load, (progress) => reports.push({...progress}));
		const last = lastOfEachPhase(reports);
		expect(stats.rebuilt).toBe(true);
		// Every article entered the window ("all") and was analysed, one report each (plus the start of the phase).
		expect(last.get('analysing')).toEqual({phase: 'analysing', done: count, total: count});
		expect(reports.filter((report) => report.phase === 'analysing').length).toBeGreaterThan(count);
		expect(last.get('clustering')?.total).toBe(count);
		expect(last.get('stories')?.done).toBe(stats.storiesBuilt);
		expect(stats.storiesBuilt).toBeGreaterThan(10);

		const again: BriefingProgress[] = [];
		session.update(articles, load, (progress) => again.push({...progress}));
		expect(again).toEqual([{phase: 'analysing', done: 0, total: 0}]);
	});
});

const built = isBuilt('briefing/briefing-worker.js');
const store = builtStoreWith('lagebild-progress-', () => articles, built);

describe.skipIf(!built)('the briefing worker\'s progress replies (built dist)', () => {
	const options = {topics, settings: defaultSettings, since: 'all', now: new Date('2026-11-20T12:05:00.000Z')};

	it('reports a computation from scratch rising to its total, before the briefing; a caller without a listener gets the same briefing', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		// No throttle, so every report crosses the thread (the app's 150 ms would leave a quick computation silent).
		const worker = new background.BriefingWorker({progressMs: 0});
		const reports: BriefingProgress[] = [];
		let answered = false;
		try {
			const {briefing} = await worker.compute(store.file(), options, (progress) => {
				expect(answered).toBe(false);
				reports.push(progress);
			});
			answered = true;
			const last = lastOfEachPhase(reports);
			expect(last.get('analysing')).toEqual({phase: 'analysing', done: count, total: count});
			expect(last.get('clustering')?.total).toBe(count);
			const stories = last.get('stories')!;
			expect(stories.done).toBe(stories.total);
			expect(stories.total).toBeGreaterThan(10);
			// The rise was seen, not only its end.
			expect(new Set(reports.filter((report) => report.phase === 'analysing').map((report) => report.done)).size).toBeGreaterThan(10);
			expect(briefing.topics.flatMap((topic) => topic.stories).length).toBeGreaterThan(0);

			// The worker stopped after the computation from scratch (release); a fresh one over the session the store kept.
			expect(worker.running).toBe(false);
			const quiet = new background.BriefingWorker();
			try {
				const again = await quiet.compute(store.file(), options);
				expect(again.briefing.topics).toEqual(briefing.topics);
			} finally {
				await quiet.close();
			}
		} finally {
			await worker.close();
		}
	}, 120_000);

	it('sends nothing before its interval: a throttle longer than the computation leaves the listener silent', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		const worker = new background.BriefingWorker({progressMs: 600_000});
		const reports: BriefingProgress[] = [];
		try {
			await worker.compute(store.file(), {...options, since: '7d'}, (progress) => reports.push(progress));
			expect(reports).toEqual([]);
		} finally {
			await worker.close();
		}
	}, 120_000);
});
