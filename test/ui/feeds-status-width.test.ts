// The feed manager's status column takes what the titles leave (walk 11 #230: at 120 columns "error: host not found:
// www.ta…" beside a 60-cell title column holding titles of 15–30 cells).

import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, stripAnsi, type Rendered} from '../helpers/render.js';
import {assertFits, fixedNow, fixtures} from './app-fixture.js';

let rendered: Rendered | undefined;
afterEach(() => {
	rendered?.unmount();
	rendered = undefined;
});

const shortTitles = ['tagesschau.de', 'The Guardian – US', 'NYT Europe', 'Google News', 'heise developer', 'HuffPost Canada'];

/** The feed manager in German with the first feed failing to resolve its host, and the given titles (as after an import). */
async function feedManager(columns: number, titles: readonly string[]): Promise<string> {
	const feeds = (await fixtures()).map((feed, index) => ({...feed, title: titles[index]!}));
	const services = new MemoryServices(feeds, defaultTopics());
	for (const [index, config] of services.feeds.entries()) config.title = titles[index]!;
	const url = services.feeds[0]!.url;
	services.states.set(url, {...services.states.get(url)!, status: 'error', error: 'host not found: www.tagesschau.de'});
	rendered = await renderApp(createElement(App, {services, language: 'de', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns, rows: 24});
	await rendered.waitFor(/ — .+ \(\d+\)/u);
	await rendered.press('f');
	const frame = stripAnsi(await rendered.waitFor('Status'));
	assertFits(frame, columns, 24);
	return frame;
}

const rowOf = (frame: string, title: string) => frame.split('\n').find(row => row.slice(5).startsWith(title))!;

describe('feed manager columns', () => {
	test('at 120 columns the whole error shows beside short titles, under its heading', async () => {
		const frame = await feedManager(120, shortTitles);
		const row = rowOf(frame, 'tagesschau.de');
		expect(row).toContain('Fehler: Server nicht gefunden: www.tagesschau.de ');
		const header = frame.split('\n').find(line => line.includes('Status'))!;
		expect(header.indexOf('Status')).toBe(row.indexOf('Fehler'));
		for (const title of shortTitles) expect(rowOf(frame, title)).toBeDefined();
	});

	test('at 80 columns the status gets the cells the titles leave; every title stays whole', async () => {
		const frame = await feedManager(80, shortTitles);
		// 20 cells before ("Fehler: Server nich…"); now what the heading "Feeds (6, 1 mit Fehler)" and a fetch column as
		// wide as "01.01.2026" leave.
		expect(rowOf(frame, 'tagesschau.de')).toContain(' Fehler: Server nicht gefunden:');
		for (const title of shortTitles) expect(rowOf(frame, title)).toBeDefined();
		expect(frame).toContain('Feeds (6, 1 mit Fehler)');

	});

	test('a title longer than the column is cut where it was, and the status keeps its quarter', async () => {
		const long = 'Süddeutsche Zeitung – Politik, Wirtschaft, Kultur und alles aus München und Bayern';
		const frame = await feedManager(120, [shortTitles[0]!, long, ...shortTitles.slice(2)]);
		const row = rowOf(frame, 'Süddeutsche');
		// 62 cells of title (120 − 6 − 30 for the status − 13 − 6 − 3), then the status: at least its 30 cells.
		expect(row.slice(5, 5 + 62)).toMatch(/…$/u);
		expect(rowOf(frame, 'tagesschau.de').slice(5 + 62 + 1)).toMatch(/^Fehler: Server nicht gefunden: \S/u);
	});
});
