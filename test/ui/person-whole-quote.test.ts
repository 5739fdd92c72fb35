// A person's quotes are one row each, cut at the edge: the selected one stands whole under the list, with its outlet and
// headline, where the list leaves rows free (walk 12 #241).

import {afterEach, describe, expect, test, vi} from 'vitest';
import {briefingPeople, type PersonQuote} from '../../source/briefing/people.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {assertFits, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The frame's text with its wrapping undone. */
const flat = (frame: string) => stripAnsi(frame).replaceAll(/\s+/gu, ' ');

/** Opens the quotes of the first person on the People list (in its order) whose quotes `fits`. */
async function openPerson(columns: number, rows: number, fits: (quotes: PersonQuote[]) => boolean = () => true): Promise<{name: string; quotes: PersonQuote[]}> {
	app = await startTestApp({columns, rows});
	const briefing = await app.services.getBriefing({unreadOnly: false});
	const {people, quotes} = briefingPeople(briefing);
	const index = people.findIndex(person => fits(quotes.get(person.name) ?? []));
	expect(index).toBeGreaterThanOrEqual(0);
	await app.press('p');
	await app.waitFor('Briefing › People');
	await app.press(...Array.from({length: index}, () => 'j'), keys.enter);
	const name = people[index]!.name;
	await app.waitFor(`${name} (`);
	return {name, quotes: quotes.get(name)!};
}

describe('the selected quote of a person, whole', () => {
	test('at 80×24 a long quote cut on its row stands whole under the list with its outlet and headline, and follows the cursor', async () => {
		const {quotes} = await openPerson(80, 24);
		expect(quotes.length).toBeGreaterThan(1);
		const frame = app!.frame();
		assertFits(frame, 80, 24);
		const first = quotes[0]!;
		expect(selectedRows(frame)[0]!.text).toContain('…');
		expect(flat(frame)).toContain(first.quote.text.replaceAll(/\s+/gu, ' '));
		expect(flat(frame)).toContain(`— ${first.quote.outlet} · ${first.headline}`.replaceAll(/\s+/gu, ' '));

		// The next quote that its row cuts.
		const next = quotes.findIndex((item, index) => index > 0 && item.quote.text.length > 80);
		expect(next).toBeGreaterThan(0);
		await app!.press(...Array.from({length: next}, () => 'j'));
		await vi.waitUntil(() => flat(app!.frame()).includes(quotes[next]!.quote.text.replaceAll(/\s+/gu, ' ')), {timeout: 5000, interval: 10});
		expect(flat(app!.frame())).not.toContain(first.quote.text.replaceAll(/\s+/gu, ' '));
	});

	test('where the rows under the list cannot hold the whole quote, the quote ends in "…" and its outlet and headline stay', async () => {
		// One quote and three free rows (9 rows: heading, the list's row, the status rows): a quote of three rows or more
		// and its citation do not fit.
		const {quotes} = await openPerson(80, 9, list => list.length === 1 && list[0]!.quote.text.length > 240);
		const frame = app!.frame();
		assertFits(frame, 80, 9);
		const rows = stripAnsi(frame).split('\n');
		const citation = rows.findIndex(row => row.trimStart().startsWith(`— ${quotes[0]!.quote.outlet}`));
		expect(citation).toBeGreaterThan(0);
		expect(rows[citation - 1]!.trimEnd()).toMatch(/…$/u);
		expect(flat(frame)).not.toContain(quotes[0]!.quote.text.replaceAll(/\s+/gu, ' '));
	});

	test('at 80×24 a person of 17 quotes or more (everything stored): the list gives up a band for the whole quote, at the top and deep in the list', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		// The fixtures' most quoted person has 10 quotes: here the first person of everything stored said all its quotes
		// (as a week of a busy news day gives Trump 20 and more).
		const gather = app.services.peopleWindow.bind(app.services);
		const all = await gather('all');
		const {name} = all.people[0]!;
		const said = Object.values(all.quotes).flat().map(quote => ({...quote, speaker: name}));
		expect(said.length).toBeGreaterThanOrEqual(17);
		app.services.peopleWindow = async window => ({...await gather(window), people: [{...all.people[0]!, quotes: said.length}], quotes: {[name]: said}});
		const quotes = said.map(({headline, published: _published, url: _url, ...quote}) => ({quote, headline}));
		await app.press('p', 'w', 'w');
		await app.waitFor(/People \(\d+\) · everything stored/u);
		await app.press('g', keys.enter);
		await app.waitFor(`${name} (${quotes.length})`);
		const whole = (at: number) => {
			const frame = app!.frame();
			assertFits(frame, 80, 24);
			const item = quotes[at]!;
			// The cursor's row on screen, its quote whole under the list (or ended in "…" with its citation kept).
			expect(selectedRows(frame)[0]!.text).toContain(item.quote.outlet.slice(0, 12));
			const rows = stripAnsi(frame).split('\n');
			const citation = rows.findIndex(row => row.trimStart().startsWith(`— ${item.quote.outlet}`));
			expect(citation, `quote ${at}'s citation`).toBeGreaterThan(0);
			const text = item.quote.text.replaceAll(/\s+/gu, ' ');
			expect(flat(frame).includes(text) || rows[citation - 1]!.trimEnd().endsWith('…'), `quote ${at} whole or marked cut`).toBe(true);
			expect(flat(frame)).toContain(text.slice(0, 40));
		};

		const long = (at: number) => quotes[at]!.quote.text.length > 60;
		const first = quotes.findIndex((_, at) => long(at));
		await app.press(...Array.from({length: first}, () => 'j'));
		whole(first);
		// Deep in the list, past the rows the band took from it: the window follows, the band stays.
		const deep = quotes.findLastIndex((_, at) => long(at));
		expect(deep).toBeGreaterThan(11);
		await app.press(...Array.from({length: deep - first}, () => 'j'));
		whole(deep);
		await app.press('g');
		await vi.waitUntil(() => selectedRows(app!.frame())[0]!.text.includes(quotes[0]!.quote.outlet.slice(0, 12)), {timeout: 5000, interval: 10});
	}, 60_000);

	test('a citation longer than its rows ends in "…" on the last row kept', async () => {
		// 30 columns and 9 rows: one quote, three rows under it; a headline of 80 letters or more wraps past two.
		const {quotes} = await openPerson(30, 9, list => list.length === 1 && list[0]!.headline.length > 80);
		const frame = app!.frame();
		assertFits(frame, 30, 9);
		const rows = stripAnsi(frame).split('\n');
		const citation = rows.findIndex(row => row.trimStart().startsWith(`— ${quotes[0]!.quote.outlet.slice(0, 10)}`));
		expect(citation).toBeGreaterThan(0);
		expect(rows[citation + 1]!.trimEnd()).toMatch(/…$/u);
		expect(flat(frame)).not.toContain(quotes[0]!.headline.replaceAll(/\s+/gu, ' '));
	});

	test('a quote whose row holds it whole is not repeated', async () => {
		const fitting = (item: PersonQuote) => item.quote.text.length + item.headline.length + item.quote.outlet.length < 200;
		const {quotes} = await openPerson(240, 40, list => list.some(fitting));
		const short = quotes.findIndex(fitting);
		await app!.press(...Array.from({length: short}, () => 'j'));
		await vi.waitUntil(() => selectedRows(app!.frame())[0]?.text.includes(quotes[short]!.quote.text) === true, {timeout: 5000, interval: 10});
		expect(stripAnsi(app!.frame()).split(quotes[short]!.quote.text).length - 1).toBe(1);
	});
});
