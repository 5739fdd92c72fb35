// Questions take only letters no key of the screen uses, and the help says how questions are answered.

import {describe, expect, test} from 'vitest';
import {helpLines} from '../../source/ui/state/help-lines.js';
import {messagesFor} from '../../source/i18n/index.js';
import {answerHint, yesLetters} from '../../source/ui/keys/answer-keys.js';
import {defaultKeymap, resolveKeymap} from '../../source/ui/keys/keymap.js';

const text = (lines: ReturnType<typeof helpLines>) => lines.map(line => line.map(segment => segment.text).join('')).join('\n');

describe('yes letters', () => {
	test('German j is the down key on every screen, so it never answers; English y does', () => {
		for (const screen of ['briefing', 'feeds', 'topics'] as const) {
			expect(yesLetters('j', defaultKeymap, screen)).toEqual([]);
			expect(yesLetters('y', defaultKeymap, screen)).toEqual(['y']);
		}
	});

	test('a keymap that binds y takes it away; one that frees j gives it back', () => {
		const yDown = resolveKeymap(defaultKeymap, {down: ['down', 'y']}).keymap;
		expect(yesLetters('y', yDown, 'feeds')).toEqual([]);
		const jFree = resolveKeymap(defaultKeymap, {down: ['down']}).keymap;
		expect(yesLetters('j', jFree, 'feeds')).toEqual(['j']);
	});

	test('the hint names the letters, then Enter; the no letters, then Esc', () => {
		expect(answerHint('{yes} ja · {no} nein', [], ['n'])).toBe('Enter ja · n / Esc nein');
		expect(answerHint('{yes} yes · {no} no', ['y'], ['n'])).toBe('y / Enter yes · n / Esc no');
	});

	test('the help of the feed manager says how a question is answered, in both languages', () => {
		expect(text(helpLines('feeds', defaultKeymap, messagesFor('de')))).toContain('Fragen (löschen, alle gelesen): Enter ja · n / Esc nein');
		expect(text(helpLines('briefing', defaultKeymap, messagesFor('en')))).toContain('Questions (delete, mark all read): y / Enter yes · n / Esc no');
	});
});
