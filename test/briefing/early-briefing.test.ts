// The first briefing before the quotes (a first launch over many fresh articles): stories, headlines and ranks at once,
// quotes, people and summaries filled in afterwards, top stories first, ending in the briefing of one full pass.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {pendingBatchArticles} from '../../source/briefing/session.js';
import {storyOrder} from '../../source/briefing/story-order.js';
import {briefingFromSnapshot} from '../../source/briefing/snapshot.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import {en} from '../../source/i18n/en.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import {isBuilt, loadBuilt} from '../helpers/built-dist.js';
import {loader, quoteSession as session} from './session-helpers.js';
import {loadFixtureFeeds, uiFixtureFeeds} from '../helpers/fixture-articles.js';

type ContextModule = typeof import('../../source/commands/context.js');
type ServicesModule = typeof import('../../source/services/store-services.js');
type FromStoreModule = typeof import('../../source/briefing/from-store.js');
type TopicsModule = typeof import('../../source/config/default-topics.js');

let articles: Article[];

beforeAll(async () => {
	articles = (await loadFixtureFeeds(uiFixtureFeeds)).flatMap((feed) => feed.articles);
});

function stories(briefing: Briefing): Story[] {
	return briefing.topics.flatMap((topic) => topic.stories);
}


describe('an update that puts off the quotes (BriefingSession, UpdateOptions.deferQuotesFrom)', () => {
	it('builds every story without quotes, people or summary, marked analysing, with the members, headlines and ranks of the full pass', () => {
		const full = session();
		full.update(articles, loader(articles));
		const quick = session();
		quick.update(articles, loader(articles), undefined, {deferQuotesFrom: 100});
		expect(quick.pending).toBe(articles.length);
		const now = new Date(0);
		const fullStories = stories(briefingFromSnapshot(full.snapshot(now), undefined, {now}));
		const quickStories = stories(briefingFromSnapshot(quick.snapshot(now), undefined, {now}));
		expect(quickStories.length).toBeGreaterThan(50);
		expect(quickStories.every((story) => story.analysing === true && story.quotes.length === 0 && story.people.length === 0 && story.summary === '')).toBe(true);
		const shape = (story: Story) => ({id: story.id, headline: story.headline, topics: story.topics, outlets: story.outlets, articles: story.articles, score: story.score});
		expect(quickStories.map(shape)).toEqual(fullStories.map(shape));
		// The full pass found quotes: what the quick one leaves out is real.
		expect(fullStories.filter((story) => story.quotes.length > 0).length).toBeGreaterThan(10);
		expect(fullStories.some((story) => story.analysing)).toBe(false);
	});

	it('is not deferred below the threshold', () => {
		const quick = session();
		quick.update(articles, loader(articles), undefined, {deferQuotesFrom: articles.length + 1});
		expect(quick.pending).toBe(0);
	});

	it('completes the stories in the order given, batch by batch, and ends with the snapshot of the full pass', () => {
		const full = session();
		full.update(articles, loader(articles));
		const quick = session();
		quick.update(articles, loader(articles), undefined, {deferQuotesFrom: 100});
		const now = new Date(0);
		const first = briefingFromSnapshot(quick.snapshot(now), undefined, {now});
		const order = storyOrder(first);
		expect(new Set(order).size).toBe(stories(first).length);
		// The story the reader meets first: the top story of the top topic.
		expect(order[0]).toBe(first.topics[0]!.stories[0]!.id);
		const batches: Array<{done: number; total: number; complete: Set<string>}> = [];
		const progress: BriefingProgress[] = [];
		quick.completePending(loader(articles), order, (report) => progress.push({...report}), (done, total) => {
			const shown = briefingFromSnapshot(quick.snapshot(now), undefined, {now});
			batches.push({done, total, complete: new Set(stories(shown).filter((story) => !story.analysing).map((story) => story.id))});
		});
		expect(batches.length).toBeGreaterThanOrEqual(Math.floor(articles.length / pendingBatchArticles / 2));
		expect(batches.length).toBeGreaterThan(1);
		expect(batches.at(-1)).toMatchObject({done: articles.length, total: articles.length});
		// After the first batch the top stories are complete and the last ones in the order are not.
		expect(batches[0]!.complete.has(order[0]!)).toBe(true);
		expect(batches[0]!.complete.has(order.at(-1)!)).toBe(false);
		for (const [index, batch] of batches.entries()) {
			// Complete stories are always a prefix of the order.
			expect(order.slice(0, batch.complete.size).every((id) => batch.complete.has(id))).toBe(true);
			if (index > 0) expect(batch.done).toBeGreaterThan(batches[index - 1]!.done);
		}
		expect(progress[0]).toEqual({phase: 'quotes', done: 0, total: articles.length});
		expect(progress.at(-1)).toEqual({phase: 'quotes', done: articles.length, total: articles.length});
		expect(quick.pending).toBe(0);
		expect(quick.snapshot(now)).toEqual(full.snapshot(now));
	});
});

describe('the story view while its quotes are read', () => {
	it('says they are being read, not that there are none; once complete it shows them', () => {
		const full = session();
		full.update(articles, loader(articles));
		const now = new Date(0);
		const quoted = stories(briefingFromSnapshot(full.snapshot(now), undefined, {now})).find((story) => story.quotes.length > 0)!;
		const pending: Story = {...quoted, quotes: [], people: [], summary: '', analysing: true};
		const text = (story: Story) => storyDocument(story, 100, en, now).lines.map((line) => line.map((part) => part.text).join('')).join('\n');
		expect(text(pending)).toContain(en.labels.storyAnalysing);
		expect(text(pending)).not.toContain(en.labels.quotes);
		expect(text(quoted)).not.toContain(en.labels.storyAnalysing);
		expect(text(quoted)).toContain(en.labels.quotes);
		expect(text(quoted)).toContain(quoted.quotes[0]!.text.slice(0, 20));
	});
});

const built = isBuilt('briefing/briefing-worker.js') && isBuilt('services/store-services.js');

describe.skipIf(!built)('the app\'s first launch over the bundled snapshots (built dist, the real worker)', () => {
	it('answers with the first briefing before the quote pass ends, then delivers updates ending in the complete briefing', async () => {
		const {openContext} = await loadBuilt<ContextModule>('commands/context.js');
		const {StoreServices} = await loadBuilt<ServicesModule>('services/store-services.js');
		const {briefingFromStore} = await loadBuilt<FromStoreModule>('briefing/from-store.js');
		const {effectiveTopics} = await loadBuilt<TopicsModule>('config/default-topics.js');
		const home = mkdtempSync(path.join(tmpdir(), 'lagebild-early-briefing-'));
		// An empty home is filled from the bundled snapshot feeds, as `npm start` on a new machine.
		const context = await openContext({home, source: [], offline: true}, {env: {}});
		const services = new StoreServices(context);
		try {
			const events: Array<{kind: 'progress'; progress: BriefingProgress} | {kind: 'update'; briefing: Briefing}> = [];
			services.onBriefingProgress((progress) => events.push({kind: 'progress', progress}));
			let complete: (briefing: Briefing) => void = () => undefined;
			const completed = new Promise<Briefing>((resolve) => {
				complete = resolve;
			});
			services.onBriefingUpdate((briefing) => {
				events.push({kind: 'update', briefing});
				if (!stories(briefing).some((story) => story.analysing)) complete(briefing);
			});
			// As the app: the computation starts before the interface asks for the briefing.
			services.prepareBriefing();
			const first = await services.getBriefing({unreadOnly: false});
			const quotesRead = () => events.filter((event) => event.kind === 'progress' && event.progress.phase === 'quotes');
			// The answer came before the quote pass ended (none of its progress said done, no update came yet).
			expect(events.some((event) => event.kind === 'update')).toBe(false);
			expect(quotesRead().some((event) => event.kind === 'progress' && event.progress.done >= event.progress.total)).toBe(false);
			const firstStories = stories(first);
			expect(firstStories.length).toBeGreaterThan(100);
			expect(firstStories.every((story) => story.analysing === true && story.quotes.length === 0)).toBe(true);
			expect(firstStories.every((story) => story.headline !== '' && story.outlets.length > 0 && story.articles.length > 0)).toBe(true);

			const last = await completed;
			const options = {topics: effectiveTopics(context.config.data.topics), settings: context.settings, cache: false as const};
			const computed = briefingFromStore(context.store, options);
			expect(last.topics).toEqual(computed.topics);
			expect(stories(last).filter((story) => story.quotes.length > 0).length).toBeGreaterThan(50);
			// The later updates carry quotes, and the ranking the reader saw first is the final one.
			expect(stories(last).map((story) => story.id)).toEqual(firstStories.map((story) => story.id));
			expect(quotesRead().length).toBeGreaterThan(0);
			// The next launch finds the complete briefing stored.
			expect((await services.cachedBriefing({unreadOnly: false}))?.fresh).toBe(true);
		} finally {
			await services.close();
			context.close();
			rmSync(home, {recursive: true, force: true});
		}
	}, 300_000);
});
