// The briefing's topic pane at 80 and 120 columns (walk 10 #216): at 80×24 the pane is 22 cells and the counts took
// nine of them, so German names were cut ("Wissenschaf…", "Wirtschaft …", "Ukraine-Kri…", "Lateinameri…"). The counts
// are now as wide as their numbers, and a long name gives up the story count, then the unread count, before it is cut.

import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {messagesFor, topicLabel, type UiLanguage} from '../../source/i18n/index.js';
import {layoutFor} from '../../source/ui/state/layout.js';
import {countWidths, topicPaneRow} from '../../source/ui/state/topic-row.js';
import {cellWidth} from '../../source/ui/text/fit.js';
import {lineText} from '../../source/ui/text/line.js';
import {stripAnsi} from '../helpers/render.js';
import {assertFits, startTestApp, type AppUnderTest} from './app-fixture.js';

const languages: UiLanguage[] = ['en', 'de'];
/** Every name the pane can show of the defaults: the bundled topics, "Other", the top stories and the starred list. */
function defaultNames(language: UiLanguage): string[] {
	const messages = messagesFor(language);
	return [...defaultTopics().map(topic => topic.name), 'Other'].map(name => topicLabel(name, messages)).concat(messages.labels.topStories, messages.labels.starred);
}

/** The names no row of this width can hold whole even without counts (a cell for the cursor, one for the marker, one between). */
const tooLong = (width: number) => (name: string) => cellWidth(name) > width - 3;

describe('topic rows', () => {
	// A first run of the bundled snapshots: two-digit counts, every story unread and new.
	const busy = {stories: Array.from({length: 48}), unread: 48, fresh: 48};
	const widths = countWidths([busy, {stories: [1], unread: 0, fresh: 0}]);

	test.each(languages)('every default topic name in %s is whole at 120 columns, and at 80 all but one too long for the pane', language => {
		const cut: Record<number, string[]> = {80: [], 120: []};
		for (const columns of [80, 120]) {
			const width = layoutFor(columns, 24).topicsWidth;
			for (const name of defaultNames(language)) {
				const row = lineText(topicPaneRow(name, busy, width, widths));
				expect(cellWidth(row)).toBe(width);
				expect(row.endsWith('+')).toBe(true);
				if (row.includes(name)) continue;
				cut[columns]!.push(name);
				// Cut only when nothing else would do, and then beside both counts.
				expect(tooLong(width)(name)).toBe(true);
				expect(row).toMatch(/\S… +48 48\+$/u);
			}
		}

		expect(cut[120]).toEqual([]);
		expect(cut[80]).toEqual(language === 'de' ? ['Wissenschaft & Gesundheit'] : ['Climate & environment']);
	});

	test('a name that fits beside both counts keeps both in their columns; a longer one gives up the story count first', () => {
		const width = layoutFor(80, 24).topicsWidth;
		expect(width).toBe(22);
		const row = (name: string, topic = busy) => lineText(topicPaneRow(name, topic, width, widths));
		expect(row('Ukraine-Krieg')).toBe(' Ukraine-Krieg  48 48+');
		expect(row('NATO & Sicherheit')).toBe(' NATO & Sicherheit 48+');
		expect(row('Wirtschaft & Märkte')).toBe(' Wirtschaft & Märkte +');
		// Too long for the pane even alone: cut beside both counts, after a word without a blank before the ellipsis.
		expect(row('Wissenschaft & Gesundheit')).toBe(' Wissenschaft…  48 48+');
		// Read, nothing new: no marker, and the unread column left blank.
		expect(row('Lateinamerika', {stories: Array.from({length: 6}), unread: 0, fresh: 0})).toBe(' Lateinamerika   6    ');
		expect(row('Afrika', {stories: [1], unread: 1, fresh: 0})).toBe(' Afrika          1  1•');
	});

	test('the columns are as wide as the largest counts: three digits where a topic has 100 stories', () => {
		expect(countWidths([{stories: Array.from({length: 120}), unread: 7, fresh: 0}])).toEqual({stories: 3, unread: 1});
		expect(countWidths([{stories: [1, 2], unread: 0, fresh: 0}])).toEqual({stories: 1, unread: 0});
	});
});

describe('the topic pane in the app', () => {
	let app: AppUnderTest | undefined;
	afterEach(() => {
		app?.unmount();
		app = undefined;
	});

	/** The names in the topic pane as shown (without cursor and counts). */
	function paneNames(frame: string, width: number): string[] {
		return stripAnsi(frame).split('\n').slice(2).map(line => [...line].slice(1, width).join('')).filter(cell => /\S/u.test(cell));
	}

	test.each([['de', 80, 24], ['de', 120, 40], ['en', 80, 24], ['en', 120, 40]] as const)('in %s at %i columns every topic name shown fits whole unless the pane cannot hold it', async (language, columns, rows) => {
		app = await startTestApp({language, columns, rows});
		const frame = app.frame();
		assertFits(frame, columns, rows);
		const width = layoutFor(columns, rows).topicsWidth;
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const messages = messagesFor(language);
		const shown = paneNames(frame, width).join('\n');
		const names = briefing.topics.map(topic => topicLabel(topic.name, messages));
		expect(names.length).toBeGreaterThan(5);
		for (const name of names) {
			if (tooLong(width)(name)) expect(shown).toContain(`${[...name].slice(0, 4).join('')}`);
			else expect(shown).toContain(name);
		}
	});
});
