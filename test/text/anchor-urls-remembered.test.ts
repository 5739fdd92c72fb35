// articleLinks remembers the addresses of anchors that carry their scheme and "//" (resolved the same against any
// base): what it remembers must be only those, so a relative, scheme-relative or scheme-only href is still resolved
// against each article's own address.

import {describe, expect, it} from 'vitest';
import {articleLinks, type TextAnchor} from '../../source/text/article-links.js';

const urlsOf = (hrefs: readonly string[], base: string): string[] =>
	articleLinks(hrefs.map((href, index): TextAnchor => ({href, text: `Link ${index}`, at: -1})), base).map(link => link.url);

describe('articleLinks, asked again for other articles', () => {
	it('gives an absolute href the same address whatever the article\'s, checked as webUrl checks it', () => {
		for (const base of ['https://a.example/x/', 'http://b.example/', '']) {
			expect(urlsOf(['HTTPS://Zorblax.EXAMPLE:443/a/../b?q=1#top', ' http://quux.example ', 'https://exa mple.com/', 'https://quux.example/\u001B[31mrot'], base))
				.toEqual(['https://zorblax.example/b?q=1#top', 'http://quux.example/', 'https://quux.example/%1B[31mrot']);
		}
	});

	it('resolves a relative href against each article\'s address, not against the first one asked', () => {
		expect(urlsOf(['hintergrund.html'], 'https://a.example/politik/')).toEqual(['https://a.example/politik/hintergrund.html']);
		expect(urlsOf(['hintergrund.html'], 'https://b.example/wirtschaft/')).toEqual(['https://b.example/wirtschaft/hintergrund.html']);
		expect(urlsOf(['hintergrund.html'], '')).toEqual([]);
	});

	it('resolves a scheme-relative href with the article\'s scheme, and "http:x" against an http address', () => {
		expect(urlsOf(['//cdn.example/bild'], 'https://a.example/')).toEqual(['https://cdn.example/bild']);
		expect(urlsOf(['//cdn.example/bild'], 'http://a.example/')).toEqual(['http://cdn.example/bild']);
		expect(urlsOf(['http:seite'], 'http://a.example/dir/')).toEqual(['http://a.example/dir/seite']);
		expect(urlsOf(['http:seite'], 'http://b.example/')).toEqual(['http://b.example/seite']);
	});

	it('answers the same past the number of addresses it keeps, and for long ones it does not keep', () => {
		for (let index = 0; index < 5000; index += 100) urlsOf(Array.from({length: 100}, (_, offset) => `https://many.example/${index + offset}`), '');
		expect(urlsOf(['https://many.example/7', 'https://many.example/4999'], 'https://other.example/')).toEqual(['https://many.example/7', 'https://many.example/4999']);
		expect(urlsOf([`https://long.example/${'x'.repeat(600)}`], '')).toEqual([`https://long.example/${'x'.repeat(600)}`]);
	});
});
