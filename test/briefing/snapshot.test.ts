import {existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {buildBriefing} from '../../source/briefing/build.js';
import {briefingFromStore, snapshotBriefing, type StoreBriefingOptions} from '../../source/briefing/from-store.js';
import {briefingAnalyzer} from '../../source/briefing/analysis-version.js';
import {latestSnapshotBriefing, snapshotName} from '../../source/briefing/snapshot.js';
import {loadSources} from '../../source/feeds/sources.js';
import type {Briefing} from '../../source/model/briefing.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {okState} from '../store/make-article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const devFeeds = path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev', 'googlenews-en-2022-07-28', 'feeds');
const options: StoreBriefingOptions = {topics: defaultTopics(), settings: defaultSettings, quotes: false, now: new Date('2026-01-01T00:00:00Z')};
let dir: string;
let store: ArticleStore;

function stories(briefing: Briefing) {
	return briefing.topics.flatMap((topic) => topic.stories);
}

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-snapshot-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
	await loadSources([devFeeds], defaultSettings, {store});
	// Older reports of the same kind, 3 and 10 days back, so that 24h and 7d windows leave some out.
	const oldFeed = 'https://old.example.org/feed';
	const shifted = store.articles({limit: 90}).map((article, index) => {
		const days = index < 60 ? 3 : 10;
		const published = new Date(Date.parse(article.published) - days * 86_400_000).toISOString();
		return {...article, uid: `old-${index}`, itemId: `old-${index}`, feedUrl: oldFeed, feedTitle: 'Old Outlet', published, fetchedAt: published};
	});
	store.commitFeed(okState(oldFeed), shifted);
});
afterAll(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

describe('briefingFromStore reads only the window', () => {
	it.each([undefined, '24h', '7d', 'all'])('gives the same briefing as building over every stored article (since %s)', (since) => {
		const all = store.articles();
		const read = new Set(all.slice(0, 40).map((article) => article.uid));
		store.markRead([...read]);
		const withSince = since === undefined ? options : {...options, since};
		const fromStore = briefingFromStore(store, {...withSince, cache: false});
		const fromAll = buildBriefing(all, {
			topics: withSince.topics,
			...(since === undefined ? {} : {since}),
			now: options.now!,
			readState: {read},
			cluster: {windowHours: defaultSettings.storyWindowHours},
		});
		expect(fromStore).toEqual(fromAll);
		store.markRead([...read], false);
	});

	it('leaves articles outside a short window unread from disk', () => {
		const total = store.count();
		const briefing = briefingFromStore(store, {...options, since: '24h', cache: false});
		const shown = new Set(stories(briefing).flatMap((story) => story.articles.map((article) => article.id)));
		expect(shown.size).toBeGreaterThan(0);
		expect(shown.size).toBeLessThan(total);
	});
});

describe('story summaries kept in the store', () => {
	it('are reused only while the headline and every summarized report are unchanged', () => {
		const first = briefingFromStore(store, options);
		const cached = store.db.prepare(`SELECT count(*) AS n FROM analysis_cache WHERE analyzer = 'story-summary-v2'`).get() as {n: number};
		expect(cached.n).toBe(new Set(stories(first).map((story) => story.id)).size);
		// A report of a many-outlet story rewritten: that story's summary is made afresh, the rest reused.
		const story = stories(first).find((candidate) => candidate.articles.length >= 3)!;
		const changed = store.article(story.articles[0]!.id)!;
		store.commitFeed(okState(changed.feedUrl), [{...changed, summary: 'An entirely new opening sentence that no other outlet wrote about this event at all.', content: ''}]);
		expect(briefingFromStore(store, options)).toEqual(briefingFromStore(store, {...options, cache: false}));
	});
});

describe('briefing snapshot', () => {
	it('is the computed briefing, and follows read marks and last-seen times like a fresh computation', () => {
		const computed = briefingFromStore(store, options);
		expect(snapshotBriefing(store, options)).toEqual(computed);

		// Read a whole top story and look at another: unread, new, score and order change.
		const [top, second] = stories(computed);
		store.markRead(top!.articles.map((article) => article.id));
		store.markStoriesSeen([second!.id], '2030-01-01T00:00:00Z');
		const fresh = briefingFromStore(store, {...options, cache: false});
		const fromSnapshot = snapshotBriefing(store, options);
		expect(fromSnapshot).toEqual(fresh);
		const readTop = stories(fromSnapshot!).find((story) => story.id === top!.id)!;
		expect(readTop.unread).toBe(false);
		expect(readTop.score).toBeLessThan(top!.score);
		expect(stories(fromSnapshot!).find((story) => story.id === second!.id)!.isNew).toBe(false);
		expect(snapshotBriefing(store, {...options, unreadOnly: true})).toEqual(briefingFromStore(store, {...options, cache: false, unreadOnly: true}));
		expect(stories(snapshotBriefing(store, {...options, unreadOnly: true})!).map((story) => story.id)).not.toContain(top!.id);
		store.markRead(top!.articles.map((article) => article.id), false);
	});

	it('made by an older engine (another analyzer name) it is shown only as stale, never as current', () => {
		briefingFromStore(store, options);
		const name = snapshotName(options);
		const stored = store.latestSnapshot<unknown>(name)!;
		expect(stored.inputKey).toContain(`|${briefingAnalyzer}|`);
		// The same articles, topics and settings, computed when the analyses were cached under an older name.
		store.putSnapshot(name, stored.inputKey.replace(`|${briefingAnalyzer}|`, '|briefing-v0|'), stored.result);
		expect(snapshotBriefing(store, options)).toBeUndefined();
		expect(latestSnapshotBriefing(store, options)?.fresh).toBe(false);
		briefingFromStore(store, options);
		expect(latestSnapshotBriefing(store, options)?.fresh).toBe(true);
	});

	it('is never shown once the articles, topics or settings it came from changed', () => {
		briefingFromStore(store, options);
		expect(snapshotBriefing(store, options)).toBeDefined();
		// Other inputs than the ones it was computed for.
		expect(snapshotBriefing(store, {...options, since: '24h'})).toBeUndefined();
		expect(snapshotBriefing(store, {...options, topics: defaultTopics().slice(1)})).toBeUndefined();
		expect(snapshotBriefing(store, {...options, settings: {...defaultSettings, storyWindowHours: 12}})).toBeUndefined();
		expect(snapshotBriefing(store, {...options, quotes: true})).toBeUndefined();

		// An article changed by a refresh.
		const [article] = store.articles({limit: 1});
		store.commitFeed(okState(article!.feedUrl), [{...article!, title: `${article!.title} (updated)`}]);
		expect(snapshotBriefing(store, options)).toBeUndefined();
		// Still there to show while the current one is computed, but marked as not fresh.
		const stale = latestSnapshotBriefing(store, options);
		expect(stale?.fresh).toBe(false);
		expect(stories(stale!.briefing).some((story) => story.articles.some((ref) => ref.title.endsWith('(updated)')))).toBe(false);
		const afterChange = briefingFromStore(store, options);
		expect(latestSnapshotBriefing(store, options)).toEqual({briefing: afterChange, fresh: true});
		expect(stories(afterChange).some((story) => story.articles.some((ref) => ref.title.endsWith('(updated)')))).toBe(true);
		expect(snapshotBriefing(store, options)).toEqual(afterChange);

		// A new article.
		store.commitFeed(okState(article!.feedUrl), [{...article!, uid: 'snapshot-test-new', itemId: 'snapshot-test-new', title: 'Brand new report'}]);
		expect(snapshotBriefing(store, options)).toBeUndefined();
		briefingFromStore(store, options);
		expect(snapshotBriefing(store, options)).toBeDefined();

		// A full text fetched for an article.
		store.setFullText(article!.uid, 'The whole page, read from the web.');
		expect(snapshotBriefing(store, options)).toBeUndefined();
		briefingFromStore(store, options);

		// Articles removed (by retention or with their feed).
		expect(store.removeFeed(article!.feedUrl)).toBeGreaterThan(0);
		expect(snapshotBriefing(store, options)).toBeUndefined();
	});

	it('is not kept for a store used without cache', () => {
		const memory = new ArticleStore(':memory:');
		try {
			memory.commitFeed(okState('https://example.org/feed'), store.articles({limit: 20}).map((article) => ({...article, feedUrl: 'https://example.org/feed'})));
			briefingFromStore(memory, {...options, cache: false});
			expect(snapshotBriefing(memory, options)).toBeUndefined();
		} finally {
			memory.close();
		}
	});
});

// The worker runs the built JavaScript (dist/), as the app does; `npm run build` makes it. A build older than
// the sources it runs (briefing, store, analysis) would test old code, so then this part is skipped.
const builtBackground = path.join(repoRoot, 'dist', 'briefing', 'background.js');
function newestSource(dir: string): number {
	return Math.max(0, ...readdirSync(dir, {recursive: true, withFileTypes: true})
		.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
		.map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs));
}
const builtIsCurrent = existsSync(builtBackground)
	&& statSync(builtBackground).mtimeMs >= Math.max(...['briefing', 'store', 'analysis'].map((dir) => newestSource(path.join(repoRoot, 'source', dir))));
describe.skipIf(!builtIsCurrent)('briefing worker (built dist)', () => {
	it('computes in a worker thread over the store file what the main thread computes, and leaves a snapshot', async () => {
		const background = (await import(pathToFileURL(builtBackground).href)) as typeof import('../../source/briefing/background.js');
		expect(background.canComputeInWorker(store.file)).toBe(true);
		expect(background.canComputeInWorker(':memory:')).toBe(false);
		store.markRead(store.articles({limit: 5}).map((article) => article.uid));
		const fresh = briefingFromStore(store, {...options, cache: false});
		store.db.exec('DELETE FROM briefing_snapshot');
		expect(snapshotBriefing(store, options)).toBeUndefined();
		const inWorker = await background.briefingInWorker(store.file, options);
		expect(inWorker).toEqual(fresh);
		expect(snapshotBriefing(store, options)).toEqual(fresh);
	}, 60_000);

	it('computes as `lagebild brief` asks (no helper, collections once the heap grew), afresh and after a refresh, what the main thread computes', async () => {
		const background = (await import(pathToFileURL(builtBackground).href)) as typeof import('../../source/briefing/background.js');
		// 1 MB: nearly every phase collects, also in the small update after the refresh (settleFrom 0).
		const lean = {helper: false, collectGarbage: true, collectGrowthMb: 1};
		store.db.exec('DELETE FROM briefing_snapshot');
		expect(await background.briefingInWorker(store.file, options, lean)).toEqual(briefingFromStore(store, {...options, cache: false}));
		const feed = 'https://brief-refresh.example.org/feed';
		store.commitFeed(okState(feed), store.articles({limit: 3}).map((article, index) => ({...article, uid: `brief-${index}`, itemId: `brief-${index}`, feedUrl: feed, feedTitle: 'Brief Outlet'})));
		const after = await background.briefingInWorker(store.file, options, lean);
		const fresh = briefingFromStore(store, {...options, cache: false});
		expect(new Map(stories(after).map((story) => [story.id, story]))).toEqual(new Map(stories(fresh).map((story) => [story.id, story])));
	}, 60_000);

	it('keeps its session between requests, so the briefing after a refresh is incremental and the same as computed afresh', async () => {
		const background = (await import(pathToFileURL(builtBackground).href)) as typeof import('../../source/briefing/background.js');
		const worker = new background.BriefingWorker();
		try {
			store.db.exec('DELETE FROM briefing_snapshot');
			expect((await worker.compute(store.file, options)).incremental).toBe(false);
			const feed = 'https://worker-refresh.example.org/feed';
			store.commitFeed(okState(feed), store.articles({limit: 3}).map((article, index) => ({...article, uid: `worker-${index}`, itemId: `worker-${index}`, feedUrl: feed, feedTitle: 'Worker Outlet'})));
			const after = await worker.compute(store.file, options);
			expect(after.incremental).toBe(true);
			const fresh = briefingFromStore(store, {...options, cache: false});
			expect(new Map(stories(after.briefing).map((story) => [story.id, story]))).toEqual(new Map(stories(fresh).map((story) => [story.id, story])));
		} finally {
			await worker.close();
		}
	}, 60_000);

	// An idle time shorter than the write after the answer (1 ms) must wait for that write: the next thread would start over.
	it.each([100, 1])('stops its thread when idle (%i ms) and continues from the stored session in the next one', async (idleMs) => {
		const background = (await import(pathToFileURL(builtBackground).href)) as typeof import('../../source/briefing/background.js');
		// Not released after its first computation (the default for one from scratch): this is about the idle stop.
		const worker = new background.BriefingWorker({idleMs, releaseAfterRebuild: false});
		try {
			store.db.exec('DELETE FROM briefing_snapshot');
			await worker.compute(store.file, options);
			expect(worker.running).toBe(true);
			await new Promise((resolve) => setTimeout(resolve, 1000));
			expect(worker.running).toBe(false);
			const feed = 'https://idle-refresh.example.org/feed';
			// New reports at their own addresses (one address in two feeds is one report of a story's timeline).
			// Reports new to each case (the cases share the store).
			const fresh = (index: number) => `idle-${idleMs}-${index}`;
			store.commitFeed(okState(feed), store.articles({limit: 2}).map((article, index) => ({...article, uid: fresh(index), itemId: fresh(index), url: `https://idle-refresh.example.org/${fresh(index)}`, feedUrl: feed, feedTitle: 'Idle Outlet'})));
			const after = await worker.compute(store.file, options);
			expect(after.incremental).toBe(true);
			// Every report in one story, the new ones included; the stories those of a batch run but for idf
			// drift (similarities among older reports keep the idf of their day), which a full clustering resets.
			const ids = stories(after.briefing).flatMap((story) => story.articles.map((ref) => ref.id));
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).toEqual(expect.arrayContaining([fresh(0), fresh(1)]));
			const members = (briefing: Briefing) => stories(briefing).map((story) => story.articles.map((ref) => ref.id).sort().join(' '));
			const batch = new Set(members(briefingFromStore(store, {...options, cache: false})));
			const same = members(after.briefing).filter((group) => batch.has(group)).length;
			expect(same / batch.size).toBeGreaterThan(0.95);
		} finally {
			await worker.close();
		}
	}, 60_000);

	it('reports a failure instead of hanging', async () => {
		const background = (await import(pathToFileURL(builtBackground).href)) as typeof import('../../source/briefing/background.js');
		await expect(background.briefingInWorker(path.join(dir, 'missing', 'dir', 'x.db'), {...options, since: 'nonsense'})).rejects.toThrow();
	}, 60_000);
});
