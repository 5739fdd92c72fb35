// A light terminal (COLORFGBG or LAGEBILD_THEME) gets no yellow or cyan, which cannot be read on white.

import {describe, expect, test} from 'vitest';
import {lightBackground, makeTheme, type Theme} from '../../source/ui/theme.js';

const colours = (theme: Theme) => new Set(Object.values(theme).map(style => style.color).filter(Boolean));

describe('light terminals', () => {
	test('COLORFGBG with a light background, or LAGEBILD_THEME=light, chooses the dark colours', () => {
		for (const env of [{COLORFGBG: '0;15'}, {COLORFGBG: '0;default;15'}, {COLORFGBG: '0;7'}, {LAGEBILD_THEME: 'light'}]) {
			expect(lightBackground(env), JSON.stringify(env)).toBe(true);
			const used = colours(makeTheme(env));
			expect(used.has('yellow')).toBe(false);
			expect(used.has('cyan')).toBe(false);
		}
	});

	test('a dark background or none keeps the usual colours; LAGEBILD_THEME=dark wins over COLORFGBG; NO_COLOR wins over all', () => {
		for (const env of [{}, {COLORFGBG: '15;0'}, {COLORFGBG: 'junk'}, {COLORFGBG: '0;15', LAGEBILD_THEME: 'dark'}]) {
			expect(lightBackground(env), JSON.stringify(env)).toBe(false);
			expect(colours(makeTheme(env)).has('yellow')).toBe(true);
		}

		expect(colours(makeTheme({NO_COLOR: '1', LAGEBILD_THEME: 'light'})).size).toBe(0);
	});
});
