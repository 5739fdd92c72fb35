// The single owner of keyboard input: text fields, overlays, then the keymap for the current screen.

import {useInput, useStdin, type Key} from 'ink';
import {useRef, type Dispatch, type RefObject} from 'react';
import {format} from '../../i18n/index.js';
import {displayKey, keyName, splitKeys} from '../keys/key-name.js';
import {noLetters, yesLetters} from '../keys/answer-keys.js';
import type {KeyTable, Keymap} from '../keys/keymap.js';
import type {TextEdit, UiAction} from '../state/reducer.js';
import {currentScreen} from '../state/selectors.js';
import type {UiState} from '../state/types.js';
import type {Commands} from './useCommands.js';

/** Printable text from a keypress or paste, without control characters. */
function typedText(input: string, key: Key): string {
	if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.backspace || key.delete) {
		return '';
	}

	if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) {
		return '';
	}

	return input.replace(/[\x00-\x1f\x7f-\x9f]/g, '');
}

/** The text-field edit a key means, or undefined when the key is no edit. */
function textEdit(input: string, key: Key, name: string | undefined): TextEdit | undefined {
	if (name === 'backspace') {
		return {kind: 'backspace'};
	}

	if (name === 'ctrl-u') {
		return {kind: 'clear'};
	}

	if (name === 'ctrl-w') {
		return {kind: 'deleteWord'};
	}

	const text = typedText(input, key);
	return text ? {kind: 'insert', text} : undefined;
}

/** Keys that keep a selected previous query for refining instead of replacing it (a browser's and a shell's). */
const keepsQuery = new Set(['left', 'right', 'home', 'end', 'up', 'ctrl-e', 'ctrl-a']);

interface InputOwnerDeps {
	stateRef: RefObject<UiState>;
	dispatch: Dispatch<UiAction>;
	commands: Commands;
	table: KeyTable;
	keymap: Keymap;
	helpLength: () => number;
	helpHeight: () => number;
	/** The language's letters for yes ("y"; German "j"); only those the screen does not bind answer. */
	yesKeys: string;
	/** The language's letters that answer no (messages.prompts.noKeys), with Esc. */
	noKeys: string;
	/** The message for a key the screen does not use ("{key} does nothing here …"). */
	unboundKey: string;
}

export function useInputOwner(deps: InputOwnerDeps): void {
	const {isRawModeSupported} = useStdin();
	const latest = useRef(deps);
	latest.current = deps;
	const handle = (input: string, key: Key) => {
		const {stateRef, dispatch, commands, table, keymap, helpLength, helpHeight, yesKeys, noKeys, unboundKey} = latest.current;
		// A status message is read by the next key: it goes, and the key may bring a new one.
		if (stateRef.current.message) {
			dispatch({type: 'message', message: null});
		}

		const state = stateRef.current;
		const name = keyName(input, key);
		if (name === 'ctrl-c') {
			commands.run('quit');
			return;
		}

		const overlay = state.overlay;
		if (overlay?.kind === 'prompt') {
			if (overlay.selected && name !== undefined && keepsQuery.has(name)) {
				dispatch({type: 'promptKeep'});
			} else if (name === 'enter') {
				commands.submitPrompt();
			} else if (name === 'esc') {
				dispatch({type: 'closeOverlay'});
			} else {
				const edit = textEdit(input, key, name);
				if (edit) {
					dispatch({type: 'promptEdit', edit});
				}
			}

			return;
		}

		if (overlay?.kind === 'confirm') {
			// Only the letters the question names, and never a key the screen uses: j (down) deleted feeds.
			const yes = yesLetters(yesKeys, keymap, currentScreen(state).kind);
			if ((input.length === 1 && yes.includes(input)) || name === 'enter') {
				commands.confirm();
			} else if ((input.length === 1 && noLetters(noKeys).includes(input)) || name === 'esc') {
				dispatch({type: 'closeOverlay'});
			}

			return;
		}

		const screen = currentScreen(state);
		const action = name ? table.get(screen.kind)?.get(name) : undefined;
		if (overlay?.kind === 'help') {
			const scroll = (movement: {delta: number} | {to: 'top' | 'bottom'}) => {
				dispatch({type: 'scroll', list: 'help', movement, total: helpLength(), height: helpHeight()});
			};

			if (action === 'help' || action === 'back' || action === 'quit') {
				dispatch({type: 'closeOverlay'});
			} else if (action === 'down') {
				scroll({delta: 1});
			} else if (action === 'up') {
				scroll({delta: -1});
			} else if (action === 'pageDown' || action === 'nextPage') {
				scroll({delta: helpHeight() - 1});
			} else if (action === 'pageUp') {
				scroll({delta: 1 - helpHeight()});
			} else if (action === 'top' || action === 'bottom') {
				scroll({to: action});
			}

			return;
		}

		if (screen.kind === 'feeds' && state.feedView.filtering) {
			if (name === 'enter' || name === 'down') {
				dispatch({type: 'feedFiltering', filtering: false});
			} else if (name === 'esc') {
				dispatch({type: 'feedFiltering', filtering: false, clear: true});
			} else {
				const edit = textEdit(input, key, name);
				if (edit) {
					dispatch({type: 'feedFilterEdit', edit});
				}
			}

			return;
		}

		if (screen.kind === 'search' && state.search.editing) {
			if (state.search.selected && name !== undefined && keepsQuery.has(name)) {
				dispatch({type: 'searchKeepQuery'});
			} else if (name === 'enter') {
				commands.runSearch();
			} else if (name === 'esc') {
				if (state.search.results === null) {
					dispatch({type: 'pop'});
				} else {
					dispatch({type: 'searchEditing', editing: false});
				}
			} else if (name === 'down' && state.search.results && state.search.results.length > 0) {
				dispatch({type: 'searchEditing', editing: false});
			} else {
				const edit = textEdit(input, key, name);
				if (edit) {
					dispatch({type: 'searchEdit', edit});
				}
			}

			return;
		}

		// The search key (remappable) on the search screen goes back to the query rather than opening another search.
		if (screen.kind === 'search' && action === 'search') {
			dispatch({type: 'searchEditing', editing: true});
			return;
		}

		if (action) {
			commands.run(action, name);
		} else if (name && name !== 'space' && (name.length === 1 || name.startsWith('ctrl-'))) {
			// newsboat's N (toggle read), C or ":" did nothing without a word; the help names what does.
			dispatch({type: 'message', message: {text: format(unboundKey, {key: displayKey(name)}), level: 'info'}});
		}
	};

	useInput((input, key) => {
		for (const [char, charKey] of splitKeys(input, key)) handle(char, charKey);
	}, {isActive: isRawModeSupported !== false});
}
