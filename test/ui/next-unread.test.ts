import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {keys, renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
let rendered: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
	rendered?.unmount();
	rendered = undefined;
});

/** The headline row of the story screen (the row under the breadcrumb). */
function storyHeadline(frame: string): string {
	return frame.split('\n')[1]!.trim();
}

describe('n opens the next unread story', () => {
	test('from a story, from an article and from the list; the screen is replaced, so Esc leads back to the list', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const [first, second] = briefing.topics;
		expect(first!.stories.length).toBeGreaterThan(3);

		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		expect(storyHeadline(app.frame())).toBe(first!.stories[0]!.headline);
		await app.press('n');
		expect(storyHeadline(app.frame())).toBe(first!.stories[1]!.headline);
		expect(app.frame().split('\n')[0]).toMatch(/Briefing › Story\s*$/u);

		// From the article of a story: the next story, not the next article.
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story › Article');
		await app.press('n');
		await app.waitFor(first!.stories[2]!.headline.slice(0, 30));
		expect(app.frame().split('\n')[0]).toMatch(/Briefing › Story\s*$/u);
		expect(storyHeadline(app.frame())).toBe(first!.stories[2]!.headline);

		// Back in the list the selection is on that story, which opening marked read.
		await app.press(keys.esc);
		expect(selectedRows(app.frame()).some(row => row.text.includes(first!.stories[2]!.headline.slice(0, 30)))).toBe(true);
		const opened = first!.stories.slice(0, 3).flatMap(story => story.articles.map(article => article.id));
		expect(opened.every(id => app!.services.read.has(id))).toBe(true);

		// At the end of a topic n goes on with the next topic's first unread story.
		await app.press('G', 'n');
		const last = first!.stories.at(-1)!;
		expect(storyHeadline(app.frame())).toBe(last.unread ? last.headline : second!.stories[0]!.headline);
		if (last.unread) {
			await app.press('n');
			expect(storyHeadline(app.frame())).toBe(second!.stories[0]!.headline);
		}

		await app.press(keys.esc);
		expect(app.frame()).toContain(`Stories — ${second!.name}`);
	});

	test('with nothing unread it says so and stays', async () => {
		const services = new MemoryServices(await fixtures(), defaultTopics());
		for (const feed of await fixtures()) {
			for (const article of feed.articles) {
				services.read.add(article.uid);
			}
		}

		rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 100, rows: 30});
		await rendered.waitFor(/ — .+ \(\d+\)/u);
		await rendered.press('n');
		await rendered.waitFor('No unread stories left');
		expect(rendered.frame().split('\n')[0]).toMatch(/Briefing\s*$/u);
	});
});
