// The briefing with no article stored (seventh walk): a list of one's own on a first start, offline or not, showed
// "No topics yet. Press R to refr…" and "No stories here." — no word of why nor what to do; R offline said "started
// with --offline, or no feed is enabled" as if the app did not know which.

import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import type {UiLanguage} from '../../source/i18n/index.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow} from './app-fixture.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const ownFeeds = ['https://example.org/a.xml', 'https://example.org/b.xml', 'https://example.org/c.xml']
	.map((url, index) => ({file: '', url, title: `Feed ${index + 1}`, articles: []}));

/** Services over an empty store and three feeds never fetched. */
function emptyServices(options: {offline?: boolean; failing?: boolean} = {}): MemoryServices {
	const services = new MemoryServices(ownFeeds, defaultTopics(), options.failing ? {failing: Object.fromEntries(ownFeeds.map(feed => [feed.url, 'host not found: example.org']))} : {});
	services.states.clear();
	if (options.offline) services.offline = () => true;
	return services;
}

async function start(services: MemoryServices, language: UiLanguage = 'en', columns = 100, rows = 30): Promise<Rendered> {
	return renderApp(createElement(App, {services, language, env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns, rows});
}

/** The frame's text with its rows joined, so a wrapped sentence reads as one. */
const flat = (frame: string) => frame.replaceAll(/[ │]*\n[ │]*/gu, ' ').replaceAll(/ {2,}/gu, ' ');

describe('the briefing with no article stored', () => {
	test('offline: it says that nothing is fetched with --offline, how to fetch the feeds, and R says the same', async () => {
		app = await start(emptyServices({offline: true}));
		const frame = flat(await app.waitFor('No topics yet.'));
		expect(frame).toContain('No articles are stored yet, and with --offline nothing is fetched. Start lagebild without --offline (or run lagebild refresh) to fetch your 3 feeds; f lists them.');
		expect(frame).not.toContain('No stories here');
		expect(frame).not.toContain('Press R to refr');
		await app.press('R');
		await app.waitFor('Nothing fetched: started with --offline');
	});

	test('German: every feed failed in the last refresh — it says so and where the errors are', async () => {
		app = await start(emptyServices({failing: true}), 'de');
		const before = flat(await app.waitFor('Noch keine Themen.'));
		expect(before).toContain('Noch keine Artikel gespeichert: R lädt deine 3 Feeds; f zeigt sie.');
		await app.press('R');
		const after = flat(await app.waitFor('bei der letzten Aktualisierung'));
		expect(after).toContain('Noch keine Artikel gespeichert: bei der letzten Aktualisierung ist jeder Feed fehlgeschlagen (kein Netz?). f zeigt die Fehler der Feeds; R versucht es wieder.');
	});

	test('feeds that answered but brought nothing of the retention window: it names the setting', async () => {
		const services = emptyServices();
		app = await start(services);
		await app.waitFor('R fetches your 3 feeds');
		await app.press('R');
		const frame = flat(await app.waitFor('brought none'));
		expect(frame).toContain('your feeds brought none of the last 30 days (older items are skipped: retentionDays in config.json)');
	});

	test('every feed switched off, and an empty list: how to change it', async () => {
		const services = emptyServices();
		services.feeds = services.feeds.map(feed => ({...feed, enabled: false}));
		app = await start(services);
		expect(flat(await app.waitFor('switched off'))).toContain('Every feed is switched off: f opens the feed manager, space switches one on.');
		await app.press('R');
		await app.waitFor('Nothing fetched: every feed is switched off');
		app.unmount();
		const none = emptyServices();
		none.feeds = [];
		app = await start(none);
		expect(flat(await app.waitFor('list is empty'))).toContain('Your feed list is empty: f opens the feed manager, a adds a feed');
	});

	test('a narrow terminal (one pane) shows the whole note in that pane', async () => {
		app = await start(emptyServices({offline: true}), 'de', 60, 20);
		const frame = flat(await app.waitFor('f zeigt sie.'));
		expect(frame).toContain('Noch keine Artikel gespeichert, und mit --offline wird nichts geladen.');
		for (const line of app.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
	});
});

describe('after the start\'s refresh', () => {
	test('one that fetched nothing (every feed held back) no longer says "fetching" and leaves the store\'s last refresh standing', async () => {
		const {initialState, reducer} = await import('../../source/ui/state/reducer.js');
		const {emptyBriefingNote} = await import('../../source/ui/state/empty-briefing.js');
		const {messagesFor} = await import('../../source/i18n/index.js');
		const messages = messagesFor('en');
		const feeds = ownFeeds.map(feed => ({config: {url: feed.url, title: feed.title, tags: [], enabled: true}, state: {status: 'error', failures: 2, error: 'host not found: example.org'}})) as unknown as import('../../source/services/app-services.js').FeedRow[];
		const facts = {offline: false, retentionDays: 30, refreshOnStart: true};
		let state = reducer(initialState(100, 30), {type: 'feedsLoaded', feeds});
		expect(emptyBriefingNote(state, facts, messages)).toContain('fetching your 3 feeds');
		state = reducer(state, {type: 'refreshStarted'});
		// The store's last refresh is read while the start's refresh runs (every feed failed in it).
		state = reducer(state, {type: 'refreshKnown', at: '2022-07-28T09:00:00.000Z', failed: 3});
		state = reducer(state, {type: 'refreshFinished', summary: {results: [], ok: 0, notModified: 0, failed: 0, newArticles: 0, durationMs: 3, skipped: 3}, at: '2022-07-28T10:00:00.000Z'});
		const note = emptyBriefingNote(state, facts, messages);
		expect(note).not.toContain('fetching');
		expect(note).toContain('every feed failed');
		expect(state.refresh.lastAt).toBe('2022-07-28T09:00:00.000Z');
	});

	test('with no earlier refresh either, it says how to fetch', async () => {
		const {initialState, reducer} = await import('../../source/ui/state/reducer.js');
		const {emptyBriefingNote} = await import('../../source/ui/state/empty-briefing.js');
		const {messagesFor} = await import('../../source/i18n/index.js');
		const feeds = ownFeeds.map(feed => ({config: {url: feed.url, title: feed.title, tags: [], enabled: true}})) as unknown as import('../../source/services/app-services.js').FeedRow[];
		let state = reducer(initialState(100, 30), {type: 'feedsLoaded', feeds});
		state = reducer(state, {type: 'refreshStarted'});
		state = reducer(state, {type: 'refreshFinished', summary: {results: [], ok: 0, notModified: 0, failed: 0, newArticles: 0, durationMs: 3, skipped: 3}, at: '2022-07-28T10:00:00.000Z'});
		expect(emptyBriefingNote(state, {offline: false, retentionDays: 30, refreshOnStart: true}, messagesFor('en'))).toBe('No articles are stored yet: R fetches your 3 feeds; f lists them.');
	});
});
