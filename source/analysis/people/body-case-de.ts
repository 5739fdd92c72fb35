// German bodies named by a proper adjective and an institution noun, back in the nominative: "des Statistischen Bundesamts", "laut Statistischem Bundesamt" → "Statistisches Bundesamt".

import {citiesDe, governmentSeatsDe} from '../quotes/lexicon-de.js';

// Institution nouns by grammatical gender; a compound ending in one takes its gender ("Bundesamt", "Zentralbank").
const feminine = ['bank', 'kommission', 'union', 'agentur', 'behörde', 'regierung', 'partei', 'organisation', 'gesellschaft', 'stiftung', 'bahn', 'akademie', 'universität', 'hochschule', 'kammer', 'versicherung', 'vereinigung', 'allianz', 'post', 'polizei', 'staatsanwaltschaft', 'anstalt', 'aufsicht', 'initiative', 'gewerkschaft', 'armee', 'zeitung', 'feuerwehr', 'koalition', 'fraktion', 'liga', 'börse', 'kirche', 'konferenz', 'versammlung', 'bewegung', 'front'];
const neuter = ['amt', 'institut', 'ministerium', 'gericht', 'parlament', 'komitee', 'büro', 'zentrum', 'unternehmen', 'bündnis', 'kabinett', 'präsidium', 'sekretariat', 'kommando', 'netzwerk', 'forum', 'museum', 'krankenhaus', 'klinikum', 'rote kreuz', 'kreuz'];
const masculine = ['fonds', 'verband', 'bund', 'rat', 'gerichtshof', 'konzern', 'verein', 'dienst', 'ausschuss', 'senat', 'rechnungshof', 'sender', 'rundfunk', 'kongress', 'gipfel', 'geheimdienst', 'zoll'];

type Gender = 'f' | 'n' | 'm';

const townsDe: ReadonlySet<string> = new Set([...citiesDe, ...governmentSeatsDe]);

/** Every institution noun, lower-case: the last part of a German body's name ("Bundesamt", "Europäische Zentralbank"). */
export const institutionNounsDe: readonly string[] = [...feminine, ...neuter, ...masculine];

// Longest first, so "gerichtshof" wins over "gericht".
const nouns: ReadonlyArray<[string, Gender]> = [
	...feminine.map((noun) => [noun, 'f'] as [string, Gender]),
	...neuter.map((noun) => [noun, 'n'] as [string, Gender]),
	...masculine.map((noun) => [noun, 'm'] as [string, Gender]),
].sort((a, b) => b[0].length - a[0].length);

const strongEnding: Record<Gender, string> = {f: 'e', n: 'es', m: 'er'};

// An adjective that names (capitalised inside a sentence, so part of a name): "Statistischen", "Europäische", "Auswärtigen", "Deutschen".
const properAdjective = /^(\p{Lu}[\p{L}-]*?(?:isch|sch|lich|ig|al|är|ell|iv|ant|ent))(?:e|en|em|er|es)$/u;

/** Whether a word can open such a body (a proper adjective): the cheap test before a run of words is tried whole. */
export function opensProperBodyDe(word: string): boolean {
	return properAdjective.test(word);
}

/** The nominative of an institution noun as written ("Bundesamts" → "Bundesamt") and its gender; null for other words. */
function institutionNoun(word: string): {word: string; gender: Gender} | null {
	const lower = word.toLowerCase();
	for (const ending of ['', 's', 'es']) {
		if (ending !== '' && !lower.endsWith(ending)) continue;
		const form = lower.slice(0, lower.length - ending.length);
		const found = nouns.find(([noun]) => form.endsWith(noun));
		if (found) return {word: word.slice(0, form.length), gender: found[1]};
	}
	return null;
}

/**
 * The nominative name of a body written as proper adjectives and an institution noun, in any case ("der Europäischen
 * Zentralbank" → "Europäische Zentralbank", "des Auswärtigen Amtes" → "Auswärtiges Amt"); null when the words are not
 * of that shape. German writes adjectives in lower case unless they are part of a name, so the capital is the evidence.
 */
export function properBodyDe(name: string): string | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2 || words.length > 4) return null;
	const noun = institutionNoun(words[words.length - 1]!);
	if (!noun || !/^\p{Lu}/u.test(words[words.length - 1]!)) return null;
	const adjectives: string[] = [];
	for (const word of words.slice(0, -1)) {
		const match = properAdjective.exec(word);
		if (!match) return null;
		// A town's adjective in -er is indeclinable ("der Leipziger Polizei"): its stem is the town, no adjective's.
		if (word.endsWith('er') && townsDe.has(match[1]!.toLowerCase())) {
			adjectives.push(word);
			continue;
		}
		adjectives.push(match[1]! + strongEnding[noun.gender]);
	}
	return [...adjectives, noun.word].join(' ');
}
