// Mention collection: the people, roles, organisations and groups the writer's words name in each sentence, and the evidence that a capitalised word is a name.

import {opensProperBodyDe, properBodyDe} from '../people/body-case-de.js';
import {genderOfGivenName, genderTitles, kinshipGender, neutralTitles} from '../people/given-names.js';
import {followsGermanNumber, isAcronym, isGermanAdjectiveWord, isGermanMeasureNoun, isGermanNonNameOpener, isGermanPhraseOpener, isGermanQuantifier, isGivenName, isMixedCase, opensSentence} from '../people/name-evidence.js';
import {surnameKey} from '../people/name-key.js';
import type {Entity} from '../people/registry.js';
import {type ArticleContext, articleWords, type Speaker, type Unit, type UnitToken} from './article-context.js';
import {joinedWords} from './joined-words.js';
import {roleHead} from './lexicon.js';
import {companyTradeCompoundHeadsDe, companyTradeNounsDe, partyShortFormsDe} from './lexicon-de.js';
import {germanAdverbEnding, isNameToken, isRoleToken, stripPossessive} from './phrases.js';
import {initialsOf, isShortForm} from './short-forms.js';
import {startsUnit} from './speaker-resolution.js';
import type {Token} from './text-units.js';

// English role nouns that are adjectives too ("first official State of the Union"): no lower-case role before a name.
const adjectiveRoles = new Set(['official', 'chief', 'general', 'executive', 'representative', 'premier', 'deputy', 'head', 'critic', 'resident', 'source', 'man', 'woman', 'owner', 'chair']);


export const mediaNouns = new Set(['newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'magazine', 'broadcaster', 'outlet', 'zeitung', 'tageszeitung', 'wochenzeitung', 'blatt', 'boulevardblatt', 'magazin', 'nachrichtenmagazin', 'sender', 'fernsehsender']);

export const mediaHead = 'outlet';

const germanArticleBefore = /(?:^|[^\p{L}])(?:der|die|das|dem|den|des|pro|im|am|zum|zur|vom|beim)\s+$/iu;
const pluralVerbAfter = /^ (?:\p{Ll}+en|sind|waren)(?![\p{L}])/u;

const germanThingEnding = /(?:ung|heit|keit|schaft|tion|ität|enz|anz|nahme|ismus)$/u;

/**
 * "Sportförderung", "Warnmeldung", "Kopfverletzungen": one German word of an abstract ending (or its plural) that is no
 * institution noun names a thing or a service, never a person, so it is no entry of the article's people.
 */
export function isGermanThingWord(ctx: ArticleContext, word: string): boolean {
	if (ctx.lexicon.language !== 'de' || word.includes(' ') || !/^\p{Lu}\p{Ll}/u.test(word) || isGivenName(word)) return false;
	const lower = word.toLowerCase();
	if (!germanThingEnding.test(lower) && !/(?:ungen|heiten|keiten|schaften|tionen|nahmen)$/u.test(lower)) return false;
	if (germanBodiesOfAbstractEnding.some((body) => lower.endsWith(body))) return false;
	return !isInstitutionWord(ctx, lower) && !isInstitutionWord(ctx, lower.replace(/(?:en|n)$/u, ''));
}

/** Bodies whose German noun has an abstract ending ("Bildungsdirektion", "Stadtverwaltung", "Botschaft"), kept as data. */
const germanBodiesOfAbstractEnding = [
	'direktion', 'verwaltung', 'leitung', 'führung', 'vertretung', 'botschaft', 'genossenschaft', 'gesellschaft', 'vereinigung',
	'bewegung', 'föderation', 'inspektion', 'redaktion', 'fraktion', 'koalition', 'delegation', 'institution', 'administration',
	'opposition', 'organisation', 'station', 'körperschaft', 'mannschaft', 'landsmannschaft', 'innung', 'stiftung', 'regierung',
	'kommission', 'gewerkschaft', 'staatsanwaltschaft', 'versammlung', 'agentur', 'kammer', 'union', 'allianz',
];

const nounSuffixDe = /(?:ung|heit|keit|schaft|tion|ismus|tät|nahme|ierung|isch|ische|ischen|ischer|isches|lich|liche|lichen|licher)$/u;


/** A capital and its full stop as one token ("W." in "George W. Bush", see text-units.ts). */
function isInitial(token: Token): boolean {
	return token.text.length === 2 && token.text[1] === '.';
}

export function collectMentions(ctx: ArticleContext, unit: Unit): void {
	const lexicon = ctx.lexicon;
	// "Headline | Richard Wolffe": the byline after the bar names the writer, not a person of the story.
	const bar = unit.paragraph === 0 ? unit.tokens.findIndex((token) => token.text === '|' && !token.quoted) : -1;
	const tokens = bar >= 0 ? unit.tokens.slice(0, bar) : unit.tokens;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.quoted || !token.word) continue;
		// The rules for a word that may open a mention are functions of their own: most words open none, and one function
		// holding every rule was optimized ~300 ms a time and recompiled at each of its rare branches (8 times a build).
		if (isRoleToken(token, lexicon)) {
			const last = roleMention(ctx, unit, tokens, i);
			if (last >= 0) {
				i = last;
				continue;
			}
		}
		if (token.cap) {
			const last = titledMention(ctx, unit, tokens, i);
			if (last >= 0) {
				i = last;
				continue;
			}
		}
		if (isNameToken(token, lexicon)) i = nameMention(ctx, unit, tokens, i);
	}
}

/** A role word before a name ("Kreml-Sprecher Dmitri Peskow"): the index of the mention's last token, or -1 when it opens none. */
function roleMention(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number): number {
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	// Role directly before a name: "Kreml-Sprecher Dmitri Peskow", "Secretary of State Marco Rubio".
	// English also writes roles lower-case ("opposition leader Mark Evans"); then the role must be a noun only
	// (not "official", "chief" …, which are adjectives too) and a full name must follow.
	const role = isRoleToken(token, lexicon);
	const lowerRole = role && !token.cap && lexicon.language === 'en' && !token.lower.endsWith('s') && !adjectiveRoles.has(token.lower);
	if (role && (token.cap || lowerRole)) {
		// "Secretary of State Antony Blinken", "Minister for Health X": the role runs on over "of".
		let roleEnd = i;
		if (token.cap && ['of', 'for'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.cap && isNameToken(tokens[i + 3] ?? tokens[i + 2]!, lexicon)) roleEnd = i + 2;
		let end = roleEnd + 1;
		while (end < tokens.length && (end - roleEnd <= 3 || tokens[end]!.particle || tokens[end - 1]!.particle) && !tokens[end]!.quoted && isNameToken(tokens[end]!, lexicon)) end++;
		while (end > roleEnd + 1 && isInitial(tokens[end - 1]!)) end--;
		// "Doctors Have Advised": in a Title-Case line the words after a role need the body's evidence too.
		if (end > roleEnd + 1 && ctx.titleCaseUnits.has(unit.index)) end = hasNameEvidence(ctx, tokens[roleEnd + 1]!.text) ? evidencedRunEnd(ctx, tokens, roleEnd + 1, end) : roleEnd + 1;
		// "Transport & General Worker's Union", "Attorney General's Office": a capitalised role word inside a body's name,
		// whose last word is an institution noun, is no role before a person.
		const bodyName = token.cap && end > roleEnd + 1 && isInstitutionWord(ctx, stripPossessive(tokens[end - 1]!.lower));
		if (end > roleEnd + (token.cap ? 1 : 2) && !bodyName) {
			let roleStart = i;
			while (roleStart > 0 && !tokens[roleStart - 1]!.quoted && (isNameToken(tokens[roleStart - 1]!, lexicon) || isRoleToken(tokens[roleStart - 1]!, lexicon)) && i - roleStart < 3) roleStart--;
			const name = joinedWords(tokens.slice(roleEnd + 1, end), (part) => stripPossessive(part.text));
			const entity = ctx.registry.addName(name);
			const roleTokens = tokens.slice(roleStart, roleEnd + 1);
			const modifiers = tokens.slice(Math.max(0, roleStart - 2), roleStart).filter((part) => part.word && !part.cap && !lexicon.determiners.has(part.lower));
			if (lexicon.language === 'de' && entity.gender === 'any') {
				// German role nouns carry gender: "-in" is female; otherwise the article decides ("der/die Abgeordnete").
				let back = roleStart - 1;
				while (back >= 0 && tokens[back]!.word && !tokens[back]!.cap && !lexicon.determiners.has(tokens[back]!.lower)) back--;
				const article = back >= 0 && lexicon.determiners.has(tokens[back]!.lower) ? tokens[back]!.lower : '';
				if (!/in$/u.test(token.lower)) entity.gender = /^(?:die|eine|ihre|seine)$/u.test(article) ? 'female' : 'male';
			}
			ctx.registry.addRole(
				entity,
				joinedWords(roleTokens, (part) => part.text),
				roleTokens.map((part) => roleHead(part.text, lexicon)).filter((head) => head !== ''),
				[...modifiers, ...roleTokens].flatMap((part) => part.lower.split('-')),
			);
			note(ctx, unit, entity, tokens[roleStart]!.start);
			return end - 1;
		}
	}
	return -1;
}

/** A title before a name ("Mr Smith", "Frau Müller"): the index of the mention's last token, or -1 when it opens none. */
function titledMention(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number): number {
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	// "Mr Smith", "Frau Müller": the title tells the gender and is no part of the name.
	const titled = token.cap ? genderTitles.get(token.lower) ?? (neutralTitles.has(token.lower) ? 'any' : undefined) : undefined;
	if (titled) {
		let from = i + 1;
		if (tokens[from]?.text === '.') from++;
		let end = from;
		while (end < tokens.length && end - from < 3 && !tokens[end]!.quoted && isNameToken(tokens[end]!, lexicon) && !genderTitles.has(tokens[end]!.lower)) end++;
		if (end > from) {
			const entity = ctx.registry.addName(joinedWords(tokens.slice(from, end), (part) => stripPossessive(part.text)));
			entity.organisation = false;
			if (titled !== 'any') entity.gender = titled;
			note(ctx, unit, entity, tokens[from]!.start);
			return end - 1;
		}
	}
	return -1;
}

/** A name token: the mention it opens, if any; the index of the last token it takes (`i` when it takes no more). */
function nameMention(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number): number {
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	const titleCase = ctx.titleCaseUnits.has(unit.index);
	// In a Title-Case line a capital marks no name: a run opens only with a word the body capitalises too,
	// a known given name or an acronym ("Amazon Sues Online Stores" names no "Sues").
	if (titleCase && !hasNameEvidence(ctx, token.text)) return i;
	// "der Europäischen Zentralbank", "laut Statistischem Bundesamt": German writes an adjective with a capital only
	// inside a name, so proper adjectives before an institution noun are a body, wherever they stand.
	const body = lexicon.language === 'de' ? properBodyAt(tokens, i) : 0;
	if (body > i) {
		note(ctx, unit, ctx.registry.addName(ctx.text.slice(token.start, tokens[body - 1]!.end), {organisation: true}), token.start);
		return body - 1;
	}
	// German sentences opened by an adjective, quantifier or number word ("Schwere Vorwürfe", "Zwei Rücktritte"),
	// and amounts after a number ("fünf Milliarden Euro"), are noun phrases.
	// An opener the article also capitalises inside a sentence is part of a name ("die Deutsche Bank").
	if (lexicon.language === 'de' && ((opensSentence(tokens, i) && isGermanPhraseOpener(token) && !ctx.confirmed.has(token.text)) || isGermanQuantifier(token) || isGermanMeasureNoun(token) || followsGermanNumber(tokens[i - 1]))) return i;
	// "Ähnlich äußerte sich …", "Kürzlich sagte …": an uninflected adjective or adverb opening the sentence right before
	// the finite verb is the front field, no name — unless the article capitalises the word inside a sentence too.
	if (lexicon.language === 'de' && opensSentence(tokens, i) && germanAdverbEnding.test(token.lower) && !ctx.confirmed.has(token.text) && !isGivenName(token.text) && tokens[i + 1]?.word && !tokens[i + 1]!.cap && !tokens[i + 1]!.quoted) return i;
	// "Ist Deutschland …?", "Nicht jeder …": a verb or a negation opening the sentence is no part of a name.
	if (lexicon.language === 'de' && opensSentence(tokens, i) && isGermanNonNameOpener(token)) return i;
	let end = i;
	while (end < tokens.length && (end - i < 4 || tokens[end]!.particle || tokens[end - 1]!.particle) && !tokens[end]!.quoted && isNameToken(tokens[end]!, lexicon) && (end === i || !/['’]s$/u.test(tokens[end - 1]!.text))) {
		// An acronym after a written-out name starts something else ("Griner, Whelan CNN", "Russia CBS News").
		if (end > i && isAcronym(tokens[end]!.text) && isMixedCase(tokens[end - 1]!.text)) break;
		end++;
	}
	// An initial belongs to the name it opens ("C. Eugene Steuerle"); one that ends a run ends a sentence ("Plan B.").
	while (end > i && isInitial(tokens[end - 1]!)) end--;
	if (end === i) return i;
	// A firm's legal form closes its name ("die schwedische Northvolt AB", "Siemens Energy AG"): the name before it is a
	// firm, known by that name ("Northvolt"); the form is no part of how the article goes on to name it.
	const form = tokens[end];
	if (!titleCase && form && !form.quoted && isAcronym(form.text) && lexicon.legalForms.has(form.lower) && isMixedCase(tokens[end - 1]!.text)) {
		note(ctx, unit, ctx.registry.addName(ctx.text.slice(token.start, tokens[end - 1]!.end), {organisation: true}), token.start);
		return end;
	}
	if (titleCase) end = ctx.confirmed.has(stripPossessive(token.text)) || isGivenName(token.text) ? evidencedRunEnd(ctx, tokens, i, end) : i + 1;
	return runMention(ctx, unit, tokens, i, end, titleCase);
}

/** The capitalised run tokens[i, end): which person or body it names (the index of the last token taken). */
function runMention(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number, end: number, titleCase: boolean): number {
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	// "die Weltgesundheitsorganisation WHO", "the World Health Organization WHO": an institution's name with its short
	// form right after it, no brackets, is one body known by both (the short form starts as the name does).
	const shortAfter = tokens[end];
	if (!titleCase && shortAfter && !shortAfter.quoted && isAcronym(shortAfter.text) && shortAfter.text[0] === token.text[0] && isInstitutionWord(ctx, stripPossessive(tokens[end - 1]!.lower)) && !ctx.registry.lookup(stripPossessive(shortAfter.text))) {
		const short = stripPossessive(shortAfter.text);
		const fullName = ctx.text.slice(token.start, tokens[end - 1]!.end);
		const entity = ctx.registry.addName(`${fullName} (${short})`, {organisation: true});
		ctx.registry.addAlias(entity, short);
		ctx.registry.addAlias(entity, fullName);
		note(ctx, unit, entity, token.start);
		return end;
	}
	// "Competition and Markets Authority", "Bund und Länder-Kommission": a body's name runs on over "and" when
	// the capitalised words after it end in an institution noun.
	// "David Rubin & Partners", "Harlow & Sons": no person's name holds an ampersand — the capitalised words around it
	// are one firm.
	let firm = false;
	if (/^(?:and|&|und)$/u.test(tokens[end]?.lower ?? '') && !titleCase) {
		let tail = end + 1;
		while (tail < tokens.length && tail - end <= 3 && !tokens[tail]!.quoted && isNameToken(tokens[tail]!, lexicon)) tail++;
		firm = tokens[end]!.text === '&' && tail > end + 1;
		if (tail > end + 1 && (firm || (isInstitutionWord(ctx, stripPossessive(tokens[tail - 1]!.lower)) && genderOfGivenName(tokens[end + 1]!.text) === 'any'))) end = tail;
	}
	// "Theresa May": after a known given name, a capitalised word that is also a month or another word is the surname.
	const surname = tokens[end];
	if (end === i + 1 && surname && surname.cap && surname.word && !surname.quoted && !isRoleToken(surname, lexicon) && genderOfGivenName(token.text) !== 'any' && !/^\p{N}/u.test(tokens[end + 1]?.text ?? '')) end++;
	const run = tokens.slice(i, end);
	// "lud Putin Trump ein", "traf Merz Macron": German verb-second order puts subject and object side by side; words
	// that are each the surname of a different person the article already names are mentions of them, no new person.
	const sideBySide = run.length >= 2 ? knownPeopleSideBySide(ctx, run) : null;
	if (sideBySide) {
		sideBySide.forEach((entity, at) => note(ctx, unit, entity, run[at]!.start));
		return end - 1;
	}
	// A capitalised run right before a role is part of the role ("AFP Global News Director Phil Chetwynd").
	if (end < tokens.length && isRoleToken(tokens[end]!, lexicon) && tokens[end]!.cap) {
		return end - 1;
	}
	return bodyOrNameRun(ctx, unit, tokens, i, end, run, firm);
}

/** The run tokens[i, end) (as `run`) after the rules above: a body (short form in brackets, "Bank of England", a German outlet) or a name. */
function bodyOrNameRun(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number, end: number, run: UnitToken[], firm: boolean): number {
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	const previousWord = tokens[i - 1];
	const acronym = acronymAfter(tokens, i, end);
	if (acronym && !personBeforeBrackets(ctx, tokens.slice(i, acronym.nameEnd), acronym.short, tokens[i - 1])) {
		// "Netherlands Organisation for Applied Scientific Research (TNO)": the organisation is known by both.
		const fullName = ctx.text.slice(token.start, tokens[acronym.nameEnd - 1]!.end);
		const entity = ctx.registry.addName(`${fullName} (${acronym.short})`, {organisation: true});
		ctx.registry.addAlias(entity, acronym.short);
		ctx.registry.addAlias(entity, fullName);
		note(ctx, unit, entity, token.start);
		return acronym.nameEnd + 2;
	}
	// "Bank of England", "Ministry of Defence", "University of Oxford": an institution noun, "of", a name.
	// Whom a union or college stands for may be a capitalised plural role ("National Union of Journalists").
	const institutionHead = stripPossessive(run[run.length - 1]!.lower);
	const ofPart = (token: Token | undefined) => token !== undefined && !(token as Partial<UnitToken>).quoted && (isNameToken(token, lexicon) || (token.cap && token.word && isRoleToken(token, lexicon)));
	if (lexicon.language === 'en' && ['of', 'for'].includes(tokens[end]?.lower ?? '') && lexicon.organisationNouns.has(institutionHead) && ofPart(tokens[end + 1])) {
		let nameEnd = end + 1;
		while (nameEnd < tokens.length && nameEnd - end <= 3 && ofPart(tokens[nameEnd])) nameEnd++;
		const name = ctx.text.slice(token.start, tokens[nameEnd - 1]!.end).replace(/['’]s$/u, '');
		const entity = ctx.registry.lookup(name) ?? ctx.registry.addName(name, {organisation: true});
		note(ctx, unit, entity, token.start);
		return nameEnd - 1;
	}
	// "der Zeitung Neue Rundschau": a German outlet noun before the outlet's name.
	if (lexicon.language === 'de' && run.length >= 2 && mediaNouns.has(run[0]!.lower)) {
		const entity = ctx.registry.addName(joinedWords(run.slice(1), (part) => stripPossessive(part.text)), {organisation: true});
		entity.roleHeads.add(mediaHead);
		note(ctx, unit, entity, run[1]!.start);
		return end - 1;
	}
	// "der Zulieferer Continental", "des Autobauers BMW": a German noun of the firm's trade before its name describes the
	// firm, which is the name after it ("das Unternehmen" later means it); a given name after it makes it a person's role.
	if (lexicon.language === 'de' && run.length >= 2 && isCompanyTradeNounDe(run[0]!.lower) && genderOfGivenName(run[1]!.text) === 'any') {
		const firm = joinedWords(run.slice(1), (part) => stripPossessive(part.text));
		const entity = ctx.registry.lookup(firm) ?? ctx.registry.addName(firm, {organisation: true});
		note(ctx, unit, entity, run[1]!.start);
		return end - 1;
	}
	// "Manager at Ocean Florida Abby Dunn": a known given name inside a run, followed by a surname, starts the
	// person's name; the words before it are the body (or a compound role: "Übergangscoach Uwe Schubert").
	const givenAt = run.length >= 3 ? run.findIndex((part, at) => at >= 1 && at < run.length - 1 && genderOfGivenName(part.text) !== 'any') : -1;
	// "des US-Amerikaners Mark Vogel", "dem Botschafter und Sonderbeauftragten Steve Witkoff": a common noun after an
	// article, or after "und" following a role, describes the person who follows; it names no body.
	if (givenAt === 1 && describesPerson(ctx, tokens, i, run[0]!)) {
		const person = ctx.registry.addName(joinedWords(run.slice(1), (part) => stripPossessive(part.text)));
		note(ctx, unit, person, run[1]!.start);
		return end - 1;
	}
	if (givenAt >= 1 && run.slice(0, givenAt).every((part) => genderOfGivenName(part.text) === 'any' && !part.text.endsWith("'s") && !part.text.endsWith('’s'))) {
		const body = joinedWords(run.slice(0, givenAt), (part) => part.text);
		const organisation = ctx.registry.lookup(body) ?? ctx.registry.addName(body, {organisation: true, guessed: givenAt === 1});
		note(ctx, unit, organisation, token.start);
		const person = ctx.registry.addName(joinedWords(run.slice(givenAt), (part) => stripPossessive(part.text)));
		note(ctx, unit, person, run[givenAt]!.start);
		return end - 1;
	}
	if (run.length >= 2 && looksLikeName(ctx, run, previousWord, opensSentence(tokens, i - 1), apposedPersonRole(ctx, tokens, end))) return namedRun(ctx, unit, tokens, i, end, firm);
	return singleWordMention(ctx, unit, tokens, i, run.length);
}

/** A run that looks like a name: a person, or a body when its words say so ("Deutsche Bank", "David Rubin & Partners"). */
function namedRun(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number, end: number, firm: boolean): number {
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	const run = tokens.slice(i, end);
	const previousWord = tokens[i - 1];
	const name = joinedWords(run, (part) => stripPossessive(part.text));
	// "Northern Savings Bank", "Deutsche Bank": a name ending in an institution noun is an organisation.
	const lastWord = stripPossessive(run[run.length - 1]!.lower);
	// "Deutsche Bahn", "Staatliche Museen": a German adjective before a noun names a body, not a person.
	const adjectival = lexicon.language === 'de' && run.length === 2 && /(?:sche|liche|ale)$/u.test(run[0]!.lower) && genderOfGivenName(run[0]!.text) === 'any';
	// "newspaper Dagens Nyheter", "die Zeitung Neues Deutschland": an outlet, which "the paper" means later.
	const outlet = mediaNouns.has(previousWord?.lower ?? '');
	// "Landgericht Berlin", "Polizei Rotenburg": German names a body by its noun and its seat; no person's name opens
	// with an institution's noun.
	const seated = lexicon.language === 'de' && isInstitutionWord(ctx, run[0]!.lower.replace(/(?<=\p{L}{4})(?:es|s)$/u, '')) && genderOfGivenName(run[1]!.text) === 'any';
	const institution = isInstitutionWord(ctx, lastWord) || adjectival || outlet || firm || seated;
	const entity = ctx.registry.addName(name, {organisation: institution, seated: seated && !isInstitutionWord(ctx, lastWord)});
	// "administrators David Rubin & Partners": a lower-case role right before a firm's name is the firm's role.
	if (firm && previousWord && previousWord.word && !previousWord.cap && !previousWord.quoted && isRoleToken(previousWord, lexicon)) {
		ctx.registry.addRole(entity, previousWord.text, [roleHead(previousWord.text, lexicon)], [previousWord.lower]);
	}
	// "X & Partners were appointed administrators", "X was named spokesman": the role the predicate gives.
	const appointed = lexicon.language === 'en' ? appointedRole(tokens, end, lexicon) : null;
	if (appointed && entity.role === '') ctx.registry.addRole(entity, appointed.text, [roleHead(appointed.text, lexicon)], [appointed.lower]);
	if (outlet) entity.roleHeads.add(mediaHead);
	// "his wife, Anne Miles", "ihr Ehemann Karl Berg": the kinship word tells the gender.
	const kin = kinshipGender.get((previousWord?.text === ',' ? tokens[i - 2] : previousWord)?.lower ?? '');
	if (kin && !institution) entity.gender = kin;
	const appositive = appositiveRole(ctx, tokens, end) ?? (institution ? null : roleBeforeComma(ctx, tokens, i));
	if (appositive) ctx.registry.addRole(entity, appositive.role, appositive.heads, appositive.words);
	note(ctx, unit, entity, token.start);
	return end - 1;
}

const companyTradeNouns: ReadonlySet<string> = new Set(companyTradeNounsDe);

/** A German noun of a company's trade, bare or ending a compound, in any case ("Zulieferer", "Autobauers", "Online-Riesen"). */
function isCompanyTradeNounDe(lower: string): boolean {
	// Each ending on its own: the weak noun "Riese" declines with "-n" only ("des Online-Riesen"), "Autobauer" with "-s".
	const forms = [lower, ...['es', 's', 'en', 'n'].filter((ending) => lower.endsWith(ending)).map((ending) => lower.slice(0, -ending.length))];
	return forms.some((form) => companyTradeNouns.has(form) || [...companyTradeNouns, ...companyTradeCompoundHeadsDe].some((noun) => form.length > noun.length + 2 && form.endsWith(noun)));
}

/** A single capitalised word (or a run that is no name): a kinship word's person, a body's acronym or a known name. */
function singleWordMention(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], i: number, runLength: number): number {
	const token = tokens[i]!;
	const previousWord = tokens[i - 1];
	// "her husband, Luis": a single name after a kinship word is a person of that gender.
	const kinWord = (previousWord?.text === ',' ? tokens[i - 2] : previousWord)?.lower ?? '';
	if (runLength === 1 && kinshipGender.has(kinWord) && !ctx.registry.lookup(stripPossessive(token.text))) {
		const entity = ctx.registry.addName(stripPossessive(token.text));
		entity.gender = kinshipGender.get(kinWord)!;
		note(ctx, unit, entity, token.start);
		return i;
	}
	// "the CMA" after "the Competition and Markets Authority": an acronym of a named body's capitalised words is
	// that body, known by both from here on ("Competition and Markets Authority (CMA)").
	if (runLength === 1 && isAcronym(token.text) && !ctx.registry.lookup(stripPossessive(token.text))) {
		const short = stripPossessive(token.text);
		const body = ctx.registry.entities.find((entity) => entity.organisation && !entity.name.includes('(') && initialsOf(entity.name) === short);
		if (body) {
			ctx.registry.addAlias(body, body.name);
			ctx.registry.addAlias(body, short);
			body.name = `${body.name} (${short})`;
			note(ctx, unit, body, token.start);
			return i;
		}
	}
	// A single word: an already known person's surname, or an organisation's short name.
	const known = ctx.registry.lookup(stripPossessive(token.text));
	if (known) {
		note(ctx, unit, known, token.start);
		return i;
	}
	return i;
}

/**
 * The group a plural pronoun or quantifier means: the plural noun phrase opening the sentence before ("Protesters
 * gathered …", "The two surviving reporters were …", "Die Gewerkschaften kritisierten …"). Null when it opens otherwise.
 */
export function groupBefore(ctx: ArticleContext, unit: Unit): Speaker | null {
	const previous = ctx.units[unit.index - 1];
	if (!previous || unit.paragraph - previous.paragraph > 1) return null;
	const tokens = previous.tokens;
	const german = ctx.lexicon.language === 'de';
	// Article, numbers and adjectives, then the plural noun: "The two surviving reporters", "Die Gewerkschaften".
	let index = 0;
	if (german) {
		if (tokens[0]?.lower !== 'die') {
			// "Hamburger Rechtsmediziner haben …": a bare plural (capitalised words, no article) before a plural verb.
			let end = 0;
			while (end < 3 && tokens[end]?.word && tokens[end]!.cap && !tokens[end]!.quoted) end++;
			const verb = tokens[end];
			const known = end > 0 ? ctx.registry.lookup(joinedWords(tokens.slice(0, end), (part) => part.text)) : null;
			if (end === 0 || !verb || !verb.word || verb.cap || !/en$/u.test(verb.lower) || (known && !known.organisation) || ctx.lexicon.functionWords.has(tokens[0]!.lower)) return null;
			const head = tokens[end - 1]!;
			if (!/(?:er|en|e|n)$/u.test(head.lower) || /(?:ung|heit|keit|ion)$/u.test(head.lower) || roleHead(head.text, ctx.lexicon) === '' && end === 1) return null;
			return {entity: null, text: ctx.text.slice(tokens[0]!.start, head.end), role: ''};
		}
		index = 1;
	} else if (tokens[0]?.lower === 'the') index = 1;
	while (index < tokens.length && index < 4 && tokens[index]!.word && !tokens[index]!.cap && !tokens[index]!.quoted && !(!german && /[^s]s$/u.test(tokens[index]!.lower))) index++;
	const head = tokens[index];
	if (!head || !head.word || head.quoted || (german && !head.cap)) return null;
	const plural = german ? /(?:en|er|e|s|n)$/u.test(head.lower) && !/(?:ung|heit|keit|ion)$/u.test(head.lower) : /[^s']s$/u.test(head.lower);
	const known = ctx.registry.lookup(stripPossessive(head.text));
	if (!plural || (known && !known.organisation)) return null;
	return {entity: null, text: ctx.text.slice(tokens[0]!.start, head.end), role: ''};
}

/** Is a plural finite verb of saying right before or after token `at` ("sagten sie", "Sie forderten")? */
export function pluralVerbBeside(ctx: ArticleContext, tokens: Token[], at: number): boolean {
	const plural = (token: Token | undefined) => {
		if (!token || !token.word || (token.cap && token !== tokens[0])) return false;
		const lower = token.lower;
		if (!/(?:ten|en)$/u.test(lower) || /^(?:sagen|erklären|betonen|berichten|meinen)$/u.test(lower)) return false;
		return ctx.lexicon.speechVerbs.has(lower) || ctx.lexicon.separable.has(lower) || ctx.lexicon.framingVerbs.has(lower);
	};
	return plural(tokens[at - 1]) || plural(tokens[at + 1]);
}

/** An organisation noun, or (German) a compound ending in one ("Bundesregierung"). */
export function isInstitutionWord(ctx: ArticleContext, lower: string): boolean {
	const nouns = ctx.lexicon.organisationNouns;
	if (nouns.has(lower)) return true;
	if (ctx.lexicon.language !== 'de') return false;
	for (const noun of nouns) if (lower.endsWith(noun)) return true;
	return false;
}

/** The end of a German body of proper adjectives and an institution noun starting at `from` (properBodyDe), or 0. */
function properBodyAt(tokens: UnitToken[], from: number): number {
	// Called for every capitalised German word: most open no body, and need no joined runs to tell.
	if (!opensProperBodyDe(tokens[from]!.text)) return 0;
	let end = from;
	while (end < tokens.length && end - from < 4 && tokens[end]!.word && tokens[end]!.cap && !tokens[end]!.quoted) end++;
	for (let last = end; last >= from + 2; last--) {
		if (properBodyDe(joinedWords(tokens.slice(from, last), (token) => token.text))) return last;
	}
	return 0;
}

/**
 * "Markus Söder (CSU)", "Spahn (CDU)", "Nora Back (OGBL)": brackets after a person's name give the party or body the
 * person belongs to — they define no short form of that name. A person's name here: a known given name opening two to
 * four words, or a one-word name the article already knows as a person; and the short form is not the name's initials.
 */
function personBeforeBrackets(ctx: ArticleContext, name: readonly Token[], short: string, before: Token | undefined): boolean {
	if (name.length === 0 || name.length > 4 || !name.every((token) => token.word && token.cap)) return false;
	if (initialsOf(name.map((token) => token.text).join(' ')) === short) return false;
	const known = ctx.registry.lookup(joinedWords(name, (token) => stripPossessive(token.text)));
	if (known) return !known.organisation;
	// "Burkhard Blienert (SPD)", "Sorge (CDU)": a party's short form says whose party, whatever the given-name list knows —
	// unless the name ends in a body's or a role's noun, or is one abstract noun ("Bundestagsfraktion (SPD)", "Regierung (SPD)").
	const last = name[name.length - 1]!;
	if (partyShortForms.has(short.toLowerCase()) && !isInstitutionWord(ctx, last.lower) && !isRoleToken(last, ctx.lexicon) && !(name.length === 1 && germanThingEnding.test(last.lower))) return true;
	if (name.length === 1) return false;
	// "der Abgeordnete Jana Holt (SPD)", "Senator Jane Holt (SNP)": a person's role right before the name.
	const role = before !== undefined && before.word && !(before as Partial<UnitToken>).quoted && isRoleToken(before, ctx.lexicon);
	return role || genderOfGivenName(name[0]!.text) !== 'any';
}

const partyShortForms: ReadonlySet<string> = new Set(partyShortFormsDe);

/** "(ABC)", "(BVerfG)" after a capitalised name (with "for", "of", "und" inside it) defines a short name. */
function acronymAfter(tokens: Token[], start: number, runEnd: number): {nameEnd: number; short: string} | null {
	let end = runEnd;
	while (end < tokens.length && end - runEnd < 8) {
		const token = tokens[end]!;
		if (token.text === '(') break;
		const connector = ['for', 'of', 'and', 'the', 'für', 'und', 'der', 'des', 'de', 'du'].includes(token.lower);
		if (!(token.word && (token.cap || connector))) return null;
		end++;
	}
	const short = tokens[end + 1];
	if (tokens[end]?.text !== '(' || !short || tokens[end + 2]?.text !== ')') return null;
	// A short form with small letters ("BVerfG", "AfD") starts as the name it shortens; in "Hannes Gnauck (AfD)" the brackets give a party.
	const allCapitals = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(short.text);
	if (!allCapitals && !(isShortForm(short.text) && short.text[0] === tokens[start]?.text[0])) return null;
	return {nameEnd: end, short: short.text};
}

/**
 * "Maria Lopez and her rival": a gendered pronoun right after a person, with no other person between,
 * tells that person's gender (only when not yet known).
 */
export function learnGender(ctx: ArticleContext, unit: Unit): void {
	const mentions = ctx.registry.mentionsIn(unit.index);
	if (mentions.length === 0) return;
	for (const token of unit.tokens) {
		if (token.quoted || !token.word) continue;
		const gender = ctx.lexicon.genderedPronouns[token.lower];
		if (!gender) continue;
		const before = mentions.filter((mention) => mention.position < token.start && !mention.entity.organisation);
		const people = new Set(before.map((mention) => mention.entity));
		const last = before[before.length - 1];
		// Only the subject: in "He sued Swift, claiming he …" the pronoun is the subject's, not the object's.
		if (last && people.size === 1 && last.entity.gender === 'any' && startsUnit(ctx, unit, last.entity)) last.entity.gender = gender;
	}
}

/** A capitalised word the body writes with a capital too, a known given name, or an acronym. */
export function hasNameEvidence(ctx: ArticleContext, word: string): boolean {
	return ctx.confirmed.has(stripPossessive(word)) || isGivenName(word) || isAcronym(word);
}

/**
 * Where a name in a Title-Case line ends: words the body confirms run on, and one surname after known given names
 * ("Charles Barkley Gives Take" → "Charles Barkley"); anything else ends it.
 */
function evidencedRunEnd(ctx: ArticleContext, tokens: Token[], from: number, end: number): number {
	let k = from + 1;
	while (k < end) {
		if (ctx.confirmed.has(stripPossessive(tokens[k]!.text)) || tokens[k]!.particle) {
			k++;
			continue;
		}
		if (tokens.slice(from, k).every((part) => isGivenName(part.text))) {
			k++;
			continue;
		}
		break;
	}
	return k;
}

/**
 * The people a run of capitalised words means when each word alone is the surname of a different person the article
 * already names with a longer name ("Putin Trump" after "Wladimir Putin" and "Donald Trump"), and the run as a whole is
 * no known name; otherwise null.
 */
function knownPeopleSideBySide(ctx: ArticleContext, run: Token[]): Entity[] | null {
	if (ctx.registry.lookup(joinedWords(run, (part) => stripPossessive(part.text)))) return null;
	const people: Entity[] = [];
	for (const part of run) {
		if (isGivenName(part.text)) return null;
		const entity = ctx.registry.lookup(stripPossessive(part.text));
		// The word must be the surname: "Asian" of "Asian American" is no one's surname.
		if (!entity || entity.organisation || !entity.name.includes(' ') || surnameKey(entity.name) !== surnameKey(part.text) || people.includes(entity)) return null;
		people.push(entity);
	}
	return people;
}

/**
 * A word before a given name that describes the person rather than naming a body: after a lower-case article
 * ("des US-Amerikaners Mark Vogel", "the American Mark Vogel") or, in German, after "und"/"oder" that follows a role
 * ("Botschafter und Sonderbeauftragten Steve Witkoff"). An institution noun there is a body, left to the body rule.
 */
function describesPerson(ctx: ArticleContext, tokens: Token[], at: number, word: Token): boolean {
	if (isAcronym(word.text) || /['’]s?$/u.test(word.text) || isInstitutionWord(ctx, stripPossessive(word.lower))) return false;
	const previous = tokens[at - 1];
	if (!previous || !previous.word || previous.cap) return false;
	// English: "the release of the American Mark Vogel"; a plural ("the Democrats Anna Berg and …") may be a group.
	if (ctx.lexicon.language === 'en') return ['the', 'a', 'an'].includes(previous.lower) && !/s$/u.test(word.lower);
	// "die Volkskundler Florian Dering und Ursula Eymold": after "die" the noun may be a plural, a group that speaks as one.
	if (ctx.lexicon.determiners.has(previous.lower)) return previous.lower !== 'die';
	const beforeAnd = tokens[at - 2];
	return (previous.lower === 'und' || previous.lower === 'oder') && beforeAnd !== undefined && isRoleToken(beforeAnd, ctx.lexicon);
}

/**
 * "Guim Roda, der Team-Manager von KRT,": a German pair followed by a comma, a singular article of a person (der/die)
 * and a role noun — an apposition that describes a person, which a noun phrase's pair never has.
 */
function apposedPersonRole(ctx: ArticleContext, tokens: Token[], end: number): boolean {
	return ctx.lexicon.language === 'de' && /^(?:der|die)$/u.test(tokens[end + 1]?.lower ?? '') && appositiveRole(ctx, tokens, end) !== null;
}

/** German personal pronouns a capitalised pair may follow as the next part of the clause ("Ähnlich sieht es Geoff Yu"). */
const pronounsBeforeSubjectDe = new Set(['es', 'er', 'sie', 'man']);

function looksLikeName(ctx: ArticleContext, run: Token[], previous: Token | undefined, previousOpens = false, apposed = false): boolean {
	if (run.some((part) => /^\p{N}/u.test(part.text))) return false;
	// A known given name opens a name wherever it stands ("und Saskia Esken").
	if (genderOfGivenName(run[0]!.text) !== 'any' && !/['’]s$/u.test(run[0]!.text)) return true;
	if (ctx.lexicon.language === 'de') {
		if (run.some((part) => nounSuffixDe.test(part.lower) || part.text.length > 14)) return false;
		// After an article or a preposition a capitalised pair is a noun phrase ("pro Dosis Impfstoff"), unless the article
		// names its last word alone as who speaks ("von Alex Kirsch … so Kirsch"): then it is a person's name.
		const surnameSpeaks = run.length === 2 && speakingSurnames(ctx).has(stripPossessive(run[1]!.text));
		// Neither after a personal pronoun (no article or preposition: the pair is a clause part of its own, "sieht es
		// Geoff Yu") nor with a person's apposition after it ("auch Guim Roda, der Team-Manager").
		const ownPhrase = previous !== undefined && !ctx.lexicon.determiners.has(previous.lower) && (apposed || pronounsBeforeSubjectDe.has(previous.lower));
		if (previous && previous.word && !previous.cap && (ctx.lexicon.determiners.has(previous.lower) || ctx.lexicon.functionWords.has(previous.lower)) && !surnameSpeaks && !ownPhrase) return false;
		// A body's name may open with a common noun or follow an article ("Das Landgericht Mannheim", "Die Berliner
		// Feuerwehr", "die Deutsche Fährlinie"): a pair with an institution noun, or opened by a proper adjective, stays.
		const first = run[0]!;
		// Like the articled pairs below, only a pair: a longer run after an article may hold a name ("Die Eheleute Xuejun C.").
		const bodyLike = run.length !== 2 || /(?:sche[nrms]?|er)$/u.test(first.lower) || run.some((part) => isInstitutionWord(ctx, stripPossessive(part.lower)));
		// "Der Nahe Osten …": an article opening the sentence is an article all the same.
		if (!bodyLike && previous && previous.word && previous.cap && previousOpens && ctx.lexicon.determiners.has(previous.lower)) return false;
		// "an erster Stelle Aufgabe der …": an inflected adjective or quantifier before the pair opens a noun phrase.
		if (!bodyLike && previous && previous.word && !previous.cap && isGermanAdjectiveWord(previous)) return false;
		// "Hauptstadt Kiew", "Rolle Kampfroboter", "Menschen Analphabeten": a pair opened by a word the article writes after
		// an article elsewhere ("die Hauptstadt") opens with a common noun; no name of a person or body does.
		if (run.length === 2 && !surnameSpeaks && articledWords(ctx).has(first.text) && !/(?:sche[nrms]?|er)$/u.test(first.lower) && !isInstitutionWord(ctx, first.lower) && !isInstitutionWord(ctx, stripPossessive(run[1]!.lower))) return false;
	}
	return true;
}

const speakingCache = new WeakMap<ArticleContext, Set<string>>();

/**
 * Capitalised words the German article sets alone right after a verb of saying or a "so" that closes a quote
 * ("sagt Kluckers", "„…“, so Kirsch"): the way it refers to a person by surname.
 */
function speakingSurnames(ctx: ArticleContext): Set<string> {
	return articleWords(ctx, speakingCache, (tokens, at) => {
		const token = tokens[at]!;
		const verb = tokens[at - 1];
		const after = tokens[at + 1];
		if (!token.word || !token.cap || token.quoted || !verb || verb.quoted || verb.cap || (after && after.word && after.cap)) return undefined;
		const said = ctx.lexicon.speechVerbs.has(verb.lower) || (verb.lower === 'so' && tokens[at - 2]?.text === ',');
		return said && !ctx.lexicon.functionWords.has(token.lower) && !ctx.lexicon.determiners.has(token.lower) ? stripPossessive(token.text) : undefined;
	});
}

const articledCache = new WeakMap<ArticleContext, Set<string>>();

/** Capitalised words the German article writes right after an article inside a sentence ("die Hauptstadt", "den Menschen"). */
function articledWords(ctx: ArticleContext): Set<string> {
	return articleWords(ctx, articledCache, (tokens, at) => {
		const token = tokens[at]!;
		const before = tokens[at - 1];
		return token.word && token.cap && before && before.word && !before.cap && /^(?:der|die|das|den|dem|des)$/u.test(before.lower) ? token.text : undefined;
	});
}

/**
 * "Ukraine's president, Volodymyr Zelenskyy", "the governor of the region, Oleh Syniehubov": a singular role
 * phrase set off by a comma right before the name describes it. The phrase must open the sentence or follow
 * an article or a comma ("talking to reporters, Joe Biden said" has no role).
 */
function roleBeforeComma(ctx: ArticleContext, tokens: Token[], nameStart: number): {role: string; heads: string[]; words: string[]} | null {
	if (tokens[nameStart - 1]?.text !== ',') return null;
	const lexicon = ctx.lexicon;
	const last = nameStart - 2;
	let head = -1;
	for (let k = last; k >= 0 && k >= last - 4; k--) {
		const token = tokens[k]!;
		if (!token.word || (token as Partial<UnitToken>).quoted === true) return null;
		if (isRoleToken(token, lexicon)) {
			head = k;
			break;
		}
		if (!['of', 'the', 'for', 'von', 'der', 'des'].includes(token.lower) && token.cap === false && k !== last) return null;
	}
	if (head < 0 || (/s$/u.test(tokens[head]!.lower) && !/ss$/u.test(tokens[head]!.lower))) return null;
	let start = head;
	while (start > 0 && head - start < 3 && tokens[start - 1]!.word && !lexicon.determiners.has(tokens[start - 1]!.lower) && !lexicon.functionWords.has(tokens[start - 1]!.lower)) start--;
	const before = tokens[start - 1];
	if (before && !lexicon.determiners.has(before.lower) && before.word) return null;
	const role = ctx.text.slice(tokens[start]!.start, tokens[last]!.end);
	return {role, heads: [roleHead(tokens[head]!.text, lexicon)].filter((value) => value !== ''), words: role.toLowerCase().split(/[\s-]+/u).slice(0, 4)};
}

function appositiveRole(ctx: ArticleContext, tokens: Token[], at: number): {role: string; heads: string[]; words: string[]} | null {
	if (tokens[at]?.text !== ',') return null;
	let end = at + 1;
	while (end < tokens.length && end - at <= 12 && tokens[end]!.word) end++;
	const parts = tokens.slice(at + 1, end);
	const start = parts[0] && ctx.lexicon.determiners.has(parts[0].lower) ? 1 : 0;
	const body = parts.slice(start);
	const roleIndex = body.slice(0, 4).findIndex((part) => isRoleToken(part, ctx.lexicon));
	if (roleIndex < 0 || body.length === 0) return null;
	// "…, told lawmakers …" is the verb of the sentence, not a description.
	if (start === 0 && !body[0]!.cap && !isRoleToken(body[0]!, ctx.lexicon)) return null;
	const role = ctx.text.slice(body[0]!.start, body[body.length - 1]!.end);
	return {
		role,
		heads: body.map((part) => roleHead(part.text, ctx.lexicon)).filter((head) => head !== '').slice(0, 1),
		words: body.slice(0, roleIndex + 1).flatMap((part) => part.lower.split('-')),
	};
}

export function note(ctx: ArticleContext, unit: Unit, entity: Entity, position: number): void {
	ctx.registry.mention(entity, position, unit.index);
	if (!unit.mentioned.includes(entity)) unit.mentioned.push(entity);
}

/**
 * "Sportförderung", "Pressekonferenz": a German noun of an abstract ending, taken for a name at a sentence start
 * or after a cue, is no one a pronoun or a person's role ("der Feuerwehr-Sprecher") can mean.
 */
export function isGermanThing(ctx: ArticleContext, entity: Entity): boolean {
	if (ctx.lexicon.language !== 'de') return false;
	// "pro Kilogramm Körpergewicht", "auf der Pressekonferenz": a name never follows an article or a preposition.
	const mentions = ctx.registry.mentions;
	for (; ctx.articledScanned < mentions.length; ctx.articledScanned++) {
		const mention = mentions[ctx.articledScanned]!;
		const at = mention.position;
		const first = mention.entity.name.split(' ')[0]!;
		if (ctx.text.startsWith(first, at) && germanArticleBefore.test(ctx.text.slice(Math.max(0, at - 8), at))) ctx.articled.add(mention.entity);
		// A subject noted from the sentence's start holds its article: "Die Einsatzkräfte gehen …" (noted at "Die") is a plural
		// noun with its plural verb — no name, where "Der Bundesrechnungshof nannte …" is a body's.
		else if (/^die $/iu.test(ctx.text.slice(at, at + 4)) && ctx.text.startsWith(first, at + 4) && pluralVerbAfter.test(ctx.text.slice(at + 4 + first.length, at + 24 + first.length))) ctx.articled.add(mention.entity);
	}
	let byName = ctx.thingByName.get(entity);
	if (byName === undefined || byName.name !== entity.name) {
		const first = entity.name.split(' ')[0]!;
		const named = isGivenName(first) || isAcronym(entity.name);
		byName = {name: entity.name, named, ending: !named && !entity.name.includes(' ') && germanThingEnding.test(entity.name)};
		ctx.thingByName.set(entity, byName);
	}
	// "die Arthur Kluckers (Tudor) …": after a relative "die" too; a name whose surname the article sets after a verb of saying is a person's.
	return !byName.named && (byName.ending || (ctx.articled.has(entity) && !speakingSurnames(ctx).has(entity.name.split(' ').pop()!)));
}

/** The role token an English appointment predicate gives the name ending at `end` ("were appointed administrators"), or null. */
function appointedRole(tokens: readonly UnitToken[], end: number, lexicon: ArticleContext['lexicon']): UnitToken | null {
	let at = end;
	if (/^(?:was|were|is|are|has|have)$/u.test(tokens[at]?.lower ?? '')) at++;
	if (tokens[at]?.lower === 'been') at++;
	if (at === end || !/^(?:appointed|named|hired|installed)$/u.test(tokens[at]?.lower ?? '')) return null;
	at++;
	if (tokens[at]?.lower === 'as') at++;
	const role = tokens[at];
	return role && role.word && !role.quoted && !role.cap && isRoleToken(role, lexicon) ? role : null;
}
