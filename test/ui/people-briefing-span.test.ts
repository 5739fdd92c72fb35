// The People heading named the briefing's time as "briefing, 48 h" while the briefing had widened its window to hold
// enough stories (an old cache, the bundled snapshots on a first start: stories years old); it says since when then.

import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {peopleWindowSpan} from '../../source/ui/text/people-window-span.js';

const now = new Date('2026-11-26T22:00:00.000Z');

describe('the People heading\'s name of the briefing\'s time', () => {
	test('48 hours as set while the window is that; since its start when it was widened', () => {
		const hours48 = {from: '2026-11-24T22:00:00.000Z', to: '2026-11-26T22:00:00.000Z'};
		expect(peopleWindowSpan(undefined, 48, messagesFor('en'), now, hours48)).toBe('briefing, 48 h');
		const widened = {from: '2022-07-26T09:00:00.000Z', to: '2026-11-26T21:00:00.000Z'};
		expect(peopleWindowSpan(undefined, 48, messagesFor('en'), now, widened)).toBe('briefing, since 26.07.2022');
		expect(peopleWindowSpan(undefined, 48, messagesFor('de'), now, widened)).toBe('Lagebild, seit 26.07.2022');
		// A wider window the reader chose is named as before.
		expect(peopleWindowSpan({window: 'all', data: null, progress: null}, 48, messagesFor('en'), now, widened)).toBe('everything stored');
	});
});
