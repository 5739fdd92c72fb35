// Speaker resolution: a pronoun, role, surname or body noun in a cue → the person or organisation it means (nearest fitting mention, subject of the sentence, owner of an organisation).

import {genderOfGivenName, genderOfName, genderOfRoleWord, genderTitles, neutralTitles} from '../people/given-names.js';
import {isGermanNonNameOpener, isGermanQuantifier, isGivenName, opensSentence} from '../people/name-evidence.js';
import {nameKind} from '../people/name-kind.js';
import type {Entity} from '../people/registry.js';
import {type ArticleContext, articleWords, nobody, type Speaker, tokenIndexAt, type Unit, type UnitToken} from './article-context.js';
import {isSeatName, isStoryTown} from './body-names.js';
import {documentAuthor, documentNoun} from './documents.js';
import {roleHead} from './lexicon.js';
import {groupNounsDe, placeNounsDe} from './lexicon-de.js';
import {groupBefore, hasNameEvidence, isGermanThing, isGermanThingWord, isInstitutionWord, mediaHead, mediaNouns, note, pluralVerbBeside} from './mentions.js';
import {describedPerson, isGermanTimeWord, isNameToken, isRoleToken, type NounPhrase, phraseAfter, stripPossessive} from './phrases.js';
import {opensClause} from './speech-cues.js';
import type {Token} from './text-units.js';

const companyCompoundsDe = ['konzern', 'unternehmen'];

const makerCompoundsDe = ['hersteller', 'bauer', 'versicherer', 'händler', 'zulieferer', 'betreiber', 'fluggesellschaft', 'discounter', 'anbieter'];


// Indefinite articles (German in every case, English): anchored, no nested quantifiers.
const indefiniteArticle = /^(?:ein|eine|einer|eines|einem|einen|a|an)$/iu;

export function resolve(ctx: ArticleContext, phrase: NounPhrase | null, unit: Unit, tokens: Token[]): Speaker {
	if (!phrase) return nobody;
	const lexicon = ctx.lexicon;
	const apposed = apposedPerson(ctx, phrase, unit, tokens);
	if (apposed) return {entity: apposed, text: apposed.name, role: apposed.role || phrase.role};
	if (phrase.group) {
		// "The Competition and Markets Authority said": a body whose name has an "and" in it is one speaker, not two.
		const {name, text} = phrase;
		const joined = name !== '' ? unit.mentioned.find((entity) => entity.name.length > name.length && / (?:and|und|&) /u.test(entity.name) && text.includes(entity.name.slice(0, entity.name.search(/ (?:and|und|&) /u)))) : undefined;
		if (joined) return {entity: joined, text: joined.name, role: joined.role};
		// "All said …", "Beide betonten …": a bare quantifier means the group the sentence before opens with.
		const bare = phrase.to - phrase.from === 1 && /^(?:all|both|alle|beide)$/u.test(tokens[phrase.from]?.lower ?? '');
		return (bare ? groupBefore(ctx, unit) : null) ?? {entity: null, text: phrase.text, role: ''};
	}
	if (phrase.pronoun) {
		const gender = lexicon.pronouns[phrase.pronoun] ?? 'any';
		if (gender === 'organisation') {
			const organisation = recentOrganisation(ctx, unit, tokens[phrase.from]?.start ?? unit.start) ?? subjectBodyBefore(ctx, unit);
			return organisation ? {entity: organisation, text: organisation.name, role: organisation.role} : unnamedBodyBefore(ctx, unit) ?? nobody;
		}
		if (lexicon.language === 'de' && phrase.pronoun === 'sie' && pluralVerbBeside(ctx, tokens, phrase.from)) {
			// "Sie forderten", "sagten sie": the plural "sie" is a group — the one the sentence before opens with.
			return groupBefore(ctx, unit) ?? nobody;
		}
		const entity = recentPerson(ctx, unit, tokens[phrase.from]?.start ?? unit.start, gender, false);
		return entity ? {entity, text: entity.name, role: entity.role} : unnamedSubjectBefore(ctx, unit, gender) ?? describedSpeakerBefore(ctx, unit, gender) ?? {entity: null, text: '', role: ''};
	}
	// "sagte der 49-Jährige", "laut dem 49-Jährigen": a description by an adjective made a noun is left as written, for
	// the article-wide pass that gives it to the person named before (described-speakers.ts), not to a noun near it.
	// A speaker quoted in the last few sentences is whom such an epithet goes on about first.
	const described = lexicon.language === 'de' ? describedPerson(phrase, tokens) : '';
	if (described !== '') {
		const last = ctx.last;
		const person = last && unit.index - last.unit <= 3 ? last.speaker.entity : null;
		if (person && !person.organisation && person.name.includes(' ') && (person.gender === 'any' || person.gender === described)) return last!.speaker;
		return {entity: null, text: phrase.text, role: ''};
	}
	const position = tokens[phrase.from]?.start ?? unit.start;
	const owners = statementOwners(ctx, phrase, unit, tokens);
	if (owners) return owners;
	// "The National Union of Journalists said": the mention finder read a body's whole name right here; a role word
	// inside it ("Journalists") does not make the phrase a description.
	const nameStart = tokens[phrase.from + (phrase.determiner !== '' ? 1 : 0)]?.start;
	const noted = nameStart === undefined ? undefined : ctx.registry.mentionsIn(unit.index).find((mention) => mention.position === nameStart && mention.entity.organisation && mention.entity.name.includes(' '));
	const named = noted && phrase.to > phrase.from ? ctx.text.slice(nameStart, tokens[phrase.to - 1]!.end) : '';
	if (noted && (named === noted.entity.name || named === withoutShortForm(noted.entity.name))) return {entity: noted.entity, text: noted.entity.name, role: noted.entity.role};
	const owned = ownedOrganisation(ctx, phrase, tokens);
	if (owned) {
		// "Israel's military", "Russia's defence ministry": the body itself, or the named one it means.
		const named = organisationFor(ctx, owned.noun, unit, position, owned.owner);
		if (named) return named;
		const entity = ctx.registry.addName(owned.text, {organisation: true});
		note(ctx, unit, entity, position);
		return {entity, text: entity.name, role: entity.role};
	}
	const definiteArticle = /^(?:der|die|das|den|dem|des|the|this|diese|dieser|dieses)$/u.test(phrase.determiner);
	// "the newspaper", "the paper", "das Blatt": the outlet the article introduced by such a noun ("newspaper Dagens Nyheter").
	const lastWord = tokens[phrase.to - 1];
	if (definiteArticle && lastWord && mediaNouns.has(lastWord.lower) && (phrase.name === '' || phrase.name === lastWord.text)) {
		const outlet = [...ctx.registry.recentEntities()].reverse().find((entity) => entity.roleHeads.has(mediaHead) && entity.firstMention >= 0 && entity.firstMention < position);
		if (outlet) return {entity: outlet, text: outlet.name, role: outlet.role};
	}
	const document = definiteArticle && phrase.roleHeads.length === 0 ? documentNoun(ctx, tokens[phrase.to - 1]) : '';
	if (document) {
		// "the report said", "die Studie kommt zu dem Schluss": the report's author speaks.
		const author = documentAuthor(ctx, document, position);
		if (author) return author;
		// "The report said …" with no report named before: the body that last spoke (a committee's findings, an
		// agency's study); a person does not publish "the report".
		for (let index = unit.index; index >= 0 && index >= unit.index - 8; index--) {
			const body = [...ctx.units[index]!.speakers].reverse().find((entity) => entity.organisation && !entity.roleHeads.has(mediaHead) && !(entity.guessed && (entity.gender !== 'any' || entity.roleHeads.size > 0 || isGermanThing(ctx, entity))));
			if (body) return {entity: body, text: body.name, role: body.role};
		}
	}
	const generic = definiteArticle && phrase.roleHeads.length === 0 ? genericOrganisation(ctx, tokens[phrase.to - 1]) : '';
	if (generic) {
		// "das Ministerium", "the ministry", "der Konzern": the named body the text means; a company-like noun
		// ("der Konzern", "the firm") means the organisation the text was just about.
		const named = organisationFor(ctx, generic, unit, position, '');
		if (named) return named;
		// "Volkswagen hat … gemeldet. Der Autobauer teilte mit": failing a named body, the one the sentence before opens with.
		// A body the sentence right before opens with ("Der Volkswagen-Konzern hat … nicht bestätigt. Schriftlich teilte das
		// Unternehmen mit") is meant before one named further back ("nach Angaben des Betriebsrats" two sentences earlier).
		const lastNamed = ctx.lexicon.anyBodyNouns.has(generic) ? lastNamedOrganisation(ctx, unit, position) : null;
		const namedNear = lastNamed !== null && [unit.index, unit.index - 1].some((index) => index >= 0 && ctx.registry.mentionsIn(index).some((mention) => mention.entity === lastNamed && mention.position < position));
		const recent = ctx.lexicon.anyBodyNouns.has(generic) ? (namedNear ? lastNamed : subjectBodyBefore(ctx, unit) ?? lastNamed) : null;
		if (recent) return {entity: recent, text: recent.name, role: recent.role};
		// "Northvolt beantragt Gläubigerschutz … Das Unternehmen erklärte": a body the text never registered (one word
		// opening sentences) but names in its title and repeats is the one "the company" means.
		const focus = ctx.lexicon.anyBodyNouns.has(generic) ? focusOrganisation(ctx, unit, position) : null;
		if (focus) return focus;
		if (ctx.lexicon.language === 'de') {
			// Unresolved: the body by its noun, in the nominative ("des Konzerns" → "Konzern").
			const written = tokens[phrase.to - 1]!.text;
			let name = written.toLowerCase() === generic ? written : written.replace(/(?:es|s)$/u, '');
			// "der Verband der Immunologen", "die Gewerkschaft der Polizei": the genitive names which body.
			const complement = genitiveComplementDe(ctx, tokens, phrase.to);
			if (complement !== '') name = `${name} ${complement}`;
			const entity = ctx.registry.addName(name, {organisation: true});
			note(ctx, unit, entity, position);
			return {entity, text: entity.name, role: entity.role};
		}
	}
	if (phrase.name !== '') {
		// "Rebecca English of the Daily Mail recalled": a person named in full, then "of" and the outlet or body they
		// work for, is that person (the body's name is no part of theirs).
		const affiliated = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) (?:of|from|at|von|vom) (?:the |der |dem )?\p{Lu}/u.exec(phrase.text);
		if (affiliated && isGivenName(affiliated[1]!.split(' ')[0]!) && phrase.roleHeads.length === 0) {
			const person = ctx.registry.lookup(affiliated[1]!) ?? ctx.registry.addName(affiliated[1]!);
			if (!person.organisation) {
				note(ctx, unit, person, tokens[phrase.from]?.start ?? unit.start);
				return {entity: person, text: person.name, role: person.role};
			}
		}
		// "According to The Information", "said The Verge": a capital "The" inside a sentence is part of a title; the
		// common word alone ("Information") would name no one.
		const the = tokens[phrase.from];
		if (lexicon.language === 'en' && the?.text === 'The' && phrase.determiner === 'the' && !opensSentence(tokens, phrase.from) && !phrase.name.includes(' ') && phrase.roleHeads.length === 0 && !/^\p{Lu}+$/u.test(phrase.name)) {
			phrase = {...phrase, name: `The ${phrase.name}`};
		}
		// "the Paris-based economics think tank", "the Malawian told": a place-based adjective or a nationality alone after
		// "the" describes a body or a person named before; the word names no one.
		if (lexicon.language === 'en' && !phrase.name.includes(' ') && /^the$/iu.test(phrase.determiner) && !ctx.registry.lookup(phrase.name)?.speaker && (/-(?:based|born|led|owned|run|backed|funded)$/u.test(phrase.name) || (isDemonymEn(phrase.name) && !ctx.registry.lookup(phrase.name)?.name.includes(' ')))) {
			const next = tokens[phrase.to];
			const position = tokens[phrase.from]?.start ?? unit.start;
			if (/-(?:based|born|led|owned|run|backed|funded)$/u.test(phrase.name)) {
				// A body described by its seat: the body the text is about.
				const body = recentOrganisation(ctx, unit, position);
				return body ? {entity: body, text: body.name, role: body.role} : {entity: null, text: phrase.text, role: ''};
			}
			if (!next || !next.word || next.cap || lexicon.speechVerbs.has(next.lower) || lexicon.functionWords.has(next.lower)) {
				// A person described by nationality: the person named before.
				const person = recentPerson(ctx, unit, position, 'any', false);
				return person ? {entity: person, text: person.name, role: person.role} : {entity: null, text: phrase.text, role: ''};
			}
		}
		// "Luxemburgs ehemaliger Außenminister meint": a state in the genitive before a role says whose office it is; the
		// speaker is the office holder, described (a person the article named), not the state.
		// Only a genitive before the noun, which stands for the article ("der Verfassungsschutz Mecklenburg-Vorpommerns" is the body).
		if (lexicon.language === 'de' && phrase.determiner === '' && tokens[phrase.from]?.text === phrase.name && !phrase.name.includes(' ') && /\p{Ll}s$/u.test(phrase.name) && nameKind(phrase.name.slice(0, -1), 'de') === 'organisation' && !ctx.registry.lookup(phrase.name.slice(0, -1))?.speaker) {
			let at = phrase.to;
			while (at < phrase.to + 2 && tokens[at]?.word && !tokens[at]!.cap && !lexicon.functionWords.has(tokens[at]!.lower)) at++;
			const office = tokens[at];
			const described = phrase.roleHeads.length > 0 ? {text: phrase.text, role: phrase.role} : office && office.cap && isRoleToken(office, lexicon) ? {text: `${phrase.text} ${tokens.slice(phrase.to, at + 1).map((token) => token.text).join(' ')}`, role: office.text} : null;
			if (described) {
				// The office holder is the person named before, of the office's gender where it tells one.
				const person = recentPerson(ctx, unit, tokens[phrase.from]?.start ?? unit.start, describedGender(ctx, described.role.split(/\s+/u).pop() ?? '', ''), false);
				return person ? {entity: person, text: person.name, role: described.role} : {entity: null, text: described.text, role: described.role};
			}
		}
		// "Canadian regulators are investigating", "the Venezuelan interim authorities": a nationality before a common noun
		// describes people or a body of that country; the adjective alone names no one.
		if (lexicon.language === 'en' && !phrase.name.includes(' ') && isDemonymEn(phrase.name) && !ctx.registry.lookup(phrase.name)) {
			const nounHead = tokens[phrase.to - 1];
			if (nounHead && nounHead.word && !nounHead.cap) return {entity: null, text: phrase.text, role: phrase.roleHeads.length > 0 ? phrase.role : ''};
			// The phrase ended at the adjective: the plural noun right after it is what it describes ("Canadian regulators").
			const next = tokens[phrase.to];
			if (next && next.word && !next.cap && (next as Partial<UnitToken>).quoted !== true && (isRoleToken(next, lexicon) || /[^s']s$/u.test(next.lower)) && !lexicon.speechVerbs.has(next.lower) && !lexicon.functionWords.has(next.lower)) {
				return {entity: null, text: `${phrase.text} ${next.text}`, role: ''};
			}
		}
		// Titles are no part of a name ("Dr Anthony Fauci", "Mr Smith").
		const words = phrase.name.split(' ');
		while (words.length > 1 && (genderTitles.has(words[0]!.toLowerCase()) || neutralTitles.has(words[0]!.toLowerCase()))) words.shift();
		if (words.length < phrase.name.split(' ').length) phrase = {...phrase, name: words.join(' ')};
		// "Theresa May said": a phrase cut at a word that is also a month; the mention noted names the person whole.
		if (words.length === 1 && genderOfGivenName(words[0]!) !== 'any') {
			const whole = unit.mentioned.find((entity) => entity.name.startsWith(`${words[0]} `) && !entity.organisation);
			if (whole) phrase = {...phrase, name: whole.name};
		}
		// A Title-Case line: the name ends where the body's evidence does ("SpaceX Working With …" → "SpaceX").
		if (ctx.titleCaseUnits.has(unit.index) && words.length > 1 && hasNameEvidence(ctx, words[0]!)) {
			let kept = 1;
			while (kept < words.length && (ctx.confirmed.has(stripPossessive(words[kept]!)) || words.slice(0, kept).every((word) => isGivenName(word)))) kept++;
			if (kept < words.length) phrase = {...phrase, name: words.slice(0, kept).join(' ')};
		}
		// "Zwei Reporterinnen des Senders …": a German phrase opened by a number word or quantifier describes people, names none.
		if (lexicon.language === 'de' && tokens[phrase.from] && isGermanQuantifier(tokens[phrase.from]!) && phrase.name.startsWith(tokens[phrase.from]!.text)) {
			return {entity: null, text: phrase.text, role: ''};
		}
		// "des Innenministeriums": a German body named in the genitive is named in the nominative.
		if (lexicon.language === 'de' && !phrase.name.includes(' ') && /[^s](?:es|s)$/u.test(phrase.name) && isInstitutionWord(ctx, phrase.name.toLowerCase().replace(/(?:es|s)$/u, ''))) {
			phrase = {...phrase, name: phrase.name.replace(/(?:es|s)$/u, '')};
		}
		// "des Instituts für Weltwirtschaft": a body's name with a linking word, its head in the nominative.
		const linked = / (?:für|of|for) /u.test(phrase.name);
		if (linked && lexicon.language === 'de' && /[^s](?:es|s) /u.test(phrase.name) && isInstitutionWord(ctx, phrase.name.split(' ')[0]!.toLowerCase().replace(/(?:es|s)$/u, ''))) {
			phrase = {...phrase, name: phrase.name.replace(/(?:es|s)(?= )/u, '')};
		}
		// "The Competition and Markets Authority said": the phrase stopped at "and"; the body's full name was noted.
		const head = phrase.name;
		const joined = unit.mentioned.find((entity) => entity.organisation && [' and ', ' & ', ' und '].some((link) => entity.name.startsWith(`${head}${link}`)));
		if (joined) return {entity: joined, text: joined.name, role: joined.role};
		// "The new House committee sent …", "the Senate panel said": a name before a lower-case body noun names the
		// body whose full name holds both ("House China Committee"), not the name alone (a "House Resolution").
		const bodyNoun = tokens[phrase.to];
		if (lexicon.language === 'en' && phrase.determiner !== '' && bodyNoun && bodyNoun.word && !bodyNoun.cap && lexicon.organisationNouns.has(bodyNoun.lower)) {
			const body = bodyNamedWith(ctx, phrase.name, bodyNoun.lower, position);
			if (body) return {entity: body, text: body.name, role: body.role};
		}
		// "The Commons education select committee called …": a name, lower-case words, then a body noun make one body's
		// name — not the name alone, which only says whose committee it is.
		if (lexicon.language === 'en' && /^the$/u.test(phrase.determiner) && !phrase.name.includes("'")) {
			let end = phrase.to;
			while (end < phrase.to + 3 && tokens[end]?.word && !tokens[end]!.cap && !lexicon.functionWords.has(tokens[end]!.lower) && !lexicon.organisationNouns.has(tokens[end]!.lower)) end++;
			const noun = tokens[end];
			if (end > phrase.to && noun && noun.word && !noun.cap && lexicon.organisationNouns.has(noun.lower)) {
				const name = `${phrase.name.replace(/^the\s+/iu, '')} ${tokens.slice(phrase.to, end + 1).map((token) => token.text).join(' ')}`;
				const entity = ctx.registry.lookup(name) ?? ctx.registry.addName(name, {organisation: true});
				note(ctx, unit, entity, tokens[phrase.from]?.start ?? unit.start);
				return {entity, text: entity.name, role: entity.role};
			}
		}
		// "das Regionalkommando des US-Militärs", "die Polizei der Stadt Köln": a German body's one-word name with a genitive
		// naming whose body it is; the name alone would be any ministry, command or police.
		if (lexicon.language === 'de' && !phrase.name.includes(' ') && phrase.roleHeads.length === 0 && isInstitutionWord(ctx, phrase.name.toLowerCase())) {
			const complement = genitiveComplementDe(ctx, tokens, phrase.to);
			if (complement !== '') phrase = {...phrase, name: `${phrase.name} ${complement}`};
		}
		// "Nicht jeder Einsatz …, so das Gericht", "Entwickelt wurde das Material": a German word capitalised only for
		// opening the sentence — a verb form or a negation, or a word the article writes in small letters elsewhere — names no one.
		const opener = tokens[phrase.from];
		if (lexicon.language === 'de' && opener && phrase.to - phrase.from === 1 && phrase.roleHeads.length === 0 && opensSentence(tokens, phrase.from) && !/^\p{Lu}+$/u.test(phrase.name) && !ctx.registry.lookup(phrase.name) && (isGermanNonNameOpener(opener) || writtenSmall(ctx, opener.text))) return nobody;
		// "wie die Sportförderung des Bezirks mitteilte": a thing or a service by its noun, after an article or an adjective
		// (a bare "Samsung" is a name), is described, with the genitive saying whose it is, and is no entry of the people.
		if (lexicon.language === 'de' && phrase.roleHeads.length === 0 && phrase.to - phrase.from > 1 && isGermanThingWord(ctx, phrase.name) && !ctx.registry.lookup(phrase.name)) {
			const complement = genitiveComplementDe(ctx, tokens, phrase.to);
			const text = complement === '' ? phrase.text : `${phrase.text} ${complement}`;
			return {entity: null, text, role: ''};
		}
		// "Der hatte letzte Woche … gesagt": a noun of time is an adverbial, never who speaks.
		if (lexicon.language === 'de' && !phrase.name.includes(' ') && phrase.roleHeads.length === 0 && isGermanTimeWord(phrase.name.toLowerCase())) return nobody;
		// "teilte die Polizei Leipzig mit", "urteilte das Landgericht Berlin": after the verb as before it, an institution's noun
		// right before a name that is no person's names the body by its seat — not the town with a role.
		const seat = lexicon.language === 'de' && !phrase.name.includes(' ') ? seatedBodyAt(ctx, tokens, phrase) : null;
		if (seat) {
			note(ctx, unit, seat, tokens[phrase.from]?.start ?? unit.start);
			return {entity: seat, text: seat.name, role: seat.role};
		}
		const single = !phrase.name.includes(' ');
		const known = ctx.registry.lookup(phrase.name);
		// "die Betreiber des Lokals", "die Veranstalter des Festivals": people described by what they are (a group noun, no
		// name the text knows) are a described speaker, and the genitive says whose — the whole description speaks (bounded
		// to the complement's noun phrase). Bodies ("Der Haushaltsausschuss des Bundestages") and documents ("Eine Studie
		// des Ifo-Instituts") are no such nouns: their genitive is the body's name or the author, left to the rules below.
		const headName = phrase.name;
		const nameToken = tokens.slice(phrase.from, phrase.to).find((token) => token.text === headName);
		if (lexicon.language === 'de' && single && (!known || known.guessed) && phrase.roleHeads.length === 0 && describingArticleDe.test(phrase.determiner) && !/^\p{Lu}+$/u.test(phrase.name) && documentNoun(ctx, nameToken) === '' && describedGroupsDe.has(headName.toLowerCase())) {
			const attached = /^\s+(?:der|des)\s/u.test(phrase.text.slice(phrase.text.indexOf(phrase.name) + phrase.name.length)) ? phrase.text : '';
			const complement = attached === '' ? genitiveComplementDe(ctx, tokens, phrase.to) : '';
			if (attached !== '' || complement !== '') return {entity: null, text: attached !== '' ? attached : `${phrase.text} ${complement}`, role: ''};
		}
		// "die Abschlusserklärung eines Gipfels", "a Summit said": a name is never indefinite, so one capitalised word after an
		// indefinite article is a thing or a description, no entry of the people. A genitive after it ("Eine Studie des
		// Ifo-Instituts") says whose it is, and is left to the rules below.
		if (single && !known && phrase.roleHeads.length === 0 && indefiniteArticle.test(phrase.determiner) && !/^\p{Lu}+$/u.test(phrase.name) && phrase.text.endsWith(phrase.name) && (lexicon.language !== 'de' || genitiveComplementDe(ctx, tokens, phrase.to) === '')) return {entity: null, text: phrase.text, role: ''};
		const organisation = (linked && !known) || (single && (!known || known.organisation) && (phrase.roleHeads.length === 0 || /^\p{Lu}+$/u.test(phrase.name)));
		// A single capitalised word of unknown kind ("Merkel", "Nato") is taken for an organisation, as a guess.
		const entity = known ?? ctx.registry.addName(phrase.name, {organisation, guessed: !/^\p{Lu}+$/u.test(phrase.name) && genericOrganisation(ctx, tokens[phrase.to - 1]) === ''});
		if (linked && phrase.roleHeads.length === 0) entity.organisation = true;
		if (phrase.roleHeads.length > 0) ctx.registry.addRole(entity, phrase.role, phrase.roleHeads, phrase.roleWords);
		if (phrase.appositive) {
			const heads = phrase.appositive.split(/\s+/).map((word) => roleHead(word, lexicon)).filter((head) => head !== '');
			ctx.registry.addRole(entity, phrase.appositive, heads.slice(0, 1), phrase.appositive.toLowerCase().split(/[\s-]+/).slice(0, 4));
		}
		note(ctx, unit, entity, tokens[phrase.from]?.start ?? unit.start);
		return {entity, text: entity.name, role: entity.role};
	}
	// "said the minister, Anna Berg.", "sagte die Sprecherin, Jana Pohl,": a name set off by a comma after the role.
	if (phrase.roleHeads.length > 0 && tokens[phrase.to]?.text === ',') {
		const named = phraseAfter(tokens, phrase.to + 1, lexicon, ctx.text);
		const next = named ? tokens[named.to] : undefined;
		if (named && named.name !== '' && named.roleHeads.length === 0 && !named.pronoun && (!next || /^[.,;!?]$/u.test(next.text)) && named.name.includes(' ')) {
			return resolve(ctx, {...named, from: phrase.from, role: phrase.role, roleHeads: phrase.roleHeads, roleWords: phrase.roleWords}, unit, tokens);
		}
	}
	const forBody = spokespersonOfBody(ctx, phrase, unit, tokens);
	if (forBody) return forBody;
	// A role or description only ("der Minister", "the spokesman", "ein Militärexperte").
	const definite = phrase.determiner !== '' && !lexicon.indefinite.has(phrase.determiner);
	const bare = phrase.text.replace(/^\S+\s+/u, '');
	// "Die Analysten der britischen Großbank HSBC merken an": a German plural role is a group, no one person named before.
	const roleToken = tokens.slice(phrase.from, phrase.to).findLast((token) => roleHead(token.text, lexicon) !== '');
	// So is an English one ("The lawmakers noted …" after "Gallagher and his colleagues"): never one of them alone.
	const pluralRole = lexicon.language === 'de'
		? /^(?:die|der)$/u.test(phrase.determiner) && roleToken !== undefined && germanPluralRole(roleToken.lower, roleHead(roleToken.text, lexicon))
		: /^(?:the|these|those)$/u.test(phrase.determiner) && roleToken !== undefined && roleToken === tokens[phrase.to - 1] && /[^s']s$/u.test(roleToken.lower) && !roleToken.cap;
	// "the administrators said" after "called in administrators X & Partners": a role the article gave a firm is the firm,
	// in the singular or the plural.
	if (definite && phrase.roleHeads.length > 0) {
		const singular = (head: string) => head.replace(/s$/u, '');
		const heads = new Set(phrase.roleHeads.map(singular));
		const position = tokens[phrase.from]?.start ?? unit.start;
		const firm = [...ctx.registry.recentEntities()].reverse().find((entity) => entity.organisation && !entity.roleHeads.has(mediaHead) && entity.firstMention >= 0 && entity.firstMention < position && [...entity.roleHeads].some((head) => heads.has(singular(head))));
		if (firm) return {entity: firm, text: firm.name, role: firm.role};
	}
	if (definite && phrase.roleHeads.length > 0 && !pluralRole) {
		// A second description of the person just written about ("Verkehrsminister X … betonte der
		// FDP-Politiker"): the subject of the sentence right before, in the same paragraph.
		const previous = ctx.units[unit.index - 1];
		// "die Ministerin", "der Minister", "the spokeswoman": the role's gender rules out people of the other one.
		const gender = roleGender(ctx, phrase, tokens);
		const fits = (entity: Entity | null) => (entity && (gender === 'any' || entity.gender === 'any' || entity.gender === gender) ? entity : null);
		// "her lawyer", "sein Anwalt": someone of the person the pronoun means, not that person; only a role match.
		const possessive = /^(?:his|her|its|their|our|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)$/u.test(phrase.determiner);
		const described = previous && previous.paragraph === unit.paragraph && !possessive ? fits(subjectOf(ctx, previous)) : null;
		const entity = (possessive ? null : describedLastSpeaker(ctx, phrase, unit, gender)) ?? fits(byRole(ctx, phrase, tokens[phrase.from]?.start ?? unit.start, gender)) ?? (possessive ? null : recentPerson(ctx, unit, tokens[phrase.from]?.start ?? unit.start, gender, true)) ?? described;
		if (entity) {
			// "Merkel told reporters … The chancellor added": a person's role shows the guess wrong.
			if (entity.guessed) {
				entity.organisation = false;
				entity.guessed = false;
			}
			ctx.registry.addRole(entity, entity.role === '' ? bare : entity.role, phrase.roleHeads, phrase.roleWords);
			ctx.registry.addAlias(entity, phrase.text);
			return {entity, text: entity.name, role: entity.role};
		}
	}
	const headNoun = (phrase.text.split(/\s+/).pop() ?? '').toLowerCase();
	const refersBack = isInstitutionWord(ctx, headNoun);
	if (definite && phrase.roleHeads.length === 0 && refersBack && /^(?:der|die|das|den|dem|des|the)$/u.test(phrase.determiner)) {
		// "the alliance", "die Initiative", "the institute": the organisation the text was just about.
		const organisation = recentOrganisation(ctx, unit, tokens[phrase.from]?.start ?? unit.start);
		if (organisation) return {entity: organisation, text: organisation.name, role: organisation.role};
	}
	const introduced = delayedIdentification(ctx, phrase, unit, tokens[phrase.from]?.start ?? unit.start);
	if (introduced) return {entity: introduced, text: introduced.name, role: introduced.role};
	// "Vertreter deutscher Nachrichtendienste", "Sprecher mehrerer Verbände": a genitive plural without its article.
	const next = tokens[phrase.to];
	const articleless = next !== undefined && next.word && !next.cap && next.lower.length >= 5 && /[^e]er$/u.test(next.lower) && !lexicon.functionWords.has(next.lower) && tokens[phrase.to + 1]?.word === true && tokens[phrase.to + 1]!.cap;
	if (lexicon.language === 'de' && phrase.roleHeads.length > 0 && (articleless || ['des', 'der', 'eines', 'einer'].includes(next?.lower ?? ''))) {
		// "ein Sprecher der Gewerkschaft Verdi", "ein Vertreter eines Nachrichtendienstes": an unnamed role is described
		// by the body it speaks for. A name in capitals after the body's noun and right before a verb is the verb's
		// object ("eines deutschen Dienstes CORRECTIV berichtet"), no part of the body.
		let end = phrase.to + 1;
		const objectBeforeVerb = (at: number) => /^\p{Lu}{2,}$/u.test(tokens[at]!.text) && tokens[at - 1]!.cap && tokens[at + 1] !== undefined && tokens[at + 1]!.word && !tokens[at + 1]!.cap && !lexicon.functionWords.has(tokens[at + 1]!.lower);
		while (end < tokens.length && end - phrase.to <= 4 && tokens[end]!.word && (tokens[end] as Partial<UnitToken>).quoted !== true && (tokens[end]!.cap || /e[nrs]?$/u.test(tokens[end]!.lower)) && !objectBeforeVerb(end)) end++;
		while (end > phrase.to + 1 && !tokens[end - 1]!.cap) end--;
		if (end > phrase.to + 1) {
			const described = ctx.text.slice(tokens[phrase.from]!.start, tokens[end - 1]!.end);
			return {entity: null, text: described, role: described.replace(/^\S+\s+/u, '')};
		}
	}
	// "eine Sprecherin von LFDY": an unnamed role holder with "von" and a name says whom they speak for, like the genitive.
	if (lexicon.language === 'de' && phrase.roleHeads.length > 0 && next?.lower === 'von' && !(next as Partial<UnitToken>).quoted) {
		let end = phrase.to + 1;
		while (end < tokens.length && end - phrase.to <= 3 && tokens[end]!.word && tokens[end]!.cap && (tokens[end] as Partial<UnitToken>).quoted !== true && !lexicon.functionWords.has(tokens[end]!.lower)) end++;
		if (end > phrase.to + 1) {
			const described = ctx.text.slice(tokens[phrase.from]!.start, tokens[end - 1]!.end);
			return {entity: null, text: described, role: described.replace(/^\S+\s+/u, '')};
		}
	}
	return {entity: null, text: phrase.text, role: phrase.roleHeads.length > 0 ? bare : ''};
}

/**
 * "The company estimated … It insisted …": with no organisation named, "it" means the body a definite generic
 * noun opening the sentence before describes ("The company", "the agency"). Null otherwise.
 */
function unnamedBodyBefore(ctx: ArticleContext, unit: Unit): Speaker | null {
	const previous = ctx.units[unit.index - 1];
	if (!previous || unit.paragraph - previous.paragraph > 1) return null;
	const phrase = phraseAfter(previous.tokens, 0, ctx.lexicon, ctx.text);
	if (!phrase || phrase.name !== '' || phrase.group || !/^(?:the|der|die|das)$/u.test(phrase.determiner)) return null;
	// The phrase may run on over the verb ("The company estimated"): it ends at the body noun.
	const head = previous.tokens.slice(phrase.from + 1, Math.min(phrase.to, phrase.from + 4)).findIndex((token) => genericOrganisation(ctx, token) !== '');
	if (head < 0) return null;
	return {entity: null, text: ctx.text.slice(previous.tokens[phrase.from]!.start, previous.tokens[phrase.from + 1 + head]!.end), role: ''};
}

/**
 * "…, erklärt ein Sprecher des Außenministeriums. … Er räumt aber ein": with no person named to mean, "er"/"she" is the
 * unnamed speaker the text quoted last (a described role, of that gender, at most a paragraph and three sentences back).
 */
function describedSpeakerBefore(ctx: ArticleContext, unit: Unit, gender: 'male' | 'female' | 'any' | 'organisation'): Speaker | null {
	const last = ctx.last;
	if (!last || gender === 'organisation' || last.speaker.entity !== null || last.speaker.text === '' || last.speaker.role === '') return null;
	const spoken = ctx.units[last.unit];
	if (!spoken || unit.index - last.unit > 3 || unit.index <= last.unit || unit.paragraph - spoken.paragraph > 1) return null;
	const [article = '', roleWord = ''] = last.speaker.text.split(/\s+/u);
	const told = describedGender(ctx, roleWord, article.toLowerCase());
	if (told === 'any' || (gender !== 'any' && told !== gender)) return null;
	return last.speaker;
}

/**
 * "Der Minister sprach in Berlin. Er sagte, …": with nobody named, "er"/"sie" means the person the sentence before
 * opens with when only a definite role describes them (of a gender that fits). Null otherwise.
 */
function unnamedSubjectBefore(ctx: ArticleContext, unit: Unit, gender: 'male' | 'female' | 'any' | 'organisation'): Speaker | null {
	const previous = ctx.units[unit.index - 1];
	if (!previous || unit.paragraph - previous.paragraph > 1 || gender === 'organisation') return null;
	const phrase = phraseAfter(previous.tokens, 0, ctx.lexicon, ctx.text);
	if (!phrase || phrase.name !== '' || phrase.group || phrase.roleHeads.length === 0 || !/^(?:der|die|the)$/u.test(phrase.determiner)) return null;
	if (/s$/u.test(phrase.text) && ctx.lexicon.language === 'en') return null;
	const told = roleGender(ctx, phrase, previous.tokens);
	if (gender !== 'any' && told !== 'any' && told !== gender) return null;
	if (ctx.lexicon.language === 'de' && phrase.determiner === 'die' && told !== 'female') return null;
	return {entity: null, text: phrase.text, role: phrase.role};
}

/**
 * English news tops describe the person they name elsewhere in the top ("Kalonzo Musyoka says …" / "A senior
 * opposition leader has said …"; headline-style "disgraced doctor said"): in the first paragraphs, a singular
 * description with "a"/"an" or no article means the one person the text has named so far. Anonymous-source
 * nouns ("a senior official", "a spokesperson") stay unnamed.
 */
function delayedIdentification(ctx: ArticleContext, phrase: NounPhrase, unit: Unit, position: number): Entity | null {
	if (ctx.lexicon.language !== 'en' || unit.paragraph > 3 || phrase.group || phrase.name !== '') return null;
	if (phrase.determiner !== '' && !['a', 'an'].includes(phrase.determiner)) return null;
	// "Smith's lawyer" is someone of Smith's, never Smith.
	if (/\p{L}['’]s?\s/u.test(phrase.text)) return null;
	const head = (phrase.text.match(/[\p{L}-]+/gu) ?? []).pop()?.toLowerCase() ?? '';
	if (head === '' || /s$/u.test(head) || ctx.lexicon.anonymousSources.has(head)) return null;
	// Only a description of a person ("leader", "doctor"); "a statement said" stays the statement's.
	if (roleHead(head, ctx.lexicon) === '') return null;
	const people = new Set<Entity>();
	for (let index = 0; index <= unit.index; index++) {
		for (const mention of ctx.registry.mentionsIn(index)) {
			if (index === unit.index && mention.position >= position) continue;
			if (!mention.entity.organisation) people.add(mention.entity);
		}
	}
	if (people.size === 1) return [...people][0]!;
	// Capitalised runs such as "Las Vegas" are taken for people too: count only those known to be people
	// (a known given name, a role, or they spoke).
	const evident = [...people].filter((entity) => genderOfName(entity.name) !== 'any' || entity.roleHeads.size > 0 || entity.speaker);
	return evident.length === 1 ? evident[0]! : null;
}

/** The organisation noun a generic word is ("Ministeriums" → "ministerium", "company"), or "" for names and other words. */
export function genericOrganisation(ctx: ArticleContext, token: Token | undefined): string {
	if (!token || !token.word) return '';
	const lower = token.lower;
	const nouns = ctx.lexicon.organisationNouns;
	if (nouns.has(lower)) return lower;
	const base = lower.replace(/(?:es|s)$/u, '');
	if (ctx.lexicon.language !== 'de') return '';
	if (nouns.has(base)) return base;
	// "der Autokonzern", "der Autobauer", "der Versicherer": a German compound naming a kind of company.
	// Suffix checks, not /.{3,}(?:…)$/: that pattern retries from every position and is quadratic on long input.
	const kind = (nouns: readonly string[], before: number) => nouns.some((noun) => base.endsWith(noun) && [...base].length - [...noun].length >= before);
	return kind(companyCompoundsDe, 3) || kind(makerCompoundsDe, 2) ? 'konzern' : '';
}

/** "Israel's military": a possessive owner before an organisation noun; null for other phrases. */
function ownedOrganisation(ctx: ArticleContext, phrase: NounPhrase, tokens: Token[]): {owner: string; noun: string; text: string} | null {
	if (ctx.lexicon.language !== 'en' || phrase.to - phrase.from < 2) return null;
	const last = tokens[phrase.to - 1]!;
	const noun = genericOrganisation(ctx, last);
	if (!noun || last.cap) return null;
	const ownerIndex = tokens.slice(phrase.from, phrase.to - 1).findIndex((token) => token.cap && /['’]s?$/u.test(token.text));
	if (ownerIndex < 0) return null;
	const owner = tokens[phrase.from + ownerIndex]!;
	return {owner: stripPossessive(owner.text), noun, text: ctx.text.slice(owner.start, last.end)};
}

/** The body named with all of `name`'s words and `noun` (any order, capitalised), the latest before `position` first. */
function bodyNamedWith(ctx: ArticleContext, name: string, noun: string, position: number): Entity | null {
	const wanted = name.toLowerCase().split(/\s+/u);
	let found: Entity | null = null;
	for (const entity of ctx.registry.entities) {
		if (entity.name === name) continue;
		const words = entity.name.toLowerCase().split(/\s+/u);
		if (!words.includes(noun) || !wanted.every((word) => words.includes(word))) continue;
		if (!found || entity.firstMention < position && (found.firstMention >= position || entity.firstMention > found.firstMention)) found = entity;
	}
	return found;
}

/**
 * The named organisation a generic noun means: the latest one mentioned whose name holds the noun
 * ("the ministry" → "Russian Defence Ministry"), or, given an owner, whose name starts with it ("Israel's
 * military" → "Israel Defense Forces"); in German also a compound written before ("das Ministerium" →
 * "Bundesgesundheitsministerium"). Null when there is none.
 */
export function organisationFor(ctx: ArticleContext, noun: string, unit: Unit, position: number, owner: string): Speaker | null {
	const german = ctx.lexicon.language === 'de';
	const recent = ctx.registry.recentEntities();
	for (let index = recent.length - 1; index >= 0; index--) {
		const entity = recent[index]!;
		if (entity.firstMention < 0 || entity.firstMention >= position) continue;
		const words = entity.name.toLowerCase().split(/\s+/u);
		if (words.length < 2 && !german) continue;
		const fits = owner !== ''
			? words.length >= 2 && words[0] === owner.toLowerCase() && entity.organisation
			: words.some((word) => (german ? word.endsWith(noun) && word.length > noun.length : word === noun));
		if (fits) return {entity, text: entity.name, role: entity.role};
	}
	if (!german || owner !== '') return null;
	for (let index = unit.index; index >= 0 && index >= unit.index - 6; index--) {
		const tokens = ctx.units[index]!.tokens;
		for (let k = tokens.length - 1; k >= 0; k--) {
			const token = tokens[k]!;
			if (token.start >= position || token.quoted || !token.cap || token.lower.length <= noun.length + 2) continue;
			const base = token.lower.endsWith(noun) ? token.text : /(?:es|s)$/u.test(token.lower) && token.lower.replace(/(?:es|s)$/u, '').endsWith(noun) ? token.text.replace(/(?:es|s)$/u, '') : '';
			if (base === '' || base.includes('-') && !/^\p{Lu}/u.test(base.split('-').pop() ?? '')) continue;
			const entity = ctx.registry.addName(base, {organisation: true});
			note(ctx, unit, entity, position);
			return {entity, text: entity.name, role: entity.role};
		}
	}
	return null;
}

/** The body "Polizei Leipzig" when a phrase's name follows an institution's noun directly ("die Polizei Leipzig"); null otherwise. */
function seatedBodyAt(ctx: ArticleContext, tokens: Token[], phrase: NounPhrase): Entity | null {
	let at = phrase.to - 1;
	while (at > phrase.from && tokens[at]!.text !== phrase.name) at--;
	const noun = tokens[at - 1];
	// The name must be a place: "der Konzern Siemens", "das Unternehmen Tesla" are the firm under its own name.
	if (at <= phrase.from || !noun || !noun.cap || !noun.word || !isInstitutionWord(ctx, noun.lower) || genderOfGivenName(phrase.name) !== 'any' || !isSeatName(ctx, phrase.name)) return null;
	const known = ctx.registry.lookup(phrase.name);
	if (known && !known.organisation && known.name.includes(' ')) return null;
	const name = `${noun.text} ${phrase.name}`;
	return ctx.registry.lookup(name) ?? ctx.registry.addName(name, {organisation: true, seated: true});
}

/**
 * "Google was fined … on Tuesday. It said …": with no organisation known, "it" means the capitalised subject
 * opening the sentence before (not a person, not a common word). Null when there is none.
 */
function subjectBodyBefore(ctx: ArticleContext, unit: Unit): Entity | null {
	const previous = ctx.units[unit.index - 1];
	if (!previous || unit.paragraph - previous.paragraph > 1) return null;
	const tokens = previous.tokens;
	let start = 0;
	if (tokens[0]?.lower === 'the' || (ctx.lexicon.language === 'de' && /^(?:der|die|das)$/u.test(tokens[0]?.lower ?? ''))) start = 1;
	let end = start;
	while (end < tokens.length && end - start < 4 && !tokens[end]!.quoted && isNameToken(tokens[end]!, ctx.lexicon)) end++;
	const next = tokens[end];
	if (end === start || !next || !next.word || next.cap || next.quoted) return null;
	// "Article 5 is one of Nato's principles", "Chapter 11 protects …": a capitalised word with a number is a numbered thing.
	if (/^\p{N}/u.test(next.text)) return null;
	const name = tokens.slice(start, end).map((part) => stripPossessive(part.text)).join(' ');
	// "Die Firma streicht …" names no body: a generic noun is a description, not a name.
	if (ctx.lexicon.organisationNouns.has(name.toLowerCase())) return null;
	// German capitalises every noun: a run before a plural verb ("Zehntausende Arbeitsplätze sind …", "Forderungen werden")
	// or opened by a quantifier is a plural noun phrase, no body's name (a body takes the singular: "Volkswagen hat").
	if (ctx.lexicon.language === 'de' && (/^(?:\p{Ll}+en|sind|waren)$/u.test(next.lower) || isGermanQuantifier(tokens[start]!))) return null;
	// German: after an article only a name that says it is a body ("Die EU-Kommission"), not any noun ("Die Zahl").
	if (start === 1 && ctx.lexicon.language === 'de' && !isInstitutionWord(ctx, name.toLowerCase().split(/[\s-]/u).pop() ?? '')) return null;
	const known = ctx.registry.lookup(name);
	if (known && (!known.organisation || guessedThing(ctx, known))) return null;
	if (!known && genderOfName(name) !== 'any') return null;
	// "Forderungen von Gläubigern werden zurückgestellt.": a German abstract noun opening the sentence is no body.
	if (!known && ctx.lexicon.language === 'de' && isGermanThingWord(ctx, name)) return null;
	const entity = known ?? ctx.registry.addName(name, {organisation: true, guessed: true});
	note(ctx, unit, entity, unit.start);
	return entity;
}

/**
 * The organisation named last before `position` (a few sentences back): a description ("the agency", "der
 * Konzern") usually takes up the body just named, not the one that spoke before it.
 */
function lastNamedOrganisation(ctx: ArticleContext, unit: Unit, position: number): Entity | null {
	for (let index = unit.index; index >= 0 && index >= unit.index - 6; index--) {
		// Mentions are noted as they are found, not in text order: take the latest by position.
		let latest: {entity: Entity; position: number} | null = null;
		for (const mention of ctx.registry.mentionsIn(index)) {
			if (mention.position < position && mention.entity.organisation && !guessedThing(ctx, mention.entity) && (!latest || mention.position > latest.position)) latest = mention;
		}
		if (latest) return latest.entity;
	}
	return null;
}

/**
 * The organisation "it" or "the institute" means at `position`: one in the same clause, else one that spoke
 * in the sentences before, else one they mention (latest first). An organisation named in a clause set off
 * before the pronoun ("After the Reuters investigation was published, it said") comes last.
 */
function recentOrganisation(ctx: ArticleContext, unit: Unit, position = unit.end): Entity | null {
	const commaInUnit = ctx.text.slice(unit.start, Math.max(unit.start, position)).lastIndexOf(',');
	const clauseStart = commaInUnit < 0 ? unit.start : unit.start + commaInUnit;
	const body = (entity: Entity) => entity.organisation && !guessedThing(ctx, entity);
	const here = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position < position && body(mention.entity));
	const sameClause = here.filter((mention) => mention.position > clauseStart).pop();
	if (sameClause) return sameClause.entity;
	const spoke = unit.speakers.find(body);
	if (spoke) return spoke;
	for (let index = unit.index - 1; index >= 0 && index >= unit.index - 6; index--) {
		const candidate = ctx.units[index]!;
		const found = [...candidate.speakers, ...[...candidate.mentioned].reverse()].find(body);
		if (found) return found;
	}
	return here.pop()?.entity ?? [...unit.mentioned].reverse().find(body) ?? null;
}

/**
 * A one-word German noun taken for a body only as a guess, which names a thing ("Forderungen von Gläubigern werden
 * zurückgestellt. Das Unternehmen erklärte …": an abstract ending, or a noun the text writes after an article): no
 * description of a body ("das Unternehmen", "es") means it.
 */
export function guessedThing(ctx: ArticleContext, entity: Entity): boolean {
	if (namesPlaceOrPronoun(ctx, entity)) return true;
	return ctx.lexicon.language === 'de' && entity.guessed && !entity.name.includes(' ') && (isGermanThingWord(ctx, entity.name) || isGermanThing(ctx, entity));
}

const personalPronouns = /^(?:ich|du|er|sie|es|wir|ihr|ihm|ihn|ihnen|uns|euch|mir|mich|dir|dich|him|her|them|it|us)$/u;

const placeNouns: ReadonlySet<string> = new Set([...placeNounsDe, 'street', 'avenue', 'road', 'square', 'boulevard', 'lane', 'bridge']);

/**
 * "Brienner Straße", "Karolinenplatz", "Ihm" (a pronoun capitalised to open "Ihm zufolge"): a name ending in a noun of
 * place, or a function word, is where something happened or a word of the sentence — no one who speaks.
 */
function namesPlaceOrPronoun(ctx: ArticleContext, entity: Entity): boolean {
	const words = entity.name.toLowerCase().split(/[\s-]+/u);
	const last = words[words.length - 1] ?? '';
	if (words.length === 1 && (ctx.lexicon.functionWords.has(last) || ctx.lexicon.pronouns[last] !== undefined || personalPronouns.test(last))) return true;
	return words.length > 1 && !entity.name.includes('(') && (placeNouns.has(last) || (ctx.lexicon.language === 'de' && /(?:straße|strasse|platz|gasse|allee)$/u.test(last)));
}

/**
 * The gender a role description tells: a German female form ("Ministerin", "Kanzlerin") or a masculine form
 * under a masculine article ("der Minister", "dem Sprecher"); an English gendered role word ("spokeswoman",
 * "chairman"). "any" when the description does not tell ("die Behörde", "the minister").
 */
function roleGender(ctx: ArticleContext, phrase: NounPhrase, tokens: Token[]): 'male' | 'female' | 'any' {
	const word = [...phrase.roleWords].reverse().find((candidate) => roleHead(candidate, ctx.lexicon) !== '') ?? '';
	return describedGender(ctx, word, tokens[phrase.from]?.lower ?? '');
}

export function describedGender(ctx: ArticleContext, roleWord: string, article: string): 'male' | 'female' | 'any' {
	if (roleWord === '' || roleHead(roleWord, ctx.lexicon) === '') return 'any';
	if (ctx.lexicon.language === 'en') return genderOfRoleWord(roleWord);
	const lower = roleWord.toLowerCase();
	if (/(?:in|innen)$/u.test(lower) && roleHead(lower.replace(/(?:in|innen)$/u, ''), ctx.lexicon) !== '') return 'female';
	return /^(?:der|dem|den|des|ein|einem|einen|eines)$/u.test(article) && !/(?:e|frau)$/u.test(lower) ? 'male' : 'any';
}

function byRole(ctx: ArticleContext, phrase: NounPhrase, position: number, gender: 'male' | 'female' | 'any' = 'any'): Entity | null {
	let best: Entity | null = null;
	let bestScore = 1;
	let bestRecency = -1;
	const modifiers = phrase.roleWords.filter((word) => roleHead(word, ctx.lexicon) === '' && word.length > 1);
	for (const entity of ctx.registry.recentEntities()) {
		if (entity.organisation) continue;
		if (gender !== 'any' && entity.gender !== 'any' && entity.gender !== gender) continue;
		let score = 0;
		if (phrase.roleHeads.some((head) => entity.roleHeads.has(head))) score += 2;
		const entityModifiers = [...entity.roleWords].filter((word) => roleHead(word, ctx.lexicon) === '');
		const overlap = modifiers.some((word) => entityModifiers.includes(word));
		if (overlap) score += 2;
		else if (modifiers.length > 0 && entityModifiers.length > 0 && score > 0) score -= 2;
		if (entity.firstMention < 0 || entity.firstMention >= position) continue;
		const recency = ctx.registry.recentEntities().indexOf(entity);
		if (score > bestScore || (score === bestScore && score > 1 && recency > bestRecency)) {
			best = entity;
			bestScore = score;
			bestRecency = recency;
		}
	}
	return best;
}

/**
 * The person a pronoun (or a bare role) most likely means: in the sentences before, whoever spoke,
 * else whoever was named first (the subject, usually). Looks back a few sentences only.
 */
// Nouns of what someone announced or said, which speak for whoever made them ("Die Ankündigungen von X versprachen …").
const announcementNouns = /^(?:ankündigung|ankündigungen|aussage|aussagen|äußerung|äußerungen|erklärung|erklärungen|mitteilung|stellungnahme|announcement|announcements|statement|statements|remarks|comments)$/u;

/**
 * "Die Ankündigungen von Deutscher Bahn und Minister Andreas Scheuer versprachen …", "the announcement by X said": an
 * announcement speaks for whoever made it — the people and bodies named right after "von"/"des"/"by"/"of". Null otherwise.
 */
function statementOwners(ctx: ArticleContext, phrase: NounPhrase, unit: Unit, tokens: Token[]): Speaker | null {
	// The noun may have been read as a one-word name (German capitalises it).
	if ((phrase.name !== '' && phrase.name !== tokens[phrase.to - 1]?.text) || phrase.roleHeads.length > 0 || !announcementNouns.test(tokens[phrase.to - 1]?.lower ?? '')) return null;
	// Definite only: "eine Aussage von X lässt vermuten" is the writer's inference from one of X's words, no report of X.
	if (ctx.lexicon.indefinite.has(phrase.determiner.toLowerCase()) || !/^(?:von|vom|des|der|by|of)$/u.test(tokens[phrase.to]?.lower ?? '')) return null;
	// The owners run to the verb or a comma; a bracketed short form ("(CSU)") is part of the name before it.
	let end = phrase.to + 1;
	while (end < tokens.length && end - phrase.to <= 10 && tokens[end]!.text !== ',' && !(tokens[end]!.word && !tokens[end]!.cap && !/^(?:und|and|of|für)$/u.test(tokens[end]!.lower) && !ctx.lexicon.determiners.has(tokens[end]!.lower))) end++;
	const from = tokens[phrase.to + 1]?.start ?? unit.end;
	const to = tokens[end - 1]?.end ?? unit.end;
	const named: Entity[] = [];
	for (const mention of ctx.registry.mentionsIn(unit.index)) if (mention.position >= from && mention.position < to && !named.includes(mention.entity)) named.push(mention.entity);
	if (named.length === 0) return null;
	if (named.length === 1) return {entity: named[0]!, text: named[0]!.name, role: named[0]!.role};
	const and = ctx.lexicon.language === 'de' ? ' und ' : ' and ';
	return {entity: null, text: named.map((entity) => entity.name).join(and), role: ''};
}

export function recentPerson(ctx: ArticleContext, unit: Unit, position: number, gender: 'male' | 'female' | 'any', withoutRoleOnly: boolean): Entity | null {
	// A he/she is never a name the name lists know as a state, country or city ("Mecklenburg-Vorpommern").
	const place = (entity: Entity) => gender !== 'any' && !entity.organisation && entity.gender === 'any' && !entity.name.includes(' ') && nameKind(entity.name, ctx.lexicon.language) === 'organisation';
	// "at the Nou Camp": an English name written after "the" is a place or a body, never whom he/she means.
	const articled = (entity: Entity) => gender !== 'any' && ctx.lexicon.language === 'en' && entity.gender === 'any' && theWordsEn(ctx).has(entity.name.split(' ')[0]!);
	const loose = (entity: Entity) => !isGermanThing(ctx, entity) && !guessedThing(ctx, entity) && (!entity.organisation || (withoutRoleOnly && entity.guessed)) && (gender === 'any' || entity.gender === 'any' || entity.gender === gender) && (!withoutRoleOnly || entity.roleHeads.size === 0) && !place(entity) && !articled(entity);
	// Nearest first; a known other gender rules a person out, an unknown one does not. (Preferring a person
	// of known gender over a nearer one of unknown gender was tried: it took Peskow for Putin's "er".)
	// A one-word name the text gives no kind ("Scholz sagte: „…“") is taken for a body; once it has spoken, a following
	// he/she means it — a pronoun of a sex is a person's, and a body that spoke is referred to by "it"/"es".
	// A state, country or city the name lists know is never "er"/"sie" ("Mecklenburg-Vorpommern" spoke through its office).
	const spoke = (entity: Entity) => entity.organisation && entity.guessed && !entity.name.includes(' ') && gender !== 'any' && !isGermanThing(ctx, entity) && nameKind(entity.name, ctx.lexicon.language) !== 'organisation';
	return walkBack(ctx, unit, position, withoutRoleOnly, loose, spoke);
}

const theWordsCache = new WeakMap<ArticleContext, Set<string>>();

/** Capitalised words the English article writes right after a small "the" ("at the Nou Camp", "the Premiership"). */
function theWordsEn(ctx: ArticleContext): Set<string> {
	return articleWords(ctx, theWordsCache, (tokens, at) => {
		const token = tokens[at]!;
		const before = tokens[at - 1];
		return token.word && token.cap && !token.quoted && before && before.word && before.text === 'the' ? token.text : undefined;
	});
}

function walkBack(ctx: ArticleContext, unit: Unit, position: number, withoutRoleOnly: boolean, fits: (entity: Entity) => boolean, speakerFits: (entity: Entity) => boolean = () => false): Entity | null {
	// In the same sentence only a person with no comma before the pronoun: in "Scholz habe gewartet,
	// sagte er" the name belongs to the reported clause, not to the cue.
	const commaInUnit = ctx.text.slice(unit.start, Math.max(unit.start, position)).lastIndexOf(',');
	const lastComma = commaInUnit < 0 ? -1 : unit.start + commaInUnit;
	const here = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position < position && mention.position > lastComma).map((mention) => mention.entity);
	for (const entity of here.reverse()) if (fits(entity)) return entity;
	// "Dobrindt fand freundliche Worte: Die CSU verliere mit Scheuer …, sagte der Landesgruppenchef": the clause before
	// the colon announces the words the cue closes; its people are nearer the cue than the report's own.
	const colonInUnit = lastComma < 0 ? -1 : ctx.text.slice(unit.start, lastComma).lastIndexOf(':');
	if (colonInUnit >= 0) {
		const announcing = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position < unit.start + colonInUnit).map((mention) => mention.entity);
		for (const entity of announcing.reverse()) if (fits(entity)) return entity;
	}
	for (let index = unit.index - 1; index >= 0 && index >= unit.index - 4; index--) {
		const previous = ctx.units[index]!;
		if (unit.paragraph - previous.paragraph > 2) break;
		// A bare role ("der Finanzprofessor") only means someone who just spoke or was the subject.
		const candidates = withoutRoleOnly ? [...previous.speakers, ...previous.mentioned.filter((entity) => startsUnit(ctx, previous, entity))] : [...previous.speakers, ...byClauseWeight(ctx, previous)];
		for (const entity of candidates) if (fits(entity) || (previous.speakers.includes(entity) && speakerFits(entity))) return entity;
		if (withoutRoleOnly && index <= unit.index - 2) break;
	}
	return null;
}

export function firstPersonIn(ctx: ArticleContext, unit: Unit, before: number): Entity | null {
	const mention = ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.position < before && !candidate.entity.organisation);
	return mention?.entity ?? null;
}

/**
 * "sagt der Präsident des Gemeinderats, Bruno Kessler.", "said the head of the agency, Jane Holt,": a role phrase
 * without a name, then a comma and a person's name of two or more words that closes the clause — the apposition names
 * the role's holder, who speaks (not the body the role belongs to).
 */
function apposedPerson(ctx: ArticleContext, phrase: NounPhrase, unit: Unit, tokens: Token[]): Entity | null {
	// "der Präfekt von Mayotte, François-Xavier Bieuville": a phrase whose name is the place of its role is no person's name.
	const placeOfRole = phrase.name !== '' && tokens.slice(phrase.from, phrase.to).some((token) => /^(?:von|vom|aus|of|for)$/u.test(token.lower));
	if ((phrase.name !== '' && !placeOfRole) || phrase.pronoun !== '' || phrase.group || phrase.roleHeads.length === 0) return null;
	// The role's complement ("des Gemeinderats", "of the agency") may stand between the role and the comma.
	let comma = phrase.to;
	// It runs on over a body's long name and a second role joined by "und" ("der Präsident des Bundesamts für die Sicherheit
	// der nuklearen Entsorgung (Base), Christian Kühn", "der zweite Vorsitzende der IG Metall und stellvertretende
	// Aufsichtsratschef von Thyssenkrupp, Jürgen Kerner"): words only, so it never passes a comma or a quote.
	// A place or body after a preposition is a complement too ("der Präfekt von Mayotte, François-Xavier Bieuville", "des
	// stellvertretenden Feuerwehrkommandanten in Ulm, Reiner Buschow", "the spokesman for the ministry, Ahmad Saleh").
	if (/^(?:des|der|of|at|von|vom|in|im|aus|für|beim|bei|am|for|in|from)$/u.test(tokens[comma]?.lower ?? '')) {
		comma++;
		while (comma < tokens.length && comma - phrase.to <= 12 && !(tokens[comma] as Partial<UnitToken>).quoted) {
			if (tokens[comma]!.word) comma++;
			// "des Internationalen Komitees vom Roten Kreuz (IKRK), Mirjana …": the body's short form in brackets.
			else if (tokens[comma]!.text === '(' && tokens[comma + 1]?.word && tokens[comma + 2]?.text === ')') comma += 3;
			else break;
		}
	}
	if (tokens[comma]?.text !== ',') return null;
	const first = tokens[comma + 1];
	if (!first || !first.word || !first.cap || (first as Partial<UnitToken>).quoted) return null;
	const mention = ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.position === first.start);
	const person = mention?.entity;
	if (!person || person.organisation || !person.name.includes(' ')) return null;
	// The name must close the clause: the words after it are its own until a comma, a stop or the sentence's end.
	let end = comma + 1;
	// A hyphen inside a given name is part of it ("François-Xavier Bieuville").
	while (end < tokens.length && ((tokens[end]!.word && (tokens[end]!.cap || tokens[end]!.particle === true)) || (/^[-‐]$/u.test(tokens[end]!.text) && tokens[end + 1]?.cap === true))) end++;
	const after = tokens[end];
	return after === undefined || /^[,.;:!?)]$/u.test(after.text) ? person : null;
}

/** The person a sentence is about: its first-named person, or the person its opening pronoun means. */
export function subjectOf(ctx: ArticleContext, unit: Unit): Entity | null {
	const first = unit.tokens.find((token) => token.word && !token.quoted);
	if (first && ctx.lexicon.pronouns[first.lower] !== undefined && ctx.lexicon.pronouns[first.lower] !== 'organisation') {
		const gender = ctx.lexicon.pronouns[first.lower]!;
		return recentPerson(ctx, unit, first.start, gender === 'organisation' ? 'any' : gender, false);
	}
	return unit.mentioned.find((entity) => !entity.organisation && startsUnit(ctx, unit, entity)) ?? null;
}

/** The person who opens the sentence as its subject and is known to speak or to hold a role, if any. */
export function personOpening(ctx: ArticleContext, unit: Unit): Entity | undefined {
	return unit.mentioned.find((entity) => !entity.organisation && (entity.speaker || entity.roleHeads.size > 0) && startsUnit(ctx, unit, entity));
}

/**
 * The person a cue-less reported sentence opens with, as its speaker — unless someone else reported about that
 * person in the sentence right before ("Bondi werde …, so Trump. Bondi sei „klug“ …"): then the person is
 * the one spoken about, and the reporter goes on.
 */
export function reportingSubject(ctx: ArticleContext, unit: Unit, recent: {speaker: Speaker; unit: number} | null): Entity | undefined {
	const subject = personOpening(ctx, unit);
	if (!subject || !recent || recent.unit !== unit.index - 1) return subject;
	const reporter = recent.speaker.entity;
	if (!reporter || reporter === subject || reporter.organisation) return subject;
	const previous = ctx.units[recent.unit]!;
	if (previous.paragraph !== unit.paragraph) return subject;
	return previous.mentioned.includes(subject) && !startsUnitAsSpeaker(ctx, previous, subject) ? undefined : subject;
}

/** Whether the person opening a sentence is the one who speaks in it (not a person the quote is about). */
function startsUnitAsSpeaker(ctx: ArticleContext, unit: Unit, entity: Entity): boolean {
	return ctx.quotes.some((quote) => quote.start >= unit.start && quote.start < unit.end && quote.speaker === entity.name);
}

export function startsUnit(ctx: ArticleContext, unit: Unit, entity: Entity): boolean {
	const first = ctx.registry.mentionsIn(unit.index)[0];
	if (!first || first.entity !== entity) return false;
	const index = tokenIndexAt(unit, first.position);
	return opensClause(ctx, unit.tokens, index);
}

/**
 * "…", sagte Yotam Ophir, Leiter des Labors. … so der Experte. / Abby said: "…" The Florida fan explained: — an
 * epithet, or a description of know-how ("the expert"), means the person who just spoke, in this paragraph or the
 * one before, whatever job the text gave them; "the expert" is no one holding a public office. Offices ("the
 * spokeswoman") do not count: they name someone else as often as not.
 */
function describedLastSpeaker(ctx: ArticleContext, phrase: NounPhrase, unit: Unit, gender: 'male' | 'female' | 'any'): Entity | null {
	const {describers, epithets, publicOffices} = ctx.lexicon;
	if (phrase.roleHeads.length === 0 || !phrase.roleHeads.every((head) => describers.has(head) || epithets.has(head))) return null;
	const last = ctx.last;
	if (!last || unit.paragraph - ctx.units[last.unit]!.paragraph > 1) return null;
	const entity = last.speaker.entity;
	if (!entity || entity.organisation || isGermanThing(ctx, entity)) return null;
	if (phrase.roleHeads.some((head) => describers.has(head)) && [...entity.roleHeads].some((head) => publicOffices.has(head))) return null;
	return gender === 'any' || entity.gender === 'any' || entity.gender === gender ? entity : null;
}

const spokespersonHeads = new Set(['spokesman', 'spokesperson', 'spokespeople', 'sprecher']);

/**
 * "…," a company spokesperson said. / „…“, sagte ein Konzernsprecher.: someone speaking for a body the text names
 * only by its kind speaks for the named body of that kind the text is about (the one it named last before).
 */
function spokespersonOfBody(ctx: ArticleContext, phrase: NounPhrase, unit: Unit, tokens: Token[]): Speaker | null {
	if (phrase.name !== '' || phrase.pronoun || phrase.group || !phrase.roleHeads.some((head) => spokespersonHeads.has(head))) return null;
	const words = tokens.slice(phrase.from, phrase.to).map((token) => token.lower);
	const kind = ctx.lexicon.language === 'de'
		? words.map((word) => word.replace(/sprecher(?:in|innen|s|n)?$/u, '').replace(/-$/u, '')).find((stem) => stem !== '' && (ctx.lexicon.anyBodyNouns.has(stem) || ctx.lexicon.anyBodyNouns.has(stem.replace(/s$/u, ''))))
		: words.find((word) => ctx.lexicon.anyBodyNouns.has(word));
	if (!kind) return bareSpokesperson(ctx, phrase, tokens) ? focusOrganisation(ctx, unit, tokens[phrase.from]?.start ?? unit.start) : null;
	// The body the text is about: one that opens a sentence just before as its subject ("Shell, which the Venezuelan
	// government owes …, will stay cautious."), not any body named in it.
	for (let index = unit.index - 1; index >= 0 && index >= unit.index - 3; index--) {
		const previous = ctx.units[index]!;
		if (unit.paragraph - previous.paragraph > 1) break;
		const subject = ctx.registry.mentionsIn(index).find((mention) => mention.entity.organisation && !isGermanThing(ctx, mention.entity) && !isStoryTown(ctx, mention.entity.name) && startsUnit(ctx, previous, mention.entity));
		if (subject) return {entity: subject.entity, text: subject.entity.name, role: subject.entity.role};
		// A single capitalised name opening the sentence, set off by a comma or followed by its verb, no person's name.
		const opening = phraseAfter(previous.tokens, 0, ctx.lexicon, ctx.text);
		const after = opening ? previous.tokens[opening.to] : undefined;
		if (opening && opening.name !== '' && !opening.name.includes(' ') && opening.roleHeads.length === 0 && opening.determiner === '' && after && (after.text === ',' || (after.word && !after.cap)) && genderOfName(opening.name) === 'any' && !isGivenName(opening.name) && !ctx.lexicon.functionWords.has(opening.name.toLowerCase()) && !isStoryTown(ctx, opening.name)) {
			const entity = ctx.registry.lookup(opening.name) ?? ctx.registry.addName(opening.name, {organisation: true, guessed: true});
			if (!entity.organisation) return null;
			return {entity, text: entity.name, role: entity.role};
		}
	}
	// "a bureau spokesperson" with no body of that kind opening a sentence before: the article's own body.
	return bareSpokesperson(ctx, phrase, tokens, true) ? focusOrganisation(ctx, unit, tokens[phrase.from]?.start ?? unit.start) : null;
}

/**
 * "eine Sprecherin", "a spokeswoman": an unnamed spokesperson for no body named with them, so not "der Sprecher"
 * (someone just described) and not "ein Sprecher der Polizei" (the body follows).
 */
function bareSpokesperson(ctx: ArticleContext, phrase: NounPhrase, tokens: Token[], withKind = false): boolean {
	if (phrase.determiner !== '' && !ctx.lexicon.indefinite.has(phrase.determiner)) return false;
	if (phrase.to - phrase.from > (withKind ? 3 : 2)) return false;
	const head = tokens[phrase.to - 1];
	if (!head || !spokespersonHeads.has(roleHead(head.text, ctx.lexicon))) return false;
	return !/^(?:der|des|von|vom|of|for|at|from)$/u.test(tokens[phrase.to]?.lower ?? '');
}

/**
 * Whom an unintroduced spokesperson speaks for: a body named earlier in the same sentence ("bekam die RWTH Aachen
 * Besuch, wie ein Sprecher bestätigte"), else the body the article is about — named in its title or lede and the one
 * named most often so far (twice at least; the later one on a tie).
 */
function focusOrganisation(ctx: ArticleContext, unit: Unit, position: number): Speaker | null {
	const countable = (entity: Entity) => entity.organisation && !isGermanThing(ctx, entity) && !(entity.guessed && (entity.gender !== 'any' || entity.roleHeads.size > 0));
	const here = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position < position && countable(mention.entity) && !mention.entity.guessed).at(-1);
	if (here) return {entity: here.entity, text: here.entity.name, role: here.entity.role};
	const focus = focusName(ctx);
	if (!focus) return null;
	const entity = ctx.registry.lookup(focus) ?? ctx.registry.addName(focus, {organisation: true});
	if (!entity.organisation) return null;
	note(ctx, unit, entity, position);
	return {entity, text: entity.name, role: entity.role};
}

const focusNames = new WeakMap<ArticleContext, string | null>();

/**
 * The name the article is about: a one-word name from its title the text repeats most (three times at least),
 * always capitalised and never after an article (so no German noun), and no person's name.
 */
function focusName(ctx: ArticleContext): string | null {
	const cached = focusNames.get(ctx);
	if (cached !== undefined) return cached;
	let found: string | null = null;
	const title = ctx.units[0];
	if (title && title.paragraph === 0) {
		let most = 2;
		for (const token of title.tokens) {
			if (!token.word || !token.cap || token.quoted || token.text.length < 2 || ctx.lexicon.functionWords.has(token.lower)) continue;
			const known = ctx.registry.lookup(token.text);
			if ((known && !known.organisation) || isGivenName(token.text) || genderOfName(token.text) !== 'any') continue;
			// "Klebeaktion am Flughafen Frankfurt", "Brand in Konstanz": the town of the story is where, not who.
			if (isStoryTown(ctx, token.text)) continue;
			let count = 0;
			let clean = true;
			for (const unit of ctx.units) {
				if (unit.index === 0) continue;
				for (let k = 0; k < unit.tokens.length && clean; k++) {
					const other = unit.tokens[k]!;
					if (other.lower !== token.lower) continue;
					const before = unit.tokens[k - 1];
					if (!other.cap || (before && (ctx.lexicon.determiners.has(before.lower) || /^(?:im|am|zum|zur|vom|beim|pro|ins|ans)$/u.test(before.lower)))) clean = false;
					else count++;
				}
				if (!clean) break;
			}
			if (clean && count > most) {
				found = token.text;
				most = count;
			}
		}
	}
	focusNames.set(ctx, found);
	return found;
}

/**
 * "analysten", "experten", "sprecherinnen" (plural) against "analyst", "experte", "sprecherin" (one person); after
 * "die" or "der" only, where "-en" is no case ending of one person ("den Präsidenten").
 */
function germanPluralRole(word: string, head: string): boolean {
	const at = head === '' ? -1 : word.lastIndexOf(head);
	return at >= 0 && /^(?:en|n|innen)$/u.test(word.slice(at + head.length));
}

/** Conjunctions that open a subordinate clause set before the main clause ("After X won, it was Y who …"). */
const frontedOpeners = new Set(['after', 'before', 'when', 'while', 'although', 'though', 'since', 'once', 'until', 'because', 'if', 'as', 'nachdem', 'als', 'während', 'obwohl', 'wenn', 'weil', 'bevor', 'seit', 'seitdem', 'sobald']);

/**
 * The people a sentence mentions, those of its main clause first: "After Lily Miyazaki won …, it was Katie Boulter
 * who …" — a following "she" means Boulter, not the person of the clause set before.
 */
function byClauseWeight(ctx: ArticleContext, unit: Unit): Entity[] {
	const first = unit.tokens[0];
	if (!first || !frontedOpeners.has(first.lower)) return unit.mentioned;
	const comma = unit.tokens.find((token) => token.text === ',' && !token.quoted);
	if (!comma) return unit.mentioned;
	const mentions = ctx.registry.mentionsIn(unit.index);
	const fronted = (entity: Entity) => mentions.every((mention) => mention.entity !== entity || mention.position < comma.start);
	return [...unit.mentioned.filter((entity) => !fronted(entity)), ...unit.mentioned.filter(fronted)];
}

/** "National Union of Journalists (NUJ)" → "National Union of Journalists". */
function withoutShortForm(name: string): string {
	// Found by index, not by a regex: an unanchored `\s*\(` pattern rescans a long name from every position.
	if (!name.endsWith(')')) return name;
	const open = name.indexOf('(', name.lastIndexOf(')', name.length - 2) + 1);
	return open < 0 ? name : name.slice(0, open).trimEnd();
}

/** Nationality adjectives that end otherwise than in -ian, -ean or -ese, kept as data. */
const demonymsEn = new Set(['israeli', 'iraqi', 'saudi', 'pakistani', 'kuwaiti', 'yemeni', 'qatari', 'emirati', 'omani', 'bangladeshi', 'nepali', 'somali', 'thai', 'french', 'dutch', 'swiss', 'greek', 'czech', 'welsh', 'irish', 'scottish', 'british', 'danish', 'finnish', 'polish', 'turkish', 'spanish', 'swedish', 'kurdish']);

/** "Canadian", "Israeli", "Chinese": an English nationality adjective (not a given name such as "Brian" or "Julian"). */
function isDemonymEn(word: string): boolean {
	const lower = word.toLowerCase();
	if (demonymsEn.has(lower)) return true;
	return lower.length >= 6 && /(?:ian|ean|ese)$/u.test(lower) && /^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word);
}

const smallWords = new WeakMap<ArticleContext, Set<string>>();

/** Does the article also write this word with a small first letter (so its capital at a sentence start says nothing)? */
function writtenSmall(ctx: ArticleContext, word: string): boolean {
	return articleWords(ctx, smallWords, (tokens, at) => (tokens[at]!.word && !tokens[at]!.cap ? tokens[at]!.lower : undefined)).has(word.toLowerCase());
}

/** "des US-Militärs", "der Stadt Köln", "der Syrischen Beobachtungsstelle": a German genitive after a body's noun, up to its last capitalised word, or "". */
const describedGroupsDe: ReadonlySet<string> = new Set(groupNounsDe);
const describingArticleDe = /^(?:der|die|das|den|dem|ein|eine|einen|einem)$/u;

function genitiveComplementDe(ctx: ArticleContext, tokens: readonly Token[], at: number): string {
	if (!/^(?:der|des)$/u.test(tokens[at]?.lower ?? '')) return '';
	let end = at + 1;
	while (end < tokens.length && end - at <= 3 && tokens[end]!.word && (tokens[end] as Partial<UnitToken>).quoted !== true && (tokens[end]!.cap || /e[nrs]?$/u.test(tokens[end]!.lower))) end++;
	while (end > at + 1 && !tokens[end - 1]!.cap) end--;
	return end > at + 1 ? ctx.text.slice(tokens[at]!.start, tokens[end - 1]!.end) : '';
}
