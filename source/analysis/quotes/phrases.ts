// Reads noun phrases around a cue word: who is named, with which role, or which pronoun stands there.

import type {Token} from './text-units.js';
import {genderTitles, kinshipGender, neutralTitles} from '../people/given-names.js';
import {roleHead, type Lexicon} from './lexicon.js';
import {joinedWords} from './joined-words.js';
import {dayTimesDe, finiteAuxiliariesDe, speechActNounsDe, timeNounsDe, weekdaysDe} from './lexicon-de.js';

export interface NounPhrase {
	/** Token range [from, to) in the unit's token list. */
	from: number;
	to: number;
	text: string;
	/** The name part ("Pete Hegseth"), "" when the phrase only names a role. */
	name: string;
	/** Role words as written ("US-Verteidigungsminister"). */
	role: string;
	roleHeads: string[];
	roleWords: string[];
	pronoun: string;
	determiner: string;
	/** Appositive description after a comma ("an expert in …"). */
	appositive: string;
	/** A group speaking ("viele", "alle in Kiew", "critics"). */
	group: boolean;
}

export function stripPossessive(word: string): string {
	return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

export function isRoleToken(token: Token, lexicon: Lexicon): boolean {
	if (!token.word) return false;
	if (lexicon.language === 'de' && !token.cap) return false;
	token.roleHead ??= roleHead(token.text, lexicon);
	return token.roleHead !== '';
}

export function isNameToken(token: Token, lexicon: Lexicon): boolean {
	if (token.particle) return true;
	if (!token.word || !token.cap) return false;
	if (/^\p{N}/u.test(token.text) || token.text.endsWith('-')) return false;
	if (lexicon.functionWords.has(token.lower)) return false;
	if (isRoleToken(token, lexicon)) return false;
	return true;
}

const germanAdjective = /(?:e|en|er|es|em)$/u;

// English adjectives and quantifiers that open sentences before a noun ("New research", "Senior officials"): no names.
const openingAdjectivesEn = new Set(['new', 'more', 'most', 'many', 'other', 'several', 'some', 'few', 'recent', 'former', 'further', 'local', 'senior', 'top', 'federal', 'national', 'international', 'young', 'older', 'previous', 'early', 'initial', 'independent', 'leading', 'prominent', 'unnamed', 'anonymous']);

function phraseText(tokens: Token[], from: number, to: number, text: string): string {
	if (to <= from) return '';
	return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

const timeNounSetDe: ReadonlySet<string> = new Set(timeNounsDe);
const finiteAuxiliarySetDe: ReadonlySet<string> = new Set(finiteAuxiliariesDe);
// Adverbs that may stand between a German subject and its verb of saying ("Der Minister hat bereits gesagt").
const adverbsBeforeVerbDe = /^(?:auch|bereits|schon|zuvor|nun|jetzt|inzwischen|mehrfach|erneut|zudem|außerdem)$/u;
const weekdayTimeDe = new RegExp(`^(?:${weekdaysDe.join('|')})(?:${dayTimesDe.join('|')})$`, 'u');

/** A German noun of time: "Woche", "Abend", or a weekday with its time of day ("Sonntagabend", "Montagmorgen"). */
export function isGermanTimeWord(lower: string): boolean {
	return timeNounSetDe.has(lower) || weekdayTimeDe.test(lower);
}

function finish(tokens: Token[], from: number, to: number, determiner: string, lexicon: Lexicon, text: string): NounPhrase | null {
	// "sagte die Polizei Sonntagabend": a German noun of time after the speaker says when, not who (nor the body's seat).
	// Only the weekday compounds: "Sommer", "Winter", "Freitag" alone are surnames too ("DGB-Chef Michael Sommer").
	if (lexicon.language === 'de' && to - 1 > (determiner ? from + 1 : from) && tokens[to - 1]!.cap && weekdayTimeDe.test(tokens[to - 1]!.lower)) to--;
	if (to <= from) return null;
	const core = tokens.slice(determiner ? from + 1 : from, to);
	let lastRole = -1;
	core.forEach((token, index) => {
		if (isRoleToken(token, lexicon)) lastRole = index;
	});
	// German names take no article: in "die Gewerkschafterin Lea Hoffmann" the first noun is the role.
	if (lastRole < 0 && determiner && lexicon.language === 'de') {
		const capitals = core.filter((token) => token.cap && token.word);
		if (capitals.length >= 2) lastRole = core.indexOf(capitals[0]!);
	}
	// "die Vermutung", "Mitteilung": a German speech-act noun is the channel of what is said, no name of who says it —
	// kept only with its owner after it ("Die Ankündigungen von X und Y", read by the statement-owner rule);
	// "Ähnlich äußerte sich …": an uninflected adjective or adverb capitalised for opening the sentence is no name either.
	const owned = /^(?:von|vom|des|der)$/u.test(tokens[to]?.lower ?? '');
	let nameTokens = core.slice(lastRole + 1).filter((token) => ((token.cap && token.word) || token.particle) && !(lexicon.language === 'de' && ((speechActNounsDe.has(token.lower) && !owned) || (token === tokens[0] && germanAdverbEnding.test(token.lower) && !determiner))));
	// "spokesperson for Transport for London" describes someone unnamed.
	if (lastRole >= 0 && core[lastRole + 1] && ['for', 'of', 'at'].includes(core[lastRole + 1]!.lower)) nameTokens = [];
	// A phrase ending in a common noun ("New research", "the Pentagon study") names no one, unless
	// a possessive does ("TNO's report").
	const last = core[core.length - 1];
	if (last && last.word && !last.cap && lastRole !== core.length - 1) {
		// "Smith's mother", "Dean's lawyer" are someone else, of the owner: no name.
		const owner = kinshipGender.has(last.lower) ? undefined : core.find((token) => /['’]s$/u.test(token.text) && token.cap);
		nameTokens = owner ? [owner] : [];
	}
	// "Smith's lawyer said": a role owned by a name is someone else's role, not the owner's.
	if (lastRole === core.length - 1 && lastRole > 0 && !core[lastRole]!.cap && core.slice(0, lastRole).some((token) => /['’]s$/u.test(token.text) && token.cap)) nameTokens = [];
	const roleTokens = core.slice(0, lastRole + 1).filter((token) => token.word && (token.cap || isRoleToken(token, lexicon)));
	const heads = core.slice(0, lastRole + 1).map((token) => roleHead(token.text, lexicon) || (token === core[lastRole] ? token.lower : '')).filter((head) => head !== '');
	const words = core.slice(0, lastRole + 1).flatMap((token) => token.lower.split('-')).filter((word) => word.length > 1);
	const name = joinedWords(nameTokens, (token) => stripPossessive(token.text));
	// An article with only a number or function words after it ("der 49", "the of") names and describes no one.
	if (name === '' && heads.length === 0 && !core.some((token) => token.word && (!/^\p{N}/u.test(token.text) || numberCompoundNoun.test(token.text)) && !lexicon.functionWords.has(token.lower))) return null;
	return {
		from,
		to,
		text: phraseText(tokens, from, to, text),
		name,
		role: joinedWords(roleTokens, (token) => token.text),
		roleHeads: heads,
		roleWords: words,
		pronoun: '',
		determiner,
		appositive: '',
		group: false,
	};
}

/** Endings of German uninflected adjectives and adverbs ("ähnlich", "gleichzeitig", "möglicherweise"). */
export const germanAdverbEnding = /^\p{L}{2,}(?:lich|ig|weise)$/u;

const timeUnitsDe = /^(?:jahre|monate|wochen|tage)$/u;
/** A noun made of a number and a capitalised word ("49-Jährige", "35-Jähriger", "100-Meter-Läuferin"): a head, no number. */
const numberCompoundNoun = /^\p{N}+-\p{Lu}/u;
/** A feminine German noun of origin or belonging in "-erin" ("Baden-Württembergerin", "Berlinerin"): a woman, never a thing. */
export const femaleOriginNoun = /^\p{Lu}[\p{L}-]{3,}erin$/u;
const germanNumberWords = new Set(['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf']);

/** The tokens of a German age phrase opening at `at` ("49 Jahre alte", "drei Monate alten"), 0 when none opens there. */
export function ageSpanDe(tokens: readonly Token[], at: number): number {
	const count = tokens[at];
	if (!count || !count.word || !(/^\p{N}+$/u.test(count.text) || germanNumberWords.has(count.lower))) return 0;
	if (!timeUnitsDe.test(tokens[at + 1]?.lower ?? '') || !/^alte[nrs]?$/u.test(tokens[at + 2]?.lower ?? '')) return 0;
	return 3;
}

function appositiveAfter(tokens: Token[], at: number, lexicon: Lexicon, text: string): string {
	if (tokens[at]?.text !== ',') return '';
	let end = at + 1;
	while (end < tokens.length && end - at <= 14 && tokens[end]!.word) end++;
	const parts = tokens.slice(at + 1, end);
	if (parts.length === 0) return '';
	const first = parts[0]!;
	const startsLikeRole = lexicon.determiners.has(first.lower) || isRoleToken(first, lexicon) || parts.slice(0, 4).some((token) => isRoleToken(token, lexicon));
	if (!startsLikeRole) return '';
	const from = lexicon.determiners.has(first.lower) ? 1 : 0;
	if (from >= parts.length) return '';
	return text.slice(parts[from]!.start, parts[parts.length - 1]!.end);
}

/**
 * A definite German description whose head is an adjective or participle made a noun ("der 49-Jährige", "die
 * Zweitplatzierte", "dem 49-Jährigen"): it describes one person, named before — the person's gender, or '' when the
 * phrase is none (a plural, no article).
 */
export function describedPerson(phrase: NounPhrase, tokens: readonly Token[]): 'male' | 'female' | '' {
	const head = tokens[phrase.to - 1];
	if (!head || !head.word || phrase.roleHeads.length > 0) return '';
	// "die Baden-Württembergerin", "die Brandenburgerin": a feminine noun of origin (no role) describes the woman named before.
	if (phrase.determiner === 'die' && phrase.to - phrase.from === 2 && femaleOriginNoun.test(head.text)) return 'female';
	// "der Experte", "die Beamte" are roles of their own (a role noun in -te), no adjective made a noun.
	if (phrase.name !== '' || phrase.to - phrase.from > 3) return '';
	// The weak singular: "der/die 49-Jährige" (nominative), "dem/des 49-Jährigen" (his dative, genitive), "der 49-Jährigen" (hers).
	const weak = head.text.endsWith('n') ? head.text.slice(0, -1) : head.text;
	if (!(numberCompoundNoun.test(weak) && /e$/u.test(weak)) && !/^\p{Lu}\p{Ll}{3,}(?:te|ene|ige|ste)$/u.test(weak)) return '';
	const oblique = weak !== head.text;
	if (!oblique) return phrase.determiner === 'der' ? 'male' : phrase.determiner === 'die' ? 'female' : '';
	return /^(?:dem|des)$/u.test(phrase.determiner) ? 'male' : phrase.determiner === 'der' ? 'female' : '';
}

/** The noun phrase that starts at token `at`, not looking past a coordinating "und"/"and". */
function singlePhraseAfter(tokens: Token[], at: number, lexicon: Lexicon, text: string): NounPhrase | null {
	const first = tokens[at];
	if (!first || !first.word) return null;
	if (lexicon.pronouns[first.lower] !== undefined) {
		return {from: at, to: at + 1, text: first.text, name: '', role: '', roleHeads: [], roleWords: [], pronoun: first.lower, determiner: '', appositive: '', group: false};
	}
	if (lexicon.groupSpeakers.has(first.lower)) {
		// "alle in Kiew": a place or body after the quantifier belongs to the group.
		let end = at + 1;
		if (['in', 'aus', 'im', 'bei', 'in'].includes(tokens[end]?.lower ?? '') && tokens[end + 1]?.cap) end += 2;
		return {from: at, to: end, text: phraseText(tokens, at, end, text), name: '', role: '', roleHeads: [], roleWords: [], pronoun: '', determiner: '', appositive: '', group: true};
	}
	let index = at;
	let determiner = '';
	if (lexicon.determiners.has(first.lower)) {
		determiner = first.lower;
		index++;
	}
	// Adjectives between article and noun ("der neue …", "the former …").
	let adjectives = 0;
	while (determiner && index < tokens.length && adjectives < 3) {
		const token = tokens[index]!;
		// "der 49 Jahre alte Scheuer", "die drei Monate alte …": an age phrase (number, unit of time, "alt") is one adjective.
		const age = lexicon.language === 'de' ? ageSpanDe(tokens, index) : 0;
		if (age > 0) {
			index += age;
			adjectives++;
			continue;
		}
		// "die 16 beteiligten Institute", "the 27 member states": a cardinal before the noun counts its referents like an adjective.
		if (/^\p{N}+$/u.test(token.text) && tokens[index + 1]?.word && !lexicon.functionWords.has(tokens[index + 1]!.lower)) {
			index++;
			adjectives++;
			continue;
		}
		if (!token.word || token.cap || isRoleToken(token, lexicon) || numberCompoundNoun.test(token.text)) break;
		if (lexicon.language === 'de' && !germanAdjective.test(token.lower)) break;
		if (lexicon.language === 'en' && lexicon.functionWords.has(token.lower)) break;
		index++;
		adjectives++;
	}
	// "Rep. Nancy Pelosi", "Dr. Anna Berg": a title with its abbreviation point comes before the name, not in it.
	if (tokens[index] && (neutralTitles.has(tokens[index]!.lower) || genderTitles.has(tokens[index]!.lower)) && tokens[index + 1]?.text === '.' && tokens[index + 2]?.cap) index += 2;
	let end = index;
	while (end < tokens.length) {
		const token = tokens[end]!;
		if (!token.word) break;
		if (token.particle) {
			end++;
			continue;
		}
		// "the University of Leeds", "Ministry of Defence": a body's name runs on over "of"/"for".
		const previous = tokens[end - 1];
		if (end > index && (token.lower === 'of' || token.lower === 'for') && previous?.cap && lexicon.organisationNouns.has(previous.lower) && tokens[end + 1]?.cap && tokens[end + 1]!.word && !lexicon.functionWords.has(tokens[end + 1]!.lower)) {
			end++;
			continue;
		}
		// "Gesundheits-, Sozial- und Integrationsdirektor X": the truncated compounds and their "und" belong to the word completing them.
		if (token.text.endsWith('-')) {
			let next = end + 1;
			while (next < tokens.length && next - end <= 8 && (tokens[next]!.text === ',' || tokens[next]!.text.endsWith('-') || /^(?:und|oder|sowie)$/u.test(tokens[next]!.lower))) next++;
			if (next < tokens.length && tokens[next]!.word && tokens[next]!.cap && !tokens[next]!.text.endsWith('-')) {
				end = next;
				continue;
			}
			break;
		}
		const role = isRoleToken(token, lexicon);
		if (!(token.cap || role)) break;
		if (token.cap && lexicon.functionWords.has(token.lower) && !role && !capitalsAcronym(tokens, end)) break;
		end++;
		if (/['’]s?$/u.test(token.text) && end < tokens.length && !tokens[end]!.cap) break;
	}
	// "Campaign group launches …": a capitalised word opening the sentence before a lower-case body noun only
	// describes the body ("campaign group"); it is no name.
	// So does an adjective or quantifier opening it before a lower-case noun ("New research reveals", "Several experts say").
	const next = tokens[end];
	// The noun must not look like a verb ("More say", "New reveals"): no verb of saying, no -ed/-s ending but mass nouns.
	const nounAfterAdjective = next !== undefined && lexicon.language === 'en' && openingAdjectivesEn.has(tokens[index]!.lower) && !lexicon.functionWords.has(next.lower) && !lexicon.speechVerbs.has(next.lower) && (!/(?:ed|s)$/u.test(next.lower) || /^(?:news|analysis|research)$/u.test(next.lower));
	const describedNoun = next !== undefined && next.word && !next.cap && (lexicon.organisationNouns.has(next.lower) || nounAfterAdjective);
	if (end === index + 1 && !determiner && (at === 0 || !tokens[at - 1]!.word) && describedNoun) end++;
	if (end === index) {
		// English "the alliance", "a report": one lower-case noun after an article still names a source;
		// when words were taken as adjectives and no name follows, the last of them is that noun.
		const token = tokens[index];
		if (adjectives > 0) end = index;
		else if (determiner && token && token.word && !lexicon.functionWords.has(token.lower) && (!/^\p{N}/u.test(token.text) || numberCompoundNoun.test(token.text))) end = index + 1;
		else return null;
	}
	// "a spokesperson for the ministry", "an official at the embassy": an unnamed role holder is described by whom they
	// speak for; the complement belongs to the phrase (its body is what the reader is told).
	if (lexicon.language === 'en' && /^(?:a|an)$/u.test(determiner) && end > index && isRoleToken(tokens[end - 1]!, lexicon) && /^(?:for|of|at)$/u.test(tokens[end]?.lower ?? '') && !tokens[end]!.quoted) {
		let to = end + 1;
		if (tokens[to]?.lower === 'the') to++;
		const nounFrom = to;
		while (to < tokens.length && to - nounFrom < 3 && tokens[to]!.word && !tokens[to]!.quoted && !lexicon.functionWords.has(tokens[to]!.lower) && !lexicon.speechVerbs.has(tokens[to]!.lower) && !finiteVerbsEn.test(tokens[to]!.lower)) to++;
		if (to > nounFrom) {
			const described = finish(tokens, at, end, determiner, lexicon, text);
			if (described) return {...described, to, text: phraseText(tokens, at, to, text), appositive: appositiveAfter(tokens, to, lexicon, text)};
		}
	}
	const phrase = finish(tokens, at, end, determiner, lexicon, text);
	if (phrase) phrase.appositive = appositiveAfter(tokens, end, lexicon, text);
	return phrase;
}

const finiteVerbsEn = /^(?:is|are|was|were|has|have|had|will|would|can|could|said|says|told|added)$/u;

/** The noun phrase that ends just before token `before`, not looking past a coordinating "und"/"and". */
function singlePhraseBefore(tokens: Token[], before: number, lexicon: Lexicon, text: string): NounPhrase | null {
	let end = before;
	// Adverbs between subject and verb ("previously said").
	let skipped = 0;
	// Auxiliaries too ("has said", "had also told").
	const auxiliary = /^(?:has|have|had|is|was|were|are|will|would|could|also|then|further|again|later|once|already)$|ly$/u;
	while (end > 0 && skipped < 2 && lexicon.language === 'en' && auxiliary.test(tokens[end - 1]!.lower) && !tokens[end - 1]!.cap) {
		end--;
		skipped++;
	}
	// German perfect and pluperfect: "Der Minister hat (bereits) gesagt", "Die Polizei hatte berichtet"; "lassen" with
	// an infinitive of saying ("Die Polizei ließ mitteilen", "ließ verlauten") stands where an auxiliary would.
	// Modals too ("Das Statistische Bundesamt musste verkünden"; review V18 #4).
	while (end > 0 && skipped < 3 && lexicon.language === 'de' && (finiteAuxiliarySetDe.has(tokens[end - 1]!.lower) || adverbsBeforeVerbDe.test(tokens[end - 1]!.lower)) && !tokens[end - 1]!.cap) {
		end--;
		skipped++;
	}
	// "Boris Pistorius (SPD) nannte", "Jane Doe (D-Calif.) said": a party or place tag in brackets stands between
	// the name and its verb.
	if (tokens[end - 1]?.text === ')') {
		let open = end - 2;
		while (open > 0 && end - open <= 7 && tokens[open]!.text !== '(' && tokens[open]!.text !== ')') open--;
		if (open > 0 && tokens[open]!.text === '(' && tokens.slice(open + 1, end - 1).some((token) => token.cap)) {
			// "Die »Deutsche Friedensgesellschaft« (DFG-VK) verurteilte": after a quoted name, its short form speaks.
			const short = tokens[open + 1]!;
			if (end - open === 3 && !tokens[open - 1]!.word && short.word && /^\p{Lu}[\p{Lu}\d-]+$/u.test(short.text)) return finish(tokens, open + 1, open + 2, '', lexicon, text);
			end = open;
		}
	}
	const last = tokens[end - 1];
	if (!last || !last.word) return null;
	if (lexicon.pronouns[last.lower] !== undefined) {
		return {from: end - 1, to: end, text: last.text, name: '', role: '', roleHeads: [], roleWords: [], pronoun: last.lower, determiner: '', appositive: '', group: false};
	}
	// "Many people said", "some residents said": a quantifier (a closed class) before a plural noun is a group speaking.
	const quantifier = tokens[end - 2];
	if (lexicon.language === 'en' && quantifier?.word && /^(?:many|some|several|few|most|other|both|all)$/u.test(quantifier.lower) && !last.cap && /^(?:people|\p{Ll}{3,}[^s]s)$/u.test(last.lower) && !(tokens[end - 3]?.word && !lexicon.functionWords.has(tokens[end - 3]!.lower))) {
		return {from: end - 2, to: end, text: phraseText(tokens, end - 2, end, text), name: '', role: '', roleHeads: [], roleWords: [], pronoun: '', determiner: '', appositive: '', group: true};
	}
	// "…, search warrant documents say.", "…, court records show.": papers named by a few bare nouns after the comma.
	if (lexicon.language === 'en' && /^(?:documents|records|papers|filings)$/u.test(last.lower) && !last.cap) {
		let from = end - 1;
		while (from > 0 && end - from <= 4 && tokens[from - 1]!.word && !tokens[from - 1]!.cap && !tokens[from - 1]!.quoted && !lexicon.functionWords.has(tokens[from - 1]!.lower)) from--;
		if (from < end - 1 && tokens[from - 1]?.text === ',') return {from, to: end, text: phraseText(tokens, from, end, text), name: '', role: '', roleHeads: [], roleWords: [], pronoun: '', determiner: '', appositive: '', group: true};
	}
	if (lexicon.groupSpeakers.has(last.lower) && !(tokens[end - 2]?.word && tokens[end - 2]?.cap)) {
		return {from: end - 1, to: end, text: last.text, name: '', role: '', roleHeads: [], roleWords: [], pronoun: '', determiner: '', appositive: '', group: true};
	}
	let from = end;
	let lowerNouns = 0;
	while (from > 0) {
		const token = tokens[from - 1]!;
		// "Die Wirtschafts- und Energieministerin Anna Berg": a truncated compound and its "und" belong to the role after them.
		if (from < end && (token.text === ',' || /^(?:und|oder|sowie)$/u.test(token.lower)) && tokens[from - 2]?.cap && tokens[from - 2]!.text.endsWith('-')) {
			from--;
			continue;
		}
		if (!token.word) break;
		if (token.particle && from < end) {
			from--;
			continue;
		}
		const role = isRoleToken(token, lexicon);
		if (token.cap && lexicon.functionWords.has(token.lower) && !role) break;
		if (token.cap || role) {
			from--;
			continue;
		}
		// One lower-case noun right before the verb after an article or a possessive ("the alliance said",
		// "TNO's report said"), or standing alone in a headline ("…, report finds").
		const beforeNoun = tokens[from - 2];
		const modifier = beforeNoun !== undefined && beforeNoun.word && beforeNoun.cap && !lexicon.functionWords.has(beforeNoun.lower);
		// Headlines: "…, report finds" — a bare noun before a verb that closes the sentence.
		const headline = (!beforeNoun || beforeNoun.text === ',') && tokens.slice(before + 1).every((next) => !next.word);
		if (from === end && lowerNouns === 0 && !/['’]/u.test(token.text) && !lexicon.functionWords.has(token.lower) && (lexicon.determiners.has(beforeNoun?.lower ?? '') || /['’]s$/u.test(beforeNoun?.text ?? '') || modifier || headline)) {
			from--;
			lowerNouns++;
			continue;
		}
		// "the central bank said": a lower-case noun after an article and adjectives.
		if (from === end && lowerNouns === 0 && lexicon.language === 'en' && !lexicon.functionWords.has(token.lower) && !/['’]/u.test(token.text)) {
			let back = from - 2;
			while (back >= 0 && back >= from - 4 && tokens[back]!.word && !tokens[back]!.cap && !lexicon.functionWords.has(tokens[back]!.lower)) back--;
			// Not the object of a preposition ("the analysis of the machine gun fire showed").
			const attached = ['of', 'in', 'for', 'from', 'on', 'at', 'with', 'by', 'about', 'to'].includes(tokens[back - 1]?.lower ?? '');
			if (back >= 0 && back < from - 2 && lexicon.determiners.has(tokens[back]!.lower) && !attached) {
				from = back + 1;
				lowerNouns = 2;
				continue;
			}
		}
		// Adjectives inside the phrase ("A senior Nato official").
		if (from < end && lexicon.language === 'en' && !lexicon.functionWords.has(token.lower) && lexicon.determiners.has(tokens[from - 2]?.lower ?? '') && lowerNouns < 2) {
			from--;
			lowerNouns++;
			continue;
		}
		break;
	}
	// "Arizona gun dealer says": modifiers back to the start of the clause belong to the role (headline style).
	if (lexicon.language === 'en' && from < end && isRoleToken(tokens[end - 1]!, lexicon) && !tokens[end - 1]!.cap) {
		let back = from;
		while (back > 0 && from - back < 3 && tokens[back - 1]!.word && !lexicon.functionWords.has(tokens[back - 1]!.lower) && !/['’]/u.test(tokens[back - 1]!.text)) back--;
		if (back < from && (back === 0 || !tokens[back - 1]!.word)) from = back;
	}
	// "A spokesperson for (the) Transport for London": a role with the body it speaks for.
	while (lexicon.language === 'en' && from > 1 && from < end) {
		let at = from;
		if (['the', 'a', 'an'].includes(tokens[at - 1]!.lower)) at--;
		if (!['for', 'of', 'at'].includes(tokens[at - 1]?.lower ?? '')) break;
		let back = at - 1;
		while (back > 0 && tokens[back - 1]!.word && (tokens[back - 1]!.cap || isRoleToken(tokens[back - 1]!, lexicon)) && !lexicon.functionWords.has(tokens[back - 1]!.lower)) back--;
		if (back === at - 1) break;
		from = back;
	}
	let determiner = '';
	if (from > 0 && lexicon.determiners.has(tokens[from - 1]!.lower)) {
		from--;
		determiner = tokens[from]!.lower;
	}
	if (from === end) return null;
	// The object of a preposition is not the subject ("… shooting in modern US history said"); "after"
	// and "before" are left out: before a subject and its verb they join clauses ("after the doctor said").
	if (lexicon.language === 'en') {
		let k = from - 1;
		while (k >= 0 && k >= from - 3 && tokens[k]!.word && !tokens[k]!.cap && !lexicon.functionWords.has(tokens[k]!.lower)) k--;
		if (['in', 'of', 'on', 'at', 'from', 'with', 'into', 'over', 'during', 'by', 'about', 'against', 'near'].includes(tokens[k]?.lower ?? '')) return null;
	}
	// German genitive attachment: "Der Arzneimittelchef der Ärztekammer" — the head is the first noun.
	const genitive = ['der', 'des'];
	if (lexicon.language === 'de' && genitive.includes(determiner) && from >= 2 && tokens[from - 1]!.cap && tokens[from - 1]!.word) {
		let head = from - 1;
		while (head > 0 && tokens[head - 1]!.word && !tokens[head - 1]!.cap && /(?:e|en|er|es|em)$/u.test(tokens[head - 1]!.lower) && !lexicon.determiners.has(tokens[head - 1]!.lower)) head--;
		if (head > 0 && lexicon.determiners.has(tokens[head - 1]!.lower)) {
			const headPhrase = finish(tokens, head - 1, from, tokens[head - 1]!.lower, lexicon, text);
			if (headPhrase) {
				headPhrase.to = end;
				headPhrase.text = phraseText(tokens, head - 1, end, text);
				return headPhrase;
			}
		}
	}
	return finish(tokens, from, end, determiner, lexicon, text);
}

const coordinators = new Set(['und', 'sowie', 'and']);

/** A conjunct of a coordinated speaker: a name or a role, no pronoun or quantifier, opening with a capital or a role. */
function isConjunct(phrase: NounPhrase | null, tokens: Token[], lexicon: Lexicon): phrase is NounPhrase {
	if (!phrase || phrase.pronoun || phrase.group || (phrase.name === '' && phrase.roleHeads.length === 0)) return false;
	const first = tokens[phrase.determiner ? phrase.from + 1 : phrase.from];
	return first !== undefined && first.word && (first.cap || isRoleToken(first, lexicon)) && !lexicon.functionWords.has(first.lower);
}

/**
 * Two names or roles joined by "und"/"and" speak together ("argumentieren die Gewerkschaften Verdi und Komba",
 * "laut den Nutzerinnen und den Nutzern", "Regulators and consumer groups said"): one group phrase over both. A
 * capitalised word after "und" that opens a clause of its own ("sagte Scholz und Berlin werde …") is no conjunct:
 * the conjunct must not be followed by a lower-case content word (its verb).
 */
function coordinated(tokens: Token[], left: NounPhrase, right: NounPhrase, text: string): NounPhrase {
	// The first conjunct's name and role stay: callers ask whether a name or role speaks; the speaker is the group.
	return {...left, to: right.to, text: phraseText(tokens, left.from, right.to, text), appositive: right.appositive, group: true};
}

/** Conjuncts of one build ("den Leserinnen und den Lesern", "Nutzerinnen und Nutzer") are no subject of a new clause. */
function parallel(left: NounPhrase, right: NounPhrase): boolean {
	if (left.determiner !== '' && left.determiner === right.determiner) return true;
	const stem = (phrase: NounPhrase) => (phrase.name || phrase.roleHeads[0] || '').toLowerCase().slice(0, 4);
	return stem(left).length === 4 && stem(left) === stem(right);
}

function opensOwnClause(tokens: Token[], after: number, lexicon: Lexicon): boolean {
	const next = tokens[after];
	return next !== undefined && next.word && !next.cap && !lexicon.functionWords.has(next.lower);
}

/**
 * "der bisherige Amtsinhaber und designierte Landesparteichef Daniel Peters", "the former minister and party leader John
 * Smith": one article over two roles and one name after the second is one person holding both, not a group of two.
 */
function sharedArticleRoles(tokens: Token[], left: NounPhrase, lexicon: Lexicon, text: string): NounPhrase | null {
	if (!left.determiner || left.name !== '' || left.roleHeads.length === 0) return null;
	// The second conjunct has no article of its own: at most two adjectives, then its role and the name.
	let from = left.to + 1;
	const opening = from;
	while (from - opening < 2 && tokens[from]?.word && !tokens[from]!.cap && !isRoleToken(tokens[from]!, lexicon) && !lexicon.functionWords.has(tokens[from]!.lower) && !lexicon.determiners.has(tokens[from]!.lower) && (lexicon.language !== 'de' || germanAdjective.test(tokens[from]!.lower))) from++;
	const right = singlePhraseAfter(tokens, from, lexicon, text);
	if (!right || right.determiner || right.pronoun || right.group || right.name === '' || right.roleHeads.length === 0 || right.appositive !== '' && right.name.includes(' und ')) return null;
	if (lexicon.determiners.has(tokens[from]?.lower ?? '')) return null;
	return {...right, from: left.from, text: phraseText(tokens, left.from, right.to, text), role: `${left.role} ${tokens[left.to]!.text} ${right.role}`.trim(), roleHeads: [...left.roleHeads, ...right.roleHeads], roleWords: [...left.roleWords, ...right.roleWords], determiner: left.determiner};
}

/** The noun phrase that starts at token `at` ("der neue US-Verteidigungsminister Pete Hegseth", "he", "the minister"). */
export function phraseAfter(tokens: Token[], at: number, lexicon: Lexicon, text: string): NounPhrase | null {
	const left = singlePhraseAfter(tokens, at, lexicon, text);
	if (!left || left.appositive !== '' || !coordinators.has(tokens[left.to]?.lower ?? '')) return left;
	const shared = sharedArticleRoles(tokens, left, lexicon, text);
	if (shared) return shared;
	if (!isConjunct(left, tokens, lexicon)) return left;
	const right = singlePhraseAfter(tokens, left.to + 1, lexicon, text);
	if (!isConjunct(right, tokens, lexicon) || (!parallel(left, right) && opensOwnClause(tokens, right.to, lexicon))) return left;
	return coordinated(tokens, left, right, text);
}

/** The noun phrase that ends just before token `before` ("Reuters Editor-in-Chief Alessandra Galloni" said). */
/** "according to WHO": a function word written in capitals alone (not inside a run of capitals) is an acronym. */
function capitalsAcronym(tokens: readonly Token[], at: number): boolean {
	const upper = (token: Token | undefined) => token !== undefined && /^\p{Lu}{3,}$/u.test(token.text);
	return upper(tokens[at]) && !upper(tokens[at - 1]) && !upper(tokens[at + 1]);
}

export function phraseBefore(tokens: Token[], before: number, lexicon: Lexicon, text: string): NounPhrase | null {
	const right = singlePhraseBefore(tokens, before, lexicon, text);
	if (!isConjunct(right, tokens, lexicon) || right.from < 2 || !coordinators.has(tokens[right.from - 1]!.lower)) return right;
	const left = singlePhraseBefore(tokens, right.from - 1, lexicon, text);
	if (!isConjunct(left, tokens, lexicon)) return right;
	return coordinated(tokens, left, right, text);
}
