import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {findRoleHead, lexiconFor, type Lexicon} from '../../source/analysis/quotes/lexicon.js';

/** The definition: every role noun tried against the word, longest first, as the lookup by endings must answer. */
function byScan(word: string, lexicon: Lexicon): string {
	const lower = word.toLowerCase();
	for (const stem of lexicon.roleNouns) {
		// German plurals and cases end in -en/-n too; English ones only in -s/-es ("Mann" is no "man").
		for (const form of [lower, lower.replace(lexicon.language === 'de' ? /(?:es|s|en|n)$/u : /(?:es|s)$/u, '')]) {
			if (form.endsWith(stem) && (form.length === stem.length || lexicon.language === 'de' || form[form.length - stem.length - 1] === '-')) {
				return stem.replace(/(?<=..)in$/u, '').replace(/woman$/u, 'man');
			}
		}
	}
	return '';
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const folders = [
	path.join(repoRoot, '..', 'shared', 'eval', 'seed'),
	path.join(repoRoot, '..', 'shared', 'eval', 'quotes-dev'),
	...readdirSync(path.join(repoRoot, 'test', 'fixtures')).filter((name) => name.startsWith('quotes-heldout')).map((name) => path.join(repoRoot, 'test', 'fixtures', name)),
];

describe('role noun a word ends with', () => {
	for (const language of ['de', 'en']) {
		test(`${language}: the lookup by endings answers as trying every role noun does`, () => {
			const lexicon = lexiconFor(language);
			const words = new Set<string>();
			for (const folder of folders) {
				for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
					for (const word of readFileSync(path.join(folder, file), 'utf8').split(/[^\p{L}\p{N}'’-]+/u)) words.add(word);
				}
			}
			for (const noun of lexicon.roleNouns) {
				for (const word of [noun, `${noun}s`, `${noun}en`, `${noun}in`, `Kreml-${noun}`, `vice-${noun}`, `x${noun}`, noun.slice(1)]) words.add(word);
			}
			const differing = [...words].filter((word) => findRoleHead(word, lexicon) !== byScan(word, lexicon));
			expect(differing).toEqual([]);
			expect(findRoleHead(language === 'de' ? 'Kreml-Sprecher' : 'spokeswoman', lexicon)).toBe(language === 'de' ? 'sprecher' : 'spokesman');
		// A guard against a hang, not a speed target: the scan over every opened set's words took 32 s at load 14.
		}, 120_000);
	}
});
