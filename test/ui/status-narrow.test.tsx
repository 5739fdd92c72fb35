// The status bar on a narrow terminal (40 columns): the last refresh, the filter and the help key must not vanish
// when together they are wider than the row.

import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {StatusBar} from '../../source/ui/components/StatusBar.js';
import {AppContext} from '../../source/ui/hooks/app-context.js';
import {messagesFor} from '../../source/i18n/index.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import {makeTheme} from '../../source/ui/theme.js';
import {stripAnsi} from '../helpers/render.js';

function statusAt(width: number, language: 'en' | 'de', message: string | null = null, running = false): string {
	const context = {theme: makeTheme({NO_COLOR: '1'}), messages: messagesFor(language), keymap: defaultKeymap, now: () => new Date('2026-11-26T17:00:00Z')};
	const view = render(
		<AppContext.Provider value={context}>
			<StatusBar
				width={width}
				screen="briefing"
				overlay={null}
				refresh={{running, progress: running ? {done: 1, total: 3, failed: 0} : null, lastAt: '2026-11-26T16:47:00Z', failedFeeds: 1}}
				message={message === null ? null : {text: message, level: 'info'}}
				unreadOnly={false}
			/>
		</AppContext.Provider>,
	);
	const frame = stripAnsi(view.lastFrame() ?? '');
	view.unmount();
	return frame;
}

describe('status bar on a narrow terminal', () => {
	test.each([[40, 'en'], [41, 'en'], [40, 'de'], [30, 'de'], [60, 'de']] as const)('%i columns, %s: one row, the help key stays', (width, language) => {
		const frame = statusAt(width, language);
		expect(frame.split('\n')).toHaveLength(1);
		expect(frame.trim()).not.toBe('');
		expect(frame).toMatch(language === 'de' ? /\? Hilfe/u : /\? help/u);
	});

	test('a message beside it at 40 columns: the message shows', () => {
		const frame = statusAt(40, 'en', 'People quoted: last 7 days');
		expect(frame).toContain('People quoted');
	});

	test('a message of wide characters is cut to the cells left beside a refresh\'s progress, which stays whole', () => {
		// CJK takes two cells a character: cut by UTF-16 units it was twice as wide and pushed the progress and "? help" out.
		const frame = statusAt(60, 'en', `Fetched 東京新聞 ニュース速報 🗾 ${'東京'.repeat(20)}`, true);
		expect(frame.split('\n')).toHaveLength(1);
		expect(stringWidth(frame)).toBeLessThanOrEqual(60);
		// The filter gives its place to the message while the refresh runs (walk 11); the progress and the help key stay.
		expect(frame).toMatch(/refreshing 1\/3 · \? help/u);
		expect(frame).toContain('Fetched 東京新聞');
		expect(frame).toContain('…');
	});

	test('a message beside a refresh and a briefing computed after it: the parts between the progress and the help key make room (walk 11)', () => {
		// A feed added from a page's address: its refresh and the briefing after it run while the message shows.
		const message = 'Added tagesschau.de: the first of 2 feeds the page names';
		const context = {theme: makeTheme({NO_COLOR: '1'}), messages: messagesFor('en'), keymap: defaultKeymap, now: () => new Date('2026-11-26T17:00:00Z')};
		const view = render(
			<AppContext.Provider value={context}>
				<StatusBar
					width={100}
					screen="feeds"
					overlay={null}
					refresh={{running: true, progress: {done: 33, total: 33, failed: 2}, lastAt: '2026-11-26T16:47:00Z', failedFeeds: 2}}
					briefingProgress={{phase: 'analysing', done: 153, total: 157}}
					message={{text: message, level: 'info'}}
					unreadOnly={false}
				/>
			</AppContext.Provider>,
		);
		const frame = stripAnsi(view.lastFrame() ?? '');
		view.unmount();
		expect(frame.split('\n')).toHaveLength(1);
		expect(stringWidth(frame)).toBeLessThanOrEqual(100);
		expect(frame).toContain(message);
		expect(frame).toMatch(/Analysing articles… 153 of 157 · \? help/u);
	});
});
