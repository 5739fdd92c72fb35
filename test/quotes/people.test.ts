// Name keys and merging people across articles: spelling variants are one person, different people stay apart.

import {describe, expect, it} from 'vitest';
import {mergePeople} from '../../source/analysis/people/merge.js';
import {nameKey} from '../../source/analysis/people/name-key.js';

describe('nameKey', () => {
	it('folds transliteration variants together', () => {
		const variants = ['Selenskij', 'Selenskyj', 'Zelensky', 'Zelenskyy', 'Zelenskiy'];
		expect(new Set(variants.map(nameKey)).size).toBe(1);
		expect(nameKey('Wolodymyr')).toBe(nameKey('Volodymyr'));
		expect(nameKey('Peskow')).toBe(nameKey('Peskov'));
		expect(nameKey('Müller')).toBe(nameKey('Muller'));
		expect(nameKey('Schulz')).toBe(nameKey('Shulz'));
	});

	it('keeps different names apart', () => {
		expect(nameKey('Putin')).not.toBe(nameKey('Rutte'));
		expect(nameKey('Merz')).not.toBe(nameKey('Marx'));
	});
});

describe('mergePeople', () => {
	it('merges one person across articles and answers canonical names for every spelling', () => {
		const merged = mergePeople([
			[{name: 'Wolodymyr Selenskyj', role: 'Präsident', aliases: ['Selenskyj']}],
			[{name: 'Volodymyr Zelensky', role: 'President', aliases: ['Zelensky']}, {name: 'Mark Rutte', role: 'Secretary General', aliases: []}],
			[{name: 'Zelenskyy', role: '', aliases: []}],
		]);
		expect(merged.people).toHaveLength(2);
		const canonical = merged.canonicalOf('Zelenskyy');
		expect(['Wolodymyr Selenskyj', 'Volodymyr Zelensky']).toContain(canonical);
		expect(merged.canonicalOf('Selenskij')).toBe(canonical);
		expect(merged.canonicalOf('Rutte')).toBe('Mark Rutte');
		expect(merged.canonicalOf('Somebody Else')).toBe('Somebody Else');
	});

	it('does not merge two people who share a surname but not a first name', () => {
		const merged = mergePeople([[{name: 'Anna Schmidt', role: '', aliases: []}], [{name: 'Peter Schmidt', role: '', aliases: []}]]);
		expect(merged.people).toHaveLength(2);
	});
});
