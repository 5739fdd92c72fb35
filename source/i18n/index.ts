// Picks the interface language (setting, else LC_ALL / LC_MESSAGES / LANG) and fills placeholders.

import {de} from './de.js';
import {en, type Messages} from './en.js';
import {count} from './plural.js';

// The one import path for code outside i18n/ (the modules in here import each other directly): the language, the
// tables and the helpers the interface fills them with.
export {format} from './format.js';
export {count, countWith, oneOrMany, plural} from './plural.js';
export {age, failingShownMs, failingText} from './age.js';

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

/**
 * After a search that found nothing: that the retention setting removes older articles ("Articles older than 30 days
 * are removed …"), which a search for last month's news runs into; undefined where nothing is removed (0 keeps all).
 */
export function searchRetentionNote(retentionDays: number, messages: Messages): string | undefined {
	return retentionDays > 0 ? count(retentionDays, messages.labels.searchRetention_1, messages.labels.searchRetention_n) : undefined;
}
