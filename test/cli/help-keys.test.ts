// `lagebild --help` read by a newcomer: it names the app's daily keys, and each key it names does that in the keymap.

import {describe, expect, it} from 'vitest';
import {helpText} from '../../source/commands/main.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import type {Action} from '../../source/model/action.js';

const named: Array<[string, Action]> = [
	['?', 'help'], ['Enter', 'open'], ['Esc', 'back'], ['Tab', 'switchPane'], ['n', 'nextUnread'], ['m', 'toggleRead'],
	['A', 'markTopicRead'], ['u', 'unreadOnly'], ['s', 'star'], ['o', 'openBrowser'], ['F', 'fetchFull'], ['/', 'search'],
	['f', 'feeds'], ['t', 'topics'], ['p', 'people'], ['r', 'refresh'], ['R', 'refreshAll'], ['q', 'quit'], ['j', 'down'], ['k', 'up'],
	['S', 'feedSort'], ['w', 'peopleWindow'],
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

describe('a command\'s usage names what --help names', () => {
	it('lagebild topics with an unknown action lists every topics action (reset was missing)', async () => {
		const {mkdtempSync, rmSync} = await import('node:fs');
		const {tmpdir} = await import('node:os');
		const path = await import('node:path');
		const {cli} = await import('./run-cli.js');
		const home = mkdtempSync(path.join(tmpdir(), 'lagebild-topics-usage-'));
		try {
			const result = await cli(home, 'topics', 'bogus');
			expect(result.code).toBe(2);
			const topicsHelp = helpText.slice(helpText.indexOf('lagebild topics'), helpText.indexOf('Options'));
			for (const action of topicsHelp.matchAll(/(?:^|\|)\s*([a-z]+)\b/gmu)) {
				if (action[1] === 'lagebild' || action[1] === 'topics') continue;
				expect(result.stderr, action[1]).toContain(action[1]);
			}

			expect(result.stderr).toContain('| reset');
		} finally {
			rmSync(home, {recursive: true, force: true});
		}
	});
});
