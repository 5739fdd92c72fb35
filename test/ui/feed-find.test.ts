// The feed manager with 60 feeds (walk #100): find a feed by typing after /, and an order switched with S.

import {afterEach, describe, expect, test} from 'vitest';
import type {UiPosition} from '../../source/config/ui-position.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {assertFits, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Adds copies of the first fixture feed (no title of their own, as an OPML import without names) up to 60. */
function growTo60(target: AppUnderTest): string {
	const {services} = target;
	const first = services.feeds[0]!;
	const state = services.states.get(first.url)!;
	for (let copy = 1; services.feeds.length < 60; copy++) {
		const url = `${first.url}?copy=${copy}`;
		services.feeds.push({url, title: '', tags: [], enabled: true});
		services.states.set(url, {...state, url, articleCount: copy, ...(copy === 33 ? {status: 'error', error: 'HTTP 500'} : {})});
	}

	return first.title;
}

function selectedTitle(frame: string): string {
	return selectedRows(frame)[0]?.text ?? '';
}

describe('feed manager: find and order', () => {
	test('/ filters as you type, the heading counts what shows; Enter moves into the list, Esc shows all again', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		growTo60(app);
		await app.press('f');
		await app.waitFor('Feeds (60, 1 failing)');
		await app.press('/');
		await app.waitFor('Find feed: ▏');
		await app.type('copy=3');
		// copy=3 and copy=30…39
		let frame = stripAnsi(await app.waitFor('Feeds (11 of 60)'));
		assertFits(frame, 80, 24);
		expect(frame).toContain('Find feed: copy=3▏');
		expect(frame).not.toContain('copy=4');
		// While typing, j is a letter of the filter, not a move.
		await app.type('j');
		await app.waitFor('Feeds (0 of 60)');
		expect(app.frame()).toContain('No feed matches. Esc shows all feeds.');
		await app.press(keys.backspace, keys.enter);
		frame = stripAnsi(await app.waitFor('Feeds (11 of 60)'));
		expect(frame).toContain('Find feed: copy=3');
		expect(frame).not.toContain('copy=3▏');
		await app.press('j', 'j');
		expect(selectedTitle(app.frame())).toContain('copy=31');
		await app.press(keys.esc);
		frame = stripAnsi(await app.waitFor('Feeds (60, 1 failing)'));
		// The feed found stays selected in the whole list; a second Esc leaves the manager.
		expect(selectedTitle(frame)).toContain('copy=31');
		await app.press(keys.esc);
		await app.waitFor(/Stories — /u);
	});

	test('/ in the manager is the feed filter in the help; the article search is one Esc away', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		await app.press('f', '?');
		const help = stripAnsi(await app.waitFor('find a feed by title or address'));
		expect(help).toMatch(/\/ +find a feed/u);
		expect(help).toMatch(/S +order: added/u);
		expect(help).not.toContain('search all articles');
		await app.press(keys.esc, keys.esc, '?');
		expect(stripAnsi(await app.waitFor('search all articles'))).not.toContain('find a feed');
	});

	test('at 80 columns the heading names the order briefly and the failing feed is the top row', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		growTo60(app);
		await app.press('f');
		await app.waitFor('Feeds (60, 1 failing)');
		await app.press('j', 'j', 'S', 'S');
		const frame = stripAnsi(await app.waitFor('Feeds (60, 1 failing) · ✗ first'));
		assertFits(frame, 80, 24);
		expect(frame).toContain('Feeds failing first');
		expect(frame.split('\n').find(line => line.includes('[x]'))).toContain('HTTP 500');
		app.unmount();

		// German words are longer: the heading keeps the order and drops the failing count rather than cut it.
		app = await startTestApp({columns: 80, rows: 24, language: 'de'});
		growTo60(app);
		await app.press('f', 'S', 'S');
		assertFits(stripAnsi(await app.waitFor('Feeds (60) · ✗ zuerst ')), 80, 24);
	});

	test('S cycles the order, keeps the selected feed, and the order is saved for the next launch', async () => {
		const saved: UiPosition[] = [];
		app = await startTestApp({columns: 120, rows: 40, positionKeeper: {save: position => saved.push(position)}});
		growTo60(app);
		await app.press('f');
		await app.waitFor('Feeds (60, 1 failing)');
		await app.press('j', 'j');
		const selected = selectedTitle(app.frame()).replace('▸', '').trim();
		await app.press('S');
		let frame = stripAnsi(await app.waitFor('Feeds (60, 1 failing) · by title'));
		expect(frame).toContain('Feeds by title');
		expect(selectedTitle(frame)).toContain(selected);
		await app.press('S');
		frame = stripAnsi(await app.waitFor('· failing first'));
		const rows = frame.split('\n').filter(line => line.includes('[x]'));
		expect(rows[0]).toContain('HTTP 500');
		expect(rows.filter(line => line.includes('HTTP 500'))).toHaveLength(1);
		expect(selectedTitle(frame)).toContain(selected);
		await app.press('S');
		frame = stripAnsi(await app.waitFor('· by article count'));
		expect(selectedTitle(frame)).toContain(selected);
		await app.press('q');
		expect(saved.at(-1)?.feedOrder).toBe('articles');
		app.unmount();

		app = await startTestApp({columns: 120, rows: 40, positionKeeper: {initial: saved.at(-1), save: () => undefined}});
		await app.press('f');
		await app.waitFor('· by article count');
	});
});
