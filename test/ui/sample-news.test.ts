// A first start on the default list: the stories are the bundled snapshots, years old ("4y"), and nothing said so
// (ninth walk: "not refreshed yet · all" over four-year-old news). The header names them until a feed answers.

import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {onlySampleNews} from '../../source/ui/state/sample-news.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, stripAnsi, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Services whose feeds never answered: the stored articles are all there is, as the snapshots on a first start. */
async function neverFetched(offline: boolean): Promise<MemoryServices> {
	const services = new MemoryServices(await fixtures(), defaultTopics());
	for (const [url, state] of services.states) services.states.set(url, {...state, status: 'new', lastFetch: null, lastSuccess: null});
	services.offline = () => offline;
	return services;
}

async function start(services: MemoryServices, language: 'en' | 'de' = 'en', columns = 120): Promise<Rendered> {
	const rendered = await renderApp(createElement(App, {services, language, env: {NO_COLOR: '1'}, now: fixedNow}), {columns, rows: 30});
	await rendered.waitFor(/ — .+ \(\d+\)/);
	return rendered;
}

describe('the header on a briefing of the bundled snapshots', () => {
	test('names them on a first start, and says --offline keeps them', async () => {
		app = await start(await neverFetched(false));
		await app.waitFor(/\[sample news \(bundled\) until your feeds arrive\]/);
		app.unmount();
		// Whole on an 80-column header, in German too.
		app = await start(await neverFetched(true), 'de', 80);
		await app.waitFor(/\[Beispielnachrichten: --offline lädt keine Feeds\]/);
		app.unmount();
		app = await start(await neverFetched(false), 'de', 80);
		await app.waitFor(/\[Beispielnachrichten, bis deine Feeds da sind\]/);
	});

	test('goes once a feed has answered', async () => {
		const services = await neverFetched(false);
		app = await start(services);
		await app.waitFor(/sample news/);
		await app.press('R');
		await app.waitFor(/feeds? ok/);
		expect(stripAnsi(app.frame()).split('\n')[0]).not.toContain('sample news');
	});

	test('is not there when the store holds news of feeds fetched before (a list just replaced)', async () => {
		const services = await neverFetched(false);
		services.fetchedNews = true;
		app = await start(services);
		await app.waitFor(/not refreshed yet|refreshing/u);
		// The feeds' answer and the store's come after the first frame: give them a moment.
		await new Promise(resolve => setTimeout(resolve, 200));
		expect(stripAnsi(app.frame())).not.toContain('sample news');
	});

	test('is not there when the feeds in use have answered before', async () => {
		app = await start(new MemoryServices(await fixtures(), defaultTopics()));
		await app.waitFor(/refreshed \d/u);
		expect(stripAnsi(app.frame())).not.toContain('sample news');
	});
});

test('onlySampleNews: no enabled feed ever answered; a disabled one does not count', () => {
	const config = (url: string, enabled = true) => ({url, title: '', tags: [], enabled});
	const state = (url: string, lastSuccess: string | null) => ({url, status: 'ok' as const, error: '', lastFetch: lastSuccess, lastSuccess, etag: null, lastModified: null, articleCount: 0});
	expect(onlySampleNews([{config: config('a')}, {config: config('b'), state: state('b', null)}])).toBe(true);
	expect(onlySampleNews([{config: config('a')}, {config: config('b'), state: state('b', '2026-11-27T04:00:00Z')}])).toBe(false);
	expect(onlySampleNews([{config: config('a')}, {config: config('b', false), state: state('b', '2026-11-27T04:00:00Z')}])).toBe(true);
	expect(onlySampleNews([])).toBe(false);
});
