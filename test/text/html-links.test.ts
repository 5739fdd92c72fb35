// html → text keeps an article's links: each anchor's words, its address, and where its words end in the text.

import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {decode} from 'html-entities';
import {describe, expect, it, test} from 'vitest';
import {articleLinks, anchorsIn, storedLinks, webUrl, type TextAnchor} from '../../source/text/article-links.js';
import {htmlToTextLayout} from '../../source/text/html-to-text.js';

const snapshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'feeds', 'snapshots');

function layout(html: string) {
	const result = htmlToTextLayout(html, {anchors: true});
	return {text: result.text, anchors: result.anchors ?? []};
}

/** The text with "[n]" after each placed anchor, as a reader shows it (n: the anchor's place in the list). */
function numbered(text: string, anchors: readonly TextAnchor[]): string {
	let shown = text;
	for (const [index, anchor] of [...anchors.entries()].filter(([, anchor]) => anchor.at >= 0).reverse()) {
		shown = `${shown.slice(0, anchor.at)}[${index + 1}]${shown.slice(anchor.at)}`;
	}

	return shown;
}

describe('html → text with links', () => {
	it('places each anchor after its words, the text unchanged', () => {
		const html = '<p>Die Regierung plant eine Reform. <a href="https://example.org/hintergrund-1">Mehr dazu im Hintergrund.</a></p><p>Zweiter Absatz. <a href="https://example.org/hintergrund-2">Mehr dazu im Hintergrund.</a></p>';
		const {text, anchors} = layout(html);
		expect(text).toBe(htmlToTextLayout(html).text);
		expect(numbered(text, anchors)).toBe('Die Regierung plant eine Reform. Mehr dazu im Hintergrund.[1]\n\nZweiter Absatz. Mehr dazu im Hintergrund.[2]');
		expect(anchors.map(anchor => anchor.href)).toEqual(['https://example.org/hintergrund-1', 'https://example.org/hintergrund-2']);
	});

	it('takes the words of nested tags, and ends an anchor that another one opens inside', () => {
		const {text, anchors} = layout('<p>See <a href="/a"><b>the <i>full</i></b> report</a>, and <a href="/b">one<a href="/c">two</a> three.</p>');
		expect(anchors.map(anchor => [anchor.href, anchor.text])).toEqual([['/a', 'the full report'], ['/b', 'one'], ['/c', 'two']]);
		expect(numbered(text, anchors)).toBe('See the full report[1], and one[2]two[3] three.');
	});

	it('keeps the marks right where spaces and line breaks meet the anchor\'s end', () => {
		const cases: Array<[string, string]> = [
			['<p>a <a href="/x">link </a> b</p>', 'a link[1] b'],
			['<p>a <a href="/x">link<span> </span></a> <br> b</p>', 'a link[1]\nb'],
			['<p><a href="/x">   </a>text <a href="/y">end</a></p>  ', 'text end[1]'],
			['<p><a href="/x">Title</a></p><p>Next</p>', 'Title[1]\n\nNext'],
			['<pre>code  <a href="/x">here</a>\n  next</pre>', 'code  here[1]\n  next'],
			['<a href="/x">one\n\n two</a>', 'one two[1]'],
		];
		for (const [html, expected] of cases) {
			const {text, anchors} = layout(html);
			expect(text).toBe(htmlToTextLayout(html).text);
			expect(numbered(text, anchors.filter(anchor => anchor.text !== ''))).toBe(expected);
		}
	});

	it('keeps the words of escape characters in href and anchor as they are for the layers after it to clean', () => {
		const {text, anchors} = layout('<p><a href="https://example.org/&#x1b;[31mred">\u001B[31mred&#x1b;]0;title\u0007</a> text</p>');
		expect(text).toBe(htmlToTextLayout('<p><a href="https://example.org/&#x1b;[31mred">\u001B[31mred&#x1b;]0;title\u0007</a> text</p>').text);
		expect(anchors).toHaveLength(1);
		// articleLinks (below) is where they are resolved and sanitised.
		const [link] = articleLinks(anchors, 'https://example.org/article');
		expect(link!.url).toBe('https://example.org/%1B[31mred');
		expect(link!.text).toBe('red');
		expect(`${link!.url}${link!.text}`).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/u);
	});

	it('gives the same text with and without anchors for every item of the bundled snapshots', () => {
		let items = 0;
		let placed = 0;
		for (const file of readdirSync(snapshots).filter(name => /\.(?:rss|atom|rdf|xml)$/.test(name))) {
			const xml = readFileSync(path.join(snapshots, file), 'latin1');
			for (const match of xml.matchAll(/<(description|content:encoded|content|summary)[^>]*>([\s\S]*?)<\/\1>/g)) {
				const raw = match[2]!;
				const html = raw.startsWith('<![CDATA[') ? raw.slice(9, raw.lastIndexOf(']]>')) : decode(raw, {level: 'xml'});
				const {text, anchors} = layout(html);
				expect(text).toBe(htmlToTextLayout(html).text);
				for (const anchor of anchors.filter(anchor => anchor.at >= 0)) {
					expect(text.slice(0, anchor.at).endsWith(anchor.text.split(' ').at(-1)!)).toBe(true);
					placed++;
				}

				items++;
			}
		}

		expect(items).toBeGreaterThan(400);
		expect(placed).toBeGreaterThan(100);
	});

	it('keeps the text and leaves the anchors unplaced when an entity decodes to the end mark (review V15 #4)', () => {
		for (const html of ['A &#xFDD0; b <a href=/1>one</a> c <a href=/2>two</a> d', 'A <![CDATA[\uFDD0]]> b <a href=/1>one</a> c <a href=/2>two</a> d', 'A \uFDD0 b <a href=/1>one</a> c <a href=/2>two</a> d']) {
			const {text, anchors} = layout(html);
			expect(text).toBe(htmlToTextLayout(html).text);
			expect(text).toContain('\uFDD0');
			expect(anchors.map(anchor => [anchor.text, anchor.at])).toEqual([['one', -1], ['two', -1]]);
		}
	});

	it('gives the same text with and without anchors for any mix of markup, and places every anchor after its last word', () => {
		const piece = fc.constantFrom('<a href="https://e.org/1">', '<a href=/2>', '</a>', '<p>', '</p>', '<br>', '<pre>', '</pre>', '<div style="display:block">',
			'<b>', '</b>', ' ', '  ', '\n', '\n\n', '\t', '&nbsp;', '&amp;', 'word', 'Wort.', '„Zitat“', '\u00A0', '<script>x</script>', '<!-- c -->', '\uFDD0', '&#xFDD0;', '&#64976;');
		fc.assert(fc.property(fc.array(piece, {maxLength: 40}), pieces => {
			const html = pieces.join('');
			const {text, anchors} = layout(html);
			expect(text).toBe(htmlToTextLayout(html).text);
			for (const anchor of anchors.filter(anchor => anchor.at >= 0)) {
				expect(anchor.at).toBeGreaterThan(0);
				expect(text.slice(0, anchor.at).replace(/\s+/g, ' ').endsWith(anchor.text.split(' ').at(-1)!)).toBe(true);
			}
		}), {numRuns: 3000});
	});
});

describe('html → text with links on hostile input', () => {
	test('grows with the input, not its square: 4× the anchors and text cost well under 16× (best of three)', () => {
		const time = (html: string) => Math.min(...[0, 1, 2].map(() => {
			const start = performance.now();
			articleLinks(htmlToTextLayout(html, {anchors: true}).anchors!, 'https://e.org/a');
			return performance.now() - start;
		}));
		for (const unit of ['<a href="/x">a   </a>   ', '<a href=x>w ', '<pre><a href=/p>x  </a>  \n</pre>']) {
			const small = time(unit.repeat(10_000));
			const large = time(unit.repeat(40_000));
			expect(large, unit).toBeLessThan(Math.max(16 * small, 200));
		}
	});
});

describe('articleLinks', () => {
	const anchor = (href: string, text: string, at = -1): TextAnchor => ({href, text, at});

	it('resolves relative addresses against the article, drops javascript:, mailto:, data:, same-page and unresolvable ones', () => {
		const links = articleLinks([
			anchor('/politik/1', 'relative'),
			anchor('javascript:alert(1)', 'script'),
			anchor('mailto:a@example.org', 'mail'),
			anchor('data:text/html,x', 'data'),
			anchor('#kommentare', 'same page'),
			anchor('//cdn.example.net/x', 'scheme-relative'),
			anchor('  https://example.com/a b  ', 'spaces'),
			anchor('http://[bad', 'broken'),
		], 'https://www.example.org/artikel/123');
		expect(links.map(link => link.url)).toEqual(['https://www.example.org/politik/1', 'https://cdn.example.net/x', 'https://example.com/a%20b']);
		expect(articleLinks([anchor('/politik/1', 'relative')], '')).toEqual([]);
	});

	it('numbers an address once, by its first anchor, with every place it is linked from', () => {
		const links = articleLinks([anchor('https://e.org/a', 'first', 5), anchor('https://e.org/b', 'other', 9), anchor('https://e.org/a', 'again', 20)], '');
		expect(links).toEqual([{url: 'https://e.org/a', text: 'first', at: [5, 20]}, {url: 'https://e.org/b', text: 'other', at: [9]}]);
	});

	it('keeps long addresses whole up to 2048 characters, shortens long words, and stops at 300 links', () => {
		const long = `https://e.org/${'x'.repeat(2000)}`;
		const [link] = articleLinks([anchor(long, 'w '.repeat(300))], '');
		expect(link!.url).toBe(long);
		expect(link!.text.length).toBeLessThanOrEqual(200);
		expect(articleLinks([anchor(`https://e.org/${'x'.repeat(2100)}`, 'too long')], '')).toEqual([]);
		expect(articleLinks(Array.from({length: 400}, (_, index) => anchor(`https://e.org/${index}`, `l${index}`)), '')).toHaveLength(300);
	});

	it('finds anchors again in a text that lost characters, or none', () => {
		const text = 'ab cd ef';
		expect(anchorsIn(text, [anchor('/x', 'cd', 8), anchor('/y', 'ef', 12), anchor('/z', 'gone', 14)]).map(moved => moved.at)).toEqual([5, 8, -1]);
	});

	it('reads stored links back only when well formed, their addresses checked again', () => {
		expect(storedLinks(JSON.stringify([
			{url: 'https://e.org/a', text: 'ok', at: [3]},
			{url: 'javascript:alert(1)', text: 'bad', at: []},
			{url: 'https://e.org/b', text: '\u001B[31mred', at: [-1, 'x', 4]},
			{text: 'no url'},
			null,
		]))).toEqual([{url: 'https://e.org/a', text: 'ok', at: [3]}, {url: 'https://e.org/b', text: 'red', at: [4]}]);
		expect(storedLinks('not json')).toEqual([]);
		expect(storedLinks(null)).toEqual([]);
	});

	it('webUrl is the address check of the article\'s own link', () => {
		expect(webUrl('https://e.org/\u001B]8;;x', '')).toBe('https://e.org/%1B]8;;x');
		expect(webUrl('file:///etc/passwd', '')).toBe('');
	});
});
