// `lagebild brief` in German set a quote in English marks (“Das ist ein wichtiger Schritt”) under a summary in German
// ones, while the app's story view sets „…“ (seventh walk); the text format now uses the app's marks for its language.

import {expect, test} from 'vitest';
import type {Briefing} from '../../source/model/briefing.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';

const briefing: Briefing = {
	generatedAt: '2026-11-26T22:50:00.000Z',
	window: {from: '2026-11-25T22:50:00.000Z', to: '2026-11-26T22:50:00.000Z'},
	topics: [{name: 'Germany', stories: [{
		id: 's1', headline: 'Bundesregierung beschließt Maßnahme', summary: '', topics: ['Germany'], outlets: ['Wechsel'],
		articles: [{id: 'a1', title: 'Bundesregierung beschließt Maßnahme', url: 'http://127.0.0.1/1', feed: 'Wechsel', published: '2026-11-26T22:46:00.000Z'}],
		quotes: [
			{text: 'Das ist ein wichtiger Schritt', speaker: 'Friedrich Merz', role: 'Bundeskanzler', kind: 'direct', articleId: 'a1', outlet: 'Wechsel', start: 0, end: 10},
			{text: 'die Maßnahme komme zur rechten Zeit', speaker: 'Friedrich Merz', role: 'Bundeskanzler', kind: 'indirect', articleId: 'a1', outlet: 'Wechsel', start: 20, end: 30},
		],
		people: [], firstPublished: '2026-11-26T22:46:00.000Z', lastPublished: '2026-11-26T22:46:00.000Z', score: 1, isNew: false, unread: true,
	}]}],
};

test('German text sets a direct quote in „…“, English in “…”; indirect speech is not set in marks', () => {
	const german = renderBriefingText(briefing, {language: 'de'});
	expect(german).toContain('> „Das ist ein wichtiger Schritt“ — Friedrich Merz (Bundeskanzler), Wechsel');
	expect(german).toContain('> die Maßnahme komme zur rechten Zeit — Friedrich Merz');
	expect(renderBriefingText(briefing, {language: 'en'})).toContain('> “Das ist ein wichtiger Schritt” — Friedrich Merz');
});
