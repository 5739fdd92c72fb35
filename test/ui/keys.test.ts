import {afterEach, describe, expect, test} from 'vitest';
import {keys} from '../helpers/render.js';
import {locate, selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('keys that arrive together', () => {
	test('several keys in one chunk (typed ahead of a slow frame) act as the same keys one by one', async () => {
		app = await startTestApp();
		await app.press('\t', 'j', 'j', '\t', 'j');
		const oneByOne = selectedRows(app.frame()).map(row => row.text);
		app.unmount();
		app = await startTestApp();
		// One write: Ink hands plain keys that arrive together over as one string.
		await app.press('\tjj\tj');
		expect(selectedRows(app.frame()).map(row => row.text)).toEqual(oneByOne);
		// And the topic really moved: the first press in the topics pane did something.
		app.unmount();
		app = await startTestApp();
		const first = selectedRows(app.frame()).map(row => row.text);
		expect(oneByOne).not.toEqual(first);
	});

	test('a feed URL pasted with its Enter is added', async () => {
		app = await startTestApp();
		await app.press('f');
		await app.press('a');
		await app.press('https://example.org/pasted.xml\r');
		await app.waitFor('Feed added');
		expect(app.services.callsOf('addFeed').at(-1)).toEqual([{url: 'https://example.org/pasted.xml', title: '', tags: [], enabled: true}]);
	});
});

describe('alternative keys', () => {
	test('→ and l open, ← h Backspace Esc go back, Shift+Tab switches panes, Home/End and PgUp/PgDn move', async () => {
		app = await startTestApp();
		const shown = await app.services.getBriefing({unreadOnly: false});
		const topicIndex = shown.topics.findIndex(topic => topic.stories.length >= 8);
		const topic = shown.topics[topicIndex]!;
		await selectStory(app, topicIndex, 0);
		await app.press(keys.right);
		expect(app.frame()).toContain('Briefing › Story');
		await app.press(keys.left);
		expect(app.frame()).toMatch(/lagebild +Briefing\s*\n/);
		await app.press('l');
		expect(app.frame()).toContain('Briefing › Story');
		await app.press(keys.backspace);
		expect(app.frame()).toMatch(/lagebild +Briefing\s*\n/);
		await app.press(keys.end);
		expect(selectedRows(app.frame()).at(-1)!.text).toContain(topic.stories.at(-1)!.headline.slice(0, 25));
		await app.press(keys.home);
		expect(selectedRows(app.frame()).at(-1)!.text).toContain(topic.stories[0]!.headline.slice(0, 25));
		await app.press(keys.pageDown);
		// A page is the list height (30 rows: 29 drawn, header, status, pane title → 26) less one row of overlap.
		const paged = Math.min(topic.stories.length - 1, 25);
		expect(selectedRows(app.frame()).at(-1)!.text).toContain(topic.stories[paged]!.headline.slice(0, 25));
		await app.press(keys.pageUp);
		expect(selectedRows(app.frame()).at(-1)!.text).toContain(topic.stories[0]!.headline.slice(0, 25));
		// Shift+Tab to the topics pane: now j moves the topic.
		await app.press(keys.shiftTab, 'j');
		expect(app.frame()).toContain(`Stories — ${shown.topics[topicIndex + 1]!.name}`);
		// ← in the stories pane goes to the topics pane; on the briefing there is nothing further back.
		await app.press(keys.esc, keys.esc);
		expect(app.frame()).toMatch(/lagebild +Briefing\s*\n/);
	});

	test('in the story screen m marks the story, s stars the selected report, r refreshes; in the reader r refreshes its feed', async () => {
		app = await startTestApp();
		const {story, topicIndex, storyIndex} = await locate(app.services, candidate => candidate.articles.length >= 2);
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		// Opening read the story; m makes it unread again.
		expect(story.articles.every(article => app!.services.read.has(article.id))).toBe(true);
		await app.press('m');
		await app.waitFor('Marked unread');
		expect(story.articles.some(article => app!.services.read.has(article.id))).toBe(false);
		await app.press('G', 's');
		await app.waitFor('Starred');
		expect([...app.services.starred]).toEqual([story.articles.at(-1)!.id]);
		await app.press('r');
		await app.waitFor(/refreshed \d/u);
		expect(app.services.callsOf('refresh').at(-1)).toEqual([{}]);
		await app.press(keys.enter);
		const article = app.services.articles.get(story.articles.at(-1)!.id)!;
		await app.waitFor(article.title.slice(0, 20));
		await app.press('r');
		await app.waitFor(/feeds? ok/u);
		expect(app.services.callsOf('refresh').at(-1)).toEqual([{feedUrl: article.feedUrl}]);
	});

	test('a failing service call shows an error in the status bar and the app keeps working', async () => {
		app = await startTestApp();
		app.services.openUrl = async () => {
			throw new Error('no browser found');
		};

		const {topicIndex, storyIndex} = await locate(app.services, () => true);
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter, 'G', 'o');
		await app.waitFor('Failed: no browser found');
		await app.press('j');
		expect(app.frame()).not.toContain('Failed: no browser found');
		await app.press(keys.esc);
		expect(app.frame()).toMatch(/lagebild +Briefing\s*\n/);
	});

	test('search: Backspace edits the query, Esc leaves the field, / returns to it with the query selected', async () => {
		app = await startTestApp();
		await app.press('/');
		await app.type('Grinerx');
		await app.press(keys.backspace, keys.enter);
		await app.waitFor('Search: Griner');
		expect(app.services.callsOf('search')).toEqual([['Griner']]);
		await app.press('j', 'k', '/');
		// Walk #114: the previous query is selected and the hint says what the next key does with it.
		await app.waitFor('typing replaces it · → or Ctrl+E refines it');
		await app.type('q');
		expect(app.frame()).toContain('Search: q▏');
		expect(app.frame()).not.toContain('typing replaces it');
		await app.press(keys.backspace);
		await app.type('Griner');
		await app.press(keys.enter);
		await app.waitFor(/Search: Griner\n/u);
		expect(app.services.callsOf('search')).toEqual([['Griner'], ['Griner']]);
		await app.press('/', keys.right);
		expect(app.frame()).not.toContain('typing replaces it');
		await app.type('q');
		expect(app.frame()).toContain('Search: Grinerq');
	});

	test('search remapped in the keymap: its key returns to the query on the search screen, and / is no key there', async () => {
		app = await startTestApp({keymapOverrides: {search: ['ctrl-t']}});
		await app.press('\u0014');
		await app.type('Griner');
		await app.press(keys.enter);
		await app.waitFor('Search: Griner');
		await app.press('/');
		await app.waitFor('/ does nothing here · ? lists the keys');
		expect(app.frame()).not.toContain('typing replaces it');
		await app.press('\u0014');
		await app.waitFor('typing replaces it');
	});

	test('search: a second search from the briefing starts with the first query selected (Esc, /)', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		await app.press('/');
		await app.type('Griner');
		await app.press(keys.enter);
		await app.waitFor('Search: Griner');
		await app.press(keys.esc, '/');
		await app.waitFor('typing replaces it');
		await app.type('Biden');
		await app.press(keys.enter);
		await app.waitFor('Search: Biden');
		expect(app.services.callsOf('search')).toEqual([['Griner'], ['Biden']]);
	});

	test('help scrolls with j/k when it is longer than the screen', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		await app.press('?');
		const top = app.frame();
		expect(top).toContain('Keys — Briefing');
		await app.press('j');
		expect(app.frame()).not.toContain('Keys — Briefing');
		await app.press('k');
		expect(app.frame()).toBe(top);
	});

	test('a help longer than the screen says so on its last row until its end is shown', async () => {
		app = await startTestApp({columns: 80, rows: 20});
		await app.press('?');
		const rows = app.frame().split('\n');
		// The row above the status bar.
		expect(rows.at(-2)).toContain('↓ more below (j, PgDn) · Esc or ? closes');
		expect(app.frame()).not.toContain('Esc or ? closes this help');
		for (let step = 0; step < 30 && !app.frame().includes('Esc or ? closes this help'); step++) {
			await app.press('j');
		}

		expect(app.frame()).toContain('Esc or ? closes this help');
		expect(app.frame()).not.toContain('more below');
		expect(app.frame()).toContain('go to bottom');
		app.unmount();
		// When everything fits there is no such row.
		app = await startTestApp({columns: 100, rows: 45});
		await app.press('?');
		expect(app.frame()).toContain('Esc or ? closes this help');
		expect(app.frame()).not.toContain('more below');
	});

	test('on a narrow terminal the help keeps room for what each key does (the key column is as wide as the longest keys)', async () => {
		app = await startTestApp({columns: 60, rows: 40, language: 'de'});
		await app.press('?');
		const frame = app.frame();
		expect(frame).toContain('alle Geschichten des Themas gelesen');
		expect(frame).toContain('nächste ungelesene Geschichte öffnen');
		expect(frame).toMatch(/ {3}Esc ← h Backspace {2}zurück/u);
		for (const line of frame.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(60);
		}
	});
});

describe('keys the screen does not use', () => {
	test('a newsboat habit (N, Ctrl+R, :) says it does nothing here and where the keys are; the next key clears it', async () => {
		app = await startTestApp();
		const before = app.frame();
		await app.press('N');
		expect(app.frame()).toContain('N does nothing here · ? lists the keys');
		await app.press('\u0012');
		expect(app.frame()).toContain('Ctrl+R does nothing here');
		await app.press('j');
		expect(app.frame()).not.toContain('does nothing here');
		expect(app.frame()).not.toBe(before);
		app.unmount();

		app = await startTestApp({language: 'de'});
		await app.press(':');
		expect(app.frame()).toContain(': hat hier keine Funktion · ? zeigt alle Tasten');
	});
});

