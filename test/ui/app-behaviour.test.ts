import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {App} from '../../source/ui/App.js';
import {startApp} from '../../source/ui/start.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {delay, keys, renderApp, stripAnsi} from '../helpers/render.js';
import {assertFits, fixedNow, fixtures, locate, selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('help', () => {
	test('? lists the keys of the current screen and the global ones, from the keymap', async () => {
		app = await startTestApp();
		await app.press('?');
		let frame = app.frame();
		expect(frame).toContain('Keys — Briefing');
		expect(frame).toContain('This screen');
		expect(frame).toMatch(/Tab Shift\+Tab\s+switch pane/);
		expect(frame).toMatch(/u\s+show unread only \/ all/);
		expect(frame).toContain('Everywhere');
		await app.press('G');
		frame = app.frame();
		expect(frame).toMatch(/q Ctrl\+C\s+quit|Esc or \? closes this help/);
		await app.press(keys.esc);
		expect(app.frame()).not.toContain('Keys —');
		// Another screen, other keys.
		await app.press('f');
		await app.waitFor('#news');
		await app.press('?');
		frame = app.frame();
		expect(frame).toContain('Keys — Feeds');
		expect(frame).toMatch(/a\s+add feed/);
		expect(frame).toMatch(/Space\s+enable \/ disable feed/);
		expect(frame).not.toContain('switch pane');
		await app.press('?');
		expect(app.frame()).not.toContain('Keys —');
	});

	test('rebound keys work and the help shows them; a conflicting binding is reported', async () => {
		app = await startTestApp({keymapOverrides: {down: ['down', 'J'], star: ['m']}});
		const message = app.frame();
		expect(message).toContain('Keymap: key "m" is bound to both "star" and "toggleRead"');
		const {story, topicIndex} = await locate(app.services, () => true);
		await selectStory(app, topicIndex, 0);
		await app.press('?');
		expect(app.frame()).toMatch(/↓ J\s+move down/);
		expect(app.frame()).toMatch(/\n\s+s\s+star/);
		await app.press(keys.esc, 'J', 'k', 's');
		// The star kept its default key since "m" was taken.
		await app.waitFor('Starred');
		expect([...app.services.starred]).toEqual([story.articles.at(-1)!.id]);
	});

	test('German help', async () => {
		app = await startTestApp({language: 'de'});
		await app.press('?');
		expect(app.frame()).toContain('Tasten — Lagebild');
		expect(app.frame()).toMatch(/m\s+gelesen \/ ungelesen/);
	});
});

describe('quitting', () => {
	test('q quits', async () => {
		app = await startTestApp();
		const exited = app.instance.waitUntilExit();
		await app.press('q');
		await expect(exited).resolves.toBeUndefined();
	});

	test('Ctrl+C quits, also from inside a prompt', async () => {
		app = await startTestApp();
		await app.press('f');
		await app.waitFor('#news');
		await app.press('a');
		const exited = app.instance.waitUntilExit();
		await app.press(keys.ctrlC);
		await expect(exited).resolves.toBeUndefined();
	});

	test('q inside a prompt is text, not quit', async () => {
		app = await startTestApp();
		await app.press('t');
		await app.press('a', 'q');
		expect(app.frame()).toContain('New topic name: q');
	});
});

describe('startApp', () => {
	test('enters the alternate screen, hides the cursor, restores both on quit, and writes the bench marker', async () => {
		const services = new MemoryServices(await fixtures(), defaultTopics());
		const stdout = Object.assign(new PassThrough(), {columns: 80, rows: 24, isTTY: true});
		const stdin = Object.assign(new PassThrough(), {isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin});
		let written = '';
		stdout.on('data', (chunk: Buffer) => {
			written += chunk.toString();
		});
		const dir = await mkdtemp(path.join(tmpdir(), 'lagebild-bench-'));
		const mark = path.join(dir, 'marks');
		const done = startApp(services, {
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: new PassThrough() as unknown as NodeJS.WriteStream,
			env: {LAGEBILD_BENCH_MARK: mark, NO_COLOR: '1'},
			language: 'en',
		});
		for (let i = 0; i < 100 && !stripAnsi(written).includes('Stories —'); i++) {
			await delay(20);
		}

		expect(written.startsWith('\u001B[?1049h')).toBe(true);
		expect(written).toContain('\u001B[?25l');
		expect(stripAnsi(written)).toContain('Stories —');
		await delay(50);
		expect(await readFile(mark, 'utf8')).toMatch(/^first-frame \d+ cpu \d+\n$/);
		stdin.write('q');
		await done;
		expect(written.endsWith('\u001B[?1049l\u001B[?25h')).toBe(true);
	});
});

describe('robustness', () => {
	test('feed text with terminal escapes, control and bidi characters is drawn harmless', async () => {
		const feeds = await fixtures();
		const services = new MemoryServices(feeds, defaultTopics());
		const [first] = services.articles.values();
		const hostile: Article = {
			...first!, uid: 'hostile', itemId: 'hostile',
			title: 'Evil\u001B]0;owned\u0007 \u001B[2J\u001B[31mred\u001B[0m title \u202Ereversed\u0000 \u009B6n',
			feedTitle: 'Bad\u001B[1mOutlet',
			published: '2022-07-28T11:00:00.000Z',
		};
		services.articles.set('hostile', hostile);
		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}));
		app = {...rendered, services};
		const where = await locate(services, story => story.articles.some(article => article.id === 'hostile'));
		await selectStory(app, where.topicIndex, where.storyIndex);
		await app.press(keys.enter);
		const raw = app.stdout.lastFrame();
		expect(raw).toContain('Evil red title reversed');
		for (const bad of ['\u001B]', '\u001B[2J', '\u0007', '\u202E', '\u0000', '\u009B', 'Bad\u001B']) {
			expect(raw).not.toContain(bad);
		}
	});

	test('error text from the network is sanitized in the status bar and the feeds screen', async () => {
		const feeds = await fixtures();
		app = await startTestApp({failing: {[feeds[0]!.url]: 'HTTP 500 \u001B[2J\u001B]0;x\u0007 bad'}});
		await app.press('f');
		await app.waitFor('#news');
		await app.press('r');
		await app.waitFor('HTTP 500 bad');
		const raw = app.stdout.lastFrame();
		expect(raw).not.toContain('\u001B[2J');
		expect(raw).not.toContain('\u0007');
	});

	test('wide characters in titles never push a row past the width', async () => {
		const feeds = await fixtures();
		const services = new MemoryServices(feeds, defaultTopics());
		let n = 0;
		for (const article of [...services.articles.values()].slice(0, 40)) {
			n++;
			services.articles.set(article.uid, {...article, title: `${n % 2 ? '日本語のニュース見出し' : '🇺🇦🎉👩‍👩‍👧‍👦'} ${article.title} 漢字テスト`});
		}

		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 80, rows: 24});
		app = {...rendered, services};
		await app.waitFor(/ — .+ \(\d+\)/);
		for (const [columns, rows] of [[80, 24], [57, 20], [101, 31]] as const) {
			await app.resize(columns, rows);
			for (let topic = 0; topic < 6; topic++) {
				await app.press('h', 'j', 'l');
				assertFits(app.frame(), columns, rows);
			}

			await app.press(keys.enter);
			assertFits(app.frame(), columns, rows);
			await app.press(keys.esc);
		}
	});
});

describe('long lists', () => {
	function bigBriefing(count: number): Briefing {
		const stories: Story[] = Array.from({length: count}, (_, index) => ({
			id: `s${index}`, headline: `Story number ${index}`, summary: '', topics: ['Big'], outlets: ['Outlet'],
			articles: [{id: `a${index}`, title: `Article ${index}`, url: `https://example.org/${index}`, feed: 'Outlet', published: '2022-07-28T10:00:00.000Z'}],
			quotes: [], people: [], firstPublished: '2022-07-28T10:00:00.000Z', lastPublished: '2022-07-28T10:00:00.000Z', score: 1, isNew: false, unread: true,
		}));
		return {generatedAt: '2022-07-28T12:00:00.000Z', window: {from: '', to: ''}, topics: [{name: 'Big', stories}]};
	}

	async function timeMoves(count: number): Promise<{ms: number; frame: string}> {
		const services = new MemoryServices(await fixtures(), defaultTopics());
		const briefing = bigBriefing(count);
		services.getBriefing = async () => briefing;
		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 80, rows: 24});
		await rendered.waitFor('Stories — Big');
		const start = performance.now();
		for (let i = 0; i < 30; i++) {
			rendered.stdin.write('j');
			await delay(1);
		}

		await rendered.waitFor('Story number 30');
		const ms = performance.now() - start;
		await rendered.press('G');
		const frame = rendered.frame();
		rendered.unmount();
		return {ms, frame};
	}

	test('10,000 stories render only the visible rows and move about as fast as 10', async () => {
		const small = await timeMoves(40);
		const big = await timeMoves(10_000);
		expect(big.frame).toContain('Story number 9999');
		expect(big.frame).not.toContain('Story number 9978');
		assertFits(big.frame, 80, 24);
		expect(selectedRows(big.frame).some(row => row.text.includes('Story number 9999'))).toBe(true);
		// Generous bound: timing on a shared 2-core machine is noisy; a non-virtualized list is 100x slower.
		expect(big.ms).toBeLessThan(small.ms * 5 + 500);
	});
});
