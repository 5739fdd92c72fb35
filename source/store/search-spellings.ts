// Other spellings of a searched name that the index holds: "Selenskyj" also finds Selenskij, Zelensky and Zelenskyy.

import type Database from 'better-sqlite3';
import {accentFold} from '../text/accent-fold.js';
import {spellingFold} from '../text/spelling-fold.js';

// First letters a word may start with when its fold starts with the key's letter (spellingFold's rules).
const firstLetters: Readonly<Record<string, readonly string[]>> = {
	s: ['s', 'z'],
	v: ['v', 'w'],
	y: ['y', 'j'],
	c: ['c', 'k', 't'],
};

/** Shorter words are left alone: "Zeit" and "seit" fold alike, and short words are rarely names. */
const minimumLetters = 5;
/** Enough for every spelling of a name; a fold that matches more words is no name. */
const maximumVariants = 8;

/** A statement over the index's vocabulary (fts5vocab), made once per connection. */
const vocabularies = new WeakMap<Database.Database, Database.Statement<[string, string, number, number], string>>();

function vocabulary(db: Database.Database): Database.Statement<[string, string, number, number], string> {
	let statement = vocabularies.get(db);
	if (!statement) {
		// In the temp schema: a view onto the index for this connection, nothing written to the store's file.
		db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_terms USING fts5vocab(main, articles_fts, row)');
		statement = db.prepare<[string, string, number, number], string>(
			'SELECT term FROM temp.articles_fts_terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?',
		).pluck();
		vocabularies.set(db, statement);
	}

	return statement;
}

/**
 * The index's other spellings of `word` (lower case, as the index holds them), without the word itself; none for
 * short words, words with digits, or a fold shared by so many words that it is no name's.
 */
export function spellingVariants(db: Database.Database, word: string): string[] {
	const letters = [...word];
	if (letters.length < minimumLetters || !letters.every(letter => /\p{L}/u.test(letter))) {
		return [];
	}

	const key = spellingFold(word);
	const own = accentFold(word);
	const statement = vocabulary(db);
	const variants: string[] = [];
	for (const first of firstLetters[key[0] ?? ''] ?? [key[0] ?? '']) {
		const next = String.fromCodePoint(first.codePointAt(0)! + 1);
		for (const term of statement.all(first, next, letters.length - 3, letters.length + 3)) {
			if (term !== own && spellingFold(term) === key) {
				variants.push(term);
			}
		}
	}

	return variants.length > maximumVariants ? [] : variants.sort();
}
