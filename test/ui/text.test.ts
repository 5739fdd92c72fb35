import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {de} from '../../source/i18n/de.js';
import {en} from '../../source/i18n/en.js';
import {detectLanguage, format, topicLabel} from '../../source/i18n/index.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {otherTopicName} from '../../source/briefing/rank.js';
import {fit, truncate, wrap} from '../../source/ui/text/fit.js';
import {fitLine, lineText} from '../../source/ui/text/line.js';
import {roleSuffix} from '../../source/ui/text/role-suffix.js';
import {sanitize, sanitizeLine} from '../../source/terminal/sanitize.js';
import {makeTheme} from '../../source/ui/theme.js';

const wide = ['漢字のニュース', '😀🎉👍🏽', 'Zelenskyj – Селенський', '中文 English mix 한국어', 'e\u0301galité', '👩‍👩‍👧‍👦 family'];

describe('width-exact text', () => {
	test('truncate never exceeds the width, also with CJK and emoji', () => {
		for (const text of wide) {
			for (let width = 0; width <= 16; width++) {
				expect(stringWidth(truncate(text, width)), `${text} @ ${width}`).toBeLessThanOrEqual(width);
				expect(stringWidth(fit(text, width)), `${text} @ ${width}`).toBe(width);
			}
		}

		expect(truncate('漢字のニュース', 6)).toBe('漢字…');
		expect(truncate('short', 10)).toBe('short');
	});

	test('fit is exact for any string', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme'}), fc.integer({min: 0, max: 40}), (text, width) => stringWidth(fit(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), width)) === width));
	});

	test('fitLine cuts styled segments to the width and pads the rest', () => {
		const line = [{text: 'Ukraine ', token: 'accent' as const}, {text: '漢字のニュース'}, {text: ' end'}];
		for (let width = 1; width < 30; width++) {
			expect(stringWidth(lineText(fitLine(line, width)))).toBe(width);
		}

		expect(lineText(fitLine(line, 12))).toBe('Ukraine 漢… ');
		expect(lineText(fitLine([{text: 'two\nlines'}], 9))).toBe('two lines');
	});

	test('wrap keeps offsets into the source and respects the width', () => {
		const text = 'Der Minister sagte: „Wir werden das schaffen“, und ging. 漢字です';
		const lines = wrap(text, 14);
		for (const line of lines) {
			expect(stringWidth(line.text)).toBeLessThanOrEqual(14);
			expect(text.slice(line.start, line.end)).toBe(line.text);
		}

		expect(lines.map(line => line.text).join(' ')).toBe(text);
		const long = wrap('Donaudampfschifffahrtsgesellschaftskapitän', 10);
		expect(long.every(line => stringWidth(line.text) <= 10)).toBe(true);
		expect(long.map(line => line.text).join('')).toBe('Donaudampfschifffahrtsgesellschaftskapitän');
	});
});

describe('sanitizing at render', () => {
	test('escape sequences and control characters never reach the terminal', () => {
		const hostile = 'Title\u001B]0;pwned\u0007 \u001B[31mred\u001B[0m \u009B2J\u202Eevil\u0000';
		expect(sanitizeLine(hostile)).toBe('Title red evil');
		expect(sanitize('a\tb\nc')).toBe('a  b\nc');
		expect(sanitizeLine('a\n\nb')).toBe('a b');
	});
});

describe('i18n', () => {
	const shape = (value: unknown): unknown => (typeof value === 'object' && value !== null
		? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]).sort())
		: typeof value);

	test('German has exactly the English keys, all non-empty, with the same placeholders', () => {
		// Topic labels are data keyed by topic name, not messages: checked on their own below.
		const {topicLabels: _de, ...deMessages} = de;
		const {topicLabels: _en, ...enMessages} = en;
		expect(shape(deMessages)).toEqual(shape(enMessages));
		const walk = (a: Record<string, unknown>, b: Record<string, unknown>, path: string) => {
			for (const [key, value] of Object.entries(a)) {
				const other = b[key];
				if (typeof value === 'string') {
					expect(value.length, `${path}${key}`).toBeGreaterThan(0);
					const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();
					expect(names(other as string), `${path}${key}`).toEqual(names(value));
				} else {
					walk(value as Record<string, unknown>, other as Record<string, unknown>, `${path}${key}.`);
				}
			}
		};

		walk(en as unknown as Record<string, unknown>, de as unknown as Record<string, unknown>, '');
	});

	test('topic labels name only bundled topics (and the catch-all), each with a non-empty label', () => {
		const names = new Set([...defaultTopics().map(topic => topic.name), otherTopicName]);
		for (const [name, label] of Object.entries(de.topicLabels)) {
			expect(names.has(name), name).toBe(true);
			expect(label.trim().length, name).toBeGreaterThan(0);
		}
		expect(topicLabel('Ukraine war', de)).toBe('Ukraine-Krieg');
		expect(topicLabel('Ukraine war', en)).toBe('Ukraine war');
		expect(topicLabel('Meine Liste', de)).toBe('Meine Liste');
		expect(topicLabel('constructor', de)).toBe('constructor');
	});

	test('language from setting, else LC_ALL, LC_MESSAGES, LANG', () => {
		expect(detectLanguage('de', {LANG: 'en_US.UTF-8'})).toBe('de');
		expect(detectLanguage('auto', {LANG: 'de_DE.UTF-8'})).toBe('de');
		expect(detectLanguage('auto', {LC_ALL: 'en_GB.UTF-8', LANG: 'de_DE.UTF-8'})).toBe('en');
		expect(detectLanguage('auto', {LC_MESSAGES: 'de_AT', LANG: 'C'})).toBe('de');
		expect(detectLanguage(undefined, {LANG: 'C.UTF-8'})).toBe('en');
		expect(detectLanguage('auto', {LANG: 'dell'})).toBe('en');
	});

	test('format fills placeholders and leaves unknown ones visible', () => {
		expect(format('{n} of {total}', {n: 2, total: 5})).toBe('2 of 5');
		expect(format('{missing}', {})).toBe('{missing}');
	});
});

describe('theme', () => {
	test('NO_COLOR removes every colour but keeps emphasis', () => {
		const mono = makeTheme({NO_COLOR: '1'});
		for (const style of Object.values(mono)) {
			expect(style.color).toBeUndefined();
		}

		expect(mono.selection.inverse).toBe(true);
		const colour = makeTheme({});
		const colours = Object.values(colour).map(style => style.color).filter(Boolean);
		expect(colours.length).toBeGreaterThan(0);
		// Hard white or black would vanish on one of the two backgrounds.
		expect(colours.some(name => /white|black/i.test(name!))).toBe(false);
	});
});

describe('roleSuffix', () => {
	test('adds the role only when the name does not already say it', () => {
		expect(roleSuffix('Pete Hegseth', 'US-Verteidigungsminister')).toBe(' — US-Verteidigungsminister');
		expect(roleSuffix('scientists', 'scientists')).toBe('');
		expect(roleSuffix('ein Militärexperte', 'Militärexperte')).toBe('');
		expect(roleSuffix('the US president', 'US President')).toBe('');
		expect(roleSuffix('Ada', '')).toBe('');
	});

	test('strips escape sequences from the role', () => {
		expect(roleSuffix('Ada', 'Minister\u001B[31m')).toBe(' — Minister');
	});
});

describe('emoji a terminal draws wider than string-width counts', () => {
	test('skin-tone modifiers go (tmux 3.3 and wcwidth terminals draw "👍🏽" 4 cells, string-width counts 2); the emoji stays', async () => {
		const {sanitize, sanitizeLine} = await import('../../source/terminal/sanitize.js');
		for (const tone of ['\u{1F3FB}', '\u{1F3FC}', '\u{1F3FD}', '\u{1F3FE}', '\u{1F3FF}']) {
			const line = sanitizeLine(`👍${tone} Daumen hoch für 👋${tone}`);
			expect(line).toBe('👍 Daumen hoch für 👋');
			// Each emoji left is drawn 2 cells by every terminal, as string-width counts it.
			expect(stringWidth(line)).toBe(2 + ' Daumen hoch für '.length + 2);
			expect(sanitize(`Absatz 👍${tone}\nzweite Zeile`)).toBe('Absatz 👍\nzweite Zeile');
		}
		// Text without them is returned as it was (flags and CJK included).
		expect(sanitizeLine('🇺🇦 Kyjiw 基辅 🚀')).toBe('🇺🇦 Kyjiw 基辅 🚀');
	});
});
