// The one keymap table (action → keys, per screen scope) that input dispatch and the help overlay both read.

import type {Action} from '../../model/action.js';

export type ScreenKind = 'briefing' | 'story' | 'reader' | 'feeds' | 'feed' | 'topics' | 'people' | 'person' | 'search';

export const allScreens: readonly ScreenKind[] = ['briefing', 'story', 'reader', 'feeds', 'feed', 'topics', 'people', 'person', 'search'];

export interface ActionSpec {
	keys: string[];
	/** Screens where the action applies; 'global' means every screen. */
	scope: 'global' | ScreenKind[];
}

export type Keymap = Record<Action, ActionSpec>;

export const defaultKeymap: Keymap = {
	quit: {keys: ['q', 'ctrl-c'], scope: 'global'},
	help: {keys: ['?'], scope: 'global'},
	// Every screen but the feed manager, where / finds a feed (feedFind): one key, one action per screen.
	search: {keys: ['/'], scope: allScreens.filter(screen => screen !== 'feeds')},
	feeds: {keys: ['f'], scope: 'global'},
	topics: {keys: ['t'], scope: 'global'},
	people: {keys: ['p'], scope: 'global'},
	refreshAll: {keys: ['R'], scope: 'global'},
	back: {keys: ['esc', 'left', 'h', 'backspace'], scope: 'global'},
	up: {keys: ['up', 'k'], scope: 'global'},
	down: {keys: ['down', 'j'], scope: 'global'},
	pageUp: {keys: ['pageup', 'ctrl-b'], scope: 'global'},
	pageDown: {keys: ['pagedown', 'ctrl-f'], scope: 'global'},
	nextPage: {keys: ['space'], scope: ['reader', 'story']},
	top: {keys: ['g', 'home'], scope: 'global'},
	bottom: {keys: ['G', 'end'], scope: 'global'},
	open: {keys: ['enter', 'right', 'l'], scope: 'global'},
	switchPane: {keys: ['tab', 'shift-tab'], scope: ['briefing']},
	refresh: {keys: ['r'], scope: ['briefing', 'story', 'reader', 'feeds', 'feed']},
	toggleRead: {keys: ['m'], scope: ['briefing', 'story', 'reader', 'search', 'feed']},
	markTopicRead: {keys: ['A'], scope: ['briefing']},
	// newsboat's A in its feed list and a feed's article list: every article of that feed read (asks first).
	markFeedRead: {keys: ['A'], scope: ['feeds', 'feed']},
	// In an article opened from a feed's list, n goes on in that feed (feed-reading.ts), as on the list itself.
	nextUnread: {keys: ['n'], scope: ['briefing', 'story', 'reader']},
	// newsboat's n on a feed's article list: that feed's next unread article, not the briefing's next story.
	nextUnreadArticle: {keys: ['n'], scope: ['feed']},
	unreadOnly: {keys: ['u'], scope: ['briefing']},
	star: {keys: ['s'], scope: ['briefing', 'story', 'reader', 'search', 'feed']},
	openBrowser: {keys: ['o'], scope: ['briefing', 'story', 'reader', 'search', 'feed', 'person']},
	fetchFull: {keys: ['F'], scope: ['reader']},
	// newsboat's way: a link's number typed in the article opens its "Goto URL #" prompt, Enter opens the link.
	openLink: {keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], scope: ['reader']},
	feedAdd: {keys: ['a'], scope: ['feeds']},
	feedDelete: {keys: ['d'], scope: ['feeds']},
	feedEdit: {keys: ['e'], scope: ['feeds']},
	feedToggle: {keys: ['space'], scope: ['feeds']},
	feedImport: {keys: ['i'], scope: ['feeds']},
	feedExport: {keys: ['x'], scope: ['feeds']},
	// The manager's own / finds a feed (the article search stays one Esc away); S as newsboat's sort keys are taken.
	feedFind: {keys: ['/'], scope: ['feeds']},
	feedSort: {keys: ['S'], scope: ['feeds']},
	topicAdd: {keys: ['a'], scope: ['topics']},
	topicRename: {keys: ['n'], scope: ['topics']},
	topicTerms: {keys: ['e'], scope: ['topics']},
	topicDelete: {keys: ['d'], scope: ['topics']},
	// w as in window: the People screen's time cycles 48 h → 7 days → everything stored.
	peopleWindow: {keys: ['w'], scope: ['people', 'person']},
};

export const actions = Object.keys(defaultKeymap) as Action[];

const namedKeys = new Set([
	'up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end',
	'enter', 'esc', 'tab', 'shift-tab', 'backspace', 'space',
]);

/** Whether a key name is one this app can recognise from the terminal. */
export function isValidKeyName(name: string): boolean {
	if (namedKeys.has(name)) {
		return true;
	}

	if (/^ctrl-[a-z]$/.test(name)) {
		return true;
	}

	// One printable, non-space character (letters are case-sensitive: G is shift+g).
	return [...name].length === 1 && /^[\x21-\x7e]$|^[^\x00-\x7f]$/u.test(name);
}

function scopesOverlap(a: ActionSpec['scope'], b: ActionSpec['scope']): boolean {
	if (a === 'global' || b === 'global') {
		return true;
	}

	return a.some(screen => b.includes(screen));
}

export interface KeymapResolution {
	keymap: Keymap;
	errors: string[];
}

/**
 * Applies the user's overrides (action → keys, replacing that action's keys) and reports what cannot work:
 * unknown actions, key names the terminal cannot send, and one key bound to two actions on the same screen.
 * A rejected override keeps the action's default keys, so the app always stays usable.
 */
export function resolveKeymap(defaults: Keymap, overrides: Record<string, unknown>): KeymapResolution {
	const errors: string[] = [];
	const keymap = Object.fromEntries(
		Object.entries(defaults).map(([action, spec]) => [action, {keys: [...spec.keys], scope: spec.scope}]),
	) as Keymap;
	const overridden = new Set<Action>();

	for (const [name, value] of Object.entries(overrides)) {
		if (!(name in defaults)) {
			errors.push(`unknown action "${name}" in keymap`);
			continue;
		}

		const action = name as Action;
		const keys = typeof value === 'string' ? [value] : value;
		if (!Array.isArray(keys) || keys.length === 0 || !keys.every(key => typeof key === 'string')) {
			errors.push(`keys for "${action}" must be a non-empty list of key names`);
			continue;
		}

		const invalid = (keys as string[]).filter(key => !isValidKeyName(key));
		if (invalid.length > 0) {
			errors.push(`"${action}": unknown key ${invalid.map(key => `"${key}"`).join(', ')}`);
			continue;
		}

		keymap[action] = {keys: [...new Set(keys as string[])], scope: defaults[action].scope};
		overridden.add(action);
	}

	// Conflicts: report every pair once; drop the overridden binding so the default stays reachable.
	for (const action of actions) {
		if (!overridden.has(action)) {
			continue;
		}

		for (const other of actions) {
			if (other === action || !scopesOverlap(keymap[action].scope, keymap[other].scope)) {
				continue;
			}

			const shared = keymap[action].keys.filter(key => keymap[other].keys.includes(key));
			if (shared.length === 0) {
				continue;
			}

			if (overridden.has(other) && actions.indexOf(other) < actions.indexOf(action)) {
				// Already reported from the other side.
				continue;
			}

			for (const key of shared) {
				errors.push(`key "${key}" is bound to both "${action}" and "${other}"`);
			}

			keymap[action] = {...keymap[action], keys: keymap[action].keys.filter(key => !shared.includes(key))};
			if (keymap[action].keys.length === 0) {
				keymap[action] = {keys: [...defaults[action].keys], scope: defaults[action].scope};
			}
		}
	}

	return {keymap, errors};
}

/** Screen → key → action, the table the single input owner dispatches through. Screen-specific actions win. */
export type KeyTable = Map<ScreenKind, Map<string, Action>>;

export function buildKeyTable(keymap: Keymap): KeyTable {
	const table: KeyTable = new Map();
	for (const screen of allScreens) {
		const forScreen = new Map<string, Action>();
		for (const action of actions) {
			const spec = keymap[action];
			if (spec.scope !== 'global' && spec.scope.includes(screen)) {
				for (const key of spec.keys) {
					forScreen.set(key, action);
				}
			}
		}

		for (const action of actions) {
			const spec = keymap[action];
			if (spec.scope === 'global') {
				for (const key of spec.keys) {
					if (!forScreen.has(key)) {
						forScreen.set(key, action);
					}
				}
			}
		}

		table.set(screen, forScreen);
	}

	return table;
}

/** Actions a screen offers, for the help overlay: the screen's own first, then the global ones. */
export function actionsForScreen(keymap: Keymap, screen: ScreenKind): {own: Action[]; global: Action[]} {
	// An action of all screens but one (search: not in the feed manager) reads as a global one where it applies.
	const wide = (scope: ActionSpec['scope']) => scope === 'global' || scope.length >= allScreens.length - 1;
	const own = actions.filter(action => {
		const {scope} = keymap[action];
		return !wide(scope) && scope !== 'global' && scope.includes(screen);
	});
	const global = actions.filter(action => {
		const {scope} = keymap[action];
		return scope === 'global' || (wide(scope) && scope.includes(screen));
	});
	return {own, global};
}
