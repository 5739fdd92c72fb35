// Median and nearest-rank percentiles as the benchmark report uses them.

import {describe, expect, it} from 'vitest';
import {median, percentile} from '../../bench/lib/stats.js';

describe('bench statistics', () => {
	it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('uses the nearest rank for percentiles and ignores missing samples', () => {
		const samples = Array.from({length: 100}, (_, index) => index + 1);
		expect(percentile(samples, 95)).toBe(95);
		expect(percentile([...samples, Number.NaN], 95)).toBe(95);
		expect(percentile([7], 95)).toBe(7);
	});

	it('says NaN rather than 0 when there is nothing to summarise', () => {
		expect(median([])).toBeNaN();
		expect(percentile([Number.NaN], 95)).toBeNaN();
	});
});
