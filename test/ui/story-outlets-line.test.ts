// A story's line under its headline says how many outlets reported it and when, whatever the width and the outlets' names.

import {describe, expect, test} from 'vitest';
import type {Story} from '../../source/model/briefing.js';
import {messagesFor} from '../../source/i18n/index.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import {cellWidth} from '../../source/ui/text/fit.js';
import type {Line} from '../../source/ui/text/line.js';

const now = new Date('2026-11-27T01:06:00.000Z');

function story(outlets: string[]): Story {
	const articles = outlets.map((feed, index) => ({
		id: `a${index}`, title: `Heizungsgesetz ${index}`, url: `http://127.0.0.1/${index}`, feed, published: new Date(now.getTime() - (index + 1) * 180_000).toISOString(),
	}));
	return {
		id: 'a0', headline: 'Heizungsgesetz: Bundesrat will Vermittlungsausschuss anrufen', summary: 'Der Bundestag hat das Heizungsgesetz beschlossen.',
		topics: ['Germany'], outlets, articles, quotes: [], people: [],
		firstPublished: articles.at(-1)!.published, lastPublished: articles[0]!.published, score: 1, isNew: true, unread: true,
	};
}

const text = (line: Line | undefined) => (line ?? []).map(part => part.text).join('');
/** The row under the headline (which may wrap to several): the first in the secondary colour. */
const outletsRow = (lines: Line[]) => text(lines.find(line => line[0]?.token === 'text.secondary'));
const outlets = Array.from({length: 13}, (_, index) => `Outlet ${12 - index}`);

describe('the story screen\'s outlets line', () => {
	test.each([118, 78, 58, 38])('at %i cells, 13 outlets: their count, as many names as fit, +N for the rest, and the time', width => {
		for (const language of ['en', 'de'] as const) {
			const messages = messagesFor(language);
			const line = outletsRow(storyDocument(story(outlets), width, messages, now).lines);
			expect(line.startsWith(`13 ${messages.labels.outlets}: Outlet 12`), line).toBe(true);
			// The newest report's time (3 minutes before now, today: the clock alone) is never cut off.
			expect(line).toMatch(/ · 01:03$/u);
			expect(cellWidth(line)).toBeLessThanOrEqual(width);
			const named = line.match(/Outlet \d+/gu)!.length;
			expect(line).toContain(named < 13 ? `, +${13 - named} · ` : 'Outlet 0 · ');
		}
	});

	test.each([80, 58, 38])('at %i cells, outlets with long feed titles: the first name gives way, the count and the time stay', width => {
		const long = ['ZEIT ONLINE | Nachrichten, News, Hintergründe und Debatten', 'tagesschau.de - Die Nachrichten der ARD', 'Süddeutsche Zeitung', 'DER SPIEGEL - Schlagzeilen'];
		for (const language of ['en', 'de'] as const) {
			const messages = messagesFor(language);
			const line = outletsRow(storyDocument(story(long), width, messages, now).lines);
			expect(line.startsWith(`4 ${messages.labels.outlets}: ZEIT`), line).toBe(true);
			expect(line).toMatch(/, \+3 · 01:03$/u);
			expect(cellWidth(line)).toBeLessThanOrEqual(width);
		}
		const single = outletsRow(storyDocument(story([long[0]!]), width, messagesFor('de'), now).lines);
		expect(single).toMatch(/^ZEIT.* · 01:03$/u);
		expect(cellWidth(single)).toBeLessThanOrEqual(width);
	});

	test('one outlet: its name and the time, as before', () => {
		const line = outletsRow(storyDocument(story(['tagesschau']), 80, messagesFor('de'), now).lines);
		expect(line).toBe('tagesschau · 01:03');
	});

	test('a few that fit are all named', () => {
		const line = outletsRow(storyDocument(story(['BBC', 'DW', 'ORF']), 80, messagesFor('en'), now).lines);
		expect(line).toBe('3 outlets: BBC, DW, ORF · 01:03');
	});
});
