// A first start on a list of one's own (walk 11 #225): after the last feed had answered, the briefing said "fetching your
// 34 feeds… The stories appear as they arrive" and the feed manager "not fetched yet" for the 12 s the articles took to be
// read and grouped; before the start's refresh began it said "R fetches your feeds".

import {createElement} from 'react';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing} from '../../source/model/briefing.js';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import type {RefreshProgress, RefreshSummary} from '../../source/model/refresh.js';
import type {BriefingFilter, RefreshTarget} from '../../source/services/app-services.js';
import {App} from '../../source/ui/App.js';
import type {UiLanguage} from '../../source/i18n/index.js';
import {Gate, ProgressListeners} from '../helpers/gate.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';

/**
 * An empty store whose refresh brings the fixture articles, and whose briefing after that refresh is computed only when
 * the test lets it, reporting the progress the test gives meanwhile (as the briefing worker does).
 */
class FirstFetchServices extends MemoryServices {
	readonly progress = new ProgressListeners();
	readonly gate = new Gate();
	fetched = false;

	constructor(articles: Article[], feeds: Awaited<ReturnType<typeof fixtures>>) {
		super(feeds, defaultTopics());
		this.articles.clear();
		this.states.clear();
		this.pending = articles;
	}

	override async refresh(target: RefreshTarget, onProgress: (progress: RefreshProgress) => void): Promise<RefreshSummary> {
		const summary = await super.refresh(target, onProgress);
		for (const feed of this.feeds) {
			this.states.set(feed.url, {
				url: feed.url, status: 'ok', error: '', lastFetch: fixedNow().toISOString(), lastSuccess: fixedNow().toISOString(),
				etag: null, lastModified: null, articleCount: [...this.articles.values()].filter(article => article.feedUrl === feed.url).length,
			});
		}

		this.fetched = true;
		return summary;
	}

	override async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		if (this.fetched) await this.gate.wait();
		return super.getBriefing(filter);
	}

	override onBriefingProgress(listener: (progress: BriefingProgress) => void): () => void {
		return this.progress.add(listener);
	}
}

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The frame's text with its rows joined, so a wrapped sentence reads as one. */
const flat = (frame: string) => frame.replaceAll(/[ │]*\n[ │]*/gu, ' ').replaceAll(/ {2,}/gu, ' ');

/** The flat frame once it holds `text` (a sentence the pane wraps). */
async function waitForFlat(rendered: Rendered, text: string): Promise<string> {
	await vi.waitUntil(() => flat(rendered.frame()).includes(text), {timeout: 10_000, interval: 10});
	return flat(rendered.frame());
}

async function start(language: UiLanguage, refreshOnStart: boolean): Promise<{app: Rendered; services: FirstFetchServices}> {
	const feeds = await fixtures();
	const services = new FirstFetchServices(feeds.flatMap(feed => feed.articles), feeds);
	app = await renderApp(createElement(App, {services, language, env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false, refreshOnStart}), {columns: 100, rows: 30});
	return {app, services};
}

describe('the wait for a first briefing of one\'s own feeds', () => {
	test('once every feed has answered, the briefing says the articles are being read and grouped, and the feed manager shows them fetched', async () => {
		const {app, services} = await start('en', true);
		const feeds = services.feeds.length;
		// The start's refresh has begun or is about to: never "R fetches" while it is coming.
		expect(flat(app.frame())).not.toContain('R fetches');
		await vi.waitUntil(() => services.fetched && services.progress.listeners.size > 0, {timeout: 10_000, interval: 10});
		services.progress.report({phase: 'analysing', done: 12, total: 1234});
		const waiting = await waitForFlat(app, 'their 1,234 articles');
		expect(waiting).toContain('Your feeds have answered: reading their 1,234 articles and grouping them into stories… The briefing shows when that is done');
		expect(waiting).not.toContain('fetching your');
		// Clustering counts the same articles: the number stays.
		services.progress.report({phase: 'clustering', done: 0, total: 1234});
		await app.waitFor('Grouping stories…');
		expect(flat(app.frame())).toContain('reading their 1,234 articles');
		// The feed manager: the fetch's outcome at once, not "not fetched yet" until the briefing is computed.
		await app.press('f');
		const manager = await app.waitFor('Feeds (');
		expect(manager).not.toContain('not fetched yet');
		expect(manager.split('\n').filter(row => /\bok\b/u.test(row)).length).toBeGreaterThanOrEqual(feeds);
		services.gate.open();
		await app.press('\u001B');
		await vi.waitUntil(() => !flat(app.frame()).includes('grouping them') && /outlet/u.test(app.frame()), {timeout: 10_000, interval: 10});
	});

	test('German, before the grouping has reported: the same, without a count', async () => {
		const {app, services} = await start('de', true);
		await vi.waitUntil(() => services.fetched, {timeout: 10_000, interval: 10});
		const waiting = await waitForFlat(app, 'zu Geschichten zusammen');
		expect(waiting).toContain('Deine Feeds haben geantwortet: lese ihre Artikel und fasse sie zu Geschichten zusammen');
		services.gate.open();
	});

	test('without a refresh at start it still names R', async () => {
		const {app} = await start('en', false);
		expect(await waitForFlat(app, 'R fetches')).toContain('No articles are stored yet: R fetches your');
	});
});
