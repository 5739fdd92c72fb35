import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {keepInkOutputCaches} from '../../source/ui/ink-output-cache.js';
import {inkRowWarmer} from '../../source/ui/ink-row-warmer.js';
import {messagesFor} from '../../source/i18n/index.js';
import {followSelection, layoutFor} from '../../source/ui/state/layout.js';
import {storyView} from '../../source/ui/state/story-view.js';
import {fittedRow} from '../../source/ui/text/fitted-row.js';
import {makeTheme} from '../../source/ui/theme.js';
import {keys} from '../helpers/render.js';
import {fixedNow, locate, selectStory, startTestApp} from './app-fixture.js';

type Transformer = (line: string, index: number) => string;
interface OutputPrototype {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
}

/*
 * The warmer only helps when the text it writes for a row is exactly what Ink writes for it when the row is drawn
 * (Ink's row cache is keyed by that text). So: draw a story with colours through the real app, record every line Ink
 * writes (after its transformers), and check the warmer's lines for the same story's rows are among them.
 */
const inkUrl = import.meta.resolve('ink');
let prototype: OutputPrototype;
let originalWrite: OutputPrototype['write'];
let recording: string[] | undefined;
let chalk: {level: number};
let chalkLevel = 0;

beforeAll(async () => {
	const output = (await import(new URL('output.js', inkUrl).href) as {default: {prototype: OutputPrototype}}).default;
	prototype = output.prototype;
	originalWrite = prototype.write;
	prototype.write = function (x, y, text, options) {
		recording?.push(...text.split('\n').map((line, index) => options.transformers.reduce((out, transform) => transform(out, index), line)));
		originalWrite.call(this, x, y, text, options);
	};

	// Ink's own chalk, with colours on whatever the test's stdout is, so rows carry escape codes.
	chalk = (await import(pathToFileURL(createRequire(inkUrl).resolve('chalk')).href) as {default: {level: number}}).default;
	chalkLevel = chalk.level;
	chalk.level = 1;
	await keepInkOutputCaches();
});

afterAll(() => {
	prototype.write = originalWrite;
	chalk.level = chalkLevel;
});

describe('warming Ink rows ahead of an open', () => {
	test('writes for each row of a story exactly the text Ink writes when it draws the story', async () => {
		const columns = 100;
		const app = await startTestApp({env: {}, columns, rows: 30});
		try {
			// A story with quotes: typographic quotation marks and dashes, so rows go to Ink in their ASCII shape.
			const found = await locate(app.services, story => story.quotes.length >= 2 && story.people.length > 0);
			await selectStory(app, found.topicIndex, found.storyIndex);
			recording = [];
			await app.press(keys.enter);
			await app.waitFor('Briefing › Story');
			const drawn = new Set(recording);
			recording = undefined;

			const warmer = await inkRowWarmer();
			expect(warmer).toBeDefined();
			const layout = layoutFor(columns, 30);
			const {document, lines} = storyView(found.story, layout.columns, messagesFor('en'), fixedNow());
			const selected = document.items[0]!;
			const start = followSelection(0, selected, document.items.length === 1, layout.body, lines.length);
			const rows = lines.slice(start, start + layout.body)
				.filter((_, index) => start + index < selected.first || start + index > selected.last)
				.map(line => fittedRow(line, layout.columns));
			recording = [];
			warmer!(rows, makeTheme({}), layout.columns);
			const warmed = recording;
			recording = undefined;

			expect(warmed.length).toBe(rows.length);
			expect(rows.filter(row => row.shape !== undefined).length).toBeGreaterThan(2);
			expect(warmed.filter(line => line.includes('\u001B[')).length).toBeGreaterThan(2);
			expect(warmed.filter(line => !drawn.has(line))).toEqual([]);
		} finally {
			recording = undefined;
			app.unmount();
		}
	});
});
