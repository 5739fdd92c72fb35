// What the status bar says when a key cannot do its work at once or at all: offline refresh, slow full text, no link.

import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {delay, keys, renderApp} from '../helpers/render.js';
import {fixedNow, fixtures, locate, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Opens the article of the first quote of a story with a named direct quote; returns its id. */
async function openQuotedArticle(target: AppUnderTest, withoutLink = false): Promise<string> {
	const found = await locate(target.services, story => story.quotes[0]?.speaker !== '' && story.quotes[0]?.kind === 'direct');
	const uid = found.story.quotes[0]!.articleId;
	if (withoutLink) {
		target.services.articles.set(uid, {...target.services.articles.get(uid)!, url: ''});
	}

	await selectStory(target, found.topicIndex, found.storyIndex);
	await target.press(keys.enter);
	await target.waitFor('Briefing › Story');
	await target.press(keys.enter);
	await target.waitFor('Story › Article');
	return uid;
}

describe('status messages', () => {
	test('a refresh that fetched nothing (offline) says so and keeps the last real refresh time', async () => {
		app = await startTestApp();
		await app.waitFor('refreshed 01.01.2026');
		app.services.offline = () => true;
		await app.press('R');
		const frame = await app.waitFor('Nothing fetched: started with --offline');
		expect(frame).toContain('refreshed 01.01.2026');
		expect(frame).not.toContain('0 feeds ok');
	});

	test('a refresh in which every feed failed says so and where to look, not "0 feeds ok"', async () => {
		const feeds = await fixtures();
		app = await startTestApp({columns: 80, rows: 24, failing: Object.fromEntries(feeds.map(feed => [feed.url, 'host not found: example.invalid']))});
		await app.press('R');
		// Every feed failing at once is most often the network (a first start offline): the message asks.
		const frame = await app.waitFor(`All ${feeds.length} feeds failed – no network? f shows why`);
		expect(frame).not.toContain('0 feeds ok');
		await app.press('f');
		await app.waitFor('error: host not found');
	});

	test('F says the full text is being fetched while the page loads', async () => {
		app = await startTestApp();
		const uid = await openQuotedArticle(app);
		const fetch = app.services.fetchFullText.bind(app.services);
		app.services.fetchFullText = async (id: string) => {
			await delay(500);
			return fetch(id);
		};

		await app.press('F');
		expect(app.frame()).toContain('Fetching the full text…');
		await app.waitFor('Full text fetched');
		expect(app.services.callsOf('fetchFullText')).toEqual([[uid]]);
	});

	test('o and F on an article without a link say so instead of nothing or "not a web address: "', async () => {
		app = await startTestApp();
		await openQuotedArticle(app, true);
		await app.press('o');
		expect(app.frame()).toContain('This article has no web address');
		await app.press('F');
		await delay(50);
		expect(app.frame()).toContain('This article has no web address');
		expect(app.services.callsOf('openUrl')).toEqual([]);
		expect(app.services.callsOf('fetchFullText')).toEqual([]);
	});
});

describe('long messages', () => {
	test('a message too long beside the status takes the whole status row, then the status comes back', async () => {
		app = await startTestApp({columns: 100, rows: 24, keymapOverrides: {star: ['m'], bogus: ['z']}});
		const status = app.frame().split('\n').at(-1)!;
		// Both problems can be read: the clashing key and the unknown action.
		expect(status).toContain('"m" is bound to both "star" and "toggleRead"');
		expect(status).toContain('unknown action "bogus"');
		expect(status).not.toContain('? help');
		// A short message leaves room for the status again.
		await app.press('u');
		await app.waitFor(/unread only · \? help/u);
	});
});

describe('the first briefing', () => {
	test('while it loads the screen says "Loading…" and not also "No stories here."', async () => {
		const services = new MemoryServices(await fixtures(), defaultTopics());
		const compute = services.getBriefing.bind(services);
		services.getBriefing = async filter => {
			await delay(600);
			return compute(filter);
		};

		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 100, rows: 30});
		app = {...rendered, services};
		const loading = await app.waitFor('Loading…');
		expect(loading).not.toContain('No stories here.');
		await app.waitFor(/Stories — .+ \(\d+\)/u, 10_000);
	});
});
