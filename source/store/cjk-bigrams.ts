// Chinese, Japanese and Korean text for the full-text index: FTS5's unicode61 makes one token of a whole run of CJK
// characters (a headline's clause), so a word inside it could not be found. Each run is indexed again as overlapping
// pairs of characters, which a search's CJK word is looked up by.

import {cjkRuns, hasCjk} from '../text/cjk.js';
import {escapeRegExp} from '../text/regexp-escape.js';

/**
 * The index's tokens for a text's CJK runs, separated by spaces: each run's pairs of neighbouring characters and its
 * last character alone ("日本の首相" → "日本 本の の首 首相 相"), so a word of one character is found as a pair's
 * start or a run's end. Empty for a text without CJK.
 */
export function cjkIndexText(text: string): string {
	if (!hasCjk(text)) return '';
	const tokens: string[] = [];
	for (const run of cjkRuns(text)) {
		const characters = [...run];
		for (let index = 0; index + 1 < characters.length; index++) tokens.push(characters[index]! + characters[index + 1]!);
		tokens.push(characters.at(-1)!);
	}

	return tokens.join(' ');
}

/**
 * A CJK run as a search looks it up: its pairs as one phrase ("首相" → "首相", "習近平" → "習近 近平"), or one
 * character as the start of a token (`"日"*`: a pair that begins with it or a run's last character).
 */
export function cjkQueryPhrase(run: string): {phrase: string; prefix: boolean} {
	const characters = [...run];
	if (characters.length === 1) return {phrase: run, prefix: true};
	const pairs: string[] = [];
	for (let index = 0; index + 1 < characters.length; index++) pairs.push(characters[index]! + characters[index + 1]!);
	return {phrase: pairs.join(' '), prefix: false};
}

/**
 * A few words around the first CJK word found in a text, the words wrapped in `mark` (FTS5's snippet would show the
 * index's pairs): as long as FTS5's snippets of other text; undefined when none occurs (the hit keeps FTS5's).
 */
export function cjkSnippet(text: string, words: readonly string[], mark: readonly [string, string]): string | undefined {
	const flat = text.replaceAll(/\s+/gu, ' ').trim();
	const found = words.map(word => flat.indexOf(word)).filter(index => index >= 0);
	if (found.length === 0) return undefined;
	const at = Math.min(...found);
	const start = Math.max(0, at - 20);
	const end = Math.min(flat.length, at + 40);
	let window = flat.slice(start, end);
	const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
	if (sorted.length > 0) {
		const pattern = new RegExp(sorted.map(word => escapeRegExp(word)).join('|'), 'gu');
		window = window.replaceAll(pattern, word => `${mark[0]}${word}${mark[1]}`);
	}

	return `${start > 0 ? '…' : ''}${window}${end < flat.length ? '…' : ''}`;
}
