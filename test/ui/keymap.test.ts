import {describe, expect, test} from 'vitest';
import type {Key} from 'ink';
import {actions, buildKeyTable, defaultKeymap, isValidKeyName, resolveKeymap} from '../../source/ui/keys/keymap.js';
import {keyName} from '../../source/ui/keys/key-name.js';

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
	return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
	super: false, hyper: false, capsLock: false, numLock: false,
};

describe('resolveKeymap', () => {
	test('the defaults have no key bound twice on any screen', () => {
		const table = buildKeyTable(defaultKeymap);
		for (const [screen, map] of table) {
			const seen = new Map<string, string>();
			for (const action of actions) {
				const spec = defaultKeymap[action];
				if (spec.scope !== 'global' && !spec.scope.includes(screen)) {
					continue;
				}

				for (const key of spec.keys) {
					const other = seen.get(key);
					// A screen action may shadow nothing global: every key resolves to exactly one action.
					expect(other, `${screen}: "${key}" for ${action} and ${other}`).toBeUndefined();
					seen.set(key, action);
				}
			}

			expect(map.size).toBe(seen.size);
		}
	});

	test('without overrides it returns the defaults and no errors', () => {
		const {keymap, errors} = resolveKeymap(defaultKeymap, {});
		expect(errors).toEqual([]);
		expect(keymap).toEqual(defaultKeymap);
	});

	test('an override replaces the keys of one action and keeps its scope', () => {
		const {keymap, errors} = resolveKeymap(defaultKeymap, {star: ['*'], down: ['down', 'J']});
		expect(errors).toEqual([]);
		expect(keymap.star.keys).toEqual(['*']);
		expect(keymap.star.scope).toEqual(defaultKeymap.star.scope);
		expect(keymap.down.keys).toEqual(['down', 'J']);
		expect(buildKeyTable(keymap).get('reader')?.get('*')).toBe('star');
		expect(buildKeyTable(keymap).get('reader')?.get('s')).toBeUndefined();
		// The defaults object is not changed.
		expect(defaultKeymap.star.keys).toEqual(['s']);
	});

	test('unknown actions and key names are reported and ignored', () => {
		const {keymap, errors} = resolveKeymap(defaultKeymap, {fly: ['x'], star: ['ctrl-shift-s'], help: []});
		expect(errors).toHaveLength(3);
		expect(errors[0]).toContain('fly');
		expect(errors[1]).toContain('ctrl-shift-s');
		expect(errors[2]).toContain('help');
		expect(keymap.star.keys).toEqual(['s']);
		expect(keymap.help.keys).toEqual(['?']);
	});

	test('a key bound to two actions on the same screen is reported and the override loses it', () => {
		const {keymap, errors} = resolveKeymap(defaultKeymap, {star: ['m', '*']});
		expect(errors).toEqual(['key "m" is bound to both "star" and "toggleRead"']);
		expect(keymap.star.keys).toEqual(['*']);
		expect(keymap.toggleRead.keys).toEqual(['m']);
	});

	test('a conflict with a global key is a conflict on every screen', () => {
		const {keymap, errors} = resolveKeymap(defaultKeymap, {feedAdd: ['q']});
		expect(errors).toEqual(['key "q" is bound to both "feedAdd" and "quit"']);
		// Nothing usable left: the action keeps its default.
		expect(keymap.feedAdd.keys).toEqual(['a']);
	});

	test('the same key on screens that never meet is no conflict', () => {
		const {errors} = resolveKeymap(defaultKeymap, {topicAdd: ['x']});
		// x is feedExport, but only on the feeds screen.
		expect(errors).toEqual([]);
	});

	test('two overrides fighting over one key are reported once', () => {
		const {errors} = resolveKeymap(defaultKeymap, {star: ['z'], toggleRead: ['z']});
		expect(errors).toEqual(['key "z" is bound to both "toggleRead" and "star"']);
	});
});

describe('key names', () => {
	test('valid names', () => {
		for (const name of ['j', 'G', '?', '/', 'ctrl-c', 'pagedown', 'space', 'shift-tab', '★']) {
			expect(isValidKeyName(name), name).toBe(true);
		}

		for (const name of ['', 'jj', 'ctrl-', 'ctrl-1', 'Space', 'meta-x', ' ']) {
			expect(isValidKeyName(name), name).toBe(false);
		}
	});

	test('Ink keypresses become keymap names', () => {
		expect(keyName('j', noKey)).toBe('j');
		expect(keyName('G', {...noKey, shift: true})).toBe('G');
		expect(keyName('', {...noKey, downArrow: true})).toBe('down');
		expect(keyName('', {...noKey, pageDown: true})).toBe('pagedown');
		expect(keyName('', {...noKey, return: true})).toBe('enter');
		expect(keyName('', {...noKey, escape: true, meta: true})).toBe('esc');
		expect(keyName('', {...noKey, tab: true, shift: true})).toBe('shift-tab');
		// Ink 6 reports 0x7f (what Backspace sends) as delete.
		expect(keyName('', {...noKey, delete: true})).toBe('backspace');
		expect(keyName('c', {...noKey, ctrl: true})).toBe('ctrl-c');
		expect(keyName(' ', noKey)).toBe('space');
		expect(keyName('abc', noKey)).toBeUndefined();
	});
});
