import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {FeedRefreshResult, RefreshProgress, RefreshSummary} from '../../source/model/refresh.js';
import {App} from '../../source/ui/App.js';
import type {RefreshTarget} from '../../source/services/app-services.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';

/** A refresh whose last feed answers only when the test says so (a slow server). */
class SlowLastFeed extends MemoryServices {
	release: () => void = () => undefined;

	override async refresh(target: RefreshTarget, onProgress: (progress: RefreshProgress) => void): Promise<RefreshSummary> {
		const feeds = this.feeds.filter(feed => feed.enabled && (!target.feedUrl || feed.url === target.feedUrl));
		const results: FeedRefreshResult[] = [];
		for (const feed of feeds) {
			if (results.length === feeds.length - 1) {
				await new Promise<void>(resolve => {
					this.release = resolve;
				});
			}

			results.push({url: feed.url, title: feed.title, outcome: 'not-modified', error: '', newArticles: 0, items: 0, durationMs: 1});
			onProgress({done: results.length, total: feeds.length, failed: 0, last: results.at(-1)});
		}

		return {results, ok: 0, notModified: feeds.length, failed: 0, newArticles: 0, durationMs: 1};
	}
}

let rendered: Rendered | undefined;
afterEach(() => {
	rendered?.unmount();
	rendered = undefined;
});

describe('the status bar while a refresh waits for its last feed', () => {
	test('names that feed after n-1 of n, and stops naming it when done', async () => {
		const feeds = await fixtures();
		const services = new SlowLastFeed(feeds, defaultTopics());
		rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 120, rows: 30});
		await rendered.waitFor(/ — .+ \(\d+\)/u);
		await rendered.press('R');
		const last = feeds.at(-1)!;
		const frame = await rendered.waitFor(`refreshing ${feeds.length - 1}/${feeds.length} · ${last.title.slice(0, 20)}`);
		// Only the feed that is late is named.
		const status = frame.split('\n').find(line => line.includes('refreshing'))!;
		for (const feed of feeds.slice(0, -1)) {
			expect(status).not.toContain(feed.title.slice(0, 20));
		}

		services.release();
		await rendered.waitFor(/refreshed \d/u);
		expect(rendered.frame().split('\n').find(line => line.includes('refreshed'))).not.toContain(last.title.slice(0, 20));
	});

	test('the feed manager marks the feeds still being fetched, and shows their result once done', async () => {
		const feeds = await fixtures();
		const services = new SlowLastFeed(feeds, defaultTopics());
		rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 120, rows: 30});
		await rendered.waitFor(/ — .+ \(\d+\)/u);
		await rendered.press('f', 'G');
		await rendered.waitFor(feeds.at(-1)!.title.slice(0, 20));
		await rendered.press('R');
		await rendered.waitFor(`refreshing ${feeds.length - 1}/${feeds.length}`);
		const rows = rendered.frame().split('\n');
		const row = (title: string) => rows.find(line => line.includes(title.slice(0, 20)))!;
		expect(row(feeds.at(-1)!.title)).toContain('fetching…');
		for (const feed of feeds.slice(0, -1)) {
			expect(row(feed.title)).not.toContain('fetching…');
		}

		services.release();
		await rendered.waitFor(/refreshed \d/u);
		expect(rendered.frame()).not.toContain('fetching…');
	});
});
