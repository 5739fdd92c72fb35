// Turns what Ink reports for a keypress into the key names the keymap uses ("j", "ctrl-c", "pagedown").

import type {Key} from 'ink';

export function keyName(input: string, key: Key): string | undefined {
	if (key.upArrow) {
		return 'up';
	}

	if (key.downArrow) {
		return 'down';
	}

	if (key.leftArrow) {
		return 'left';
	}

	if (key.rightArrow) {
		return 'right';
	}

	if (key.pageUp) {
		return 'pageup';
	}

	if (key.pageDown) {
		return 'pagedown';
	}

	if (key.home) {
		return 'home';
	}

	if (key.end) {
		return 'end';
	}

	if (key.return) {
		return 'enter';
	}

	if (key.escape) {
		return 'esc';
	}

	if (key.tab) {
		return key.shift ? 'shift-tab' : 'tab';
	}

	// Ink 6 reports the 0x7f most terminals send for Backspace as `delete`.
	if (key.backspace || key.delete) {
		return 'backspace';
	}

	if (key.ctrl && input.length === 1) {
		return `ctrl-${input.toLowerCase()}`;
	}

	if (input === ' ') {
		return 'space';
	}

	if ([...input].length === 1) {
		return input;
	}

	return undefined;
}

/** How a key name is shown to people in help and hints. */
export function displayKey(name: string): string {
	const shown: Record<string, string> = {
		up: '↑', down: '↓', left: '←', right: '→', enter: 'Enter', esc: 'Esc', tab: 'Tab',
		'shift-tab': 'Shift+Tab', backspace: 'Backspace', space: 'Space', pageup: 'PgUp', pagedown: 'PgDn',
		home: 'Home', end: 'End',
	};
	if (shown[name]) {
		return shown[name];
	}

	if (name.startsWith('ctrl-')) {
		return `Ctrl+${name.slice(5).toUpperCase()}`;
	}

	return name;
}

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

/** What Ink reports for one plain character typed on its own. */
function keyOfCharacter(char: string): [string, Key] {
	const code = char.codePointAt(0) ?? 0;
	if (char === '\t') return ['', {...noKey, tab: true}];
	if (char === '\r' || char === '\n') return ['', {...noKey, return: true}];
	if (char === '\b') return ['', {...noKey, backspace: true}];
	if (char === '\u007F') return ['', {...noKey, delete: true}];
	if (code >= 1 && code <= 26) return [String.fromCodePoint(code + 96), {...noKey, ctrl: true}];
	return [char, {...noKey, shift: char !== char.toLowerCase()}];
}

/**
 * Ink 6 splits escape sequences into keys of their own, but hands plain keys that arrive together (typed
 * ahead while a frame was drawn, or pasted) over as one string: "\tj" would be neither Tab nor j. This gives
 * each character as the key it is, in order.
 */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
	const chars = [...input];
	if (chars.length <= 1 || input.includes('\u001B') || key.ctrl || key.meta) return [[input, key]];
	return chars.map(keyOfCharacter);
}
