// The feed manager on a narrow terminal, and feeds whose titles differ only past the column's end.

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

async function feedManager(columns: number, rows: number, title?: (index: number) => string): Promise<{frame: string; services: MemoryServices}> {
	const feeds = (await fixtures()).map((feed, index) => (title ? {...feed, title: title(index)} : feed));
	const services = new MemoryServices(feeds, defaultTopics());
	if (title) {
		// The config carries the titles, as after an OPML import.
		for (const [index, config] of services.feeds.entries()) config.title = title(index);
	}

	rendered = await renderApp(createElement(App, {services, language: 'de', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns, rows});
	await rendered.waitFor(/ — .+ \(\d+\)/u);
	await rendered.press('f');
	await rendered.waitFor('Status');
	return {frame: stripAnsi(rendered.frame()), services};
}

describe('feed manager', () => {
	test('at 50 columns the title gets the room of the last-fetch column, which moves to the detail rows', async () => {
		const {frame, services} = await feedManager(50, 14);
		assertFits(frame, 50, 14);
		expect(frame).not.toContain('Geladen  ');
		const first = services.feeds[0]!;
		const rows = frame.split('\n');
		const firstRow = rows.find(row => row.startsWith('▸[x] '))!;
		// More than the 10 cells of title it had.
		expect(firstRow.slice(5).split(' ').join(' ').length).toBeGreaterThan(20);
		expect(firstRow).toContain(first.title.slice(0, 18));
		expect(rows.some(row => /· Geladen \d/u.test(row))).toBe(true);
	});

	test('feeds whose titles differ only past the column end show the end of their address', async () => {
		const {frame, services} = await feedManager(80, 24, index => `Top stories - Google News · farm ${String(index).padStart(3, '0')}`);
		const ends = services.feeds.map(feed => feed.url.split('/').at(-1)!.slice(-12));
		const rows = frame.split('\n').filter(row => row.includes('Top stories'));
		expect(rows.length).toBe(services.feeds.length);
		expect(new Set(rows).size).toBe(rows.length);
		expect(rows.every((row, index) => row.includes(ends[index]!.slice(-8)))).toBe(true);
	});
});
