// The app while a first briefing's quotes are read: the story says so, updates replace the briefing, the cursor stays.

import {createElement} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import {App} from '../../source/ui/App.js';
import {en} from '../../source/i18n/en.js';
import type {BriefingFilter} from '../../source/services/app-services.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, keys, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures, selectedRows} from '../ui/app-fixture.js';

/** Services that answer with the briefing before its quotes (as StoreServices does on a first launch) and deliver the rest on demand. */
class EarlyServices extends MemoryServices {
	complete: Briefing | undefined;
	readonly #updates = new Set<(briefing: Briefing) => void>();
	readonly #progress = new Set<(progress: BriefingProgress) => void>();

	override async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		this.complete = await super.getBriefing(filter);
		const pending = (story: Story): Story => ({...story, quotes: [], people: [], summary: '', analysing: true});
		return {...this.complete, topics: this.complete.topics.map((topic) => ({...topic, stories: topic.stories.map(pending)}))};
	}

	override onBriefingUpdate(listener: (briefing: Briefing) => void): () => void {
		this.#updates.add(listener);
		return () => this.#updates.delete(listener);
	}

	override onBriefingProgress(listener: (progress: BriefingProgress) => void): () => void {
		this.#progress.add(listener);
		return () => this.#progress.delete(listener);
	}

	report(progress: BriefingProgress): void {
		for (const listener of this.#progress) listener(progress);
	}

	deliver(briefing: Briefing): void {
		for (const listener of this.#updates) listener(briefing);
	}
}

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('the app while the quotes of its first briefing are read', () => {
	it('shows the stories at once, says a story\'s quotes are being read, and keeps the cursor on its story when they arrive re-ranked', async () => {
		const services = new EarlyServices(await fixtures(), defaultTopics());
		app = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 100, rows: 30});
		await app.waitFor(/ — .+ \(\d+\)/);
		const complete = services.complete!;
		const topic = complete.topics[0]!;
		// A story of the first topic with quotes, a few rows down.
		const index = topic.stories.findIndex((story, position) => position >= 2 && story.quotes.length > 0);
		expect(index).toBeGreaterThanOrEqual(2);
		const story = topic.stories[index]!;
		const total = complete.topics.flatMap((entry) => entry.stories).reduce((sum, entry) => sum + entry.articles.length, 0);
		services.report({phase: 'quotes', done: 12, total});
		await app.waitFor(`Reading quotes… 12 of ${total}`);

		await app.press(...Array.from({length: index}, () => 'j'));
		expect(selectedRows(app.frame()).some((row) => row.text.includes(story.headline.slice(0, 30)))).toBe(true);
		await app.press(keys.enter);
		const pendingView = await app.waitFor(en.labels.storyAnalysing.slice(0, 40));
		expect(pendingView).not.toContain(en.labels.quotes);
		await app.press(keys.left);
		await app.waitFor(/ — .+ \(\d+\)/);

		// The quotes arrive and the story moved to the top of its topic: the cursor is still on it.
		const moved = {...complete, topics: [{...topic, stories: [story, ...topic.stories.filter((other) => other.id !== story.id)]}, ...complete.topics.slice(1)]};
		services.deliver(moved);
		await app.waitFor((/ — .+ \(\d+\)/));
		await new Promise((resolve) => setTimeout(resolve, 100));
		const selected = selectedRows(app.frame());
		expect(selected.some((row) => row.text.includes(story.headline.slice(0, 30)))).toBe(true);
		// The delivered briefing replaced the progress line.
		expect(app.frame()).not.toContain('Reading quotes');
		await app.press(keys.enter);
		const view = await app.waitFor(en.labels.quotes);
		expect(view).not.toContain(en.labels.storyAnalysing.slice(0, 40));
		expect(view).toContain(story.quotes[0]!.text.slice(0, 20));
	});
});
