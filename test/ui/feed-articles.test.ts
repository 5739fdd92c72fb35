import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {keys, renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures, selectedRows} from './app-fixture.js';

let rendered: Rendered | undefined;
afterEach(() => {
	rendered?.unmount();
	rendered = undefined;
});

describe('Enter on a feed in the feed manager lists its articles', () => {
	test('newest first with unread marks; Enter reads one (marked read), m toggles, Esc back to the feed manager', async () => {
		const feeds = await fixtures();
		const services = new MemoryServices(feeds, defaultTopics());
		rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 110, rows: 40});
		await rendered.waitFor(/ — .+ \(\d+\)/u);
		await rendered.press('f');
		await rendered.waitFor('#news');
		await rendered.press('j', keys.enter);
		const feed = feeds[1]!;
		const newest = [...feed.articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
		let frame = await rendered.waitFor(`${feed.title} (${feed.articles.length}, ${feed.articles.length}•)`);
		expect(frame.split('\n')[0]).toMatch(/Briefing › Feeds › Feed\s*$/u);
		expect(selectedRows(frame)[0]!.text).toMatch(/^▸•/u);
		expect(selectedRows(frame)[0]!.text).toContain(newest[0]!.title.slice(0, 40));

		await rendered.press(keys.enter);
		await rendered.waitFor('Briefing › Feeds › Feed › Article');
		expect(services.read.has(newest[0]!.uid)).toBe(true);
		await rendered.press(keys.esc);
		frame = await rendered.waitFor(`${feed.title} (${feed.articles.length}, ${feed.articles.length - 1}•)`);
		expect(selectedRows(frame)[0]!.text).toMatch(/^▸ {2}/u);

		await rendered.press('j', 'm');
		await rendered.waitFor(`(${feed.articles.length}, ${feed.articles.length - 2}•)`);
		expect(services.read.has(newest[1]!.uid)).toBe(true);
		await rendered.press('m');
		await rendered.waitFor(`(${feed.articles.length}, ${feed.articles.length - 1}•)`);
		expect(services.read.has(newest[1]!.uid)).toBe(false);

		await rendered.press(keys.esc);
		await rendered.waitFor('#news');
		expect(rendered.frame().split('\n')[0]).toMatch(/Briefing › Feeds\s*$/u);
		await rendered.press('?');
		expect(rendered.frame()).toMatch(/Enter → l\s+open/u);
	});
});
