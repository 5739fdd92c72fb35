// End to end (walk 9 #199): the reader numbers an article's links and lists them; typing a link's number, then Enter,
// hands that link — and nothing else — to the $BROWSER the user set.

import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {browserScript} from '../helpers/browser-script.js';
import {e2eFixture, startApp} from '../helpers/e2e-app.js';
import {hasTmux} from '../helpers/tmux.js';

/** Twelve paragraphs, each ending in its own link: relative, absolute, with an entity in the address. */
function feed(now: number): string {
	const paragraphs = Array.from({length: 12}, (_, index) => {
		const href = index === 0 ? '/hintergrund/verwaltung-1' : `https://archiv.example.net/verwaltung?teil=${index + 1}&amp;quelle=feed`;
		return `&lt;p&gt;Absatz ${index + 1} über die Verwaltungsreform in Quuxhafen. &lt;a href="${href}"&gt;Mehr dazu im Hintergrund.&lt;/a&gt;&lt;/p&gt;`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Quuxhafener Zeitung</title><link>https://news.example.org/</link><language>de</language>
<item><title>Quuxhafen reformiert die Verwaltung</title><link>https://news.example.org/artikel/verwaltung</link><guid>verwaltung-1</guid>
<pubDate>${new Date(now - 3_600_000).toUTCString()}</pubDate><description>${paragraphs.join('')}&lt;p&gt;&lt;a href="javascript:alert(1)"&gt;Teilen&lt;/a&gt;&lt;/p&gt;</description></item>
</channel></rss>`;
}

describe.skipIf(!hasTmux())('a link of an article, from the reader', () => {
	const fixture = e2eFixture('lagebild-e2e-article-link-');

	it('numbers the links in the text, lists them, and 1 2 Enter starts $BROWSER with the twelfth as its one argument', async () => {
		const home = fixture.newHome();
		const source = path.join(home, 'source');
		mkdirSync(source);
		writeFileSync(path.join(source, 'quuxhafen.rss'), feed(Date.now()));
		const {browser, lines} = browserScript(home);
		const session = fixture.keep(startApp(['--source', source, '--home', home], {BROWSER: browser, DISPLAY: '', WAYLAND_DISPLAY: ''}));

		await session.waitFor(screen => /Stories — .+\(\d+\)/.test(screen) && screen.includes('Quuxhafen reformiert') && !/Loading/.test(screen), 30_000);
		session.send('Enter');
		await session.waitFor('Reports');
		session.send('G');
		await session.waitFor(/▸ .*Quuxhafener Zeitung/u);
		session.send('Enter');
		const article = await session.waitFor(screen => screen.includes('Absatz 1 über') && screen.includes('Hintergrund.[1]'), 15_000);
		expect(article).toMatch(/Absatz 2 über die Verwaltungsreform in Quuxhafen\. Mehr dazu im Hintergrund\.\[2\]/u);
		// The list under the text: G is its end.
		session.send('G');
		const list = await session.waitFor(screen => screen.includes('[12] Mehr dazu im Hintergrund.') && screen.includes('https://archiv.example.net/verwaltung?teil=12&quelle=feed'));
		expect(list).toContain('Links');
		// javascript: is no link: eleven addresses and the relative one, resolved against the article's.
		expect(list).not.toContain('[13]');
		expect(list).not.toContain('javascript');
		session.send(['1', '2']);
		await session.waitFor('Open link number: 12');
		session.send('Enter');
		await session.waitFor(screen => screen.includes('Opened in browser') && !screen.includes('Open link number'), 10_000);
		expect(await lines()).toEqual(['https://archiv.example.net/verwaltung?teil=12&quelle=feed']);
		// And the first, relative in the feed: the item's address resolves it.
		session.send(['1', 'Enter']);
		expect(await lines(2)).toEqual([
			'https://archiv.example.net/verwaltung?teil=12&quelle=feed',
			'https://news.example.org/hintergrund/verwaltung-1',
		]);
		session.send('q');
		await session.waitFor('[lagebild exited 0]', 15_000);
	}, 120_000);
});
