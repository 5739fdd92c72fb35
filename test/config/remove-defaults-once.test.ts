// The import's "remove the defaults you did not choose?" answered yes: one write of config.json for all of them, then
// their articles; a write that fails removes nothing and names the file (note-s18: it was one write per feed).

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test, vi} from 'vitest';
import {openContext, type AppContext} from '../../source/commands/context.js';
import {messagesFor} from '../../source/i18n/index.js';
import {StoreServices} from '../../source/services/store-services.js';
import {commandTools} from '../../source/ui/commands/command-context.js';
import {feedManagerCommands} from '../../source/ui/commands/feed-manager-commands.js';
import {reloadCommands} from '../../source/ui/commands/reload-commands.js';
import {selection} from '../../source/ui/commands/selection.js';
import {initialState, reducer, type UiAction} from '../../source/ui/state/reducer.js';
import {writeFeedList} from '../helpers/server-and-home.js';
import {makeArticle, okState} from '../store/make-article.js';

const urls = Array.from({length: 5}, (_, index) => `https://default${index}.example/feed.xml`);
const own = 'https://mine.example/feed.xml';

let home: string | undefined;
let context: AppContext | undefined;
let services: StoreServices | undefined;
afterEach(async () => {
	await services?.close();
	context?.close();
	if (home) rmSync(home, {recursive: true, force: true});
	home = undefined;
	context = undefined;
	services = undefined;
});

/** A home whose list holds five defaults and the user's own feed, each with a stored article; the feed manager's commands over it. */
async function managerOverHome() {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-drop-defaults-'));
	writeFeedList(home, [...urls, own].map(url => ({url, title: '', tags: [], enabled: true})));
	context = await openContext({home, source: [], offline: true}, {env: {}});
	for (const url of [...urls, own]) context.store.commitFeed(okState(url), [makeArticle(url, 'a')]);
	services = new StoreServices(context, {openUrl: async () => undefined});
	const stateRef = {current: initialState(100, 30)};
	const dispatch = (action: UiAction) => {
		stateRef.current = reducer(stateRef.current, action);
	};

	const tools = commandTools({services, stateRef, dispatch, messages: messagesFor('en'), now: () => new Date('2026-11-20T12:00:00.000Z')});
	const reload = reloadCommands(tools);
	const commands = feedManagerCommands(tools, reload, selection(tools), {startRefresh: () => undefined});
	const stored = (url: string) => context!.store.articles({feedUrls: [url]}).length;
	return {context, commands, state: () => stateRef.current, stored, file: path.join(home, 'config.json')};
}

test('yes removes the defaults with one config write, then their articles; the user\'s feed stays', async () => {
	const {context, commands, state, stored, file} = await managerOverHome();
	const update = vi.spyOn(context.config, 'update');
	commands.dropDefaultsConfirmed(urls.slice(0, 4).join('\n'));
	await vi.waitUntil(() => state().message?.text === '4 default feeds removed', {timeout: 20_000, interval: 10});
	expect(update).toHaveBeenCalledTimes(1);
	const listed = (JSON.parse(readFileSync(file, 'utf8')) as {feeds: Array<{url: string}>}).feeds.map(feed => feed.url);
	expect(listed).toEqual([urls[4], own]);
	expect(urls.slice(0, 4).map(url => stored(url))).toEqual([0, 0, 0, 0]);
	expect([stored(urls[4]!), stored(own)]).toEqual([1, 1]);
}, 30_000);

test('a write that fails removes nothing, from the file or the store, and the error names config.json', async () => {
	const {commands, state, stored, file} = await managerOverHome();
	// Another program left the file half-edited: the write is refused (config-file.ts), as a full disk or a read-only home is.
	const broken = `${readFileSync(file, 'utf8').slice(0, -2)},`;
	writeFileSync(file, broken);
	commands.dropDefaultsConfirmed(urls.join('\n'));
	await vi.waitUntil(() => state().message?.level === 'error', {timeout: 20_000, interval: 10});
	expect(state().message?.text).toContain(file);
	expect(readFileSync(file, 'utf8')).toBe(broken);
	expect([...urls, own].map(url => stored(url))).toEqual([1, 1, 1, 1, 1, 1]);
}, 30_000);
