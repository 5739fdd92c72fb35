// The reader numbers an article's links in its text ("[1]") and lists them under it; a link's number, then Enter,
// opens it in the browser (newsboat's way). Feed text never reaches the terminal unsanitised, in the text or the list.

import {afterEach, describe, expect, test} from 'vitest';
import {de} from '../../source/i18n/de.js';
import {en} from '../../source/i18n/en.js';
import type {Article, ArticleLink} from '../../source/model/article.js';
import {readerDocument} from '../../source/ui/state/reader-lines.js';
import {lineText} from '../../source/ui/text/line.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {fixtures, locate, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

const now = new Date('2022-07-28T12:00:00.000Z');
const content = 'Die Regierung plant eine Reform der Verwaltung. Mehr dazu im Hintergrund.\n\nDer Rat stimmt im Mai ab. Mehr dazu im Hintergrund.';
const links: ArticleLink[] = [
	{url: 'https://example.org/hintergrund-reform', text: 'Mehr dazu im Hintergrund.', at: [73]},
	{url: 'https://example.org/hintergrund-rat', text: 'Mehr dazu im Hintergrund.', at: [126]},
];

async function article(fields: Partial<Article> = {}): Promise<Article> {
	const base = (await fixtures())[0]!.articles[0]!;
	return {...base, content, summary: 'Die Regierung plant eine Reform.', links, ...fields};
}

/** Polls until `holds` is true, for up to two seconds. */
async function until(holds: () => boolean): Promise<void> {
	for (const deadline = Date.now() + 2000; !holds(); await new Promise(resolve => setTimeout(resolve, 10))) {
		if (Date.now() > deadline) throw new Error(`never came true: ${String(holds)}`);
	}
}

const rows = (document: ReturnType<typeof readerDocument>) => document.lines.map(line => lineText(line));

describe('the reader document with links', () => {
	test('numbers each anchor after its words and lists the links under the text, numbered alike', async () => {
		const document = readerDocument(await article(), [], 100, en, now);
		const text = rows(document);
		expect(text).toContain('Die Regierung plant eine Reform der Verwaltung. Mehr dazu im Hintergrund.[1]');
		expect(text).toContain('Der Rat stimmt im Mai ab. Mehr dazu im Hintergrund.[2]');
		const heading = text.indexOf('Links');
		expect(heading).toBeGreaterThan(text.indexOf('Der Rat stimmt im Mai ab. Mehr dazu im Hintergrund.[2]'));
		expect(text.slice(heading)).toEqual([
			'Links',
			en.labels.linksHint,
			'[1] Mehr dazu im Hintergrund.',
			'    https://example.org/hintergrund-reform',
			'[2] Mehr dazu im Hintergrund.',
			'    https://example.org/hintergrund-rat',
		]);
		// The numbers stand out from the text as the theme's accent.
		const numbered = document.lines.find(line => lineText(line).endsWith('[1]'))!;
		expect(numbered.at(-1)).toEqual({text: '[1]', token: 'accent'});
		expect(rows(readerDocument(await article(), [], 100, de, now))).toContain(de.labels.linksHint);
	});

	test('an address linked twice has one number, at both places; the list names it once', async () => {
		const twice: ArticleLink[] = [{url: 'https://example.org/hintergrund', text: 'Mehr dazu im Hintergrund.', at: [73, 126]}];
		const text = rows(readerDocument(await article({links: twice}), [], 100, en, now));
		expect(text.filter(row => row.endsWith('Hintergrund.[1]'))).toHaveLength(2);
		expect(text.filter(row => row.startsWith('[1] '))).toHaveLength(1);
		expect(text.join('\n')).not.toContain('[2]');
	});

	test('a quote is highlighted as before, a number inside it included, and the row found for it is the quote\'s', async () => {
		const quoted = 'Wir lehnen die Reform ab, sagte die Opposition. Mehr dazu im Hintergrund.';
		const document = readerDocument(await article({content: `Erster Absatz.\n\n${quoted}`, links: [{url: 'https://example.org/x', text: 'Reform', at: 37}].map(link => ({...link, at: [link.at]}))}), ['Wir lehnen die Reform ab'], 100, en, now);
		const row = document.quoteRows.get('Wir lehnen die Reform ab')!;
		expect(lineText(document.lines[row]!)).toContain('Wir lehnen die Reform[1] ab');
		const highlighted = document.lines[row]!.filter(segment => segment.token === 'highlight').map(segment => segment.text).join('');
		expect(highlighted).toBe('Wir lehnen die Reform[1] ab');
	});

	test('wraps long words and cuts long addresses to the width; no row is wider', async () => {
		const long: ArticleLink[] = [{url: `https://example.org/${'lang/'.repeat(60)}ende`, text: 'Ein sehr langer Linktext, '.repeat(6).trim(), at: []}];
		const document = readerDocument(await article({links: long}), [], 60, en, now);
		for (const line of document.lines) expect([...lineText(line)].length).toBeLessThanOrEqual(60);
		const text = rows(document);
		expect(text.find(row => row.includes('https://example.org/'))).toMatch(/…$/u);
		expect(text.filter(row => row.startsWith('    ') && !row.includes('https:')).length).toBeGreaterThan(0);
	});

	test('offsets that do not belong to the text (another text under them) place no number; the list stays', async () => {
		const text = rows(readerDocument(await article({content: 'Ein ganz anderer Text, der hier steht und nichts verlinkt.'}), [], 100, en, now));
		expect(text.some(row => /\[\d\]$/u.test(row))).toBe(false);
		expect(text).toContain('[1] Mehr dazu im Hintergrund.');
	});

	test('escape sequences in a stored link\'s words or address never reach the terminal', async () => {
		const hostile: ArticleLink[] = [{url: 'https://example.org/\u001B]52;c;ZXZpbA==\u0007x', text: '\u001B[2J\u001B]0;pwned\u0007Klick \u009B31m', at: []}];
		const document = readerDocument(await article({links: hostile}), [], 100, en, now);
		for (const line of document.lines) expect(lineText(line)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u);
		expect(rows(document)).toContain('[1] Klick');
	});
});

describe('opening a link from the reader', () => {
	let app: AppUnderTest | undefined;
	afterEach(() => {
		app?.unmount();
		app = undefined;
	});

	/** The app on the reader of a story's last report, given these links. */
	async function readerWithLinks(articleLinks: ArticleLink[] | undefined) {
		app = await startTestApp({columns: 100, rows: 40});
		const found = await locate(app.services, story => story.articles.length > 0);
		const uid = found.story.articles.at(-1)!.id;
		const stored = app.services.articles.get(uid)!;
		app.services.articles.set(uid, {...stored, content, links: articleLinks});
		await selectStory(app, found.topicIndex, found.storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		await app.press('G', keys.enter);
		await app.waitFor('Story › Article');
		return app;
	}

	test('a link\'s number, then Enter, opens that link in the browser; the prompt shows the number as typed', async () => {
		const reader = await readerWithLinks(links);
		await reader.waitFor('Hintergrund.[2]');
		await reader.press('2');
		await reader.waitFor('Open link number: 2');
		await reader.press(keys.enter);
		await reader.waitFor('Opened in browser');
		expect(reader.services.callsOf('openUrl')).toEqual([['https://example.org/hintergrund-rat']]);
		await reader.press('1', keys.enter);
		await until(() => reader.services.callsOf('openUrl').length === 2);
		expect(reader.services.callsOf('openUrl').at(-1)).toEqual(['https://example.org/hintergrund-reform']);
	});

	test('a number the article has no link for is refused under the prompt, which stays; Esc leaves it', async () => {
		const reader = await readerWithLinks(links);
		await reader.press('1', '2', keys.enter);
		await reader.waitFor('No such link: the links are numbered 1 to 2');
		expect(stripAnsi(reader.frame())).toContain('Open link number: 12');
		await reader.press(keys.esc);
		await until(() => !reader.frame().includes('Open link number'));
		expect(reader.services.callsOf('openUrl')).toEqual([]);
		expect(reader.frame()).toContain('Story › Article');
	});

	test('in an article without links the key says so and asks nothing', async () => {
		const reader = await readerWithLinks(undefined);
		await reader.press('3');
		await reader.waitFor('This article has no links');
		expect(reader.frame()).not.toContain('Open link number');
	});

	test('a digit while the article is still loading says nothing (not "no links": it has two once loaded)', async () => {
		app = await startTestApp({columns: 100, rows: 40});
		const reader = app;
		const found = await locate(reader.services, story => story.articles.length > 0);
		const uid = found.story.articles.at(-1)!.id;
		reader.services.articles.set(uid, {...reader.services.articles.get(uid)!, content, links});
		// The store answers only when the test lets it: the reader stays on "Loading…" meanwhile.
		let release = () => {};
		const answered = new Promise<void>(resolve => {
			release = resolve;
		});
		const stored = reader.services.getArticle.bind(reader.services);
		reader.services.getArticle = async (id: string) => {
			await answered;
			return stored(id);
		};

		await selectStory(reader, found.topicIndex, found.storyIndex);
		await reader.press(keys.enter);
		await reader.waitFor('Briefing › Story');
		await reader.press('G', keys.enter);
		await reader.waitFor('Story › Article');
		await reader.waitFor('Loading…');
		await reader.press('3');
		expect(reader.frame()).not.toContain('This article has no links');
		expect(reader.frame()).not.toContain('Open link number');
		release();
		await reader.waitFor('Hintergrund.[2]');
		await reader.press('2');
		await reader.waitFor('Open link number: 2');
	});

	test('the help names the keys and what they do, from the keymap', async () => {
		const reader = await readerWithLinks(links);
		await reader.press('?');
		await reader.waitFor('open link [n] in browser');
		expect(stripAnsi(reader.frame())).toMatch(/1 2 3 4 5 6 7 8 9 +open link \[n\] in browser \(its number, then Enter\)/u);
	});
});
