// German roles back in the nominative singular: "des Kreml-Sprechers" → "Kreml-Sprecher", "dem US-amerikanischen Staatschef" → "US-amerikanischer Staatschef".

import {roleNounsDe} from '../quotes/lexicon-de.js';

// Longest first, so "staatsanwalt" wins over "anwalt".
const stems = [...roleNounsDe].sort((a, b) => b.length - a.length);

/** Adjectival role nouns take the adjective's ending ("der Abgeordnete", "ein Abgeordneter"). */
const adjectival = new Set(stems.filter((stem) => stem.endsWith('er') && stems.includes(stem.slice(0, -1))).map((stem) => stem.slice(0, -1)));

const feminineArticles = new Set(['die', 'eine', 'ihre', 'seine', 'keine']);

interface RoleNoun {
	/** The nominative singular as written (original capitalisation kept). */
	word: string;
	feminine: boolean;
}

/** The role noun a word is, in the nominative singular; null when the word is no role noun. */
function nominativeNoun(word: string, feminineArticle: boolean): RoleNoun | null {
	const lower = word.toLowerCase();
	// Feminine forms do not decline in the singular ("der Ministerin"); "-innen" is a plural and stays.
	if (/in$/u.test(lower) && stems.some((stem) => stem.endsWith('in') && lower.endsWith(stem))) return {word, feminine: true};
	for (const ending of ['', 's', 'es', 'n', 'en']) {
		if (ending !== '' && !lower.endsWith(ending)) continue;
		const form = ending === '' ? lower : lower.slice(0, -ending.length);
		const stem = stems.find((candidate) => form.endsWith(candidate));
		if (!stem) continue;
		let nominative = word.slice(0, form.length);
		// "des Vorsitzenden" → "Vorsitzender"; "die Vorsitzende" stays.
		if (adjectival.has(stem) && form.endsWith(stem) && !feminineArticle) nominative += 'r';
		return {word: nominative, feminine: feminineArticle && adjectival.has(stem)};
	}
	return null;
}

/** An inflected adjective ("US-amerikanischen", "neuen") in its strong nominative singular form. */
function nominativeAdjective(word: string, feminine: boolean): string {
	const match = /^(.*?[\p{Ll}])(?:em|en|er|es|e)$/u.exec(word);
	if (!match) return word;
	return `${match[1]}${feminine ? 'e' : 'er'}`;
}

function isAdjective(word: string): boolean {
	// Lower-case ("neuen"), or a hyphenated compound whose last part is lower-case ("US-amerikanischen").
	const last = word.split('-').pop() ?? '';
	return /^\p{Ll}/u.test(last) && /(?:e|em|en|er|es)$/u.test(last);
}

/**
 * A German role phrase as a role is reported: nominative singular, without an article. `article` is the
 * article or possessive that stood before it, when known; it decides the gender of adjectival nouns.
 * Words after the role noun ("der Partei") are kept as written. Other text comes back unchanged.
 */
export function nominativeRoleDe(role: string, article = ''): string {
	const words = role.trim().split(/\s+/u);
	if (words.length === 0 || words[0] === '') return role;
	let start = 0;
	let determiner = article.toLowerCase();
	if (/^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/iu.test(words[0]!)) {
		determiner = words[0]!.toLowerCase();
		start = 1;
	}
	const feminineArticle = feminineArticles.has(determiner);
	for (let index = start; index < words.length; index++) {
		const word = words[index]!;
		if (!/^\p{Lu}/u.test(word) || isAdjective(word)) continue;
		const noun = nominativeNoun(word, feminineArticle);
		if (!noun) return words.slice(start).join(' ');
		const before = words.slice(start, index).map((part) => (isAdjective(part) ? nominativeAdjective(part, noun.feminine) : part));
		return [...before, noun.word, ...words.slice(index + 1)].join(' ');
	}
	return words.slice(start).join(' ');
}
