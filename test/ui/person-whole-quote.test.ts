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

	test('a quote whose row holds it whole is not repeated', async () => {
		const fitting = (item: PersonQuote) => item.quote.text.length + item.headline.length + item.quote.outlet.length < 200;
		const {quotes} = await openPerson(240, 40, list => list.some(fitting));
		const short = quotes.findIndex(fitting);
		await app!.press(...Array.from({length: short}, () => 'j'));
		await vi.waitUntil(() => selectedRows(app!.frame())[0]?.text.includes(quotes[short]!.quote.text) === true, {timeout: 5000, interval: 10});
		expect(stripAnsi(app!.frame()).split(quotes[short]!.quote.text).length - 1).toBe(1);
	});
});
