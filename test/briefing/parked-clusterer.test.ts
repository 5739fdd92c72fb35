// The clusterer parked while the put-off quotes are read (BriefingSession.parkClusterer): the same briefing and the
// same session afterwards, its state written early to the store and read back from there.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import {beforeAll, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {ClustererState} from '../../source/analysis/stories/cluster.js';
import {BriefingSessions, briefingFromStore} from '../../source/briefing/from-store.js';
import {storyOrder} from '../../source/briefing/story-order.js';
import {briefingFromSnapshot} from '../../source/briefing/snapshot.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing} from '../../source/model/briefing.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {loadFixtureFeeds, uiFixtureFeeds} from '../helpers/fixture-articles.js';
import {commitByFeed} from '../store/make-article.js';
import {loader, quoteSession as session} from './session-helpers.js';

const topics = defaultTopics();
let articles: Article[];

beforeAll(async () => {
	articles = (await loadFixtureFeeds(uiFixtureFeeds)).flatMap((feed) => feed.articles);
});


describe('a session whose clusterer is parked while the put-off quotes are read', () => {
	it('completes to the snapshot of the full pass, hands its state over once, and takes it back for the next update', () => {
		const now = new Date(0);
		const full = session();
		full.update(articles, loader(articles));
		const quick = session();
		quick.update(articles, loader(articles), undefined, {deferQuotesFrom: 100});
		const order = storyOrder(briefingFromSnapshot(quick.snapshot(now), undefined, {now}));
		let kept: ClustererState | undefined;
		let handed = 0;
		quick.parkClusterer((state) => {
			handed++;
			// As the store keeps it: a copy, not the clusterer's own arrays.
			kept = v8.deserialize(v8.serialize(state)) as ClustererState;
			return () => kept;
		});
		expect(handed).toBe(1);
		expect(quick.clustererParked).toBe(true);
		quick.completePending(loader(articles), order);
		expect(quick.snapshot(now)).toEqual(full.snapshot(now));
		// toState() takes the clusterer back: the whole state is the full pass's.
		expect(quick.toState()).toEqual(full.toState());
		expect(quick.clustererParked).toBe(false);

		// The next update continues from the clusterer it took back, as the full pass's session does.
		const more = articles.slice(0, 5).map((article, index) => ({...article, uid: `parked-${index}`, itemId: `parked-${index}`}));
		const all = [...articles, ...more];
		const fullStats = full.update(all, loader(all));
		const quickStats = quick.update(all, loader(all));
		expect(quickStats).toEqual(fullStats);
		expect(quickStats.rebuilt).toBe(false);
		expect(quick.snapshot(now)).toEqual(full.snapshot(now));
	});

	it('clusters everything again when the parked state was lost, and gives the same stories', () => {
		const now = new Date(0);
		const quick = session();
		quick.update(articles, loader(articles), undefined, {deferQuotesFrom: 100});
		quick.parkClusterer(() => () => undefined);
		quick.completePending(loader(articles), []);
		const before = quick.snapshot(now);
		const stats = quick.update(articles, loader(articles));
		expect(stats.rebuilt).toBe(true);
		expect(quick.snapshot(now)).toEqual(before);
	});

	it('parks nothing when no quotes are pending, or when keeping the state fails', () => {
		const done = session();
		done.update(articles, loader(articles));
		let asked = false;
		done.parkClusterer(() => {
			asked = true;
			return () => undefined;
		});
		expect(asked).toBe(false);
		expect(done.clustererParked).toBe(false);

		const quick = session();
		quick.update(articles, loader(articles), undefined, {deferQuotesFrom: 100});
		expect(() =>
			quick.parkClusterer(() => {
				throw new Error('disk full');
			}),
		).toThrow('disk full');
		expect(quick.clustererParked).toBe(false);
		const full = session();
		full.update(articles, loader(articles));
		quick.completePending(loader(articles), []);
		expect(quick.snapshot(new Date(0))).toEqual(full.snapshot(new Date(0)));
	});
});

describe('the store briefing with an early briefing (briefingFromStore, BriefingSessions.early)', () => {
	it('writes the clusterer\'s parts of the session state early, under the generation the other parts name at the end', () => {
		const home = mkdtempSync(path.join(tmpdir(), 'lagebild-parked-'));
		const store = new ArticleStore(path.join(home, 'lagebild.db'));
		try {
			commitByFeed(store, articles);
			const options = {topics, settings: defaultSettings, since: 'all', now: new Date('2026-11-20T12:05:00.000Z')};
			const sessions = new BriefingSessions({pool: false});
			const early: Briefing[] = [];
			// Parts 2 and 3 (the clusterer's) are in the store once the early briefing is out, before the quotes are read.
			let partsAtEarly: string[] = [];
			sessions.early = {
				from: 100,
				briefing: (briefing) => early.push(briefing),
			};
			const allRows = () => store.db.prepare(`SELECT name FROM briefing_snapshot WHERE name LIKE 'session:%' ORDER BY name`).pluck().all() as string[];
			// The parts' first rows (their pieces are rows name~1, name~2, …).
			const rows = () => allRows().filter((name) => !name.includes('~'));
			sessions.progress = (report) => {
				if (report.phase === 'quotes' && partsAtEarly.length === 0) partsAtEarly = rows().map((name) => name.replace(/^[^#]*/, ''));
			};
			const computed = briefingFromStore(store, options, sessions);
			expect(early.length).toBe(1);
			expect(partsAtEarly).toEqual(['#2', '#3']);
			expect(rows().map((name) => name.replace(/^[^#]*/, ''))).toEqual(['', '#1', '#2', '#3']);
			const keyOf = store.db.prepare('SELECT input_key FROM briefing_snapshot WHERE name = ?').pluck();
			const generations = allRows().map((name) => (v8.deserialize(store.getSnapshotBytes(name, keyOf.get(name) as string)!) as {generation: string}).generation);
			expect(new Set(generations).size).toBe(1);

			// A new process restores the session from the four parts: the briefing of a computation without cache.
			const restored = new BriefingSessions({pool: false});
			const {restored: fromStore, session: again} = restored.sessionFor(store, options);
			expect(fromStore).toBe(true);
			expect(again.snapshot(new Date(0))).toEqual(sessions.sessionFor(store, options).session.snapshot(new Date(0)));
			const plain = briefingFromStore(store, {...options, cache: false});
			expect(computed.topics).toEqual(plain.topics);
		} finally {
			store.close();
			rmSync(home, {recursive: true, force: true});
		}
	});
});
