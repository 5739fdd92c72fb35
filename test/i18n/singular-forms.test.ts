// Every message that puts a number before a counted noun has a form for one (review V18 #16: "1 articles marked read").

import {describe, expect, test} from 'vitest';
import {count, countWith, messagesFor, type Messages} from '../../source/i18n/index.js';
import {refreshDoneText} from '../../source/i18n/refresh-done.js';

/** Every string of a message table with its path ("done.markedFeedRead_n"). */
function leaves(value: unknown, path: string[] = []): Array<{path: string[]; text: string}> {
	if (typeof value === 'string') return [{path, text: value}];
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => leaves(inner, [...path, key]));
}

/** The same table's string at a path, if any. */
function at(messages: Messages, path: string[]): unknown {
	let value: unknown = messages;
	for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}

// Counted nouns in their plural; German "Artikel" is the same in both numbers and cannot be caught by its form.
const plurals = {
	en: /^(?:feeds|articles|stories|reports|quotes|days|links|items|outlets|topics|people|words)$/u,
	de: /^(?:Feeds|Standard-Feeds|Geschichten|Berichte|Zitate|Tage|Tagen|Links|Einträge|Themen|Quellen)$/u,
};

/** The plural nouns a placeholder or a literal 1 stands before, up to two words on ("{n} unread articles"). */
function countedPlurals(text: string, language: 'en' | 'de', before: RegExp): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(new RegExp(`(?:${before.source})((?: [\\p{L}-]+){1,2})`, 'gu'))) {
		found.push(...match[1]!.trim().split(' ').filter(word => plurals[language].test(word)));
	}

	return found;
}

/** The _1 key beside an _n key: the same stem ("feedCount_1"), or the older tables' singular stem ("story_1" for "stories_n"). */
function singularKey(key: string): string {
	const stem = key.replace(/_n$/u, '');
	return /^(?:stories|reports|quotes)$/u.test(stem) ? `${stem.replace(/ies$/u, 'y').replace(/s$/u, '')}_1` : `${stem}_1`;
}

// The one message left with a bare plural, and why: its number is the bundled default list's size (26), never 1.
const alwaysMany = new Set(['done.importReplacedDefaults']);

describe.each(['en', 'de'] as const)('%s messages', language => {
	const messages = messagesFor(language);
	const all = leaves(messages);

	test('a number before a plural noun is the _n form of a pair, and its _1 form says it in the singular', () => {
		const bare = all
			.filter(({text}) => countedPlurals(text, language, /\{\w+\}/u).length > 0)
			.map(({path}) => path.join('.'))
			.filter(key => !alwaysMany.has(key))
			.filter(key => !(key.endsWith('_n') && typeof at(messages, [...key.split('.').slice(0, -1), singularKey(key.split('.').at(-1)!)]) === 'string'));
		expect(bare).toEqual([]);

		const ones = all.filter(({path}) => path.at(-1)!.endsWith('_1'));
		expect(ones.length).toBeGreaterThanOrEqual(15);
		const pluralOnes = ones
			.filter(({text}) => countedPlurals(text, language, /(?:^|\s)1|\{n\}/u).length > 0)
			.map(({path, text}) => `${path.join('.')}: ${text}`);
		expect(pluralOnes).toEqual([]);
	});

	test('the pairs the app fills with one read in the singular', () => {
		const {done, prompts, status, errors} = messages;
		const said = [
			countWith(1, prompts.confirmMarkFeedRead_1, prompts.confirmMarkFeedRead_n, {name: 'heise'}),
			count(1, done.markedFeedRead_1, done.markedFeedRead_n),
			count(1, done.defaultsRemoved_1, done.defaultsRemoved_n),
			count(1, prompts.confirmDropDefaults_1, prompts.confirmDropDefaults_n),
			count(1, done.markedTopicRead_1, done.markedTopicRead_n),
			count(1, status.allFailed_1, status.allFailed_n),
			countWith(1, done.exported_1, done.exported_n, {path: '/tmp/x.opml'}),
			countWith(1, errors.noSuchLink_1, errors.noSuchLink_n, {count: 1}),
			refreshDoneText({ok: 1, notModified: 0, failed: 0, newArticles: 1, skippedOld: 3}, messages, 1),
		];
		expect(said.filter(text => countedPlurals(text, language, /(?:^|\s)1/u).length > 0 || /\{\w+\}/u.test(text))).toEqual([]);
		expect(said[0]).toBe(language === 'en' ? 'Mark 1 unread article of "heise" read?' : '1 Artikel von „heise“ als gelesen markieren?');
		expect(said[8]).toContain(language === 'en' ? '3 older than a day skipped' : '3 älter als einen Tag übersprungen');
		// And the many: the number in the plural.
		expect(countWith(3, prompts.confirmMarkFeedRead_1, prompts.confirmMarkFeedRead_n, {name: 'heise'})).toContain('3');
		expect(count(25, done.defaultsRemoved_1, done.defaultsRemoved_n)).toBe(language === 'en' ? '25 default feeds removed' : '25 Standard-Feeds entfernt');
	});
});
