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
