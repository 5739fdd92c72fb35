// The reader when started with --offline (sixth walk): "Press F for the full text" under a teaser, and F then failed
// with "offline: F needs the network"; the note offers o instead.

import {describe, expect, test} from 'vitest';
import {de} from '../../source/i18n/de.js';
import {en} from '../../source/i18n/en.js';
import {readerDocument} from '../../source/ui/state/reader-lines.js';
import {lineText} from '../../source/ui/text/line.js';
import {fixtures} from './app-fixture.js';

const now = new Date('2022-07-28T12:00:00.000Z');

describe('the reader when started with --offline (sixth walk)', () => {
	test('a teaser or a headline-only item does not offer F, which fetches nothing offline; o is offered instead', async () => {
		const article = (await fixtures())[0]!.articles[0]!;
		const teaser = {...article, content: article.summary};
		const text = (offline: boolean, messages = en, item = teaser) => readerDocument(item, [], 100, messages, now, offline).lines.map(line => lineText(line)).join('\n');
		expect(text(false)).toContain('Press F for the full text.');
		expect(text(true)).toContain('Only the teaser is stored (started with --offline: o opens the article in the browser).');
		expect(text(true)).not.toContain('Press F');
		expect(text(true, de)).toContain('mit --offline gestartet: o öffnet den Artikel im Browser');
		expect(text(true, en, {...article, summary: '', content: ''})).toContain('The feed gives only the headline (started with --offline: o opens the page in the browser).');
	});
});
