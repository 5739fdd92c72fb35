// Clock times for bylines and report lists (the relative ages are test/i18n/age.test.ts's).

import {describe, expect, test} from 'vitest';
import {clock} from '../../source/ui/text/age.js';

// Local-time constructors: clock() shows the reader's local time, so the test must not depend on the machine's zone.
const now = new Date(2026, 10, 25, 14, 5);

describe('clock', () => {
	test('time today, day and time this year, the date with its year before', () => {
		expect(clock(new Date(2026, 10, 25, 9, 3).toISOString(), now)).toBe('09:03');
		expect(clock(new Date(2026, 6, 28, 12, 47).toISOString(), now)).toBe('28.07. 12:47');
		expect(clock(new Date(2022, 6, 28, 12, 47).toISOString(), now)).toBe('28.07.2022');
	});

	test('fits the 12 cells the report lists pad to', () => {
		for (const date of [new Date(2026, 0, 1, 0, 0), new Date(1999, 11, 31, 23, 59)]) {
			expect(clock(date.toISOString(), now).length).toBeLessThanOrEqual(12);
		}
	});
});
