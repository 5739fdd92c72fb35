// The help's rows for a screen: its own keys and the global ones, read from the same keymap the input owner uses.

import {format, type Messages} from '../../i18n/index.js';
import {answerHint, noLetters, yesLetters} from '../keys/answer-keys.js';
import {displayKey} from '../keys/key-name.js';
import type {Action} from '../../model/action.js';
import {actionsForScreen, type Keymap, type ScreenKind} from '../keys/keymap.js';
import {cellWidth, wrap} from '../text/fit.js';
import type {Line} from '../text/line.js';

export function helpLines(screen: ScreenKind, keymap: Keymap, messages: Messages, width = Number.POSITIVE_INFINITY): Line[] {
	const {own, global} = actionsForScreen(keymap, screen);
	const keys = (action: Action) => keymap[action].keys.map(key => displayKey(key)).join(' ');
	// As wide as the longest keys (a keymap may bind many), so a narrow terminal keeps room for what they do.
	const column = Math.min(26, Math.max(...[...own, ...global].map(action => cellWidth(keys(action)))) + 2);
	const row = (action: Action): Line => [
		{text: `   ${keys(action)}${' '.repeat(Math.max(1, column - cellWidth(keys(action))))}`, token: 'accent'},
		{text: messages.actions[action]},
	];
	const lines: Line[] = [[{text: ` ${messages.labels.helpTitle} — ${messages.screens[screen]}`, token: 'heading'}], []];
	if (own.length > 0) {
		lines.push([{text: ` ${messages.labels.helpScreen}`, token: 'unread'}], ...own.map(action => row(action)), []);
	}

	lines.push([{text: ` ${messages.labels.helpGlobal}`, token: 'unread'}], ...global.map(action => row(action)), []);
	// A first look at the briefing or a story: what a topic, a story, + and • are. After the keys, which the first page
	// of a short terminal's help keeps to.
	// The keys they name are the keymap's, so a rebound key is named as bound.
	const bound = {star: displayKey(keymap.star.keys[0] ?? ''), open: displayKey(keymap.open.keys[0] ?? '')};
	const legend = (screen === 'briefing' || screen === 'story' ? messages.labels.helpLegend[screen] : []).map(([term, says]): [string, string] => [term, format(says, bound)]);
	if (legend.length > 0) {
		const termColumn = Math.max(column, ...legend.map(([term]) => cellWidth(term) + 2));
		// Wrapped under itself: these say more than a key's few words and would be cut at 80 columns.
		const room = Math.max(20, width - 3 - termColumn - 1);
		const rows = legend.flatMap(([term, says]) => wrap(says, room).map(({text}, index): Line => [
			{text: `   ${index === 0 ? term : ''}${' '.repeat(termColumn - (index === 0 ? cellWidth(term) : 0))}`, token: 'accent'},
			{text},
		]));
		lines.push([{text: ` ${messages.labels.helpShown}`, token: 'unread'}], ...rows, []);
	}

	// Said once here and in every question: German j moves down and never answers ja.
	lines.push([{text: ` ${answerHint(messages.labels.helpQuestions, yesLetters(messages.prompts.yesKeys, keymap, screen), noLetters(messages.prompts.noKeys))}`, token: 'text.dim'}]);
	lines.push([{text: ` ${messages.labels.helpClose}`, token: 'text.dim'}]);
	return lines;
}
