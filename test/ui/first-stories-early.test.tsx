// A first start on a list of one's own waited for its slowest feed (walk 11 #225): 34 feeds had answered in 2 s, one took
// 12 s, and the briefing came at 32 s. The stories of the feeds that have answered show while the slower one is waited for.

import {createElement} from 'react';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {FeedRefreshResult, RefreshProgress, RefreshSummary} from '../../source/model/refresh.js';
import type {RefreshTarget} from '../../source/services/app-services.js';
import {App} from '../../source/ui/App.js';
import type {FixtureFeed} from '../helpers/fixture-articles.js';
import {Gate} from '../helpers/gate.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, stripAnsi, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';

/** An empty store whose refresh brings every feed's articles at once but the last feed's, which waits for the test. */
class SlowLastFeedServices extends MemoryServices {
	readonly gate = new Gate();

	constructor(private readonly sources: FixtureFeed[]) {
		super(sources, defaultTopics());
		this.articles.clear();
		this.states.clear();
	}

	override async refresh(_target: RefreshTarget, onProgress: (progress: RefreshProgress) => void): Promise<RefreshSummary> {
		const results: FeedRefreshResult[] = [];
		let newArticles = 0;
		for (const [index, feed] of this.sources.entries()) {
			if (index === this.sources.length - 1) await this.gate.wait();
			for (const article of feed.articles) this.articles.set(article.uid, article);
			this.states.set(feed.url, {
				url: feed.url, status: 'ok', error: '', lastFetch: fixedNow().toISOString(), lastSuccess: fixedNow().toISOString(),
				etag: null, lastModified: null, articleCount: feed.articles.length,
			});
			const result: FeedRefreshResult = {url: feed.url, title: feed.title, outcome: 'ok', error: '', newArticles: feed.articles.length, items: feed.articles.length, durationMs: 1};
			results.push(result);
			newArticles += feed.articles.length;
			onProgress({done: results.length, total: this.sources.length, failed: 0, last: result});
		}

		return {results, ok: results.length, notModified: 0, failed: 0, newArticles, durationMs: 1};
	}
}

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

describe('a first start and a slow feed', () => {
	test('the stories of the feeds that answered show while the last is waited for; the rest join when it answers', async () => {
		const feeds = await fixtures();
		const services = new SlowLastFeedServices(feeds);
		const last = feeds.at(-1)!;
		app = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false, refreshOnStart: true}), {columns: 100, rows: 30});
		// Stories on screen (a topic's title with its count) while the refresh still waits for the last feed.
		await vi.waitUntil(() => / — .+ \(\d+\)/u.test(app!.frame()), {timeout: 20_000, interval: 20});
		expect(statusRow(app.frame())).toContain(`refreshing ${feeds.length - 1}/${feeds.length}`);
		expect(app.frame()).not.toContain('No articles are stored yet');
		const early = (await services.getBriefing({unreadOnly: false})).topics.flatMap(topic => topic.stories).flatMap(story => story.articles);
		expect(early.some(article => article.feed === last.title)).toBe(false);
		services.gate.open();
		await vi.waitUntil(() => !/refreshing \d/u.test(statusRow(app!.frame())), {timeout: 20_000, interval: 20});
		const all = (await services.getBriefing({unreadOnly: false})).topics.flatMap(topic => topic.stories).flatMap(story => story.articles);
		expect(all.some(article => article.feed === last.title)).toBe(true);
	}, 90_000);
});
