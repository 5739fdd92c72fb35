// Whether a name in the people list names a person, a body (organisation or state), or nobody at all (a place, a group, a document).

import * as de from '../quotes/lexicon-de.js';
import * as en from '../quotes/lexicon-en.js';
import {lexiconFor, roleHead} from '../quotes/lexicon.js';
import {institutionNounsDe} from './body-case-de.js';
import {genderOfGivenName, genderTitles, neutralTitles} from './given-names.js';
import {thingHeadsDe, thingHeadsEn} from './thing-heads.js';

/** A person; a body that speaks as one (organisation, authority, state); or no speaker's name at all. */
export type NameKind = 'person' | 'organisation' | 'none';

interface KindWords {
	states: Set<string>;
	seats: Set<string>;
	regions: Set<string>;
	cities: Set<string>;
	places: Set<string>;
	/** Place nouns long enough to end a German compound ("Lager|straße"; not "-see", "-tal", "-weg", which end surnames too). */
	longPlaces: Set<string>;
	groups: Set<string>;
	demonyms: Set<string>;
	bodies: Set<string>;
	documents: Set<string>;
	calendar: Set<string>;
	/** Words that open sentences and never a name ("Beim", "Außer", "Weder", "However"). */
	functionWords: Set<string>;
	determiners: Set<string>;
	/** Heads that name a body in the other language's words too ("Teheran Times" in a German text). */
	foreignBodies: Set<string>;
	/** Last words of places in the other language ("Salt Lake City" in a German text). */
	foreignPlaces: Set<string>;
	/** Last words of the names of laws, events, works and products ("CHIPS Act", "Pixel Tablet"). */
	things: Set<string>;
	/** German heads of such names, also ending compounds ("Lieferkettengesetz"); empty for English. */
	thingCompounds: Set<string>;
}

// Names of bodies, the same in any language's text ("Nato", "Amazon", "IWF").
const knownBodies = new Set([...en.knownBodiesEn, ...de.knownBodiesDe]);

function wordsOf(language: 'de' | 'en'): KindWords {
	if (language === 'de') {
		return {
			states: new Set(de.statesDe),
			seats: new Set(de.governmentSeatsDe),
			regions: new Set(de.regionsDe),
			cities: new Set(de.citiesDe),
			places: new Set(de.placeNounsDe),
			longPlaces: new Set(de.placeNounsDe.filter((noun) => noun.length >= 5)),
			groups: new Set(de.groupNounsDe),
			demonyms: new Set(de.demonymsDe),
			// Body nouns that end compounds too ("Gesundheitsministerium", "EU-Kommission", "Landeskirchenamt").
			bodies: new Set([...de.organisationNounsDe, ...institutionNounsDe, ...de.bodyWordsDe]),
			documents: new Set([...de.documentNounsDe, ...de.statementNounsDe]),
			calendar: new Set([...de.calendarNamesDe, ...de.timeNounsDe]),
			functionWords: new Set([...de.functionWordsDe, ...openersDe]),
			determiners: new Set(de.determinersDe),
			foreignBodies: new Set(en.bodyWordsEn),
			foreignPlaces: new Set(en.placeNounsEn),
			things: new Set([...thingHeadsEn, ...thingHeadsDe]),
			thingCompounds: new Set(thingHeadsDe),
		};
	}
	return {
		states: new Set(en.statesEn),
		seats: new Set(en.governmentSeatsEn),
		regions: new Set(en.regionsEn),
		cities: new Set(en.citiesEn),
		places: new Set(en.placeNounsEn),
		longPlaces: new Set(en.placeNounsEn.filter((noun) => noun.length >= 5)),
		groups: new Set(en.groupNounsEn),
		demonyms: new Set(en.demonymsEn),
		bodies: new Set([...en.organisationNounsEn, ...en.bodyWordsEn]),
		// "Research" ends companies' names ("Jupiter Research"): a document only as the statement nouns' other words.
		documents: new Set([...en.documentNounsEn, ...en.statementNounsEn].filter((noun) => noun !== 'research')),
		calendar: new Set(en.calendarNamesEn),
		functionWords: new Set([...en.functionWordsEn, ...openersEn]),
		determiners: new Set(en.determinersEn),
		foreignBodies: new Set(de.bodyWordsDe),
		foreignPlaces: new Set(de.placeNounsDe),
		things: new Set(thingHeadsEn),
		thingCompounds: new Set(),
	};
}

// English words that open a sentence and never a name, beyond the lexicon's function words: pronouns and adverbs
// ("Whoever Can Grow …", "Let's", "Meanwhile"); adverbs in -ly go by their ending (adverbEn).
const openersEn = [
	'let', 'whoever', 'whatever', 'whichever', 'whenever', 'wherever', 'meanwhile', 'moreover', 'furthermore', 'instead', 'perhaps',
	'maybe', 'otherwise', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'hence', 'indeed', 'yes', 'please', 'thanks', 'today',
	'tonight', 'tomorrow', 'yesterday', 'every', 'each', 'any', 'such', 'despite', 'during', 'because', 'unless', 'until', 'whether',
	'though', 'amid', 'among', 'against', 'within', 'without', 'upon', 'here’s', "here's", 'there’s', "there's",
	// A live blog's or newsletter's asks before a name: "Email Nick with any tip-offs", "Follow Jane on Twitter".
	'email', 'e-mail', 'tweet', 'follow', 'subscribe', 'contact', 'message', 'text',
];
// An English adverb by its ending ("Recently", "Finally", "Unfortunately", "Reportedly"): seven letters or more, so
// given names in -ly ("Wally", "Sally", "Holly") stay names; "Mc"/"Mac" open surnames ("McNally").
const adverbEn = /^(?!(?:mc|mac))\p{L}{2,}(?:al|ent|ant|ous|ive|ful|less|ic|ate|ar|ed|ing|ib|ab|ain|ear|ight|ire|tual|ious)ly$/u;

// Articles of the feeds' languages as a name's first word ("The Information", "Der Spiegel", "O Governo", "Ein Jahr"):
// a person's name never opens with one. German's are not words of an English or Portuguese sentence, so they count in
// any text; Portuguese "a", "o" only in Portuguese, where they are definite ("A Bola").
const definiteArticles: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set(['the', 'der', 'die', 'das']),
	de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'the']),
	pt: new Set(['o', 'os', 'a', 'as', 'the', 'der', 'die', 'das']),
};
const germanDefinite: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
const germanArticles: ReadonlySet<string> = new Set([...germanDefinite, 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
const indefiniteArticles: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set(['a', 'an', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']),
	de: new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'a', 'an']),
	pt: new Set(['um', 'uma', 'uns', 'umas', 'an', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']),
};

/** The capitalised article a name opens with: 'definite', 'indefinite', or null (none, or written in lower case). */
export function leadingArticle(name: string, language: string): 'definite' | 'indefinite' | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[1]!)) return null;
	const code = language.toLowerCase().slice(0, 2);
	const key = code === 'de' || code === 'pt' ? code : 'en';
	const first = words[0]!.toLowerCase();
	if (indefiniteArticles[key]!.has(first)) return 'indefinite';
	return definiteArticles[key]!.has(first) ? 'definite' : null;
}

// Labels of a piece's kind that head or end a headline's name run ("Kommentar AstraZeneca", "CNN Exclusive", "Opinion
// Biden"): no part of anyone's name.
const genreWords = new Set([
	'kommentar', 'meinung', 'analyse', 'interview', 'liveblog', 'livestream', 'podcast', 'video', 'reportage', 'glosse', 'leitartikel',
	'faktencheck', 'exklusiv', 'opinion', 'analysis', 'review', 'exclusive', 'explainer', 'editorial', 'factcheck', 'recap', 'highlights',
]);

// Contractions of a preposition and an article, and conjunctions, that open a German noun phrase ("Beim Gleisbau", "Ins Auge", "Weder Prüß noch …").
const openersDe = ['beim', 'ins', 'ans', 'aufs', 'fürs', 'ums', 'übers', 'weder', 'außer', 'entweder', 'sowohl'];
// Function words that are given names or surnames too ("August Diehl", "Theresa May").
const nameLikeFunctionWords = new Set(['may', 'august', 'will', 'mark', 'jan', 'ende']);

const cache = new Map<string, KindWords>();

function kindWords(language: string): KindWords {
	const key = language.toLowerCase().startsWith('de') ? 'de' : 'en';
	let words = cache.get(key);
	if (!words) {
		words = wordsOf(key);
		cache.set(key, words);
	}
	return words;
}

// Body nouns too short to be told apart from the end of a surname ("Murat", "Rotbund"): only as a word of their own.
const shortBodyNoun = 4;
// A German compound needs this many letters before the noun it ends in ("Klima|forschende"); five before a three-letter one.
const compoundStem = 3;
const longStem = 5;
const shortTail = 3;

function lowerWord(word: string): string {
	let end = word.length;
	// Trailing marks, by a loop: a "[.,;:]+$" regex retries every run of marks from each of its starts.
	while (end > 0 && '.,;:'.includes(word[end - 1]!)) end--;
	return word.slice(0, end).toLowerCase().replace(/['’]s?$/u, '');
}

/** The word, or (German) the compound it ends, is one of `nouns`: "Gesundheitsministerium" ends in "ministerium". */
function endsIn(word: string, nouns: ReadonlySet<string>, german: boolean, genitive = false): boolean {
	// Asked for every word of every name of every article, mostly the same words again: answers are kept per list.
	let answers = endsInAnswers.get(nouns);
	if (!answers) {
		answers = new Map();
		endsInAnswers.set(nouns, answers);
	}
	const key = `${german ? 'g' : '-'}${genitive ? 'g' : '-'}${word}`;
	let answer = answers.get(key);
	if (answer === undefined) {
		answer = computeEndsIn(word, nouns, german, genitive);
		// Bounded: hostile input with endless distinct words must not grow it without limit.
		if (answers.size > 20_000) answers.clear();
		answers.set(key, answer);
	}
	return answer;
}

const endsInAnswers = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

function computeEndsIn(word: string, nouns: ReadonlySet<string>, german: boolean, genitive: boolean): boolean {
	const lower = lowerWord(word);
	// German genitive ("Bundesamts", "Ministeriums") or English plural ("Services", "Forces").
	const forms = genitive ? [lower, lower.replace(/s$/u, ''), lower.replace(/es$/u, '')] : [lower];
	for (const form of forms) {
		if (nouns.has(form)) return true;
		if (!german) continue;
		for (let cut = compoundStem; cut <= form.length - shortTail; cut++) {
			const tail = form.slice(cut);
			// A three-letter head ("Bundes|amt", "Staats|rat") only after a longer stem.
			if (nouns.has(tail) && (tail.length >= shortBodyNoun || cut >= longStem)) return true;
		}
	}
	return false;
}

/** All capitals (and digits, dots, hyphens) of two to eight characters: "FBI", "U.S", "DFG-VK". */
function isAcronym(word: string): boolean {
	return /^\p{Lu}[\p{Lu}\d.&-]{1,7}$/u.test(word.replace(/['’]s$/u, '')) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function isGiven(word: string): boolean {
	return genderOfGivenName(word.replace(/['’]s?$/u, '')) !== 'any';
}

/** The words of a name without a leading article or possessive ("the Pentagon" → "Pentagon") and a trailing short form "(IDF)". */
const timeDescriptors = new Set(['former', 'late', 'ex', 'then', 'outgoing', 'incoming', 'ehemalige', 'ehemaliger', 'ehemaligen', 'frühere', 'früherer', 'früheren', 'verstorbene', 'verstorbenen']);

function coreWords(name: string, words: KindWords): {core: string[]; shortForm: boolean} {
	let core = name.trim().split(/\s+/u).filter((word) => word !== '');
	// "Former Miami Heat", "the late Tony Dow": a time before the name is no part of it.
	while (core.length > 1 && (words.determiners.has(core[0]!.toLowerCase()) || timeDescriptors.has(core[0]!.toLowerCase()))) core = core.slice(1);
	const last = core[core.length - 1] ?? '';
	const shortForm = core.length > 1 && /^\([\p{Lu}\d.&-]{2,10}\)$/u.test(last);
	if (shortForm) core = core.slice(0, -1);
	return {core, shortForm};
}

/**
 * What a name in the people list names. `known` says the engine already took it for a body (a registered short form,
 * a German body such as "Statistisches Bundesamt", an institution phrase): it stays one. Rules, in order:
 * no capital anywhere, a region, a group noun, a nationality word or a document is nobody's name ('none');
 * a state, a seat of government, an acronym, a name with a short form in brackets, or one whose (German: compound)
 * head is a body noun is a body ('organisation'); anything else is a person.
 */
export function nameKind(name: string, language: string, known = false): NameKind {
	// A pure function of its arguments over fixed word lists, asked of every name of every article: a briefing of 10,000
	// asked it ~37,000 times for ~1,400 different names, so answers are kept (bounded, like endsIn's).
	const key = `${known ? '+' : '-'}${language}\u0000${name}`;
	let kind = kindAnswers.get(key);
	if (kind === undefined) {
		kind = computeNameKind(name, language, known);
		if (kindAnswers.size >= 20_000) kindAnswers.clear();
		kindAnswers.set(key, kind);
	}
	return kind;
}

const kindAnswers = new Map<string, NameKind>();

function computeNameKind(name: string, language: string, known: boolean): NameKind {
	const words = kindWords(language);
	const german = !language.toLowerCase().startsWith('en');
	const {core, shortForm} = coreWords(name, words);
	if (core.length === 0) return 'none';
	const phrase = core.map(lowerWord).join(' ');
	const first = core[0]!;
	const last = core[core.length - 1]!;
	const givenFirst = core.length > 1 && (isGiven(first) || genderTitles.has(first.toLowerCase()) || neutralTitles.has(first.toLowerCase().replace(/\.$/u, '')));
	// A name has a capital letter: "research", "a statement" and "officials" are words of the sentence.
	if (!core.some((word) => /^\p{Lu}/u.test(word))) return 'none';
	// "The Information", "O Governo", "Ein Jahr": an article opens a body's or a work's name, or a description; a given
	// name after it is a person's ("The late Tony Dow", "A Hannah Arendt reader" aside).
	const article = leadingArticle(name, language);
	if (article !== null && !core.some((word) => isGiven(word))) {
		if (article === 'indefinite') return 'none';
		const after = name.trim().split(/\s+/u);
		const opening = after.shift()!.toLowerCase();
		// A German article opens German words, whatever language the article around them is in.
		const words = germanArticles.has(opening) ? 'de' : language;
		const rest = nameKind(after.join(' '), words, known);
		if (rest !== 'person') return rest;
		// German capitalises every noun: "Die Debatte", "Der Umsatz" are a sentence's subject, no body's name.
		if (after.length === 1 && germanDefinite.has(opening)) return 'none';
		// A role and a name after it is the person so described ("Der SPD-Politiker Lauterbach"); a role alone, or one of a
		// body, describes someone unnamed ("Der Arzneimittelchef der Ärztekammer", "The Chief Executive").
		const isRole = (word: string): boolean => roleHead(word, lexiconFor(words)) !== '' || roleHead(word, lexiconFor(words.startsWith('de') ? 'en' : 'de')) !== '' || isRoleWord(word, words) || isRoleCompound(word, 'de');
		if (!after.some(isRole)) return 'organisation';
		const tail = after[after.length - 1]!;
		return after.length > 1 && !isRole(tail) && !endsIn(tail, kindWords(words).bodies, words.startsWith('de'), true) ? 'person' : 'none';
	}
	if (words.states.has(phrase) || (german && words.states.has(phrase.replace(/s$/u, '')))) return 'organisation';
	if (words.seats.has(phrase) || knownBodies.has(phrase)) return 'organisation';
	// A compound with a lower-case word after its hyphen ends a description, not a name: "Chat GPT-style language model",
	// "DayGlo T-shirt", "SPD-nahe"; names capitalise every part ("Kramp-Karrenbauer", "EU-Kommission").
	// The hyphen of such a description follows a capital ("GPT-style", "T-shirt", "SPD-nahe"); a Korean or Chinese given
	// name's follows a small letter ("Yoon Suk-yeol", "Ban Ki-moon", "Kim Jong-un").
	if (/\p{Lu}-\p{Ll}{4,}$/u.test(last.replace(/['’]s$/u, ''))) return 'none';
	// A contraction is a word of a sentence ("We’ve", "THEY’RE SAYING"); a heading in capitals is no name ("OX EYE DAISY", "RESPONDS").
	if (core.some((word) => /\p{L}['’](?:ve|re|ll|d|m|t)$/iu.test(word))) return 'none';
	if (isCapitalsHeading(core, words, german)) return 'none';
	if (words.regions.has(phrase) || (german && words.regions.has(phrase.replace(/s$/u, '')))) return 'none';
	// A city is a place, also with its short form ("New York City (NYC)", walk 9 #205: the pairing of name and short form
	// is what registers it as a body), unless the engine took it for a body by what it does ("New York City said").
	if (words.cities.has(phrase) && (!known || shortForm)) return 'none';
	if (givenFirst) {
		// "George Washington University": a given name opens some bodies' names too; then the head says so.
		if (endsIn(last, words.bodies, false) && core.length > 2) return 'organisation';
		// "James Webb Space Telescope": a thing named after a person ("Nathan Deal", two words, is the person).
		return core.length > 2 && isThingHead(last, words) ? 'none' : 'person';
	}
	if (core.length === 1 && words.calendar.has(phrase)) return 'none';
	// A bare capital letter after the first word is no part of a name that holds no given name ("Monkeypox U S", "Vitamin D", "News E"):
	// persons write an initial with its full stop ("George W. Bush"); a first one is an article ("O Governo", "A Bola").
	if (core.length > 1 && core.slice(1).some((word) => /^\p{Lu}$/u.test(word)) && !core.some((word) => isGiven(word))) return 'none';
	// English: a known company's name before more capitalised words with no given name is its product, service or
	// section ("Google Nest", "Meta Quest", "Google Pixel", "Amazon Prime"), unless a body's noun ends it. A role after
	// the body is a person of it ("Fed Chair Powell"); bodies listed together speak as one ("NDR, WDR und SZ"); a short
	// form before a name is a body's station or unit ("CBS Chicago"); German names a company's part so ("Siemens Energy").
	const product = !german && core.length > 1 && knownBodies.has(lowerWord(first)) && !isAcronym(first) && !/,$/u.test(first) && !core.some((word) => /^(?:und|and|&)$/iu.test(word));
	if (product && !core.some((word) => isGiven(word) || roleHead(word, lexiconFor(language)) !== '') && !endsIn(last, words.bodies, german, true)) return 'none';
	// An ordinal ends a day's or an event's name, not a person's ("Highland Park Fourth" of July, "Independence Day Second").
	if (!german && core.length > 1 && ordinalsEn.has(lowerWord(last))) return 'none';
	// A name does not open with a function word: "Beim Fleischkonsum", "Außer Deutschland" are parts of a sentence.
	const opener = lowerWord(first);
	if (words.functionWords.has(opener) && !nameLikeFunctionWords.has(opener) && !isGiven(first)) return 'none';
	if (!german && adverbEn.test(opener) && !isGiven(first)) return 'none';
	// A piece's label before or after the name ("Kommentar AstraZeneca", "CNN Exclusive").
	if (core.length > 1 && (genreWords.has(opener) || genreWords.has(lowerWord(last))) && !core.some((word) => isGiven(word))) return 'none';
	if (shortForm && !givenFirst) return 'organisation';
	// A body noun followed by what names the body ("Board of Irrigation Users", "Verband der Immunologen") heads the name.
	// German puts the head first: a role before the body is a person of it ("Sprecher der Berliner Polizei"), one after
	// it the body's members ("Verband der Immunologen"); English roles in descriptions are lower-case wherever they stand.
	const role = core.findIndex((word) => isRoleWord(word, language));
	const body = core.findIndex((word) => endsIn(word, words.bodies, german, true));
	const describesPerson = role >= 0 && (!german || body < 0 || role < body);
	if (!describesPerson && core.slice(0, -1).some((word, index) => endsIn(word, words.bodies, german, true) && !/^\p{Lu}/u.test(core[index + 1]!))) return 'organisation';
	if (words.demonyms.has(phrase) || (core.length === 1 && words.demonyms.has(lowerWord(first).replace(/s$/u, '')))) return 'none';
	if (endsIn(last, words.groups, german)) return 'none';
	if (endsIn(last, words.documents, german)) return 'none';
	// A law, an event, a work or a product ("CHIPS Act", "Subway Series", "Pixel Tablet", "Lieferkettengesetz"), unless a body noun heads it ("Human Rights Watch").
	if ((core.length > 1 || german) && isThingHead(last, words) && !endsIn(last, words.bodies, german, true)) return 'none';
	if (known) return 'organisation';
	// A given name inside, followed by more of a name ("Walliser Staatsrat Mathias Reynard"): a person with words before the name.
	if (core.slice(1, -1).some((word) => isGiven(word))) return 'person';
	// A lone role word is a role, not a name ("Ausschussvorsitzenden", "Bundesrätin").
	if (core.length === 1 && !isGiven(first) && isRoleCompound(first, language)) return 'none';
	// A role word describes a person of the body ("Sprecher der Berliner Polizei", "a Department for Education spokeswoman").
	if (describesPerson) return 'person';
	if (shortForm) return 'organisation';
	if (core.length === 1 && isAcronym(first)) return 'organisation';
	// A short form opening a name that holds no given name is a body's ("CBS Chicago", "USA TODAY").
	if (core.length > 1 && isAcronym(first) && !words.states.has(lowerWord(first)) && !core.some((word) => isGiven(word))) return 'organisation';
	// Short forms joined by "und"/"and" ("NDR, WDR und SZ"): several bodies speaking as one.
	if (core.length > 1 && core.some((word) => /^(?:und|and|&)$/iu.test(word)) && core.every((word) => isAcronym(word.replace(/,$/u, '')) || /^(?:und|and|&)$/iu.test(word))) return 'organisation';
	// A body noun heads the name: last, or followed by what names the body ("Department of Defense", "Verband der Immunologen").
	if (core.some((word, index) => endsIn(word, words.bodies, german, true) && (index === core.length - 1 || !/^\p{Lu}/u.test(core[index + 1]!)))) return 'organisation';
	if (core.length > 1 && words.foreignBodies.has(lowerWord(last))) return 'organisation';
	// A name ending in a state's name, with no given name in it, is that state's body ("Global Affairs Canada", "Asia Society Texas").
	if (core.length > 1 && words.states.has(lowerWord(last)) && !core.some((word) => isGiven(word))) return 'organisation';
	// A place's name ends in a place noun ("Huaral Valley", "Kent Street"); a German compound of one too ("Lagerstraße").
	if (core.length > 1 && (endsIn(last, words.places, false) || words.foreignPlaces.has(lowerWord(last)))) return 'none';
	if (german && core.length > 1 && endsIn(last, words.longPlaces, true)) return 'none';
	if (core.some((word) => isGiven(word))) return 'person';
	// "Russia-backed Syrian", "Eastern European": a nationality word ends a description, not a name.
	if (core.length > 1 && words.demonyms.has(lowerWord(last))) return 'none';
	// Role words and their modifiers only ("Executive Director", "Chief Executive"): a role, no name.
	// German texts write English titles as they are ("Executive Director und Expertin …"): both lexicons' role words count.
	if (core.length > 1 && core.every((word) => roleModifiers.has(lowerWord(word)) || roleHead(word, lexiconFor(language)) !== '' || (german && roleHead(word, lexiconFor('en')) !== ''))) return 'none';
	// German: a body's noun before a name is the body it names ("Online-Zeitung Ukrajinska Prawda", "Flugzeugbauer Airbus").
	if (german && core.length > 1 && (endsIn(first, words.bodies, true, true) || endsIn(first, companyNounsDe, true)) && core.slice(1).every((word) => /^\p{Lu}/u.test(word))) return 'organisation';
	// German: an adjective ("Deutscher Handel", "Neue Modelle") or a state, also in the genitive ("Europas Banken",
	// "Deutschland Waren"), before a noun opens a noun phrase; a name does not open so.
	if (german && core.length > 1 && (isGermanAdjective(first) || isPlaceWord(lowerWord(first), words) || isPlaceWord(lowerWord(first).replace(/s$/u, ''), words))) return 'none';
	// A team or a local body is named after its place ("Miami Heat", "New York Yankees", "Manchester United"): a city, or a
	// state before a plural ("Kansas City Chiefs"); a state alone opens persons' names too ("Jordan Peterson", "India Walton").
	if (!german && core.length > 1 && placeLed(core, words)) return 'organisation';
	return 'person';
}

const ordinalsEn = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

// Words that go with a role in its title ("Executive Director", "Deputy Chief", "Senior Vice President").
const roleModifiers = new Set(['executive', 'chief', 'senior', 'deputy', 'vice', 'assistant', 'acting', 'general', 'managing', 'associate', 'interim']);
// German nouns of a company's trade before its name ("Flugzeugbauer Airbus", "Autohersteller BMW"); compounds only.
const companyNounsDe: ReadonlySet<string> = new Set([...de.companyTradeCompoundHeadsDe, ...de.companyTradeNounsDe, ...de.sharedTradeNounsDe]);

function isThingHead(word: string, words: KindWords): boolean {
	return words.things.has(lowerWord(word)) || (words.thingCompounds.size > 0 && endsIn(word, words.thingCompounds, true));
}

function isPlaceWord(word: string, words: KindWords): boolean {
	return words.states.has(word) || words.regions.has(word) || words.cities.has(word) || words.seats.has(word);
}

/** A German adjective by its ending: derived ("Deutscher", "Europäische", "Wirtschaftliche"), strong or participial. */
function isGermanAdjective(word: string): boolean {
	const lower = lowerWord(word);
	if (/^deutsch(?:e|er|es|en|em)$/u.test(lower)) return true;
	if (/(?:isch|lich|ig|bar|sam)(?:e|es|en|em)$/u.test(lower) && lower.length >= 7) return true;
	return lower.length >= 8 && /(?:isch|lich)er$/u.test(lower) && !/fischer$/u.test(lower);
}

// Words that name a team after its place without a plural ("Miami Heat", "Manchester United", "Seattle Storm").
const teamWords = new Set(['united', 'city', 'heat', 'fc', 'magic', 'jazz', 'thunder', 'fire', 'galaxy', 'wild', 'storm', 'sun', 'fever', 'sky', 'liberty', 'mercury', 'lynx', 'dream', 'athletic', 'sc']);

/**
 * The name opens with a place and goes on with a plural or a team's word: a team's or a local body's name ("Boston
 * Celtics", "Miami Heat", "New York Yankees"). Cities and states name people too ("Sydney Sweeney", "Jordan Peterson").
 */
function placeLed(core: readonly string[], words: KindWords): boolean {
	const tail = lowerWord(core[core.length - 1]!);
	if (!/\p{Ll}s$/u.test(core[core.length - 1]!) && !teamWords.has(tail)) return false;
	for (let size = Math.min(3, core.length - 1); size >= 1; size--) {
		const lead = core.slice(0, size).map(lowerWord).join(' ');
		if (!core.slice(size).every((word) => /^\p{Lu}/u.test(word))) continue;
		if (words.cities.has(lead) || words.states.has(lead)) return true;
	}
	return false;
}

/** A name written all in capitals with a long word ("OX EYE DAISY", "WILD FOODS", "RESPONDS"): a heading, not a short form. */
function isCapitalsHeading(core: readonly string[], words: KindWords, german: boolean): boolean {
	if (core.some((word) => /\p{Ll}/u.test(word))) return false;
	if (!core.some((word) => (word.match(/\p{L}/gu) ?? []).length >= 5)) return false;
	const last = core[core.length - 1]!;
	return !endsIn(last, words.bodies, german, true) && !words.foreignBodies.has(lowerWord(last)) && !words.states.has(core.map(lowerWord).join(' '));
}

/** A role noun, bare or (German) ending a compound, in any case or number ("Sprecher", "spokeswoman", "Arzneimittelchef"). */
function isRoleWord(word: string, language: string): boolean {
	const lexicon = lexiconFor(language);
	const lower = lowerWord(word);
	const head = roleHead(word, lexicon) || roleHead(word.replace(/n$/u, ''), lexicon);
	if (head === '') return false;
	// English capitalises a role in a body's own name ("House of Representatives", "General Assembly"), not in a description.
	if (lexicon.language === 'de') return true;
	return /^\p{Ll}/u.test(word) && (lower === head || lower === `${head}s` || lower.replace(/woman$/u, 'man') === head);
}

/** A word made of a role noun and something before it ("Klimaforscher", "Ausschussvorsitzenden"), or the plural "officials". */
function isRoleCompound(word: string, language: string): boolean {
	const lexicon = lexiconFor(language);
	// "Vorsitzenden" is the weak form of "Vorsitzende": the lexicon's own endings strip "-en" whole.
	const head = roleHead(word, lexicon) || roleHead(word.replace(/n$/u, ''), lexicon);
	if (head === '') return false;
	const lower = lowerWord(word);
	// German: a compound only ("Richter", "König" and "Fischer" are surnames as often); English: the bare noun.
	return lexicon.language === 'de' ? lower.length >= head.length + compoundStem : lower === head || lower === `${head}s`;
}

// Ranks and titles that open a name without being part of it, beyond the role nouns of the lexicon.
const rankWords = new Set([
	'kapitän', 'kapitänin', 'captain', 'skipper', 'hauptmann', 'oberst', 'major', 'leutnant', 'feldwebel', 'admiral', 'colonel', 'sergeant',
	'lieutenant', 'corporal', 'private', 'rektor', 'rektorin', 'dekan', 'dekanin', 'ombudsfrau', 'ombudsmann', 'chairperson', 'pfarrer',
	'pfarrerin', 'pastorin', 'kardinal', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'dutchman', 'scotsman', 'irishman',
	// Offices written as a title before a surname alone ('Speaker Pelosi', 'Präsident Selenskyj', 'Senator Warren').
	'speaker', 'senator', 'sen.', 'rep.', 'governor', 'gov.', 'mayor', 'president', 'chancellor', 'präsident', 'präsidentin', 'kanzler',
	'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'bürgermeister', 'bürgermeisterin',
]);

// Titles that are part of how a monarch or pope is named ("King Charles", "Pope Francis").
const monarchs = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'könig', 'königin', 'prinz', 'prinzessin', 'papst']);

/**
 * A name that opens with a role or rank ("Kapitän Virgil", "Filmemacher David Dietl", "EPA Andrew Fanara" before a given
 * name): the person's name without it, and the words it dropped as the role. Null when the name opens with no such word,
 * or nothing would be left.
 */
export function splitLeadingRole(name: string, language: string): {name: string; role: string} | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2) return null;
	const lexicon = lexiconFor(language);
	// "Der SPD-Politiker Lauterbach": an article before the role is neither role nor name.
	const start = leadingArticle(name, language) !== null ? 1 : 0;
	let at = start;
	let ranked = false;
	while (at < words.length - 1) {
		const word = words[at]!;
		const lower = lowerWord(word);
		if (isGiven(word) || genderTitles.has(lower) || neutralTitles.has(lower.replace(/\.$/u, ''))) break;
		const role = rankWords.has(lower) || roleHead(word, lexicon) !== '' || isRoleCompound(word, 'de') || /(?:macher|macherin|helfer|helferin|trainer|trainerin)$/u.test(lower);
		// A short form before a given name is the body the person speaks for ("EPA Andrew Fanara").
		const next = words[at + 1]!;
		const body = isAcronym(word) && (isGiven(next) || genderTitles.has(next.toLowerCase()));
		if (monarchs.has(lower) || (!role && !body)) break;
		// German writes a compound office before a surname alone ("SPD-Generalsekretär Klingbeil", "Bundesinnenministerin
		// Faeser"), also where an English or Portuguese text quotes it: no English word is one.
		if (rankWords.has(lower) || isRoleCompound(word, 'de')) ranked = true;
		at++;
	}
	if (at === start) return null;
	const rest = words.slice(at);
	// "General Motors" is no general: what follows a role word must hold a given name, unless a rank opened it ("Kapitän Virgil").
	if (!ranked && !rest.some((word) => isGiven(word) || genderTitles.has(word.toLowerCase()))) return null;
	// What is left must still look like a name: capitalised words.
	if (!rest.every((word) => /^\p{Lu}/u.test(word) || /^(?:van|von|de|der|den|da|di|du|la|le|al|bin|ibn|zu)$/u.test(word))) return null;
	return {name: rest.join(' '), role: words.slice(start, at).join(' ')};
}

/**
 * A person's name run into the known body after it ("Wie Ola Källenius Daimler umbaut"): the name without the body;
 * null when the name does not end so, or what is left is not a person's name — it opens with a given name, or the
 * article names that person on their own (`named`, "Ola Källenius" in the text).
 */
export function splitTrailingBody(name: string, named: (rest: string) => boolean = () => false): string | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 3 || !knownBodies.has(lowerWord(words[words.length - 1]!))) return null;
	const rest = words.slice(0, -1);
	if (!rest.every((word) => /^\p{Lu}/u.test(word))) return null;
	return isGiven(words[0]!) || named(rest.join(' ')) ? rest.join(' ') : null;
}

// Possessives and articles: a Title Case headline's words after a name ("Charles Barkley Gives His Take"), never a name's.
const trailingDeterminers = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'a', 'an', 'sein', 'seine', 'ihr', 'ihre', 'der', 'die', 'das', 'ein', 'eine']);
// Nouns of time a headline puts after a name ("Klingbeil ein Jahr nach Hanau" with a word left out): no name ends in one.
const trailingTimeNouns = new Set(['jahr', 'jahre', 'jahren', 'woche', 'wochen', 'monat', 'monate', 'tag', 'tage', 'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days']);

/**
 * A person's name with a headline's next words run into it: a verb and a possessive or article ("Charles Barkley Gives
 * His" → "Charles Barkley"), or a noun of time ("Klingbeil Jahr" → "Klingbeil"). Null when the name ends otherwise or
 * nothing capitalised would be left.
 */
export function splitTrailingWords(name: string): string | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2) return null;
	let end = words.length;
	// Capitalised, as a Title Case line writes it: "von der Leyen" keeps its lower-case article.
	const at = words.findIndex((word, index) => index >= 2 && /^\p{Lu}/u.test(word) && trailingDeterminers.has(word.toLowerCase()));
	if (at >= 2) {
		end = at;
		// The verb before it, in the third person or the past of a Title Case line ("Gives", "Says", "Requested"), goes too;
		// after a given name the word is the surname ("Peter Evans The …", "Mary Ann Evans").
		if (end >= 2 && /^\p{Lu}\p{Ll}+(?:s|ed)$/u.test(words[end - 1]!) && !isGiven(words[end - 2]!)) end--;
	} else if (trailingTimeNouns.has(lowerWord(words[words.length - 1]!))) {
		end = words.length - 1;
	}
	if (end === words.length) return null;
	const rest = words.slice(0, end);
	// "Ein Jahr", "The Year": an article left alone is no name either.
	if (rest.some((word) => trailingDeterminers.has(word.toLowerCase()))) return null;
	return rest.every((word) => /^\p{Lu}/u.test(word)) ? rest.join(' ') : null;
}

/**
 * A name that opens with a people's name in the plural ("Americans Griner", "Russen Iwanow"): the name after it, which
 * the plural only describes; null when the name opens otherwise or nothing capitalised is left.
 */
export function splitLeadingDemonym(name: string, language: string): string | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2) return null;
	const demonyms = kindWords(language).demonyms;
	const first = lowerWord(words[0]!);
	const plural = language.toLowerCase().startsWith('de') ? demonyms.has(first) && /(?:en|er|is)$/u.test(first) : /s$/u.test(first) && demonyms.has(first.slice(0, -1));
	if (!plural) return null;
	const rest = words.slice(1);
	return rest.every((word) => /^\p{Lu}/u.test(word)) ? rest.join(' ') : null;
}

/**
 * A name opened by a time before it ("Former Miami Heat player", "Late Tony Dow"): the name without it; null when it
 * opens otherwise or nothing would be left. The time describes the person or body; it is no part of the name.
 */
export function splitLeadingTime(name: string): string | null {
	const words = name.trim().split(/\s+/u);
	let at = 0;
	while (at < words.length - 1 && /^\p{Lu}/u.test(words[at]!) && timeDescriptors.has(words[at]!.toLowerCase())) at++;
	return at > 0 ? words.slice(at).join(' ') : null;
}

// German nouns of a firm's or a medium's trade that describe the body named after them ("Online-Zeitung Ukrajinska
// Prawda", "Zahlungslösungsanbieter Payconiq"): as a compound's end too.
const describedBodyNounsDe: ReadonlySet<string> = new Set([...companyNounsDe, 'zeitung', 'nachrichtenagentur', 'agentur', 'magazin', 'portal']);

/**
 * A German body's name opened by the noun of its trade ("Zahlungslösungsanbieter Payconiq International (PQI)"): the
 * name after it and the noun as its description; null when the name opens otherwise or no capitalised name follows.
 */
export function splitLeadingTradeDe(name: string): {name: string; role: string} | null {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2) return null;
	const first = words[0]!;
	if (!/^\p{Lu}\p{Ll}/u.test(first) || !endsIn(first, describedBodyNounsDe, true)) return null;
	const rest = words.slice(1);
	return rest.every((word) => /^[\p{Lu}(\d]/u.test(word)) ? {name: rest.join(' '), role: first} : null;
}
