// A German body named bare → its full name in the article: a local body ("die Polizei", "der Kanton", "ein Sprecher der Hansestadt") → its place's ("Polizei Mannheim", "des Kantons Wallis", or the story's place); a generic head ("das Ministerium") → the one compound the article names with it ("Bundesinnenministerium").

import type {ArticleContext} from './article-context.js';
import {unitAt} from './article-context.js';
import {citiesDe, governmentSeatsDe, regionsDe, statesDe} from './lexicon-de.js';
import {citiesEn} from './lexicon-en.js';
import {escapeRegExp} from '../../text/regexp-escape.js';

/**
 * Bodies of which each town or Land has one, so that the place names the body ("Polizei München", "Feuerwehr
 * Nürnberg", "Staatskanzlei Brandenburg", "Kanton Wallis"). A closed class: a ministry or a firm is not named by place.
 */
const localBodiesDe = new Set([
	'polizei', 'feuerwehr', 'feuerwehren', 'berufsfeuerwehr', 'staatsanwaltschaft', 'staatskanzlei', 'stadtverwaltung', 'stadt', 'hansestadt',
	'gemeinde', 'kanton', 'landratsamt', 'rathaus', 'polizeipräsidium', 'polizeidirektion', 'rettungsdienst', 'bezirksregierung', 'landesregierung',
]);

/** Bodies of a Land, named by it ("Staatskanzlei Brandenburg"), never by a town. */
const landBodiesDe = new Set(['staatskanzlei', 'landesregierung']);

/** The police is a town's or a Land's ("Polizei München", "Polizei Sachsen"); a canton may be named like its town; the other local bodies are a town's. */
const eitherLevelDe = new Set(['polizei', 'kanton']);

/** Countries are no town of a local body ("in Deutschland" is where, not whose police); the Länder and cantons after "bayern" are. */
const countriesDe = new Set(statesDe.slice(0, statesDe.indexOf('bayern')));

const landsDe = new Set(statesDe.slice(statesDe.indexOf('bayern')));

/** Länder that are one town. */
const cityStatesDe = new Set(['berlin', 'hamburg', 'bremen']);

const citiesDeSet: ReadonlySet<string> = new Set(citiesDe);

const citiesEnSet: ReadonlySet<string> = new Set(citiesEn);

const knownPlaces = new Set([...landsDe, ...citiesDe, ...governmentSeatsDe]);

/** Whether a place can name the body: a Land for a Land's body, a town for a town's. */
function fitsLevel(body: string, place: string): boolean {
	const lower = body.toLowerCase();
	if (eitherLevelDe.has(lower)) return true;
	const land = landsDe.has(place.toLowerCase());
	return landBodiesDe.has(lower) ? land : !land || cityStatesDe.has(place.toLowerCase());
}

// A capitalised single or hyphenated word, as German place names are written ("Mannheim", "Mecklenburg-Vorpommern").
// A spa, a saint or a new town's prefix is part of the name ("Bad Oeynhausen", "Sankt Augustin").
const placeWord = String.raw`(?:(?:Bad|Sankt|St\.|Neu|Alt|Groß|Klein)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;

/** Nouns "in" takes without an article ("in Kraft", "in Gefahr", "in Sorge"): a noun's ending or the word after an article elsewhere. */
const nounEnding = /(?:ung|heit|keit|schaft|tion|tät|nis|ismus|sicht)$/u;

/** A place word after a preposition of place, directly or as "in der Region / Stadt / Gemeinde X". */
function placeAfterPreposition(prepositions: string): RegExp {
	return new RegExp(String.raw`(?<![\p{L}])${prepositions}\s+(?:(?:der|dem)\s+(?:Region|Stadt|Gemeinde|Hansestadt|Hauptstadt|Landeshauptstadt|Kreis|Landkreis)\s+)?(${placeWord})(?![\p{L}-])`, 'gu');
}

/** A body as the article names it with its place: the body's word ("Polizei", or the police's own office "Polizeipräsidium"), the place, where. */
interface FullName {
	body: string;
	place: string;
	at: number;
}

/** The offices of a police force, named by their seat ("Polizeipräsidium Reutlingen", "Polizeidirektion Hannover"): "die Polizei" of the article. */
const policeOfficesDe = ['Polizeipräsidium', 'Polizeidirektion', 'Polizeiinspektion', 'Polizeirevier'];

interface ArticlePlaces {
	/** Place words the article uses after a preposition of place, with how often. */
	counts: Map<string, number>;
	/** Capitalised words the article writes after an article: nouns, no places. */
	articled: Set<string>;
	/** Place words by how often the article names them, most often first. */
	ranked: Array<[string, number]>;
	/** Full names per body word, with where the text gives them. */
	fullNames: Map<string, FullName[]>;
}

const placesCache = new WeakMap<ArticleContext, ArticlePlaces>();

function articlePlaces(ctx: ArticleContext): ArticlePlaces {
	const cached = placesCache.get(ctx);
	if (cached) return cached;
	const text = ctx.text;
	const articled = new Set<string>();
	for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)\s+(${placeWord})(?![\p{L}-])`, 'gu'))) articled.add(match[1]!);
	const counts = new Map<string, number>();
	for (const match of text.matchAll(placeAfterPreposition('(?:[Ii]n|[Aa]us|nach|[Bb]ei|[Ii]m Raum|[Vv]on)'))) {
		const word = match[1]!;
		const lower = word.toLowerCase();
		if (countriesDe.has(lower) || (!knownPlaces.has(lower) && (articled.has(word) || nounEnding.test(lower) || regionsDe.includes(lower)))) continue;
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	// "Mannheim: Verletzte bei Angriff …": a headline opened by a place and a colon names the story's place.
	const headline = new RegExp(String.raw`^(${placeWord}):`, 'u').exec(text);
	if (headline && !countriesDe.has(headline[1]!.toLowerCase())) counts.set(headline[1]!, (counts.get(headline[1]!) ?? 0) + 2);
	const ranked = [...counts].sort((a, b) => b[1] - a[1]);
	const places: ArticlePlaces = {counts, articled, ranked, fullNames: new Map()};
	placesCache.set(ctx, places);
	return places;
}

/** "Frankfurt", "Konstanz": a town the lexicon knows or the article writes after a preposition of place ("in Konstanz"); seats of government aside ("Kreml"). */
export function isTownOfArticle(ctx: ArticleContext, word: string): boolean {
	const lower = word.toLowerCase();
	if (citiesDeSet.has(lower)) return true;
	if (ctx.lexicon.language !== 'de' || governmentSeatsDe.includes(lower) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
	let known = townCache.get(ctx);
	if (!known) {
		known = new Map();
		townCache.set(ctx, known);
	}
	let town = known.get(word);
	if (town === undefined) {
		// "in Konstanz", "aus Konstanz" — not "von Tiktok" or "bei Siemens", which a body takes too; never after an article.
		// Firms come after "in" and "aus" too ("Geld in Nvidia stecken", "Werbung aus Tiktok"), and a firm opens sentences
		// as their subject, its verb next ("Nvidia hat …", "Tiktok wehrt sich"), where a town is seldom the one acting (a
		// country is: "Russland verurteilt …").
		// Both word sets are read once per article: a regular expression per word cost a compile and two scans each.
		const words = townWords(ctx);
		town = words.afterInOrAus.has(word) && !articlePlaces(ctx).articled.has(word) && (countriesDe.has(lower) || !words.openingSubjects.has(word));
		known.set(word, town);
	}
	return town;
}

const townCache = new WeakMap<ArticleContext, Map<string, boolean>>();

interface TownWords {
	/** Capitalised words written right after "in" or "aus". */
	afterInOrAus: Set<string>;
	/** Capitalised words that open the text, a line or a sentence with a small word after them ("Nvidia hat …"). */
	openingSubjects: Set<string>;
}

const townWordsCache = new WeakMap<ArticleContext, TownWords>();

function townWords(ctx: ArticleContext): TownWords {
	let words = townWordsCache.get(ctx);
	if (!words) {
		const afterInOrAus = new Set<string>();
		for (const match of ctx.text.matchAll(/(?<![\p{L}])(?:[Ii]n|[Aa]us) (\p{Lu}\p{Ll}+)(?![\p{L}-])/gu)) afterInOrAus.add(match[1]!);
		const openingSubjects = new Set<string>();
		for (const match of ctx.text.matchAll(/(?:^|[.!?]\s+|\n)(\p{Lu}\p{Ll}+) \p{Ll}/gu)) openingSubjects.add(match[1]!);
		words = {afterInOrAus, openingSubjects};
		townWordsCache.set(ctx, words);
	}
	return words;
}

/** A town the story happens in ("Frankfurt", "in Konstanz", "Manchester"): where, never the body an unnamed spokesperson speaks for. */
export function isStoryTown(ctx: ArticleContext, word: string): boolean {
	return isTownOfArticle(ctx, word) || citiesEnSet.has(word.toLowerCase());
}

/** A body's seat after its noun ("Polizei Leipzig", "Landgericht Berlin", "Polizei Sachsen"): a town of the article or a place the lexicons know. */
export function isSeatName(ctx: ArticleContext, word: string): boolean {
	return knownPlaces.has(word.toLowerCase()) || isTownOfArticle(ctx, word);
}

function isPlace(places: ArticlePlaces, word: string): boolean {
	return places.counts.has(word) || knownPlaces.has(word.toLowerCase());
}

/** The town an adjective of place stands for, when the article names the town ("Münchner" → "München", "Kölner" → "Köln"). */
function townOfAdjective(places: ArticlePlaces, adjective: string): string {
	const stem = adjective.slice(0, -2);
	for (const town of [stem, `${stem}e`, `${stem}en`, stem.endsWith('n') ? `${stem.slice(0, -1)}en` : '']) {
		if (town !== '' && isPlace(places, town)) return town;
	}
	return '';
}

/** Where the article names the body with its place ("Polizei Mannheim", "des Kantons Wallis", "die Münchner Polizei", "Polizeipräsidium Reutlingen"). */
function fullNamesOf(ctx: ArticleContext, places: ArticlePlaces, body: string): FullName[] {
	const known = places.fullNames.get(body);
	if (known) return known;
	const found: FullName[] = [];
	const bodies = body === 'Polizei' ? [body, ...policeOfficesDe] : [body];
	for (const match of ctx.text.matchAll(new RegExp(String.raw`(?<![\p{L}-])(${bodies.join('|')})(?:e?s)?\s+(${placeWord})(?![\p{L}-])`, 'gu'))) {
		// A place by the article's use of it, or the body and the word registered as one name ("Polizei Ulm"); a police
		// office is named by its seat, so the word after it is one unless the article uses it as a noun.
		const [, named, place] = match as unknown as [string, string, string];
		const seat = named !== body && !places.articled.has(place) && !nounEnding.test(place.toLowerCase());
		if ((isPlace(places, place) || seat || ctx.registry.lookup(`${named} ${place}`)) && fitsLevel(body, place)) found.push({body: named, place, at: match.index});
	}
	// "die Münchner Polizei", "der Kölner Staatsanwaltschaft" (an adjective of place has no inflection of its own).
	for (const match of ctx.text.matchAll(new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}\p{Ll}{2,}er)\s+${body}(?:e?s)?(?![\p{L}-])`, 'gu'))) {
		const town = townOfAdjective(places, match[1]!);
		if (town !== '' && fitsLevel(body, town)) found.push({body, place: town, at: match.index});
	}
	places.fullNames.set(body, found);
	return found;
}

/** Sentences back from the quote's own in which a place named "in X" is still where the quote stands. */
const placeReach = 3;

/** The place named last before the quote ends, in its sentence or the few before ("Wahlpanne in Rostock: …"), or "". */
function placeNear(ctx: ArticleContext, places: ArticlePlaces, body: string, position: number): string {
	const unit = unitAt(ctx, position);
	if (!unit) return '';
	const from = ctx.units[Math.max(0, unit.index - placeReach)]!.start;
	let last = '';
	for (const match of ctx.text.slice(from, unit.end).matchAll(placeAfterPreposition('(?:[Ii]n|[Aa]us|[Bb]ei)'))) {
		let place = match[1]!;
		// "In Rostock-Kassebohm": a town's district names the town's bodies by the town.
		const town = place.slice(0, place.indexOf('-'));
		if (town !== '' && places.counts.has(town)) place = town;
		if (places.counts.has(place) && fitsLevel(body, place)) last = place;
	}
	return last;
}

/** The place the story is in: of the places the body fits, the one named most often (at least twice, more than any other), or "". */
function mainPlace(places: ArticlePlaces, body: string): string {
	const fitting = places.ranked.filter(([place]) => fitsLevel(body, place));
	const [first, second] = fitting;
	return first && first[1] >= 2 && (second?.[1] ?? 0) < first[1] ? first[0] : '';
}

/**
 * The body as the article names it with its place, or null when it gives none: the name the article uses (the nearest
 * one before the quote where it uses several), else the one place of the quote's sentences, else the story's place.
 */
function placeOfBody(ctx: ArticleContext, body: string, position: number): FullName | null {
	const places = articlePlaces(ctx);
	const full = fullNamesOf(ctx, places, body);
	const names = new Set(full.map((entry) => `${entry.body} ${entry.place}`));
	if (names.size === 1) return full[0]!;
	if (names.size > 1) return full.filter((entry) => entry.at <= position && position - entry.at < 1500).sort((a, b) => b.at - a.at)[0] ?? null;
	const place = placeNear(ctx, places, body, position) || mainPlace(places, body);
	return place === '' ? null : {body, place, at: -1};
}

/**
 * Generic heads of German bodies that the article names in full as one compound ("Bundesinnenministerium",
 * "Landgericht", "Bundesregierung") and later by the head alone ("das Ministerium", "ein Sprecher des Ministeriums").
 */
const genericHeadsDe = new Set(['ministerium', 'gericht', 'behörde', 'regierung', 'kommission', 'staatsanwaltschaft', 'verwaltung', 'direktion']);

const compoundCache = new WeakMap<ArticleContext, Map<string, string>>();

/** The one compound the article writes with this head ("Ministerium" → "Bundesinnenministerium"), or "" for none or several. */
function compoundOf(ctx: ArticleContext, head: string): string {
	let known = compoundCache.get(ctx);
	if (!known) {
		known = new Map();
		compoundCache.set(ctx, known);
	}
	const cached = known.get(head);
	if (cached !== undefined) return cached;
	const lower = head.toLowerCase();
	const compounds = new Set<string>();
	for (const match of ctx.text.matchAll(new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}[\p{L}-]+${lower})(?:e?s)?(?![\p{L}-])`, 'gu'))) compounds.add(match[1]!);
	const only = compounds.size === 1 ? [...compounds][0]! : '';
	known.set(head, only);
	return only;
}

/** The speaker with its body named in full ("Polizei" → "Polizei München", "das Ministerium" → "Bundesinnenministerium", "ein Sprecher der Hansestadt" → "… Hansestadt Rostock"), or "". */
export function fullBodyName(ctx: ArticleContext, speaker: string, position: number): string {
	if (ctx.lexicon.language !== 'de' || speaker === '') return '';
	const ofTown = townBodyOfAdjective(ctx, speaker);
	if (ofTown !== '') return ofTown;
	// The bare body, with or without its article; or a description that ends in it ("ein Sprecher der Hansestadt").
	const match = /^(?:(?:die|der|das)\s+)?(\p{Lu}[\p{Ll}-]+)$/u.exec(speaker) ?? /^(.+\s(?:der|des))\s+(\p{Lu}[\p{Ll}-]+)$/u.exec(speaker);
	if (!match) return '';
	const bare = match.length === 2;
	const written = bare ? match[1]! : match[2]!;
	// "des Kantons", "des Rathauses", "des Ministeriums": the genitive of the body.
	const forms = [written, written.replace(/e?s$/u, '')];
	// "die Regierung in Gaborone", "ein Sprecher des Lagezentrums in Saarbrücken": the article gives the body its seat
	// (a town's own body keeps the town's form of the name below: "Polizei München").
	const seat = forms.some((form) => localBodiesDe.has(form.toLowerCase())) ? '' : seatOfBody(ctx, forms);
	if (seat !== '') return `${bare ? match[1]! : `${match[1]!} ${written}`} in ${seat}`;
	const generic = forms.find((form) => genericHeadsDe.has(form.toLowerCase()));
	const compound = generic ? compoundOf(ctx, generic) : '';
	if (generic && compound !== '') return bare ? compound : `${match[1]!} ${compound}${written.slice(generic.length)}`;
	const body = forms.find((form) => localBodiesDe.has(form.toLowerCase()));
	if (!body) return '';
	const named = placeOfBody(ctx, body, position);
	if (!named) return '';
	// A description keeps its own case of the body ("eines Sprechers der Polizei München").
	return bare ? `${named.body} ${named.place}` : `${match[1]!} ${written} ${named.place}`;
}

/**
 * "die Münchner Polizei" → "Polizei München": a local body after the adjective of its town is named as the body and
 * the town (how the body calls itself, and the form of the name that keeps both the body's word and the town's).
 */
function townBodyOfAdjective(ctx: ArticleContext, speaker: string): string {
	const match = /^(?:(?:die|der|das|des|den|dem)\s+)?(\p{Lu}\p{Ll}{2,}er)\s+(\p{Lu}\p{Ll}+)$/u.exec(speaker);
	if (!match) return '';
	const body = [match[2]!, match[2]!.replace(/e?s$/u, '')].find((form) => localBodiesDe.has(form.toLowerCase()));
	if (!body) return '';
	const town = townOfAdjective(articlePlaces(ctx), match[1]!);
	return town !== '' && fitsLevel(body, town) ? `${body} ${town}` : '';
}

const seatCache = new WeakMap<ArticleContext, Map<string, string>>();

/**
 * The one place the article writes right after the body with "in" ("der Regierung in der Hauptstadt Gaborone", "des
 * Lagezentrums in Saarbrücken", "Organisatoren in Finnland"): a body's seat, part of how it is named. "" when it writes
 * none or several, or when the word after "in" is no place (a town or country the lexicon knows, one called a town, or
 * one the article writes after a preposition of place more than once: "die Kommission in Sorge" names no seat).
 */
function seatOfBody(ctx: ArticleContext, forms: readonly string[]): string {
	let known = seatCache.get(ctx);
	if (!known) {
		known = new Map();
		seatCache.set(ctx, known);
	}
	const key = forms[0]!;
	const cached = known.get(key);
	if (cached !== undefined) return cached;
	const places = articlePlaces(ctx);
	const seats = new Set<string>();
	const heads = [...new Set(forms)].map((form) => escapeRegExp(form)).join('|');
	const pattern = new RegExp(String.raw`(?<![\p{L}-])(?:${heads})(?:e?s)?\s+in\s+(?:der\s+(?:Hauptstadt|Landeshauptstadt|Stadt|Region)\s+)?(${placeWord})(?![\p{L}-])`, 'gu');
	for (const match of ctx.text.matchAll(pattern)) {
		// A seat is a place the lexicon knows, one called a town ("in der Hauptstadt X"), or one the article writes
		// after a preposition of place more than once ("in Sorge" once is no place).
		const place = match[1]!;
		const called = match[0].includes(' der ');
		if (knownPlaces.has(place.toLowerCase()) || countriesDe.has(place.toLowerCase()) || called || (places.counts.get(place) ?? 0) >= 2) seats.add(place);
	}
	const only = seats.size === 1 ? [...seats][0]! : '';
	known.set(key, only);
	return only;
}

/** Last pass: every quote whose speaker is a body named bare gets the body's full name. */
export function bodiesNamedInFull(ctx: ArticleContext): void {
	if (ctx.lexicon.language !== 'de') return;
	for (const quote of ctx.quotes) {
		const named = fullBodyName(ctx, quote.speaker, quote.start);
		if (named === '') continue;
		// A bare body had its name for a role ("Polizei"); a description keeps its role ("Sprecher des Ministeriums").
		if (!quote.speaker.includes(' ') || /^(?:die|der|das)\s/u.test(quote.speaker)) quote.role = '';
		quote.speaker = named;
	}
}
