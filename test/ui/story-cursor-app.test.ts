// Through the App: the first computed briefing replacing the snapshot's, while a story is open, keeps the selected report.

import {createElement} from 'react';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {App} from '../../source/ui/App.js';
import type {BriefingFilter} from '../../source/services/app-services.js';
import {storyTargets} from '../../source/ui/state/story-lines.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {keys, renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures, selectStory, selectedRows} from './app-fixture.js';

/** Shows a stored briefing at once (as the bundled snapshot does) and computes the current one only when let go. */
class SnapshotFirst extends MemoryServices {
	snapshot: Briefing | undefined;
	delivered = 0;
	private gate: Promise<void> = Promise.resolve();
	private open: () => void = () => undefined;

	hold(): void {
		this.gate = new Promise(resolve => {
			this.open = resolve;
		});
	}

	release(): void {
		this.open();
	}

	override async cachedBriefing(_filter: BriefingFilter): Promise<{briefing: Briefing; fresh: boolean} | undefined> {
		return this.snapshot ? {briefing: this.snapshot, fresh: false} : undefined;
	}

	override async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		await this.gate;
		const briefing = await super.getBriefing(filter);
		this.delivered++;
		return briefing;
	}
}

function place(briefing: Briefing, id: string): {topicIndex: number; storyIndex: number; story: Story} {
	for (const [topicIndex, topic] of briefing.topics.entries()) {
		const storyIndex = topic.stories.findIndex(story => story.id === id);
		if (storyIndex >= 0) {
			return {topicIndex, storyIndex, story: topic.stories[storyIndex]!};
		}
	}

	throw new Error(`story ${id} is not in the briefing`);
}

const reportIndex = (story: Story, uid: string) => storyTargets(story).findIndex(target => target.kind === 'article' && target.uid === uid);

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('a new briefing while a story is open', () => {
	test('the computed briefing adds a report and its quotes above the selected report: the selection, o and Enter stay on it', async () => {
		const services = new SnapshotFirst(await fixtures(), defaultTopics());
		// A story of two reports, the earlier-published one with quotes of its own.
		const full = await services.getBriefing({unreadOnly: false});
		const chosen = full.topics.flatMap(topic => topic.stories).find(story => story.articles.length === 2
			&& story.quotes.some(quote => quote.articleId === story.articles[0]!.id));
		expect(chosen).toBeDefined();
		const [earlier, later] = chosen!.articles as [Story['articles'][number], Story['articles'][number]];
		// The earlier-published report arrived last: the snapshot was taken before it came, and the story keeps its id
		// (which names its first-arrived report) when it joins.
		const late = services.articles.get(earlier.id)!;
		const arrivedAfter = new Date(Date.parse(services.articles.get(later.id)!.fetchedAt) + 60_000).toISOString();
		services.articles.delete(earlier.id);
		const snapshot = await services.getBriefing({unreadOnly: false});
		services.articles.set(earlier.id, {...late, fetchedAt: arrivedAfter});
		const current = await services.getBriefing({unreadOnly: false});
		const grown = current.topics.flatMap(topic => topic.stories).find(story => story.articles.some(article => article.id === later.id))!;
		const before = place(snapshot, grown.id);
		expect(before.story.articles.map(article => article.id)).toEqual([later.id]);
		// The precondition of the bug: the selected report's row is further down in the computed story.
		expect(reportIndex(grown, later.id)).toBeGreaterThan(reportIndex(before.story, later.id));

		services.snapshot = snapshot;
		services.hold();
		const delivered = services.delivered;
		app = await renderApp(
			createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}),
			{columns: 100, rows: 40},
		);
		await app.waitFor(/ — .+ \(\d+\)/);
		await selectStory({...app, services}, before.topicIndex, before.storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		await app.press('G');
		const selected = selectedRows(app.frame()).map(row => row.text);
		expect(selected.join('\n')).toContain(later.title.slice(0, 20));

		services.release();
		await vi.waitUntil(() => services.delivered > delivered, {timeout: 10_000, interval: 10});
		// The computed story is drawn with the report that arrived late.
		await app.waitFor(earlier.title.slice(0, 20), 5000);
		expect(app.frame()).toContain('Briefing › Story');
		expect(selectedRows(app.frame()).map(row => row.text)).toEqual(selected);
		await app.press('o');
		expect(services.callsOf('openUrl')).toEqual([[later.url]]);
		await app.press(keys.enter);
		await app.waitFor('Story › Article');
		expect(app.frame()).toContain(later.title.slice(0, 40));
	});
});
