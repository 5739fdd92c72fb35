// The People screen's window (w): the briefing's 48 h → 7 days → everything stored, in the heading; a person's quotes
// then span the window, newest first, each dated; the keymap drives the key and the help overlay.

import {afterEach, describe, expect, test} from 'vitest';
import {keys, stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('People over a wider window', () => {
	test('w cycles briefing → 7 days → everything stored; the list and a person\'s quotes follow the window', async () => {
		app = await startTestApp({columns: 140, rows: 40});
		await app.press('p');
		await app.waitFor(/People \(\d+\) · briefing, since \d\d\.\d\d\.\d{4}/u);
		await app.press('w');
		await app.waitFor(/People \(\d+\) · last 7 days/u);
		await app.press('w');
		const frame = stripAnsi(await app.waitFor(/People \(\d+\) · everything stored/u));
		expect(app.services.callsOf('peopleWindow')).toEqual([['week'], ['all']]);
		// The fixtures are not grouped into stories here: the counts are reports.
		expect(frame).toMatch(/\d+ reports? · \d+ quotes?/u);
		const all = await app.services.peopleWindow('all');
		const top = all.people[0]!;
		expect(frame).toContain(top.name);
		expect(Number(/People \((\d+)\)/u.exec(frame)![1])).toBe(all.people.length);

		// The first person's quotes: every one of the window, newest first (a date on each row).
		await app.press('g', keys.enter);
		const person = stripAnsi(await app.waitFor(new RegExp(`${top.name.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&')} \\(${all.quotes[top.name]!.length}\\)`, 'u')));
		const published = all.quotes[top.name]!.map(quote => quote.published);
		expect(published).toEqual([...published].sort().reverse());
		expect(person).toMatch(/\d\d\.\d\d\.\d{4}|\d\d\.\d\d\. \d\d:\d\d/u);

		// Once more: back to the briefing's window, where nothing is gathered.
		await app.press(keys.esc, 'w');
		await app.waitFor(/People \(\d+\) · briefing, since \d\d\.\d\d\.\d{4}/u);
		expect(app.services.callsOf('peopleWindow').length).toBe(3);
	}, 90_000);

	test('the help overlay on the People screen lists the key; German heading', async () => {
		app = await startTestApp({columns: 120, rows: 50, language: 'de'});
		await app.press('p');
		await app.waitFor(/Personen \(\d+\) · Lagebild, seit \d\d\.\d\d\.\d{4}/u);
		await app.press('?');
		const help = stripAnsi(await app.waitFor(/Zeitraum: Lagebild · 7 Tage · alles Gespeicherte/u));
		expect(help).toMatch(/\bw\b.*Zeitraum/u);
		await app.press(keys.esc, 'w');
		await app.waitFor(/Personen \(\d+\) · letzte 7 Tage/u);
	});

	test('a week that ends at an old newest article says where it ends (sixth walk)', async () => {
		app = await startTestApp({columns: 140, rows: 40});
		const gather = app.services.peopleWindow.bind(app.services);
		// As StoreServices gives it over the bundled snapshots: the week ends at the newest stored, months before now.
		app.services.peopleWindow = async (window, onProgress) => ({...await gather(window, onProgress), to: '2022-04-24T11:00:00.000Z'});
		await app.press('p', 'w');
		await app.waitFor(/People \(\d+\) · 7 days to 24\.04\. \d\d:\d\d \(the newest stored\)/u);
		await app.press('w', 'w');
		await app.waitFor(/People \(\d+\) · briefing, since \d\d\.\d\d\.\d{4}/u);
	}, 90_000);

	test('a refresh that brings news gathers the wider window again: a new speaker shows up without w', async () => {
		app = await startTestApp({columns: 140, rows: 40});
		await app.press('p', 'w');
		await app.waitFor(/People \(\d+\) · last 7 days/u);
		expect(stripAnsi(app.frame())).not.toContain('Ada Lindqvist');
		const model = [...app.services.articles.values()].find(article => article.language === 'de')!;
		app.services.pending = [{
			...model,
			uid: 'walk-5-new',
			itemId: 'walk-5-new',
			title: 'Neue Brücken für die Stadt',
			summary: '„Wir bauen neue Brücken über den Fluss“, sagte Bürgermeisterin Ada Lindqvist am Mittwoch.',
			content: '„Wir bauen neue Brücken über den Fluss“, sagte Bürgermeisterin Ada Lindqvist am Mittwoch.',
			published: '2022-07-27T10:00:00.000Z',
		}];
		await app.press('R');
		await app.waitFor(/Ada Lindqvist/u);
		expect(stripAnsi(app.frame())).toMatch(/People \(\d+\) · last 7 days/u);
		expect(app.services.callsOf('peopleWindow')).toEqual([['week'], ['week']]);
	}, 90_000);
});
