import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {createElement} from 'react';
import {speakersOfQuote} from '../../source/analysis/people/briefing-people.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {clock} from '../../source/ui/text/age.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {delay, keys, renderApp, stripAnsi} from '../helpers/render.js';
import {assertFits, fixedNow, fixtures, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('feeds screen', () => {
	test('lists every feed with title, status, last fetch and article count; errors are shown', async () => {
		const feeds = await fixtures();
		app = await startTestApp({failing: {[feeds[2]!.url]: 'timeout after 15 s'}});
		await app.press('f');
		let frame = await app.waitFor('Briefing › Feeds');
		for (const feed of feeds) {
			expect(frame).toContain(feed.title.slice(0, 20));
		}

		expect(frame).toMatch(new RegExp(`\\[x\\] ${feeds[0]!.title.slice(0, 10)}.* ok .*${feeds[0]!.articles.length}`));
		// The selected feed's URL and tags show below the list.
		expect(frame).toContain(feeds[0]!.url);
		expect(frame).toContain('#news');
		assertFits(frame, 100, 30);
		// Refresh the third feed alone: it fails, and says why.
		await app.press('j', 'j', 'r');
		await app.waitFor(/refreshed \d/u);
		expect(app.services.callsOf('refresh')).toEqual([[{feedUrl: feeds[2]!.url}]]);
		frame = await app.waitFor('error: timeout after 15 s');
		expect(frame).toContain('1 failed');
	});

	test('feeds of one title are told apart by the end of their address', async () => {
		const feeds = await fixtures();
		app = await startTestApp({columns: 80, rows: 24});
		const copy = 'https://mirror.example/news/world/feed-copy.xml';
		await app.services.addFeed({url: copy, title: feeds[0]!.title, tags: [], enabled: true});
		await app.press('f');
		const frame = await app.waitFor('Briefing › Feeds');
		const rows = frame.split('\n').filter(line => /^.\[[x ]\]/u.test(line) && line.includes(feeds[0]!.title.slice(0, 8)));
		expect(rows).toHaveLength(2);
		// Each row ends its title with the end of its own address.
		for (const url of [copy, feeds[0]!.url]) {
			expect(rows.filter(line => new RegExp(`· …?\\S*${url.slice(-6).replaceAll('.', '\\.')}\\s`, 'u').test(line)), url).toHaveLength(1);
		}

		// A title of its own stays as it was.
		expect(frame).toMatch(new RegExp(`\\[x\\] ${feeds[1]!.title.slice(0, 10)}[^·]*ok`, 'u'));
		assertFits(frame, 80, 24);
	});

	test('a adds a feed after checking the URL', async () => {
		app = await startTestApp();
		await app.press('f');
		await app.waitFor('#news');
		await app.press('a');
		expect(app.frame()).toContain('Feed URL:');
		await app.type('not a url');
		await app.press(keys.enter);
		expect(app.frame()).toContain('✗ Not a valid http(s) URL');
		expect(app.services.callsOf('addFeed')).toEqual([]);
		await app.press('\u0015');
		await app.type((await fixtures())[0]!.url);
		await app.press(keys.enter);
		expect(app.frame()).toContain('already in the list');
		await app.press('\u0015');
		await app.type('https://example.org/feed.xml');
		await app.press(keys.enter);
		await app.waitFor('Feed added');
		expect(app.services.callsOf('addFeed')).toEqual([[{url: 'https://example.org/feed.xml', title: '', tags: [], enabled: true}]]);
		expect(app.frame()).toContain('https://example.org/feed.xml');
		// The new feed is the selected one: r refreshes it.
		expect(selectedRows(app.frame())[0]!.text).toContain('https://example.org/feed.xml');
		await app.press('r');
		await app.waitFor(/refreshed \d/u);
		expect(app.services.callsOf('refresh').at(-1)).toEqual([{feedUrl: 'https://example.org/feed.xml'}]);
		// An address typed without its scheme is taken as https, as a browser would.
		await app.press('a');
		await app.type('example.net/rss');
		await app.press(keys.enter);
		await app.waitFor('https://example.net/rss');
		expect(app.services.callsOf('addFeed').at(-1)).toEqual([{url: 'https://example.net/rss', title: '', tags: [], enabled: true}]);
		// Esc cancels a prompt without saving.
		await app.press('a');
		await app.type('https://cancelled.example/');
		await app.press(keys.esc);
		expect(app.frame()).not.toContain('Feed URL:');
		expect(app.services.callsOf('addFeed')).toHaveLength(2);
	});

	test('j (down) never answers yes to "Delete feed?": not in English, not in German where j means ja but moves down', async () => {
		const feeds = await fixtures();
		app = await startTestApp();
		await app.press('f');
		await app.waitFor(feeds[0]!.url);
		await app.press('d', 'j');
		expect(app.frame()).toContain(`Delete feed "${feeds[0]!.title}"?  y / Enter yes · n / Esc no`);
		expect(app.services.callsOf('removeFeed')).toEqual([]);
		// Only the keys the question names answer it: q (quit elsewhere) neither quits nor answers.
		await app.press('q');
		expect(app.frame()).toContain('Delete feed');
		await app.press('n');
		expect(app.frame()).not.toContain('Delete feed');
		app.unmount();

		app = await startTestApp({language: 'de'});
		await app.press('f');
		await app.waitFor(feeds[0]!.url);
		await app.press('d');
		// The question names only what answers it: Enter, since j is the down key here.
		expect(app.frame()).toContain('löschen?  Enter ja · n / Esc nein');
		await app.press('j', 'j', 'y');
		expect(app.frame()).toContain('löschen?');
		expect(app.services.callsOf('removeFeed')).toEqual([]);
		await app.press(keys.enter);
		await app.waitFor('Feed entfernt');
		expect(app.services.callsOf('removeFeed')).toEqual([[feeds[0]!.url]]);
	});

	test('on a narrow terminal the question cuts the feed name, not the keys that answer it', async () => {
		const feeds = await fixtures();
		app = await startTestApp({language: 'de', columns: 50, rows: 14});
		await app.press('f');
		await app.waitFor('Feed');
		await app.press('d');
		const last = app.frame().split('\n').filter(row => row.trim()).at(-1) ?? '';
		expect(last).toMatch(/^Feed „.+…“ löschen\?  Enter ja · n \/ Esc nein$/u);
		expect(feeds[0]!.title.length).toBeGreaterThan(10);
		assertFits(app.frame(), 50, 14);
	});

	test('a keymap that frees j makes it the German yes again, and the question says so', async () => {
		const feeds = await fixtures();
		app = await startTestApp({language: 'de', keymapOverrides: {down: ['down', 'ctrl-n']}});
		await app.press('f');
		await app.waitFor(feeds[0]!.url);
		await app.press('d');
		expect(app.frame()).toContain('löschen?  j / Enter ja');
		await app.press('j');
		await app.waitFor('Feed entfernt');
	});

	test('d deletes after confirmation, e edits title and tags, space toggles', async () => {
		const feeds = await fixtures();
		app = await startTestApp();
		await app.press('f');
		await app.waitFor(feeds[0]!.url);
		await app.press('d');
		expect(app.frame()).toContain(`Delete feed "${feeds[0]!.title}"?`);
		await app.press('n');
		expect(app.services.callsOf('removeFeed')).toEqual([]);
		await app.press('d', 'y');
		await app.waitFor('Feed removed');
		expect(app.services.callsOf('removeFeed')).toEqual([[feeds[0]!.url]]);
		expect(app.frame()).not.toContain(feeds[0]!.url);
		await app.press('e');
		expect(app.frame()).toContain(`Title: ${feeds[1]!.title}`);
		await app.press('\u0015');
		await app.type('My Guardian');
		await app.press(keys.enter);
		await app.waitFor('Tags (comma separated): news');
		await app.press('\u0015');
		await app.type('politics, us');
		await app.press(keys.enter);
		await app.waitFor('Feed saved');
		expect(app.services.callsOf('updateFeed')).toEqual([[feeds[1]!.url, {title: 'My Guardian'}], [feeds[1]!.url, {tags: ['politics', 'us']}]]);
		expect(app.frame()).toContain('#politics #us');
		await app.press(keys.space);
		await app.waitFor('[ ] My Guardian');
		expect(app.services.callsOf('setEnabled')).toEqual([[feeds[1]!.url, false]]);
	});

	test('a feed the user gave no title is listed by the title it gives itself, and e offers that title', async () => {
		const feeds = await fixtures();
		app = await startTestApp();
		const {url} = feeds[0]!;
		app.services.feeds[0] = {...app.services.feeds[0]!, title: ''};
		const fetched = {...app.services.states.get(url)!, title: 'Own Feed Title'};
		app.services.states.set(url, fetched);
		await app.press('f');
		const frame = await app.waitFor('Briefing › Feeds');
		expect(frame).toMatch(/▸\[x\] Own Feed Title/u);
		await app.press('d');
		expect(app.frame()).toContain('Delete feed "Own Feed Title"?');
		await app.press('n', 'e');
		expect(app.frame()).toContain('Title: Own Feed Title');
	});

	test('i imports an OPML file, x exports one', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'lagebild-ui-'));
		const input = path.join(dir, 'in.opml');
		await writeFile(input, '<opml version="2.0"><body><outline text="Example" type="rss" xmlUrl="https://example.net/rss"/></body></opml>');
		app = await startTestApp();
		await app.press('f');
		await app.waitFor('#news');
		await app.press('i');
		await app.type(input);
		await app.press(keys.enter);
		await app.waitFor('Imported 1 feed (0 skipped)');
		expect(app.frame()).toContain('Example');
		const output = path.join(dir, 'out.opml');
		await app.press('x', '\u0015');
		await app.type(output);
		await app.press(keys.enter);
		await app.waitFor(`Exported 7 feeds to ${output}`);
		expect(await readFile(output, 'utf8')).toContain('https://example.net/rss');
	});
});

describe('OPML paths typed in the app', () => {
	test('~ is the home directory; the export names the whole path it wrote; the default goes to the home directory', async () => {
		const home = await mkdtemp(path.join(tmpdir(), 'lagebild-home-'));
		const saved = process.env.HOME;
		process.env.HOME = home;
		try {
			await writeFile(path.join(home, 'in.opml'), '<opml version="2.0"><body><outline text="Tilde" type="rss" xmlUrl="https://tilde.example/rss"/></body></opml>');
			app = await startTestApp({columns: 160});
			await app.press('f');
			await app.waitFor('#news');
			await app.press('i');
			await app.type('~/in.opml');
			await app.press(keys.enter);
			await app.waitFor('Imported 1 feed (0 skipped)');
			expect(app.services.callsOf('importOpml')).toEqual([[path.join(home, 'in.opml')]]);
			await app.press('x');
			expect(app.frame()).toContain('Export OPML to: ~/lagebild-feeds.opml');
			await app.press(keys.enter);
			const written = path.join(home, 'lagebild-feeds.opml');
			await app.waitFor(`Exported 7 feeds to ${written}`);
			expect(await readFile(written, 'utf8')).toContain('https://tilde.example/rss');
		} finally {
			process.env.HOME = saved;
		}
	});
});

describe('topics screen', () => {
	test('add, rename, edit terms and delete; the briefing regroups at once', async () => {
		app = await startTestApp();
		await app.press('t');
		let frame = await app.waitFor('Briefing › Topics');
		const topics = await app.services.listTopics();
		expect(frame).toContain(topics[0]!.name);
		expect(frame).toContain(topics[0]!.terms.slice(0, 2).join(', '));
		const loads = app.services.callsOf('getBriefing').length;
		await app.press('a');
		// Key by key without waiting: no key may be lost while the app has not rendered yet.
		await app.typeKeys('Griner');
		await app.press(keys.enter);
		await app.waitFor('Terms (comma separated): Griner');
		await app.type(', Whelan');
		await app.press(keys.enter);
		await app.waitFor('Topics saved');
		expect(app.services.topics.at(-1)).toEqual({name: 'Griner', terms: ['Griner', 'Whelan']});
		expect(app.services.callsOf('getBriefing').length).toBeGreaterThan(loads);
		frame = app.frame();
		expect(selectedRows(frame)[0]!.text).toContain('Griner');
		await app.press('n', '\u0015');
		await app.type('Prisoner swap');
		await app.press(keys.enter);
		await app.waitFor('Prisoner swap');
		expect(app.services.topics.at(-1)!.name).toBe('Prisoner swap');
		// Enter on a topic shows it in the briefing, regrouped under the new topic.
		await app.press(keys.enter);
		await app.waitFor(/Stories — Prisoner swap \(\d+\)/u);
		await app.press('t', 'G', 'd');
		expect(app.frame()).toContain('Delete topic "Prisoner swap"?');
		await app.press('y');
		await app.waitFor('Topic deleted');
		expect(app.services.topics.some(topic => topic.name === 'Prisoner swap')).toBe(false);
		// Duplicate names are refused.
		await app.press('a');
		await app.type(topics[0]!.name.toUpperCase());
		await app.press(keys.enter);
		expect(app.frame()).toContain('A topic with this name exists');
	});

	test('in German a bundled topic shows under its German label, its stored name beside it', async () => {
		app = await startTestApp({language: 'de'});
		await app.press('t');
		const frame = await app.waitFor('Lagebild › Themen');
		const topics = await app.services.listTopics();
		const ukraine = topics.find(topic => topic.name === 'Ukraine war')!;
		expect(frame).toMatch(/▸Ukraine-Krieg\s+\(Ukraine war\) Ukraine, /u);
		expect(frame).toContain(`(Ukraine war) ${ukraine.terms.slice(0, 2).join(', ')}`);
		await app.press('d');
		expect(app.frame()).toContain('Thema „Ukraine-Krieg“ löschen?');
		await app.press('n');
		expect(app.services.topics.some(topic => topic.name === 'Ukraine war')).toBe(true);
	});
});

describe('people screen', () => {
	test('lists everyone quoted with stories and quotes; Enter shows their quotes, Enter again opens the story', async () => {
		app = await startTestApp();
		await app.press('p');
		const frame = await app.waitFor('Briefing › People');
		const briefing = await app.services.getBriefing({unreadOnly: false});
		// Count quotes per speaker over unique stories, the way the screen must: speakers the story's people list names
		// (bodies among them go after the people), and described persons (a role other than the speaker's words).
		const counts = new Map<string, number>();
		const bodies = new Set<string>();
		const seen = new Set<string>();
		for (const story of briefing.topics.flatMap(topic => topic.stories)) {
			if (seen.has(story.id)) {
				continue;
			}

			seen.add(story.id);
			for (const quote of story.quotes.filter(item => item.speaker)) {
				// A joint speaker ("NDR, WDR und SZ") counts for each outlet it names.
				for (const {name: speaker, listed} of speakersOfQuote(quote.speaker, story.people)) {
					if (!listed && (quote.role === '' || quote.role === quote.speaker)) {
						continue;
					}

					if (listed?.kind === 'organisation') {
						bodies.add(speaker);
					}

					counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
				}
			}
		}

		expect(frame).toContain(`People (${counts.size})`);
		// The most quoted people come first.
		const most = Math.max(...[...counts].filter(([name]) => !bodies.has(name)).map(([, count]) => count));
		const first = selectedRows(frame)[0]!.text;
		expect(first).toContain(`${most} quotes`);
		expect([...counts.keys()].filter(name => counts.get(name) === most).some(name => first.includes(name))).toBe(true);

		expect(frame).toMatch(/\d+ stor(?:y|ies) · \d+ quotes?/);
		await app.press(keys.enter);
		const person = selectedRows(frame)[0]!.text.trim().replace('▸', '').split(' — ')[0]!.replace(/\s+\d+ stor(?:y|ies) .*/, '').trim();
		const quotes = await app.waitFor(`${person} (`);
		expect(quotes).toContain('People › Quotes');
		await app.press(keys.enter);
		await app.waitFor('Quotes › Story');
		expect(app.frame()).toContain(person);
	});
});

describe('search screen', () => {
	test('/ searches all articles; results name their story; Enter opens it', async () => {
		app = await startTestApp();
		await app.press('/');
		await app.waitFor('Search: ');
		await app.type('Griner');
		await app.press(keys.enter);
		const hits = await app.services.search('Griner');
		expect(hits.length).toBeGreaterThan(0);
		const frame = await app.waitFor(hits[0]!.article.title.slice(0, 20));
		for (const hit of hits.slice(0, 5)) {
			expect(frame).toContain(hit.article.title.slice(0, 20));
		}

		await app.press(keys.enter);
		await app.waitFor('Search › Story');
		expect(app.frame()).toContain(hits[0]!.storyHeadline!.slice(0, 30));
		// Back to the results, then back to where the search started.
		await app.press(keys.esc);
		expect(app.frame()).toContain('Briefing › Search');
		await app.press(keys.esc);
		expect(app.frame()).toMatch(/lagebild +Briefing\s*\n/);
	});

	test('a search with no hits says so', async () => {
		app = await startTestApp();
		await app.press('/');
		await app.type('zzxqyqzz');
		await app.press(keys.enter);
		await app.waitFor('No results.');
		// Word beginnings need a star, and the screen says so (a search for "Ukr" finds nothing otherwise).
		expect(app.frame()).toContain('ukr* finds words that begin with ukr');
	});

	test('the search hint explains how words match', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		await app.press('/');
		expect(app.frame()).toContain('Type words, then Enter. All must occur; ukr* finds Ukraine, ukrainisch …;');
		// Wrapped at 80 columns, not cut: the phrase part is on screen whole.
		expect(stripAnsi(app.frame()).replaceAll(/\s+/gu, ' ')).toContain('"Olaf Scholz" in quotes as a phrase; title:Merz in headlines only; feed:tagesschau in one feed.');
		assertFits(app.frame(), 80, 24);
	});
});

describe('status bar at start', () => {
	test('a refresh by another run shows as the last refresh, with its failures; never fetched says so', async () => {
		const feeds = await fixtures();
		const services = new MemoryServices(feeds, defaultTopics());
		for (const [url, state] of services.states) {
			services.states.set(url, {...state, lastFetch: '2022-07-28T08:00:00.000Z'});
		}

		services.states.set(feeds[0]!.url, {...services.states.get(feeds[0]!.url)!, lastFetch: '2022-07-28T09:41:00.000Z'});
		services.states.set(feeds[1]!.url, {...services.states.get(feeds[1]!.url)!, status: 'error', error: 'HTTP 500', lastFetch: '2022-07-28T09:40:00.000Z'});
		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 100, rows: 30});
		app = {...rendered, services};
		const clockText = clock('2022-07-28T09:41:00.000Z', fixedNow());
		const frame = await app.waitFor(`refreshed ${clockText}`);
		expect(frame).toContain('1 failed');
		expect(frame).not.toContain('not refreshed yet');
		app.unmount();

		const fresh = new MemoryServices(feeds, defaultTopics());
		fresh.states.clear();
		const never = await renderApp(createElement(App, {services: fresh, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 100, rows: 30});
		app = {...never, services: fresh};
		await app.waitFor(/ — .+ \(\d+\)/u);
		await delay(100);
		expect(app.frame()).toContain('not refreshed yet');
	});
});
