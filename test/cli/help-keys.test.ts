// `lagebild --help` read by a newcomer: it names the app's daily keys, and each key it names does that in the keymap.

import {describe, expect, it} from 'vitest';
import {helpText} from '../../source/commands/main.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import type {Action} from '../../source/ui/keys/keymap.js';

const named: Array<[string, Action]> = [
	['?', 'help'], ['Enter', 'open'], ['Esc', 'back'], ['Tab', 'switchPane'], ['n', 'nextUnread'], ['m', 'toggleRead'],
	['A', 'markTopicRead'], ['u', 'unreadOnly'], ['s', 'star'], ['o', 'openBrowser'], ['F', 'fetchFull'], ['/', 'search'],
	['f', 'feeds'], ['t', 'topics'], ['p', 'people'], ['r', 'refresh'], ['R', 'refreshAll'], ['q', 'quit'], ['j', 'down'], ['k', 'up'],
];

describe('--help names the app\'s keys', () => {
	it('every daily key, as the keymap binds it', () => {
		const inApp = helpText.slice(helpText.indexOf('In the app:'));
		expect(inApp.length).toBeLessThan(helpText.length);
		for (const [key, action] of named) {
			const bound = defaultKeymap[action].keys.map(name => ({enter: 'Enter', esc: 'Esc', tab: 'Tab'})[name] ?? name);
			expect(bound, `${key} → ${action}`).toContain(key);
			const escaped = key.replaceAll(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
			expect(inApp, key).toMatch(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u'));
		}
	});
});
