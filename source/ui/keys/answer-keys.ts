// The letters that answer yes to a question on a screen, and the hint that names them with Enter and Esc.

import {actionsForScreen, type Keymap, type ScreenKind} from './keymap.js';

/**
 * The language's yes letters that no key of the screen uses. German "j" is the down key: a j pressed to move
 * while "Feed löschen?" was open deleted the feed, so a letter that moves (or does anything else) never says yes;
 * Enter always does.
 */
export function yesLetters(candidates: string, keymap: Keymap, screen: ScreenKind): string[] {
	const {own, global} = actionsForScreen(keymap, screen);
	const bound = new Set([...own, ...global].flatMap(action => keymap[action].keys));
	return [...candidates].filter(letter => !bound.has(letter));
}

/** The letters that answer no: the language's (n); a no is safe whatever else the key does. */
export function noLetters(candidates: string): string[] {
	return [...candidates];
}

/** The answer hint of a question from its template ("{yes} yes · {no} no"): "y / Enter yes · n / Esc no" or "Enter ja …". */
export function answerHint(template: string, yes: readonly string[], no: readonly string[]): string {
	return template.replace('{yes}', [...yes, 'Enter'].join(' / ')).replace('{no}', [...no, 'Esc'].join(' / '));
}
