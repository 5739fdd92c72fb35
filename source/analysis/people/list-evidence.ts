// Whether a registered name belongs in the article's people list, by where and how the article writes it.

import {bodyWordsEn, organisationNounsEn} from '../quotes/lexicon-en.js';
import {isGivenName} from './name-evidence.js';

/** What the quote engine knows of the article: its text, sentence units, Title Case lines and confirmed capitals. */
export interface ArticleEvidence {
	readonly text: string;
	readonly units: ReadonlyArray<{readonly start: number; readonly end: number; readonly paragraph: number}>;
	readonly titleCaseUnits: ReadonlySet<number>;
	readonly confirmed: ReadonlySet<string>;
}

/** One mention as the registry keeps it. */
export interface MentionAt {
	position: number;
	unit: number;
}

/** Why a name is left out of the people list; null keeps it. */
export type LeftOut = 'title-case' | 'articled' | 'name-tail' | 'thing' | 'byline' | null;

const creditMarks = new Set(['-', '–', '—', '|']);
const space = /\s/u;

/**
 * Where an aggregator's title credits its outlet ("<headline> - CNN"): [start, end) of its last dash or bar with the
 * spaces around it, when nothing but the outlet follows; null without one. Read from the end: a regex looking ahead
 * to the end of the title from every run of spaces was quadratic over long runs.
 */
function creditSeparator(title: string): [number, number] | null {
	let mark = title.length - 1;
	while (mark >= 0 && !creditMarks.has(title[mark]!)) mark--;
	let start = mark;
	while (start > 0 && space.test(title[start - 1]!)) start--;
	let end = mark + 1;
	while (end < title.length && space.test(title[end]!)) end++;
	if (mark < 0 || start === mark || end === mark + 1) return null;
	// The outlet after the spaces: at least one character.
	if (end === title.length) end--;
	return end > mark + 1 && end < title.length ? [start, end] : null;
}

/**
 * The lines of an aggregator's item (Google News: the item's own headline, then other outlets' headlines on the same
 * event, each followed by the outlet's name), as [start, end) spans of the text; null for any other article. Told by its
 * structure: the title is "<headline> - <outlet>" and a later line is "<headline> <outlet>".
 */
export function creditLines(text: string): Array<[number, number]> | null {
	const lines: Array<[number, number]> = [];
	for (const match of text.matchAll(/[^\n]+/gu)) {
		const raw = match[0];
		const lead = raw.length - raw.trimStart().length;
		const start = (match.index ?? 0) + lead;
		const trimmed = raw.trim();
		if (trimmed !== '') lines.push([start, start + trimmed.length]);
	}
	if (lines.length < 3) return null;
	const title = text.slice(lines[0]![0], lines[0]![1]);
	const cut = creditSeparator(title);
	if (!cut) return null;
	const credited = `${title.slice(0, cut[0])} ${title.slice(cut[1])}`.replace(/\s+/gu, ' ').trim();
	const repeats = lines.slice(1, 3).some(([start, end]) => text.slice(start, end).replace(/\s+/gu, ' ').trim() === credited);
	return repeats ? lines : null;
}

const creditLinesCache = new WeakMap<ArticleEvidence, Array<[number, number]> | null>();

/** creditLines of the article the evidence describes, read once per article (the quote engine and the people list both ask). */
export function articleCreditLines(evidence: ArticleEvidence): Array<[number, number]> | null {
	let lines = creditLinesCache.get(evidence);
	if (lines === undefined) {
		lines = creditLines(evidence.text);
		creditLinesCache.set(evidence, lines);
	}
	return lines;
}

/** The run of capitalised words (or numbers) from `position`: "Build Back Better Fox News", "TV Droid Life". */
function capitalisedRun(text: string, position: number, limit: number): string {
	const run = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)*/u.exec(text.slice(position, limit));
	return run ? run[0] : '';
}

function lineOf(lines: ReadonlyArray<[number, number]>, position: number): [number, number] | undefined {
	return lines.find(([start, stop]) => start <= position && position < stop);
}

/** The mention's capitalised run reaches the end of its line, where an aggregator puts the outlet's name. */
function endsLine(text: string, position: number, lines: ReadonlyArray<[number, number]>): boolean {
	const line = lineOf(lines, position);
	if (!line) return false;
	const run = capitalisedRun(text, position, line[1]);
	return /^[\s.,;:!?'"’”)]*$/u.test(text.slice(position + run.length, line[1]));
}

/**
 * An aggregator's credit in a name: '' when every mention ends a line (the outlet's name, or a headline's last words
 * run into it: "Build Back Better Fox", "Yahoo News"); the name as the article writes it elsewhere when only the full name
 * ends a line ("Taiwan Fox News" is "Taiwan" where the text does not end); null when the lines say nothing.
 */
export function creditedName(name: string, mentions: readonly MentionAt[], text: string, lines: ReadonlyArray<[number, number]> | null): string | null {
	if (!lines || mentions.length === 0) return null;
	const credits = mentions.map(({position}) => endsLine(text, position, lines));
	if (credits.every(Boolean)) return '';
	const full = mentions.filter(({position}) => text.startsWith(name, position));
	if (full.length === 0 || !full.every(({position}) => endsLine(text, position, lines))) return null;
	const other = mentions.find(({position}, index) => !credits[index] && !text.startsWith(name, position));
	if (!other) return '';
	const line = lineOf(lines, other.position);
	const run = capitalisedRun(text, other.position, line ? line[1] : text.length);
	return run !== '' && name.startsWith(run) ? run : null;
}

// What follows a product's or an instrument's name and never a person's: a model number ("Meta Quest 2's price", "Pixel
// 7") or the noun of the thing ("Google Nest cameras", "James Webb space telescope"); not a score or count with a
// hyphen or a decimal ("2-run", "3,000", "2.5").
const thingFollower = /^[ \t]+(?:\d{1,2}(?![\d%-]|[,.:]\d)(?:['’]s)?(?![\p{L}\d])|(?:space[ \t]+)?(?:telescopes?|rockets?|cameras?|cams?|headsets?|consoles?|apps?|phones?|smartphones?|tablets?|laptops?|doorbells?|vaccines?|satellites?|probes?|rovers?|chips?|processors?|games?)(?![\p{L}\d]))/iu;

/** The mention is a thing's name: one of the names is written there and a thing's noun or model number follows it. */
function namesThing(text: string, position: number, names: readonly string[]): boolean {
	let written = '';
	for (const name of names) if (name.length > written.length && text.startsWith(name, position)) written = name;
	// A mention by a part of the name ("Webb telescope" for "James Webb"): the capitalised words written there.
	if (written === '') written = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*/u.exec(text.slice(position, position + 80))?.[0] ?? '';
	return written !== '' && thingFollower.test(text.slice(position + written.length, position + written.length + 40));
}

const englishDeterminer = /(?:^|[^\p{L}])(?:the|a|an|these|those)\s+$/iu;
// German articles and contractions, and the quantifying adjectives that open a noun phrase ("neue Modelle", "der
// Hubschrauberpiloten"); not any word in -e or -en, which would take in verbs ("sagte Klingbeil").
const germanDeterminer = /(?:^|[^\p{L}])(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|pro|neue|neuen|neuer|neues|alte|alten|weitere|weiteren|andere|anderen|viele|vielen|mehrere|einige|beide|beiden|alle|allen|große|großen|kleine|kleinen)\s+$/iu;
const englishOpening = /^(?:the|a|an)\s+\p{Lu}/iu;
const germanOpening = /^(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines)\s+\p{Lu}/iu;
// "Center for Financial Studies", "Bank of America": a body's noun, then of / for, then the rest of one name (not
// "the Celtics for Jaylen Brown").
const nameTailConnectors = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'für']);
const capitalisedWord = /^\p{Lu}[\p{L}.-]*$/u;
const bodyNouns = new Set([...organisationNounsEn, ...bodyWordsEn, 'centre', 'center', 'institute', 'school', 'university', 'college']);

function followsBodyNoun(before: string): boolean {
	// Word by word, not one regex ending in $: that one backtracked over every capital of a long run (quadratic).
	if (!/\s$/u.test(before)) return false;
	const words = before.trimEnd().split(/\s+/u);
	const capitalised = (words.at(-2) ?? '').replace(/^[^\p{L}]+/u, '');
	if (!nameTailConnectors.has(words.at(-1) ?? '') || !capitalisedWord.test(capitalised)) return false;
	const noun = capitalised.toLowerCase();
	// "Centers for Disease Control": the plural too.
	return noun !== '' && (bodyNouns.has(noun) || bodyNouns.has(noun.replace(/s$/u, '')));
}

/**
 * Why the article gives no reason to list a name it registered (the name is no speaker's and has no role; the rules
 * leave a name that opens with a known given name alone, but for 'thing'):
 * - 'title-case': every mention is in a line written in Title Case and no word of it is capitalised in a sentence
 *   ("Supplemental Vitamin D and Incident Fractures", "… Bridge Used By Russian Forces For Supplies");
 * - 'articled': every mention follows an article or (German) an inflected adjective ("the Green Zone", "neue Modelle"):
 *   a person's name does not;
 * - 'thing': half the mentions or more are followed by a model number or a thing's noun ("Meta Quest 2", "Google Nest cameras"),
 *   also after a given name ("James Webb space telescope");
 * - 'name-tail': every mention follows "<Capitalised> of/for" — the end of a longer name ("Center for Financial Studies");
 * - 'byline': every mention is in the piece's byline ("Von S. Laghai und N. Steiner." ending a teaser): its writers.
 */
export function leftOutBecause(names: readonly string[], mentions: readonly MentionAt[], evidence: ArticleEvidence, language: string): LeftOut {
	if (mentions.length === 0) return null;
	const name = names[0]!;
	const words = name.split(/\s+/u);
	const {text} = evidence;
	if (mentions.every(({position}) => inByline(text, position))) return 'byline';
	// Half the mentions or more name a thing: named after a person too ("James Webb space telescope", "NASA's Webb images").
	if (mentions.filter(({position}) => namesThing(text, position, names)).length * 2 >= mentions.length) return 'thing';
	if (isGivenName(words[0]!) && words.length > 1) return null;
	const titleCase = evidence.titleCaseUnits;
	if (titleCase.size > 0 && mentions.every(({unit}) => titleCase.has(unit)) && !words.some((word) => evidence.confirmed.has(word.replace(/['’]s?$/u, '')))) return 'title-case';
	const german = language.toLowerCase().startsWith('de');
	const determiner = german ? germanDeterminer : englishDeterminer;
	// The engine notes some mentions from their article on ("der Hubschrauberpiloten").
	const opening = german ? germanOpening : englishOpening;
	if (mentions.every(({position}) => determiner.test(text.slice(Math.max(0, position - 24), position)) || opening.test(text.slice(position, position + 12)))) return 'articled';
	if (mentions.every(({position}) => followsBodyNoun(text.slice(Math.max(0, position - 40), position)))) return 'name-tail';
	return null;
}

// An elided particle and a capital after a word: the rest of one name ("Palme d’Or", "Côte d’Ivoire", "Val d'Isère").
const elisionFollower = /^[ \t]+[dl]['’]\p{Lu}/u;

/**
 * Every mention of a one-word name runs on into an elided particle and a capital ("the Palme d’Or"): the mention is the
 * first word of a longer name, cut short — no one's name. A given name keeps it ("Valéry Giscard d’Estaing" is cut, but
 * still the person).
 */
export function cutBeforeElision(name: string, mentions: readonly MentionAt[], text: string): boolean {
	if (mentions.length === 0 || /\s/u.test(name.trim()) || isGivenName(name)) return false;
	return mentions.every(({position}) => text.startsWith(name, position) && elisionFollower.test(text.slice(position + name.length, position + name.length + 8)));
}

// A byline's words after "Von"/"By": initials, capitalised names, "und"/"and" between writers.
const bylineInitial = /^\p{Lu}\.$/u;
const bylineName = /^\p{Lu}[\p{Ll}'’-]+,?$/u;

/**
 * The mention stands in a byline: "Von S. Laghai und N. Steiner." or "By Jane Doe" opening a sentence, made of names
 * alone to the end of its paragraph. A source after "von" in a sentence ("nach Informationen von NDR") runs on.
 */
export function inByline(text: string, position: number): boolean {
	const lineStart = text.lastIndexOf('\n', position) + 1;
	const from = Math.max(lineStart, position - 60);
	const before = text.slice(from, position);
	let at = Math.max(before.lastIndexOf('Von '), before.lastIndexOf('By '));
	if (at < 0) return false;
	// "Von"/"By" opens the paragraph or follows a sentence's end.
	const opening = text.slice(lineStart, from + at).trimEnd();
	if (opening !== '' && !'.!?"“”'.includes(opening[opening.length - 1]!)) return false;
	at += before.startsWith('Von ', at) ? 4 : 3;
	let end = text.indexOf('\n', position);
	if (end < 0) end = text.length;
	if (end - (from + at) > 80) return false;
	// tagesschau's teasers end in the link's word "mehr" after the byline.
	const words = text.slice(from + at, end).trim().split(/\s+/u);
	if (words.length > 1 && (words[words.length - 1] === 'mehr' || words[words.length - 1] === 'more')) words.pop();
	if (words.length > 0) words[words.length - 1] = words[words.length - 1]!.replace(/\.$/u, '');
	return words.length >= 1 && words.length <= 8 && words.every((word) => bylineInitial.test(word) || bylineName.test(word) || word === 'und' || word === 'and');
}

/**
 * A name whose last word opens a thing its first words own or name: every mention is written with a possessive before
 * that word ("Trump's State of the Union") or goes on into "of (the) <Name>" ("Trump State of the Union address"), as
 * the engine registers "Trump State". The name without that word; null when a mention is written otherwise.
 */
export function ownerOfThing(name: string, mentions: readonly MentionAt[], text: string): string | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2 || mentions.length === 0) return null;
	const owner = words.slice(0, -1).join(' ');
	const thing = words[words.length - 1]!;
	// The thing's word at `at` goes on into "of (the) <Name>".
	const ofName = (at: number): boolean => {
		const next = text.slice(at + thing.length, at + thing.length + 13);
		const rest = next.startsWith(' of the ') ? next.slice(8) : next.startsWith(' of ') ? next.slice(4) : '';
		return /^\p{Lu}/u.test(rest);
	};
	// "Zeke Hausfather of Berkeley Earth" goes on into "of <Name>" too: only a possessive shows the last word is a
	// thing the owner has, so one mention at least must be written with it.
	let possessive = false;
	const written = (position: number): boolean => {
		// The engine notes a mention where the thing's word starts too: after a possessive ("Trump's |State") or alone
		// ("in a |State of the Union address").
		if (text.startsWith(thing, position)) {
			const before = text.slice(Math.max(0, position - owner.length - 3), position);
			if (before === `${owner}'s ` || before === `${owner}’s `) return (possessive = true);
			return ofName(position);
		}
		if (!text.startsWith(owner, position)) return false;
		const after = position + owner.length;
		if ((text.startsWith("'s ", after) || text.startsWith('’s ', after)) && text.startsWith(thing, after + 3)) return (possessive = true);
		return text.startsWith(` ${thing}`, after) && ofName(after + 1);
	};
	return mentions.every(({position}) => written(position)) && possessive ? owner : null;
}
