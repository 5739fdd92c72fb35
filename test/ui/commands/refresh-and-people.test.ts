// refresh-commands and people-window-commands without Ink: a background summary leaves by itself, R waits its turn.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {peopleWindowCommands} from '../../../source/ui/commands/people-window-commands.js';
import {refreshCommands, type RefreshRuns} from '../../../source/ui/commands/refresh-commands.js';
import {reloadCommands} from '../../../source/ui/commands/reload-commands.js';
import {selection} from '../../../source/ui/commands/selection.js';
import {loadFixtureFeeds} from '../../helpers/fixture-articles.js';
import {harness, settled} from './harness.js';

afterEach(() => {
	vi.useRealTimers();
});

async function built(noteMs = 6000) {
	const test = await harness();
	const reload = reloadCommands(test.tools);
	await reload.reloadBriefing();
	const people = peopleWindowCommands(test.tools);
	const runs: RefreshRuns = {background: false};
	const refresh = refreshCommands(test.tools, reload, people, selection(test.tools), {runs, noteMs});
	return {...test, reload, people, refresh, runs};
}

describe('refreshCommands', () => {
	test('a background refresh that found articles says so, and the note leaves after noteMs', async () => {
		const {services, state, refresh} = await built(60_000);
		services.pending = (await loadFixtureFeeds(['uol-noticias.rss'])).flatMap(feed => feed.articles);
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		refresh.startRefresh({}, {background: true});
		await vi.waitUntil(() => !state().refresh.running && state().message !== null, {timeout: 20_000});
		expect(state().message?.text).toMatch(/[1-9]\d* new articles?/u);
		await vi.advanceTimersByTimeAsync(59_000);
		expect(state().message?.text).toMatch(/new article/u);
		await vi.advanceTimersByTimeAsync(1000);
		expect(state().message).toBeNull();
	});

	test('R during the timer\'s refresh runs after it, with its summary; R during R says it is under way', async () => {
		const {services, state, refresh} = await built();
		refresh.startRefresh({}, {background: true});
		refresh.startRefresh({});
		await settled(() => services.callsOf('refresh').length === 2 && !state().refresh.running);
		expect(services.callsOf('refresh')[0]).toEqual([{background: true}]);
		expect(services.callsOf('refresh')[1]).toEqual([{}]);
		expect(state().message?.text).toMatch(/feeds? ok, 0 failed, 0 new articles/u);
		refresh.startRefresh({});
		refresh.startRefresh({});
		expect(state().message?.text).toBe('A refresh is under way already');
		await settled(() => services.callsOf('refresh').length === 3 && !state().refresh.running);
	});
});

describe('peopleWindowCommands', () => {
	test('the next window (a week) is gathered and shown; after a refresh it is gathered again only when articles arrived', async () => {
		const {services, state, people} = await built();
		people.nextWindow();
		expect(state().peopleWindow?.window).toBe('week');
		expect(state().message?.text).toBe('People quoted: last 7 days');
		await settled(() => Boolean(state().peopleWindow?.data), 60_000);
		expect(state().peopleWindow?.data?.window).toBe('week');
		expect(services.callsOf('peopleWindow')).toEqual([['week']]);
		people.refreshed(0);
		expect(services.callsOf('peopleWindow')).toHaveLength(1);
		people.refreshed(3);
		expect(services.callsOf('peopleWindow')).toEqual([['week'], ['week']]);
	}, 90_000);
});
