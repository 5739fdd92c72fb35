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

/** The story count a topic's row in the topic pane shows ("›Sport                11 11+"), or undefined. */
function topicCount(frame: string, name: string): number | undefined {
	const row = stripAnsi(frame).split('\n').find(line => line.slice(1).startsWith(`${name} `));
	const count = row && /^\s+(\d+)\s+\d+\+?/u.exec(row.slice(1 + name.length).split('│')[0] ?? '');
	return count ? Number(count[1]) : undefined;
}

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
		const early = await services.getBriefing({unreadOnly: false});
		expect(early.topics.flatMap(topic => topic.stories).flatMap(story => story.articles).some(article => article.feed === last.title)).toBe(false);
		services.gate.open();
		// The final reload must reach the screen: every topic the last feed's stories joined shows its new count, and the
		// stories pane its topic's. Read from the frame (the service holds them once released, whatever the screen shows).
		await vi.waitUntil(() => !/refreshing \d/u.test(statusRow(app!.frame())), {timeout: 20_000, interval: 20});
		const all = await services.getBriefing({unreadOnly: false});
		const before = new Map(early.topics.map(topic => [topic.name, topic.stories.length]));
		const grown = all.topics.filter(topic => topic.stories.length !== (before.get(topic.name) ?? 0));
		expect(grown.length).toBeGreaterThan(0);
		await vi.waitUntil(() => grown.every(topic => topicCount(app!.frame(), topic.name) === topic.stories.length), {timeout: 5000, interval: 20})
			.catch(() => undefined);
		for (const topic of grown) expect(topicCount(app.frame(), topic.name), topic.name).toBe(topic.stories.length);
		const heading = /Stories — (.+) \((\d+)\)/u.exec(app.frame());
		expect(heading).not.toBeNull();
		expect(Number(heading![2])).toBe(all.topics.find(topic => topic.name === heading![1])?.stories.length);
	}, 90_000);
});
