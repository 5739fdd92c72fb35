// The briefing worker's memory limit (built dist/, as the app runs it): a worker that runs out of it is replaced and the briefing still comes; out of memory again, it is reported.

import {describe, expect, it} from 'vitest';
import {generateArticles, loadFixtureArticles} from '../../bench/generate-articles.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {defaultSettings} from '../../source/model/feed.js';
import {generatorSources} from '../helpers/fixture-articles.js';
import {isBuilt, loadBuilt} from '../helpers/built-dist.js';
import {builtStoreWith} from '../helpers/built-store.js';

type BackgroundModule = typeof import('../../source/briefing/background.js');
type FromStoreModule = typeof import('../../source/briefing/from-store.js');
type StoreModule = typeof import('../../source/store/article-store.js');

const built = isBuilt('briefing/briefing-worker.js');
const options = {topics: defaultTopics(), settings: defaultSettings, since: 'all', now: new Date('2026-11-20T12:05:00.000Z')};
const stored = builtStoreWith('lagebild-worker-memory-', async () => generateArticles(await loadFixtureArticles(generatorSources), 500, {seed: 5, end: '2026-11-20T12:00:00.000Z', days: 7}), built);

describe.skipIf(!built)('briefing worker memory limit (built dist)', () => {
	it('replaces a worker that runs out of its old generation by one without the limit, which computes the briefing', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		const {briefingFromStore} = await loadBuilt<FromStoreModule>('briefing/from-store.js');
		const {ArticleStore} = await loadBuilt<StoreModule>('store/article-store.js');
		// 8 MB hold less than the analysis code and 500 articles need: this worker cannot finish.
		const worker = new background.BriefingWorker({oldGenerationMb: 8});
		try {
			expect(worker.oldGenerationMb).toBe(8);
			const {briefing} = await worker.compute(stored.file(), options);
			// The limit is gone for this worker and those after it.
			expect(worker.oldGenerationMb).toBe(0);
			const store = new ArticleStore(stored.file());
			try {
				const fresh = briefingFromStore(store, {...options, cache: false});
				expect(briefing.topics.flatMap((topic) => topic.stories).length).toBeGreaterThan(20);
				expect(briefing).toEqual(fresh);
			} finally {
				store.close();
			}
		} finally {
			await worker.close();
		}
	}, 120_000);

	it('reports running out of memory when the replacement runs out too, instead of hanging', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		const worker = new background.BriefingWorker({oldGenerationMb: 8, retryOldGenerationMb: 9});
		try {
			// Without the cache: the snapshot the first test left would answer without computing.
			const failure = await worker.compute(stored.file(), {...options, cache: false}).then(
				() => undefined,
				(error: unknown) => error,
			);
			expect(failure).toBeInstanceOf(Error);
			expect(background.isOutOfMemory(failure)).toBe(true);
			expect(background.isOutOfMemory(new Error('the briefing worker stopped'))).toBe(false);
			expect(worker.running).toBe(false);
		} finally {
			await worker.close();
		}
	}, 120_000);
});
