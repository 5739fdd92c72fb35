// Picks the interface language (setting, else LC_ALL / LC_MESSAGES / LANG) and fills placeholders.

import {de} from './de.js';
import {en, type Messages} from './en.js';

// The one import path for code outside i18n/ (the modules in here import each other directly): the language, the
// tables and the helpers the interface fills them with.
export {format} from './format.js';
export {count, oneOrMany, plural} from './plural.js';
export {age, failingText} from './age.js';

export type {Messages} from './en.js';

export type UiLanguage = 'en' | 'de';

export function detectLanguage(setting: string | undefined, env: Record<string, string | undefined>): UiLanguage {
	if (setting === 'en' || setting === 'de') {
		return setting;
	}

	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^de([_.-]|$)/i.test(locale) ? 'de' : 'en';
}

export function messagesFor(language: UiLanguage): Messages {
	return language === 'de' ? de : en;
}

/** A topic's name as shown: the interface language's label for a bundled default topic, else the name itself. */
export function topicLabel(name: string, messages: Messages): string {
	return Object.hasOwn(messages.topicLabels, name) ? (messages.topicLabels[name] ?? name) : name;
}

