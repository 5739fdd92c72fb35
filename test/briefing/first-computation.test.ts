// The app's first computation and its memory: garbage collected between the phases of a large update, the worker
// stopped once it answered a computation from scratch, the analysis in one thread — each giving the same briefing.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import {beforeAll, describe, expect, it} from 'vitest';
import {generateArticles, loadFixtureArticles} from '../../bench/generate-articles.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {garbageCollector} from '../../source/briefing/collect-garbage.js';
import {memoryAnalysisCache} from '../../source/briefing/analysis-cache.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import {BriefingSession, pendingBatchArticles, pendingSettleArticles, type SessionOptions} from '../../source/briefing/session.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {defaultSettings} from '../../source/model/feed.js';
import {commitByFeed, okState} from '../store/make-article.js';
import {generatorSources} from '../helpers/fixture-articles.js';
import {isBuilt, loadBuilt} from '../helpers/built-dist.js';
import {builtStoreWith} from '../helpers/built-store.js';

type BackgroundModule = typeof import('../../source/briefing/background.js');
type FromStoreModule = typeof import('../../source/briefing/from-store.js');
type SnapshotModule = typeof import('../../source/briefing/snapshot.js');
type StoreModule = typeof import('../../source/store/article-store.js');

const topics = defaultTopics();
let generated: Article[];

beforeAll(async () => {
	const sources = await loadFixtureArticles(generatorSources);
	generated = generateArticles(sources, 1_500, {seed: 11, end: '2026-11-20T12:00:00.000Z', days: 7});
});

function stories(briefing: Briefing): Story[] {
	return briefing.topics.flatMap((topic) => topic.stories);
}

function update(session: BriefingSession, articles: readonly Article[]) {
	const byUid = new Map(articles.map((article) => [article.uid, article]));
	return session.update(articles, (uids) => uids.map((uid) => byUid.get(uid)!));
}

describe('garbage collection between the phases of an update (SessionOptions.settle)', () => {
	it('gives V8\'s gc without leaving it exposed to other contexts', () => {
		const gc = garbageCollector();
		expect(gc).toBeTypeOf('function');
		gc!();
		// The flag was set only for the context it was taken from.
		expect(vm.runInNewContext('typeof gc')).toBe('undefined');
	});

	it('is called between the phases of a large update, not for a small one, and changes nothing in the briefing', () => {
		const older = generated.slice(0, 1_450);
		const options: SessionOptions = {topics, since: 'all'};
		let settled = 0;
		const withSettle = new BriefingSession({...options, settle: () => settled++});
		const without = new BriefingSession(options);
		expect(update(withSettle, older).rebuilt).toBe(true);
		update(without, older);
		// Two read windows, the clustering, and at least one window of stories.
		expect(settled).toBeGreaterThanOrEqual(4);
		expect(withSettle.snapshot(new Date(0))).toEqual(without.snapshot(new Date(0)));

		const before = settled;
		const stats = update(withSettle, generated);
		update(without, generated);
		expect(stats.added).toBe(50);
		expect(settled).toBe(before);
		expect(withSettle.snapshot(new Date(0))).toEqual(without.snapshot(new Date(0)));
	});
});

describe('garbage collection in the quote pass of an early briefing (completePending)', () => {
	it('settles once every pendingSettleArticles articles whose quotes it read, and completes to the same briefing', () => {
		const articles = generated.slice(0, 1_200);
		const load = (uids: string[]) => {
			const byUid = new Map(articles.map((article) => [article.uid, article]));
			return uids.flatMap((uid) => (byUid.has(uid) ? [byUid.get(uid)!] : []));
		};
		const options: SessionOptions = {topics, since: 'all', quoteAnalysis: quoteAnalysisOf};
		let settled = 0;
		const quick = new BriefingSession({...options, cache: memoryAnalysisCache(), settle: () => settled++});
		quick.update(articles, load, undefined, {deferQuotesFrom: 100});
		const pending = quick.pending;
		expect(pending).toBe(articles.length);
		const beforePass = settled;
		quick.completePending(load, []);
		// Batches of stories hold about pendingBatchArticles articles (one story may hold more): a settle after each
		// pendingSettleArticles to pendingSettleArticles + a batch's worth (1,000 articles each settled only twice before).
		expect(settled - beforePass).toBeGreaterThanOrEqual(Math.floor(pending / (pendingSettleArticles + 2 * pendingBatchArticles)));
		expect(settled - beforePass).toBeLessThanOrEqual(Math.floor(pending / pendingSettleArticles));
		const full = new BriefingSession({...options, cache: memoryAnalysisCache()});
		full.update(articles, load);
		expect(quick.snapshot(new Date(0))).toEqual(full.snapshot(new Date(0)));
	}, 120_000);
});

describe('the session state in the store, in parts', () => {
	it('is restored from its four parts written in small pieces, and not from parts or pieces of two different writes', async () => {
		const {ArticleStore} = await import('../../source/store/article-store.js');
		const {BriefingSessions, briefingFromStore} = await import('../../source/briefing/from-store.js');
		const home = mkdtempSync(path.join(tmpdir(), 'lagebild-session-parts-'));
		const store = new ArticleStore(path.join(home, 'lagebild.db'));
		try {
			commitByFeed(store, generated.slice(0, 300));
			const options = {topics, settings: defaultSettings, since: 'all', quotes: false, now: new Date('2026-11-20T12:05:00.000Z')};
			const writer = new BriefingSessions({pool: false});
			briefingFromStore(store, options, writer);
			const written = writer.sessionFor(store, options).session.snapshot(new Date(0));
			const rows = store.db.prepare(`SELECT name, input_key AS key, length(result) AS bytes FROM briefing_snapshot WHERE name LIKE 'session:%' ORDER BY name`).all() as Array<{name: string; key: string; bytes: number}>;
			const parts = rows.filter((row) => !row.name.includes('~'));
			expect(parts.map((row) => row.name.replace(/^[^#]*/, ''))).toEqual(['', '#1', '#2', '#3']);
			// Each part's large collections are in pieces of their own rows, none of them a large buffer.
			for (const part of parts) expect(rows.filter((row) => row.name.startsWith(`${part.name}~`)).length, part.name).toBeGreaterThan(1);
			expect(Math.max(...rows.map((row) => row.bytes))).toBeLessThan(128 * 1024);
			const restored = new BriefingSessions().sessionFor(store, options);
			expect(restored.restored).toBe(true);
			expect(written.stories.length).toBeGreaterThan(20);
			expect(restored.session.snapshot(new Date(0))).toEqual(written);

			// Pieces beyond a part's count, left by an earlier and longer write, go with the next write of that part.
			const stale = `${parts[2]!.name}~9999`;
			store.putSnapshotBytes(stale, parts[2]!.key, v8.serialize({generation: 'an older write', items: []}));
			commitByFeed(store, generated.slice(300, 340));
			briefingFromStore(store, options, writer);
			expect(store.db.prepare('SELECT count(*) FROM briefing_snapshot WHERE name = ?').pluck().get(stale)).toBe(0);
			const after = store.db.prepare(`SELECT name FROM briefing_snapshot WHERE name LIKE 'session:%~%'`).pluck().all() as string[];
			expect(after.length).toBeGreaterThan(4);

			// A part's first row, or one piece, from another write (as an interrupted one leaves): nothing is put together.
			for (const row of [parts[2]!, rows.find((other) => other.name.endsWith('#3~2'))!]) {
				const bytes = store.getSnapshotBytes(row.name, row.key)!;
				const other = v8.deserialize(bytes) as {generation: string};
				store.putSnapshotBytes(row.name, row.key, v8.serialize({...other, generation: 'another write'}));
				expect(new BriefingSessions().sessionFor(store, options).restored, row.name).toBe(false);
				store.putSnapshotBytes(row.name, row.key, bytes);
				expect(new BriefingSessions().sessionFor(store, options).restored).toBe(true);
			}
		} finally {
			store.close();
			rmSync(home, {recursive: true, force: true});
		}
	});
});

const built = isBuilt('briefing/briefing-worker.js');
const options = {topics, settings: defaultSettings, since: 'all', now: new Date('2026-11-20T12:05:00.000Z')};

describe.skipIf(!built)('the briefing worker\'s first computation (built dist)', () => {
	const stored = builtStoreWith('lagebild-first-computation-', () => generated.slice(0, 1_200));

	it('computes in one thread with collections between phases what two threads compute without them', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		const lean = new background.BriefingWorker({helper: false, collectGarbage: true});
		const wide = new background.BriefingWorker({helper: true, collectGarbage: false});
		try {
			// Without the store's caches, so both compute every analysis and the snapshot cannot answer.
			const one = await lean.compute(stored.file(), {...options, cache: false});
			const two = await wide.compute(stored.file(), {...options, cache: false});
			expect(stories(one.briefing).length).toBeGreaterThan(50);
			expect(one.briefing).toEqual(two.briefing);
		} finally {
			await lean.close();
			await wide.close();
		}
	}, 180_000);

	it('stops the worker once it answered a computation from scratch, with snapshot and session written; the next continues from them', async () => {
		const background = await loadBuilt<BackgroundModule>('briefing/background.js');
		const {briefingFromStore} = await loadBuilt<FromStoreModule>('briefing/from-store.js');
		const {isSnapshotFresh} = await loadBuilt<SnapshotModule>('briefing/snapshot.js');
		const {ArticleStore} = await loadBuilt<StoreModule>('store/article-store.js');
		const worker = new background.BriefingWorker();
		const store = new ArticleStore(stored.file());
		try {
			const first = await worker.compute(stored.file(), options);
			expect(first.incremental).toBe(false);
			// Gone before the answer arrived, its snapshot already stored.
			expect(worker.running).toBe(false);
			expect(isSnapshotFresh(store, options)).toBe(true);
			expect(first.briefing).toEqual(briefingFromStore(store, {...options, cache: false}));

			const feed = 'https://first-computation.example.org/feed';
			store.commitFeed(okState(feed), generated.slice(1_200, 1_230).map((article) => ({...article, feedUrl: feed, feedTitle: 'Later Outlet'})));
			const after = await worker.compute(stored.file(), options);
			// A new worker, continuing from the stored session: only the 30 new articles were clustered.
			expect(after.incremental).toBe(true);
			expect(worker.running).toBe(true);
			const ids = stories(after.briefing).flatMap((story) => story.articles.map((ref) => ref.id));
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).toEqual(expect.arrayContaining(generated.slice(1_200, 1_230).map((article) => article.uid)));
		} finally {
			store.close();
			await worker.close();
		}
	}, 180_000);
});
