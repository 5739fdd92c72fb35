// The People screen while the briefing's quotes are still read (sixth walk): on a first start it said "Nobody is quoted
// in the current briefing" for the minute the quotes took; it says they are being read, and how far.

import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {AppContext} from '../../source/ui/hooks/app-context.js';
import {messagesFor} from '../../source/i18n/index.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import {PeopleScreen} from '../../source/ui/screens/PeopleScreen.js';
import {layoutFor} from '../../source/ui/state/layout.js';
import {makeTheme} from '../../source/ui/theme.js';

const context = (language: 'en' | 'de') => ({theme: makeTheme({NO_COLOR: '1'}), messages: messagesFor(language), keymap: defaultKeymap, now: () => new Date('2026-01-01T12:00:00Z')});

function frame(language: 'en' | 'de', briefingProgress: {phase: 'quotes' | 'stories'; done: number; total: number} | null): string {
	const {lastFrame, unmount} = render(
		<AppContext.Provider value={context(language)}>
			<PeopleScreen people={[]} position={{cursor: 0, offset: 0}} layout={layoutFor(100, 12)} briefingProgress={briefingProgress}/>
		</AppContext.Provider>,
	);
	const text = lastFrame() ?? '';
	unmount();
	return text;
}

test('while the quotes are read the list says so and how far; afterwards "nobody is quoted" as before', () => {
	const reading = frame('en', {phase: 'quotes', done: 61, total: 406});
	expect(reading).toContain('People (0) · briefing, 48 h · reading quotes: article 61 of 406 …');
	expect(reading).toContain('The quotes are still being read; the people quoted follow.');
	expect(reading).not.toContain('Nobody is quoted');
	expect(frame('de', {phase: 'quotes', done: 1200, total: 2797})).toContain('lese Zitate: 1.200 von 2.797 Artikeln …');
	const done = frame('en', null);
	expect(done).toContain('Nobody is quoted in the current briefing.');
	expect(done).not.toContain('reading quotes');
});
