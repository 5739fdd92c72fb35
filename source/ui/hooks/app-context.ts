// The context every component reads its theme, strings and keymap from.

import {createContext, useContext} from 'react';
import type {Messages} from '../../i18n/index.js';
import type {Keymap} from '../keys/keymap.js';
import type {Theme} from '../theme.js';

export interface AppContextValue {
	theme: Theme;
	messages: Messages;
	keymap: Keymap;
	now: () => Date;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
	const value = useContext(AppContext);
	if (!value) {
		throw new Error('useAppContext needs an AppContext provider');
	}

	return value;
}
