// Which capitalized German words the follow-up rule takes for names although an article stands before them, and which bare ones for nouns.

import {citiesDe, governmentSeatsDe, knownBodiesDe, legalFormsDe, partyShortFormsDe, regionsDe, statesDe} from '../quotes/lexicon-de.js';
import {fold} from './tokens.js';

/**
 * Places and bodies German names after an article ("in der Türkei", "im Ahrtal", "am Rhein", "die Hamas", "der Kreml",
 * "im Landtag"): the lexicons' states, Länder, seats of government, regions, cities and bodies, and the landscapes,
 * rivers and parliaments the lexicons do not hold. Folded, single words only (a head is one word).
 */
const placesAndBodies = `schweiz turkei ukraine slowakei mongolei usa niederlande philippinen vereinigten emirate iran irak jemen libanon
	sudan sudsudan tschad kongo niger senegal vatikan krim gazastreifen westjordanland golanhohen karibik arktis antarktis
	ahrtal eifel sauerland siegerland munsterland emsland rheinland vogtland allgau schwarzwald odenwald westerwald
	erzgebirge harz hunsruck taunus spessart rhon lausitz uckermark altmark prignitz oberpfalz pfalz breisgau
	ostfriesland eichsfeld wendland ruhrgebiet saarland bodensee chiemsee rhein main elbe donau mosel weser ems ruhr
	neckar isar inn ahr erft lahn saale havel spree mulde werra fulda
	bundestag bundesrat landtag europaparlament kreml hamas hisbollah taliban`;

/** A word and its genitive without the "s" ("des Rheins", "des Kremls", "des Ahrtals"). */
export const namesAfterArticle: ReadonlySet<string> = new Set(
	[...placesAndBodies.split(/\s+/u), ...[statesDe, governmentSeatsDe, regionsDe, citiesDe, knownBodiesDe, partyShortFormsDe].flat()]
		.filter((word) => word !== '' && !word.includes(' '))
		.map(fold),
);

const legalForms: ReadonlySet<string> = new Set(legalFormsDe.map(fold));

/**
 * True when a word after a German article is a name all the same: a place or body the lists know (also in the
 * genitive), or a short form written with a capital beyond its first letter ("die AfD", "der CDU", "die NATO"): German
 * capitalizes only a noun's first letter (a company's legal form, "eine GmbH", is none).
 */
export function nameAfterArticle(text: string, folded: string): boolean {
	if (namesAfterArticle.has(folded) || (folded.endsWith('s') && namesAfterArticle.has(folded.slice(0, -1)))) return true;
	for (let k = 1; k < text.length; k++) {
		const code = text.charCodeAt(k);
		const upper = code < 128 ? code >= 65 && code <= 90 : text[k] !== text[k]!.toLowerCase();
		if (upper) return !legalForms.has(folded);
	}
	return false;
}

/** German prepositions that take a bare noun ("unter Wasser", "vor Gericht", "nach Angaben") as well as a name ("nach Berlin"). */
export const germanPrepositions: ReadonlySet<string> = new Set(
	`nach unter vor bei mit aus zu uber gegen ohne durch wegen fur von seit auf um ab trotz laut zwischen neben hinter
	gegenuber innerhalb ausserhalb wahrend dank samt statt anstatt bis in an`.split(/\s+/u),
);

/**
 * Nouns German uses bare after a preposition in set phrases of news ("unter Wasser", "vor Ort", "in Brand", "nach
 * Angaben", "vor Gericht", "in Haft"): common nouns there, whatever the window's other reports say.
 */
const bareNouns: ReadonlySet<string> = new Set(
	`wasser ort brand angaben angabe informationen kraft haft druck gericht hause blick anfrage bedarf beginn ende anfang
	mitte sicht grund folge gefahr sicherheit verdacht hilfe kritik protest angst sorge rucksicht ruckenwind anlass
	schutz flammen feuer starkregen regen hochwasser sturm schnee eis hagel stau verletzungen ermittlungen schatzungen
	medienberichten berichten polizeiangaben behordenangaben jahren monaten wochen tagen stunden minuten zeit uhr`.split(/\s+/u),
);

/** Endings German common nouns have and names hardly ever ("Forderungen", "Sicherheit", "Gewerkschaft"; "Samsung" is short). */
const nounEndings = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|nisse)$/u;

/** True when a German word without an article is a common noun by its ending, wherever it stands ("neue Forderungen"). */
export function nounByEnding(folded: string): boolean {
	return folded.length >= 8 && nounEndings.test(folded);
}

/**
 * True when a word right after a German preposition, with no article, is a common noun: a set phrase's noun ("unter
 * Wasser", "vor Ort"). Other words there are names ("in Duisburg", "mit Merz") unless their ending says otherwise.
 */
export function bareNounAfterPreposition(folded: string): boolean {
	return bareNouns.has(folded);
}
