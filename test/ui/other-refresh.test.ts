// A refresh by another process (`lagebild refresh` from cron) is noticed by the running app (walk 13 #256): a real
// store file, changed through a second connection while the app shows it.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createElement} from 'react';
import {afterEach, expect, test} from 'vitest';
import {openContext, type AppContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {App} from '../../source/ui/App.js';
import {clock} from '../../source/ui/text/age.js';
import {renderApp, stripAnsi, type Rendered} from '../helpers/render.js';
import {writeFeedList} from '../helpers/server-and-home.js';
import {makeArticle, okState} from '../store/make-article.js';
import {reloadCommands} from '../../source/ui/commands/reload-commands.js';
import {storeWatch} from '../../source/ui/commands/store-watch.js';
import {selectedRows} from './app-fixture.js';
import {harness} from './commands/harness.js';

const feed = 'https://cron.example/feed.xml';
const now = () => new Date('2026-11-20T12:00:00.000Z');

let home: string | undefined;
let rendered: Rendered | undefined;
let services: StoreServices | undefined;
let context: AppContext | undefined;
afterEach(async () => {
	rendered?.unmount();
	await services?.close();
	context?.close();
	if (home) rmSync(home, {recursive: true, force: true});
	rendered = undefined;
	services = undefined;
	context = undefined;
	home = undefined;
});

const headlines = [
	'Chancellor Merz meets Macron in Paris over defence spending',
	'Flooding in Valencia: thousands evacuated after record rain',
	'Central bank raises interest rates for the third time this year',
	'Mars rover finds traces of ancient river delta',
];

const later = [
	'Earthquake of magnitude 6.1 strikes off the coast of Chile',
	'Parliament passes budget after all-night session',
	'Tennis star wins fifth title at the Australian Open',
];

const item = (title: string, index: number, hour: number) => makeArticle(feed, `i${title.length}-${index}`, {
	title,
	url: `https://cron.example/news/${index}-${title.length}`,
	summary: `${title}. More on this story as it develops.`,
	content: `${title}. More on this story as it develops.`,
	published: `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`,
	fetchedAt: `2026-11-20T${String(hour).padStart(2, '0')}:05:00.000Z`,
});

test('another connection stores articles: the app reloads when idle, keeps its cursor, says how many arrived; the total follows', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-other-refresh-'));
	writeFeedList(home, [{url: feed, title: 'Cron News', tags: [], enabled: true}]);
	context = await openContext({home, source: [], offline: true}, {env: {}});
	context.store.commitFeed(okState(feed, {lastFetch: '2026-11-20T09:05:00.000Z'}), headlines.map((title, index) => item(title, index, 6 + index)));
	services = new StoreServices(context, {openUrl: async () => undefined});
	rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now, watchStoreMs: 100}), {columns: 120, rows: 30});
	await rendered.waitFor(/ — .+ \(\d+\)/u);
	const before = stripAnsi(await rendered.waitFor(' 4 unread '));
	expect(before).not.toMatch(/^.Sport /mu);
	// The reader on the second story of the list.
	await rendered.press('j');
	const chosen = selectedRows(rendered.frame()).at(-1)!.text.replace(/^.\s*/u, '').slice(0, 30);
	expect(chosen.length).toBeGreaterThan(10);

	// `lagebild refresh` in another process: its own connection, three new articles and the feed's new fetch time.
	const other = new ArticleStore(context.store.file);
	try {
		other.commitFeed(okState(feed, {lastFetch: '2026-11-20T11:35:00.000Z'}), later.map((title, index) => item(title, 10 + index, 11)));
	} finally {
		other.close();
	}

	const frame = stripAnsi(await rendered.waitFor('3 new articles from another refresh', 15_000));
	expect(frame).toContain(' 7 unread ');
	expect(frame).toContain(`refreshed ${clock('2026-11-20T11:35:00.000Z', now())}`);
	// The new stories' topics (the earthquake off Chile, the tennis title) are listed now.
	expect(frame).toMatch(/^.Latin America /mu);
	expect(frame).toMatch(/^.Sport /mu);
	// The cursor stayed on the story the reader was on.
	expect(selectedRows(frame).some(row => row.text.includes(chosen))).toBe(true);

	// Nothing changed since: no second reload, no second message.
	await rendered.press('j');
	await new Promise(resolve => {
		setTimeout(resolve, 500);
	});
	expect(stripAnsi(rendered.frame())).not.toContain('from another refresh');
}, 60_000);

test('a changed stamp with no new article reloads without a word; nothing is read while another refresh still stores', async () => {
	const test = await harness();
	const reload = reloadCommands(test.tools);
	await reload.reloadBriefing();
	const watch = storeWatch(test.tools, reload);
	const briefings = () => test.services.calls.filter(call => call.name === 'getBriefing').length;
	const asked = briefings();

	// Unchanged: nothing read.
	await watch.checkStore();
	expect(briefings()).toBe(asked);
	// Another process is still storing: wait for it.
	test.services.stamp++;
	test.services.refreshingElsewhere = true;
	await watch.checkStore();
	expect(briefings()).toBe(asked);
	// Done, but it brought nothing new (this run's own full text, a feed's failure): read again, said nothing.
	test.services.refreshingElsewhere = false;
	await watch.checkStore();
	expect(briefings()).toBe(asked + 1);
	expect(test.state().message).toBeNull();
	// Read once: the next look finds the stamp seen.
	await watch.checkStore();
	expect(briefings()).toBe(asked + 1);
}, 60_000);
