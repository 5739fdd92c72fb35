// htmlToText: feed HTML to plain text with paragraphs.

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {htmlToText, htmlToTextLayout, spaceAroundBreak, truncateText, whitespaceToSpace} from '../../source/text/html-to-text.js';

describe('htmlToText', () => {
	it('keeps paragraphs as blank-line separated blocks and <br> as line breaks', () => {
		expect(htmlToText('<p>First  para\n graph.</p>\n<p>Second<br>line two</p><div>Third</div>')).toBe('First para graph.\n\nSecond\nline two\n\nThird');
		expect(htmlToText('One<br/><br/>Two')).toBe('One\n\nTwo');
		expect(htmlToText('<h2>Head</h2>Text<ul><li>a</li><li>b</li></ul>')).toBe('Head\n\nText\n\na\nb');
	});

	it('starts a line for inline elements styled as blocks (HuffPost pull-quote attribution)', () => {
		const html = '<blockquote class="pull-quote"><span class="quote">super exciting.</span><span class="attribution" style="display:block;">Nusaybah Mohamed</span></blockquote><p>Next</p>';
		expect(htmlToText(html)).toBe('super exciting.\nNusaybah Mohamed\n\nNext');
	});

	it('decodes entities (named, numeric, hex) once', () => {
		expect(htmlToText('<p>Caf&eacute; &amp; &#8222;Zitat&#8220; &#x2014; &nbsp;x</p>')).toBe('Café & „Zitat“ — x');
		expect(htmlToText('<p>&amp;lt;b&amp;gt; is markup</p>')).toBe('&lt;b&gt; is markup');
	});

	it('drops scripts, styles, comments and other non-text elements', () => {
		const html = '<style>p{color:red}</style><p>Keep</p><script>alert("<p>x</p>")</script><!-- hidden --><noscript>no</noscript><svg><text>s</text></svg><p>this</p>';
		expect(htmlToText(html)).toBe('Keep\n\nthis');
		expect(htmlToText('<SCRIPT type="text/javascript">evil()</SCRIPT >ok')).toBe('ok');
		expect(htmlToText('text<script>never closed')).toBe('text');
	});

	it('copes with attributes containing ">" and with unclosed tags', () => {
		expect(htmlToText('<a title="a > b" href="x">link</a> text')).toBe('link text');
		expect(htmlToText('<p>open <b>bold')).toBe('open bold');
	});

	it('keeps preformatted line breaks', () => {
		expect(htmlToText('<pre>a\n  b</pre>')).toBe('a\n  b');
	});

	it('treats text without markup as plain text: blank lines are paragraphs', () => {
		expect(htmlToText('First line\ncontinues.\n\n  Second paragraph &amp; more.')).toBe('First line continues.\n\nSecond paragraph & more.');
		expect(htmlToText('')).toBe('');
	});

	it('truncates at a word boundary', () => {
		expect(truncateText('alpha beta gamma delta', 14)).toBe('alpha beta…');
		expect(truncateText('short', 14)).toBe('short');
		expect(truncateText('alpha beta gamma delta', 14).length).toBeLessThanOrEqual(14);
	});
});

describe('htmlToText on hostile input', () => {
	it.each([
		['unclosed tags', '<a '.repeat(300_000)],
		['unclosed quotes', '<a href="x '.repeat(100_000)],
		['unclosed declarations', '<!x '.repeat(250_000)],
		['unclosed comments', '<!-- '.repeat(200_000)],
		['deep nesting', '<div>'.repeat(200_000) + 'deep' + '</div>'.repeat(200_000)],
	])('stays linear on %s (~1 MB)', (_name, html) => {
		const started = performance.now();
		htmlToText(html);
		// Generous for a busy CI box: the quadratic version took minutes.
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('the whitespace patterns rewrite only where the text changes', () => {
	// They stand in for /\s+/ → ' ' and / ?\n ?/ → '\n', which match (and rebuild the string at) every single space or break.
	const whitespace = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\r', '\u00A0', '\u2003', '\u3000', '\u2028', '\uFEFF', '\f', '\v', 'a', 'Wort', '.', '<', '&amp;');
	const texts = fc.array(fc.oneof(whitespace, fc.string({maxLength: 3})), {maxLength: 60}).map(parts => parts.join(''));

	it('whitespaceToSpace gives what /\\s+/g → " " gives', () => {
		fc.assert(fc.property(texts, text => {
			expect(text.replace(whitespaceToSpace, ' ')).toBe(text.replace(/\s+/g, ' '));
		}), {numRuns: 3000});
	});

	it('spaceAroundBreak gives what / ?\\n ?/g → "\\n" gives', () => {
		fc.assert(fc.property(texts, text => {
			expect(text.replace(spaceAroundBreak, '\n')).toBe(text.replace(/ ?\n ?/g, '\n'));
		}), {numRuns: 3000});
	});
});

describe('htmlToTextLayout', () => {
	it('says tidy only of text with nothing left to collapse, and flags a <pre>\'s layout', () => {
		const pieces = fc.constantFrom('<p>', '</p>', '<br>', '<pre>', '</pre>', '<td>', '<li>', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '&nbsp;', '&amp;', 'a', 'Wort', '<b>', '</b>', '<!-- x -->', '<![CDATA[ c  d ]]>', '\u0001', '\u0002', '<script>x</script>');
		fc.assert(fc.property(fc.array(pieces, {maxLength: 40}), parts => {
			const html = parts.join('');
			const {text, preformatted} = htmlToTextLayout(html);
			expect(text).toBe(htmlToText(html));
			if (!preformatted) {
				expect(text).not.toMatch(/[ \t]{2}| \n|\n /);
				expect(text).toBe(text.trim());
			}
		}), {numRuns: 3000});
		expect(htmlToTextLayout('<pre>a  b\n  c</pre>')).toEqual({text: 'a  b\n  c', preformatted: true});
		expect(htmlToTextLayout('<p>a  b</p>').preformatted).toBe(false);
	});
});
