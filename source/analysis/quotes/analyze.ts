// The quote engine: finds direct, partial and indirect quotes in an article and says who said them.

import type {Quote, QuoteAnalysis, QuoteKind} from '../../model/quote.js';
import {PeopleRegistry, type Entity} from '../people/registry.js';
import {genderOfGivenName, genderOfName, genderOfRoleWord, genderTitles, kinshipGender, neutralTitles} from '../people/given-names.js';
import {nominativeRoleDe} from '../people/role-case.js';
import {confirmedCapitals, followsGermanNumber, isAcronym, isGermanPhraseOpener, isGermanQuantifier, isGivenName, isMixedCase, isTitleCaseLine, opensSentence} from '../people/name-evidence.js';
import {lexiconFor, roleHead, type Lexicon} from './lexicon.js';
import {epithetNounsDe} from './lexicon-de.js';
import {epithetNounsEn} from './lexicon-en.js';
import {findQuoteSpans, type QuoteSpan} from './marks.js';
import {isNameToken, isRoleToken, phraseAfter, phraseBefore, stripPossessive, type NounPhrase} from './phrases.js';
import {paragraphsOf, sentencesOf, tokensOf, type Span, type Token} from './text-units.js';

export interface AnalyzeOptions {
	language: 'de' | 'en' | string;
	title?: string;
}

interface UnitToken extends Token {
	/** Inside quotation marks (the quoted words, not the writer's). */
	quoted: boolean;
}

interface Unit extends Span {
	index: number;
	paragraph: number;
	tokens: UnitToken[];
	quotes: QuoteSpan[];
	/** Entities named in the writer's words of this sentence, in order. */
	mentioned: Entity[];
	/** Entities that speak in this sentence. */
	speakers: Entity[];
}

/** A resolved speaker: a known entity, or a description the text gives ("ein Militärexperte"), or nobody. */
interface Speaker {
	entity: Entity | null;
	text: string;
	role: string;
}

interface Cue {
	/** Token index of the cue word in the unit. */
	at: number;
	kind: 'speech' | 'framing' | 'source' | 'so' | 'impersonal' | 'statement';
	cue: string;
	speaker: Speaker;
	/** Token range the speaker phrase covers (excluded from reported clauses). */
	phraseFrom: number;
	phraseTo: number;
}

const nobody: Speaker = {entity: null, text: '', role: ''};

/** A quotation mark token (a quote just closed or about to open). */
function isQuoteMark(token: UnitToken | undefined): boolean {
	return token !== undefined && !token.word && /["“”„«»'’]/u.test(token.text);
}

function speakerName(speaker: Speaker): string {
	return speaker.entity ? speaker.entity.name : speaker.text;
}

function speakerRole(speaker: Speaker): string {
	return speaker.entity ? speaker.entity.role : speaker.role;
}

const maxUnitLength = 1500;

/** Base forms of speech verbs, which also serve as imperatives and infinitives. */
const baseSpeechForms = /^(?:argue|warn|insist|claim|estimate|predict|allege|note|stress|admit|deny|acknowledge|confirm|say|tell|add)$/u;

/** Verbs that report a question when "whether"/"if" follows ("asked whether the money was spent"). */
/** Verbs of request and advice that report with an object and a to-infinitive ("urged the court to …"). */
const requestVerbsEn = /^(?:urged|urges|urging|called|calls|calling|appealed|appeals|implored|implores|begged|begs|encouraged|encourages|advised|advises|pressed|presses|warned|warns|asked|asks|challenged|challenges)$/u;

/** German verbs of admitting, denying and claiming: their zu-infinitive is what was claimed ("bestritt, … gewusst zu haben"). */
const claimVerbsDe = /^(?:räumte|räumt|räumten|gab|gibt|gaben|bestritt|bestreitet|bestritten|dementierte|dementiert|behauptete|behauptet|behaupteten|beteuerte|beteuert|versicherte|versichert|leugnete|leugnet|stritt|streitet)$/u;

/** Epithets ("the 43-year-old", "die Siegerin") describe someone also known by an office, unlike another office does. */
const epithetHeads = new Set([...epithetNounsEn, ...epithetNounsDe].map((noun) => noun.replace(/(?<=..)in$/u, '')));

/** Headline verbs of saying and judging after a pull quote ("'…': Trump lauds first year", "„…“: Merz verteidigt Kurs"). */
const headlineVerbs = /^(?:lauds|hails|slams|blasts|rips|defends|attacks|backs|rejects|dismisses|praises|criticises|criticizes|urges|vows|warns|says|tells|admits|denies|insists|claims|calls|demands|pledges|promises|accuses|responds|reacts|verteidigt|kritisiert|fordert|warnt|lobt|verspricht|mahnt|droht|wirbt|reagiert|räumt|weist|sagt)$/u;

/** Lower-case particles inside personal names ("von der Leyen", "van Gogh", "bin Salman"). */
const nameParticles = new Set(['von', 'van', 'de', 'del', 'della', 'di', 'da', 'du', 'al', 'bin', 'ibn', 'ten', 'ter', 'dos']);

const reportedQuestionVerbs = /^(?:asked|asks|ask|questioned|questions|wondered|wonders)$/u;

/** Weak speech verbs that may drop "that" before a clause with an auxiliary ("admitted the plan had failed"). */
const zeroThatVerbs = /^(?:argue|warn|insist|claim|estimate|predict|allege|note|stress|admit|deny|acknowledge|confirm|repeated|repeats|recalls|concedes|contends|reiterates|estimated|estimates|predicted|predicts|suggested|suggests|agreed|promised|revealed|reveals|reported|reports|found|finds|showed|shows|indicated|indicates|declared|maintained|maintains|feared|fears|believes|believed|thinks|thought)$/u;

/** Finite auxiliaries and modals that show a that-less clause has its own verb. */
const finiteAuxiliaries = /^(?:is|are|was|were|had|has|have|would|could|will|can|may|might|should|must|did|does|do|isn't|aren't|wasn't|weren't|hadn't|hasn't|haven't|wouldn't|couldn't|won't|can't|didn't|doesn't|don't)$/u;

/** Strong speech verbs beyond "said" that take a that-less clause only when it has an auxiliary ("stressed the deal would …"). */
/** Participles of saying that carry a report after a comma ("He sued, claiming he had been falsely accused"). */
const participlesOfSaying = /^(?:adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|alleging|complaining|asserting|contending|maintaining|acknowledging|admitting|conceding|stating|predicting|estimating|suggesting)$/u;

const zeroThatStrongVerbs = /^(?:argue|warn|insist|claim|estimate|predict|allege|note|stress|admit|deny|acknowledge|confirm|claims|insists|stressed|recalls|concedes|contends|reiterates|saying|acknowledged|acknowledges|admitted|admits|stressed|stresses|confirmed|confirms|announced|announces|denied|denies|explained|explains|asserted|asserts|reiterated|conceded|contended|countered|recalled|replied|responded|emphasised|emphasized|alleged|alleges|cautioned|complained|testified|disclosed|assured|insisted|predicted|estimated|suggested|revealed|reported|found|finds|showed|shows|agreed|promised|indicated|declared|maintained|maintains|feared|fears|believes|believed|thinks|thought|estimates|predicts|suggests|reveals|reports|indicates|repeated|repeats|pointed)$/u;

const reportWords = /^(?:bericht|berichts|berichten|report|reports|memo|memos|statement|study|studie|daten|data|angaben|schätzungen|informationen|analysis|analyse|document|dokument)$/iu;

// Descriptions news uses for people it does not name.
const anonymousSources = new Set(['official', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'diplomat', 'person', 'analyst', 'expert', 'observer', 'witness', 'resident', 'insider', 'aide', 'member', 'employee', 'worker', 'man', 'woman']);

// English role nouns that are adjectives too ("first official State of the Union"): no lower-case role before a name.
const adjectiveRoles = new Set(['official', 'chief', 'general', 'executive', 'representative', 'premier', 'deputy', 'head', 'critic', 'resident', 'source', 'man', 'woman', 'owner', 'chair']);

// Nouns for any kind of body: "the company", "der Konzern" mean the organisation the text was just about,
// whatever its name; "the police" or "das Ministerium" only one whose name says so.
const anyBodyNouns = new Set(['behörde', 'authority', 'carmaker', 'automaker', 'planemaker', 'chipmaker', 'drugmaker', 'retailer', 'insurer', 'lender', 'airline', 'manufacturer', 'supplier', 'operator', 'startup', 'conglomerate', 'publisher', 'carrier', 'konzern', 'unternehmen', 'firma', 'company', 'firm', 'organisation', 'organization', 'institut', 'institute', 'group', 'gruppe', 'verband', 'association', 'agency', 'agentur', 'bündnis', 'alliance', 'initiative', 'verein', 'club', 'team', 'charity', 'network', 'stiftung', 'foundation', 'institution']);

// German document nouns at the end of a word, also in the genitive ("Jahresberichts" → "bericht").
const germanDocumentEnding = new RegExp(`(${[...lexiconFor('de').documentNouns].sort((a, b) => b.length - a.length).join('|')})(?:es|s)?$`, 'u');

/** Initials of a name's capitalised words ("Competition and Markets Authority" → "CMA"); "" for fewer than two. */
function initialsOf(name: string): string {
	const capitals = name.split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word));
	return capitals.length >= 2 ? capitals.map((word) => word[0]!).join('') : '';
}

// Nouns for a newspaper, magazine or broadcaster, as written before its name and for it later ("the paper").
// Bodies a text names by what they are ("the bank said", "so die Klinik"), beyond those of anyBodyNouns.
const describedBodyNouns = new Set(['bank', 'klinik', 'clinic', 'hospital', 'krankenhaus', 'gericht', 'court', 'ministerium', 'ministry', 'university', 'universität', 'hochschule', 'sender', 'broadcaster', 'regulator', 'aufsicht', 'partei', 'party']);

const describedLookBack = 400;
const indefiniteArticles = new Set(['a', 'an', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
const possessiveDeterminers = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere']);

// Role heads that name the same job ("Interimstrainer … so der Interimscoach").
const roleSynonyms = new Map<string, string[]>([['trainer', ['coach']], ['coach', ['trainer', 'manager']], ['manager', ['coach']], ['spokesperson', ['spokesman']], ['spokesman', ['spokesperson']]]);

const mediaNouns = new Set(['newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'magazine', 'broadcaster', 'outlet', 'zeitung', 'tageszeitung', 'wochenzeitung', 'blatt', 'boulevardblatt', 'magazin', 'nachrichtenmagazin', 'sender', 'fernsehsender']);
const mediaHead = 'outlet';

// German articles that mark a phrase as accusative, dative or genitive, never the subject of a verb.
const obliqueArticlesDe = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines']);

/** "Tax Justice Network (TJN)" → "Tax Justice Network"; by index, as /\s*\([^)]*\)$/ retries from every "(" (quadratic). */
function withoutTrailingParenthesis(name: string): string {
	if (!name.endsWith(')')) return name;
	const open = name.lastIndexOf('(');
	if (open < 0 || name.indexOf(')', open) !== name.length - 1) return name;
	return name.slice(0, open).trimEnd();
}

const companyCompoundsDe = ['konzern', 'unternehmen'];
const makerCompoundsDe = ['hersteller', 'bauer', 'versicherer', 'händler', 'zulieferer', 'betreiber', 'fluggesellschaft', 'discounter', 'anbieter'];
const germanArticleBefore = /(?:^|[^\p{L}])(?:der|die|das|dem|den|des|pro|im|am|zum|zur|vom|beim)\s+$/iu;
const germanThingEnding = /(?:ung|heit|keit|schaft|tion|ität|enz|anz|nahme|ismus)$/u;
const nounSuffixDe = /(?:ung|heit|keit|schaft|tion|ismus|tät|nahme|ierung|isch|ische|ischen|ischer|isches|lich|liche|lichen|licher)$/u;

class Analysis {
	readonly lexicon: Lexicon;
	readonly registry: PeopleRegistry;
	readonly units: Unit[] = [];
	readonly quotes: Quote[] = [];
	/** Last speech event: who spoke, in which unit. */
	private last: {speaker: Speaker; unit: number} | null = null;
	/** Sentences written in Title Case, where capitals do not mark names. */
	private readonly titleCaseUnits = new Set<number>();
	private readonly wordCounts = new Map<string, number>();
	/** Words the article capitalises where nothing forces a capital (name-evidence.ts). */
	private confirmed = new Set<string>();

	constructor(readonly text: string, language: string) {
		this.lexicon = lexiconFor(language);
		this.registry = new PeopleRegistry(this.lexicon.language === 'de' ? nominativeRoleDe : (role) => role);
		const spans = findQuoteSpans(text);
		const paragraphs = paragraphsOf(text);
		const sentences: Array<Span & {paragraph: number}> = [];
		paragraphs.forEach((paragraph, index) => {
			for (const sentence of sentencesOf(text, paragraph, this.lexicon.language)) sentences.push({...sentence, paragraph: index});
		});
		// A sentence boundary inside quotation marks does not end the writer's sentence.
		const merged: Array<Span & {paragraph: number}> = [];
		let spanIndex = 0;
		for (const sentence of sentences) {
			const previous = merged[merged.length - 1];
			while (spanIndex < spans.length && spans[spanIndex]!.close <= sentence.start) spanIndex++;
			const inside = spanIndex < spans.length && spans[spanIndex]!.open < sentence.start && spans[spanIndex]!.close > sentence.start;
			const hangingTail = previous && /^[,;]/u.test(text.slice(sentence.start, sentence.start + 1));
			const span = spans[spanIndex];
			if (previous && inside && span && span.open > previous.start && /[.!?:]["“”„«»']?\s*$/u.test(text.slice(previous.start, span.open))) {
				// The segmenter hung an opening mark on the previous sentence: the new sentence starts at the mark.
				previous.end = span.open;
				while (previous.end > previous.start && /\s/u.test(text[previous.end - 1]!)) previous.end--;
				merged.push({...sentence, start: span.open});
			} else if (previous && (inside || hangingTail || this.isCueTail(text, previous, sentence))) previous.end = Math.max(previous.end, sentence.end);
			else merged.push({...sentence});
		}
		// No real sentence is this long; capping units keeps the per-sentence work linear on hostile input.
		const capped: Array<Span & {paragraph: number}> = [];
		for (const sentence of merged) {
			let start = sentence.start;
			while (sentence.end - start > maxUnitLength) {
				let cut = start + maxUnitLength;
				const space = text.slice(start, cut).lastIndexOf(' ');
				if (space > maxUnitLength / 2) cut = start + space;
				capped.push({start, end: cut, paragraph: sentence.paragraph});
				start = cut;
			}
			capped.push({start, end: sentence.end, paragraph: sentence.paragraph});
		}
		let quoteIndex = 0;
		capped.forEach((sentence, index) => {
			const quotes: QuoteSpan[] = [];
			while (quoteIndex < spans.length && spans[quoteIndex]!.open < sentence.end) {
				if (spans[quoteIndex]!.open >= sentence.start) quotes.push(spans[quoteIndex]!);
				quoteIndex++;
			}
			const tokens = tokensOf(text, sentence.start, sentence.end) as UnitToken[];
			this.markNameParticles(tokens);
			let pointer = 0;
			for (const token of tokens) {
				while (pointer < quotes.length && quotes[pointer]!.innerEnd < token.end) pointer++;
				const quote = quotes[pointer];
				token.quoted = quote !== undefined && token.start >= quote.innerStart && token.end <= quote.innerEnd;
			}
			this.units.push({start: sentence.start, end: sentence.end, index, paragraph: sentence.paragraph, tokens, quotes, mentioned: [], speakers: []});
		});
	}

	/**
	 * "Ursula von der Leyen", "Ludwig van Beethoven", "Mohammed bin Salman": lower-case particles between a given
	 * name and a capitalised surname belong to the name. The word before must be a known given name (German nouns
	 * before "von" are mostly no names: "Hauptstadt von Frankreich"), or in English any capitalised non-role word.
	 */
	private markNameParticles(tokens: Token[]): void {
		for (let i = 1; i < tokens.length - 1; i++) {
			if (!nameParticles.has(tokens[i]!.text)) continue;
			const previous = tokens[i - 1]!;
			if (!previous.word || !previous.cap || !isNameToken(previous, this.lexicon)) continue;
			if (genderOfGivenName(previous.text) === 'any' && (this.lexicon.language !== 'en' || i - 1 === 0)) continue;
			let end = i + 1;
			if (/^(?:der|den|la|le|los|las)$/u.test(tokens[end]?.text ?? '') && /^(?:von|van|de)$/u.test(tokens[i]!.text)) end++;
			const surname = tokens[end];
			if (!surname || !surname.word || !surname.cap || !isNameToken(surname, this.lexicon)) continue;
			for (let j = i; j < end; j++) tokens[j]!.particle = true;
			i = end;
		}
	}

	/**
	 * "'Did you sign it?' Kimmel asked." — the segmenter ends a sentence after "?'" but the cue that
	 * follows belongs to the quote: a short next sentence with a speech verb joins the quote's sentence.
	 */
	private isCueTail(text: string, previous: Span & {paragraph: number}, sentence: Span & {paragraph: number}): boolean {
		if (previous.paragraph !== sentence.paragraph) return false;
		if (!/[.?!…]["“”’'»«]\s*$/u.test(text.slice(Math.max(previous.start, previous.end - 3), previous.end))) return false;
		// "Labour leader X said: "Good riddance."" opens a quote of its own: no tail of the one before.
		if (/:\s*["“„«»'‘‚]/u.test(text.slice(sentence.start, sentence.end))) return false;
		const words = text.slice(sentence.start, sentence.end).toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
		if (words.length === 0 || words.length > 7) return false;
		return words.slice(0, 5).some((word) => this.lexicon.speechVerbs.has(word) || this.lexicon.separable.has(word)) || words[0] === 'so';
	}

	run(): QuoteAnalysis {
		if (this.lexicon.language === 'en') {
			for (const unit of this.units) if (isTitleCaseLine(unit.tokens)) this.titleCaseUnits.add(unit.index);
		}
		this.confirmed = confirmedCapitals(this.units.map((unit) => unit.tokens), (line) => this.titleCaseUnits.has(line));
		for (const unit of this.units) {
			this.collectMentions(unit);
			this.collectDocuments(unit);
			this.learnGender(unit);
			this.analyseUnit(unit);
		}
		this.attributePullQuotes();
		this.attributeRepeats();
		this.attributeDocuments();
		this.attributeTopDescriptions();
		for (let index = this.quotes.length - 1; index >= 0; index--) {
			if (this.tentative.has(this.quotes[index]!) && this.quotes[index]!.speaker === '') this.quotes.splice(index, 1);
		}
		for (const [quote, entity] of this.speakerEntities) {
			if (quote.speaker !== entity.name && entity.aliases.has(quote.speaker)) {
				quote.speaker = entity.name;
				if (quote.role === '') quote.role = entity.role;
			}
		}
		this.resolveDescribedSpeakers();
		return {people: this.registry.people().filter((person) => person.name !== ''), quotes: this.quotes};
	}

	/**
	 * Last pass over speakers that are no full name: a given name alone ("Tessa said") is the one person named in
	 * full with it ("Tessa Bishop"), and a description ("the expert", "so der Endokrinologe", "the bank") is the
	 * named person or organisation the article introduced with that description.
	 */
	private resolveDescribedSpeakers(): void {
		const named = new Set(this.registry.entities.filter((entity) => entity.name.includes(' ')).map((entity) => entity.name));
		for (const quote of this.quotes) {
			if (quote.speaker === '' || named.has(quote.speaker)) continue;
			const found = this.describedSpeaker(quote.speaker, quote.start, quote.end);
			if (!found) continue;
			quote.speaker = found.name;
			if (found.role !== '') quote.role = found.role;
		}
	}

	/** Per given name, the one surname written after it in the text, or "" (the text does not change). */
	private readonly givenNameSurnames = new Map<string, string>();
	private fullNamed: Entity[] | undefined;

	private describedSpeaker(speaker: string, position: number, end: number): {name: string; role: string} | null {
		const words = speaker.split(/\s+/u);
		// A given name alone.
		const single = words.length === 1 ? this.registry.lookup(speaker) : undefined;
		const givenAlone = words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(speaker) && (isGivenName(speaker) || this.lexicon.language === 'en' && single !== undefined && !single.name.includes(' ') && (!single.organisation || single.guessed));
		if (givenAlone) {
			// The pass runs after every mention is in, so the people named in full are fixed by now.
			this.fullNamed ??= this.registry.entities.filter((entity) => !entity.organisation && entity.name.includes(' '));
			const full = this.fullNamed.filter((entity) => entity.name !== speaker && entity.name.split(/\s+/u).slice(0, -1).includes(speaker));
			if (full.length === 1) return {name: full[0]!.name, role: full[0]!.role};
			if (full.length > 1) return null;
			// The full name may be one the mention pass did not register ("Tessa Bishop": a surname that is a title too).
			const remembered = this.givenNameSurnames.get(speaker);
			if (remembered !== undefined) return remembered === '' ? null : {name: `${speaker} ${remembered}`, role: ''};
			const pattern = new RegExp(`(?<![\\p{L}])${speaker}\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}])`, 'gu');
			const surnames = new Set<string>();
			for (const match of this.text.matchAll(pattern)) {
				const surname = match[1]!;
				const lower = surname.toLowerCase();
				if (this.lexicon.functionWords.has(lower) || this.lexicon.speechVerbs.has(lower) || isGivenName(surname)) continue;
				surnames.add(surname);
			}
			const surname = surnames.size === 1 ? [...surnames][0]! : '';
			this.givenNameSurnames.set(speaker, surname);
			return surname === '' ? null : {name: `${speaker} ${surname}`, role: ''};
		}
		// A description: a determiner (or none) and one or two words, the last one a role or body noun.
		// "her lawyer", "seine Sprecherin": someone else's, not the person named with that role.
		if (possessiveDeterminers.has(words[0]!.toLowerCase())) return null;
		// "a senior official", "ein Experte": indefinite, so someone not named before.
		if (indefiniteArticles.has(words[0]!.toLowerCase())) return null;
		const described = this.lexicon.determiners.has(words[0]!.toLowerCase()) ? words.slice(1) : words;
		if (described.length === 0 || described.length > 2) return null;
		// "a Nato official", "ein Regierungsvertreter der Partei": a description qualified by a name is its own source.
		if (described.length === 2 && /^\p{Lu}/u.test(described[0]!)) return null;
		if (described.length === 1 && described[0] === speaker && this.registry.lookup(speaker)?.name.includes(' ')) return null;
		const noun = described[described.length - 1]!;
		const lower = noun.toLowerCase();
		const head = roleHead(noun, this.lexicon);
		const body = anyBodyNouns.has(lower) || describedBodyNouns.has(lower);
		if (head === '' && !body) return null;
		// "Campaigners", "officials": a group, not one named person.
		if (this.lexicon.language === 'en' && /[^s]s$/u.test(lower)) return null;
		if (described.some((word) => isGivenName(word))) return null;
		const heads = new Set([head, ...(roleSynonyms.get(head) ?? [])].filter((word) => word !== ''));
		const modifier = head !== '' && lower.endsWith(head) ? lower.slice(0, lower.length - head.length) : '';
		let best: {entity: Entity; score: number; at: number} | null = null;
		// The cue may introduce the speaker right after the quote ("…“, erklärt Endokrinologe und Mediziner X").
		const until = Math.min(this.text.length, end + 120);
		// Latest mentions first, and only the last few hundred: hostile input with endless quotes and names stays linear.
		const mentions = this.registry.mentions;
		let checked = 0;
		for (let index = mentions.length - 1; index >= 0 && checked < describedLookBack; index--) {
			const mention = mentions[index]!;
			if (mention.position >= until) continue;
			checked++;
			const entity = mention.entity;
			if (entity.name === speaker || !entity.name.includes(' ') && !entity.organisation) continue;
			// A body may be a multi-word name the mention pass took for a person ("Goldman Sachs"), but never a person with a given name.
			if (body ? !entity.organisation && isGivenName(entity.name.split(/\s+/u)[0]!) : entity.organisation) continue;
			let score = 0;
			// The role words the mention pass noted ("Interimstrainer", "Übergangscoach"), compared by head.
			if (!body) {
				for (const word of entity.roleWords) {
					if (word === lower) score = 3;
					if (score === 3) break;
					const theirs = roleHead(word, this.lexicon);
					if (theirs === '' || !heads.has(theirs)) continue;
					score = Math.max(score, modifier.length >= 3 && word.startsWith(modifier) ? 2 : 1);
				}
			}
			if (score < 3) {
				// The words around the mention within its own sentence ("Endokrinologe und Ernährungsmediziner X", "investment
				// banking giant Goldman Sachs … the bank": a body's noun may open a longer word).
				const from = Math.max(0, mention.position - 60);
				const to = Math.min(this.text.length, mention.position + entity.name.length + 60);
				const window = this.text.slice(from, to).toLowerCase();
				const at = window.indexOf(lower);
				if (at >= 0) {
					const before = window.slice(0, mention.position - from).split(/[.!?\n]/u).pop() ?? '';
					const after = window.slice(mention.position - from + entity.name.length).split(/[.!?\n;]/u)[0] ?? '';
					const near = `${before} ${after}`.match(/[\p{L}-]+/gu) ?? [];
					if (near.some((word) => word === lower || this.lexicon.language === 'de' && word === `${lower}n` || body && word.startsWith(lower))) score = 3;
				}
			}
			if (score === 0) continue;
			if (!best || score > best.score || score === best.score && mention.position > best.at) best = {entity, score, at: mention.position};
		}
		if (best) return {name: best.entity.name, role: best.entity.role};
		if (body) return null;
		// No one introduced so: the person last named before, who has spoken already ("explains Radek Babicek … the expert explains").
		const gender = this.lexicon.language === 'de' && head !== '' ? (/in$/u.test(lower) ? 'female' : 'male') : genderOfRoleWord(noun);
		for (let index = mentions.length - 1, seen = 0; index >= 0 && seen < describedLookBack; index--) {
			const mention = mentions[index]!;
			if (mention.position >= position) continue;
			seen++;
			const entity = mention.entity;
			if (entity.organisation || !entity.name.includes(' ') || entity.name === speaker) continue;
			// Someone known by another office is not this one ("President X … the spokeswoman").
			if (entity.roleHeads.size > 0) return null;
			// Only a name that is one ("Kilogramm Körpergewicht" taken for a name at a sentence start is not).
			const first = entity.name.split(/\s+/u)[0]!;
			if (!isGivenName(first) && !this.hasNameEvidence(first)) return null;
			if (gender !== 'any' && entity.gender !== 'any' && gender !== entity.gender) return null;
			return entity.speaker ? {name: entity.name, role: entity.role} : null;
		}
		return null;
	}

	// ---- people ------------------------------------------------------------

	private collectMentions(unit: Unit): void {
		const lexicon = this.lexicon;
		// "Headline | Richard Wolffe": the byline after the bar names the writer, not a person of the story.
		const bar = unit.paragraph === 0 ? unit.tokens.findIndex((token) => token.text === '|' && !token.quoted) : -1;
		const tokens = bar >= 0 ? unit.tokens.slice(0, bar) : unit.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.quoted || !token.word) continue;
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
				// "Doctors Have Advised": in a Title-Case line the words after a role need the body's evidence too.
				if (end > roleEnd + 1 && this.titleCaseUnits.has(unit.index)) end = this.hasNameEvidence(tokens[roleEnd + 1]!.text) ? this.evidencedRunEnd(tokens, roleEnd + 1, end) : roleEnd + 1;
				if (end > roleEnd + (token.cap ? 1 : 2)) {
					let roleStart = i;
					while (roleStart > 0 && !tokens[roleStart - 1]!.quoted && (isNameToken(tokens[roleStart - 1]!, lexicon) || isRoleToken(tokens[roleStart - 1]!, lexicon)) && i - roleStart < 3) roleStart--;
					const name = tokens.slice(roleEnd + 1, end).map((part) => stripPossessive(part.text)).join(' ');
					const entity = this.registry.addName(name);
					const roleTokens = tokens.slice(roleStart, roleEnd + 1);
					const modifiers = tokens.slice(Math.max(0, roleStart - 2), roleStart).filter((part) => part.word && !part.cap && !lexicon.determiners.has(part.lower));
					if (lexicon.language === 'de' && entity.gender === 'any') {
						// German role nouns carry gender: "-in" is female; otherwise the article decides ("der/die Abgeordnete").
						let back = roleStart - 1;
						while (back >= 0 && tokens[back]!.word && !tokens[back]!.cap && !lexicon.determiners.has(tokens[back]!.lower)) back--;
						const article = back >= 0 && lexicon.determiners.has(tokens[back]!.lower) ? tokens[back]!.lower : '';
						if (!/in$/u.test(token.lower)) entity.gender = /^(?:die|eine|ihre|seine)$/u.test(article) ? 'female' : 'male';
					}
					this.registry.addRole(
						entity,
						roleTokens.map((part) => part.text).join(' '),
						roleTokens.map((part) => roleHead(part.text, lexicon)).filter((head) => head !== ''),
						[...modifiers, ...roleTokens].flatMap((part) => part.lower.split('-')),
					);
					this.note(unit, entity, tokens[roleStart]!.start);
					i = end - 1;
					continue;
				}
			}
			// "Mr Smith", "Frau Müller": the title tells the gender and is no part of the name.
			const titled = token.cap ? genderTitles.get(token.lower) ?? (neutralTitles.has(token.lower) ? 'any' : undefined) : undefined;
			if (titled) {
				let from = i + 1;
				if (tokens[from]?.text === '.') from++;
				let end = from;
				while (end < tokens.length && end - from < 3 && !tokens[end]!.quoted && isNameToken(tokens[end]!, lexicon) && !genderTitles.has(tokens[end]!.lower)) end++;
				if (end > from) {
					const entity = this.registry.addName(tokens.slice(from, end).map((part) => stripPossessive(part.text)).join(' '));
					entity.organisation = false;
					if (titled !== 'any') entity.gender = titled;
					this.note(unit, entity, tokens[from]!.start);
					i = end - 1;
					continue;
				}
			}
			if (!isNameToken(token, lexicon)) continue;
			const titleCase = this.titleCaseUnits.has(unit.index);
			// In a Title-Case line a capital marks no name: a run opens only with a word the body capitalises too,
			// a known given name or an acronym ("Amazon Sues Online Stores" names no "Sues").
			if (titleCase && !this.hasNameEvidence(token.text)) continue;
			// German sentences opened by an adjective, quantifier or number word ("Schwere Vorwürfe", "Zwei Rücktritte"),
			// and amounts after a number ("fünf Milliarden Euro"), are noun phrases.
			// An opener the article also capitalises inside a sentence is part of a name ("die Deutsche Bank").
			if (lexicon.language === 'de' && ((opensSentence(tokens, i) && isGermanPhraseOpener(token) && !this.confirmed.has(token.text)) || isGermanQuantifier(token) || followsGermanNumber(tokens[i - 1]))) continue;
			let end = i;
			while (end < tokens.length && (end - i < 4 || tokens[end]!.particle || tokens[end - 1]!.particle) && !tokens[end]!.quoted && isNameToken(tokens[end]!, lexicon) && (end === i || !/['’]s$/u.test(tokens[end - 1]!.text))) {
				// An acronym after a written-out name starts something else ("Griner, Whelan CNN", "Russia CBS News").
				if (end > i && isAcronym(tokens[end]!.text) && isMixedCase(tokens[end - 1]!.text)) break;
				end++;
			}
			if (titleCase) end = this.confirmed.has(stripPossessive(token.text)) || isGivenName(token.text) ? this.evidencedRunEnd(tokens, i, end) : i + 1;
			// "Competition and Markets Authority", "Bund und Länder-Kommission": a body's name runs on over "and" when
			// the capitalised words after it end in an institution noun.
			if (/^(?:and|&|und)$/u.test(tokens[end]?.lower ?? '') && !titleCase) {
				let tail = end + 1;
				while (tail < tokens.length && tail - end <= 3 && !tokens[tail]!.quoted && isNameToken(tokens[tail]!, lexicon)) tail++;
				if (tail > end + 1 && this.isInstitutionWord(stripPossessive(tokens[tail - 1]!.lower)) && genderOfGivenName(tokens[end + 1]!.text) === 'any') end = tail;
			}
			// "Theresa May": after a known given name, a capitalised word that is also a month or another word is the surname.
			const surname = tokens[end];
			if (end === i + 1 && surname && surname.cap && surname.word && !surname.quoted && !isRoleToken(surname, lexicon) && genderOfGivenName(token.text) !== 'any' && !/^\p{N}/u.test(tokens[end + 1]?.text ?? '')) end++;
			const run = tokens.slice(i, end);
			const previousWord = tokens[i - 1];
			// A capitalised run right before a role is part of the role ("AFP Global News Director Phil Chetwynd").
			if (end < tokens.length && isRoleToken(tokens[end]!, lexicon) && tokens[end]!.cap) {
				i = end - 1;
				continue;
			}
			const acronym = this.acronymAfter(tokens, end);
			if (acronym) {
				// "Netherlands Organisation for Applied Scientific Research (TNO)": the organisation is known by both.
				const fullName = this.text.slice(token.start, tokens[acronym.nameEnd - 1]!.end);
				const entity = this.registry.addName(`${fullName} (${acronym.short})`, {organisation: true});
				this.registry.addAlias(entity, acronym.short);
				this.registry.addAlias(entity, fullName);
				this.note(unit, entity, token.start);
				i = acronym.nameEnd + 2;
				continue;
			}
			// "Bank of England", "Ministry of Defence", "University of Oxford": an institution noun, "of", a name.
			const institutionHead = stripPossessive(run[run.length - 1]!.lower);
			if (lexicon.language === 'en' && ['of', 'for'].includes(tokens[end]?.lower ?? '') && lexicon.organisationNouns.has(institutionHead) && tokens[end + 1] && isNameToken(tokens[end + 1]!, lexicon) && !tokens[end + 1]!.quoted) {
				let nameEnd = end + 1;
				while (nameEnd < tokens.length && nameEnd - end <= 3 && !tokens[nameEnd]!.quoted && isNameToken(tokens[nameEnd]!, lexicon)) nameEnd++;
				const name = this.text.slice(token.start, tokens[nameEnd - 1]!.end).replace(/['’]s$/u, '');
				const entity = this.registry.lookup(name) ?? this.registry.addName(name, {organisation: true});
				this.note(unit, entity, token.start);
				i = nameEnd - 1;
				continue;
			}
			// "der Zeitung Neue Rundschau": a German outlet noun before the outlet's name.
			if (lexicon.language === 'de' && run.length >= 2 && mediaNouns.has(run[0]!.lower)) {
				const entity = this.registry.addName(run.slice(1).map((part) => stripPossessive(part.text)).join(' '), {organisation: true});
				entity.roleHeads.add(mediaHead);
				this.note(unit, entity, run[1]!.start);
				i = end - 1;
				continue;
			}
			// "Manager at Ocean Florida Abby Dunn": a known given name inside a run, followed by a surname, starts the
			// person's name; the words before it are the body (or a compound role: "Übergangscoach Uwe Schubert").
			const givenAt = run.length >= 3 ? run.findIndex((part, at) => at >= 1 && at < run.length - 1 && genderOfGivenName(part.text) !== 'any') : -1;
			if (givenAt >= 1 && run.slice(0, givenAt).every((part) => genderOfGivenName(part.text) === 'any' && !part.text.endsWith("'s") && !part.text.endsWith('’s'))) {
				const body = run.slice(0, givenAt).map((part) => part.text).join(' ');
				const organisation = this.registry.lookup(body) ?? this.registry.addName(body, {organisation: true, guessed: givenAt === 1});
				this.note(unit, organisation, token.start);
				const person = this.registry.addName(run.slice(givenAt).map((part) => stripPossessive(part.text)).join(' '));
				this.note(unit, person, run[givenAt]!.start);
				i = end - 1;
				continue;
			}
			if (run.length >= 2 && this.looksLikeName(run, previousWord)) {
				const name = run.map((part) => stripPossessive(part.text)).join(' ');
				// "Northern Savings Bank", "Deutsche Bank": a name ending in an institution noun is an organisation.
				const lastWord = stripPossessive(run[run.length - 1]!.lower);
				// "Deutsche Bahn", "Staatliche Museen": a German adjective before a noun names a body, not a person.
				const adjectival = lexicon.language === 'de' && run.length === 2 && /(?:sche|liche|ale)$/u.test(run[0]!.lower) && genderOfGivenName(run[0]!.text) === 'any';
				// "newspaper Dagens Nyheter", "die Zeitung Neues Deutschland": an outlet, which "the paper" means later.
				const outlet = mediaNouns.has(previousWord?.lower ?? '');
				const institution = this.isInstitutionWord(lastWord) || adjectival || outlet;
				const entity = this.registry.addName(name, {organisation: institution});
				if (outlet) entity.roleHeads.add(mediaHead);
				// "his wife, Anne Miles", "ihr Ehemann Karl Berg": the kinship word tells the gender.
				const kin = kinshipGender.get((previousWord?.text === ',' ? tokens[i - 2] : previousWord)?.lower ?? '');
				if (kin && !institution) entity.gender = kin;
				const appositive = this.appositiveRole(tokens, end) ?? (institution ? null : this.roleBeforeComma(tokens, i));
				if (appositive) this.registry.addRole(entity, appositive.role, appositive.heads, appositive.words);
				this.note(unit, entity, token.start);
				i = end - 1;
				continue;
			}
			// "her husband, Luis": a single name after a kinship word is a person of that gender.
			const kinWord = (previousWord?.text === ',' ? tokens[i - 2] : previousWord)?.lower ?? '';
			if (run.length === 1 && kinshipGender.has(kinWord) && !this.registry.lookup(stripPossessive(token.text))) {
				const entity = this.registry.addName(stripPossessive(token.text));
				entity.gender = kinshipGender.get(kinWord)!;
				this.note(unit, entity, token.start);
				continue;
			}
			// "the CMA" after "the Competition and Markets Authority": an acronym of a named body's capitalised words is
			// that body, known by both from here on ("Competition and Markets Authority (CMA)").
			if (run.length === 1 && isAcronym(token.text) && !this.registry.lookup(stripPossessive(token.text))) {
				const short = stripPossessive(token.text);
				const body = this.registry.entities.find((entity) => entity.organisation && !entity.name.includes('(') && initialsOf(entity.name) === short);
				if (body) {
					this.registry.addAlias(body, body.name);
					this.registry.addAlias(body, short);
					body.name = `${body.name} (${short})`;
					this.note(unit, body, token.start);
					continue;
				}
			}
			// A single word: an already known person's surname, or an organisation's short name.
			const known = this.registry.lookup(stripPossessive(token.text));
			if (known) {
				this.note(unit, known, token.start);
				continue;
			}
		}
	}

	/**
	 * The group a plural pronoun or quantifier means: the plural noun phrase opening the sentence before ("Protesters
	 * gathered …", "The two surviving reporters were …", "Die Gewerkschaften kritisierten …"). Null when it opens otherwise.
	 */
	private groupBefore(unit: Unit): Speaker | null {
		const previous = this.units[unit.index - 1];
		if (!previous || unit.paragraph - previous.paragraph > 1) return null;
		const tokens = previous.tokens;
		const german = this.lexicon.language === 'de';
		// Article, numbers and adjectives, then the plural noun: "The two surviving reporters", "Die Gewerkschaften".
		let index = 0;
		if (german) {
			if (tokens[0]?.lower !== 'die') {
				// "Hamburger Rechtsmediziner haben …": a bare plural (capitalised words, no article) before a plural verb.
				let end = 0;
				while (end < 3 && tokens[end]?.word && tokens[end]!.cap && !tokens[end]!.quoted) end++;
				const verb = tokens[end];
				const known = end > 0 ? this.registry.lookup(tokens.slice(0, end).map((part) => part.text).join(' ')) : null;
				if (end === 0 || !verb || !verb.word || verb.cap || !/en$/u.test(verb.lower) || (known && !known.organisation) || this.lexicon.functionWords.has(tokens[0]!.lower)) return null;
				const head = tokens[end - 1]!;
				if (!/(?:er|en|e|n)$/u.test(head.lower) || /(?:ung|heit|keit|ion)$/u.test(head.lower) || roleHead(head.text, this.lexicon) === '' && end === 1) return null;
				return {entity: null, text: this.text.slice(tokens[0]!.start, head.end), role: ''};
			}
			index = 1;
		} else if (tokens[0]?.lower === 'the') index = 1;
		while (index < tokens.length && index < 4 && tokens[index]!.word && !tokens[index]!.cap && !tokens[index]!.quoted && !(!german && /[^s]s$/u.test(tokens[index]!.lower))) index++;
		const head = tokens[index];
		if (!head || !head.word || head.quoted || (german && !head.cap)) return null;
		const plural = german ? /(?:en|er|e|s|n)$/u.test(head.lower) && !/(?:ung|heit|keit|ion)$/u.test(head.lower) : /[^s']s$/u.test(head.lower);
		const known = this.registry.lookup(stripPossessive(head.text));
		if (!plural || (known && !known.organisation)) return null;
		return {entity: null, text: this.text.slice(tokens[0]!.start, head.end), role: ''};
	}

	/** Is a plural finite verb of saying right before or after token `at` ("sagten sie", "Sie forderten")? */
	private pluralVerbBeside(tokens: Token[], at: number): boolean {
		const plural = (token: Token | undefined) => {
			if (!token || !token.word || (token.cap && token !== tokens[0])) return false;
			const lower = token.lower;
			if (!/(?:ten|en)$/u.test(lower) || /^(?:sagen|erklären|betonen|berichten|meinen)$/u.test(lower)) return false;
			return this.lexicon.speechVerbs.has(lower) || this.lexicon.separable.has(lower) || this.lexicon.framingVerbs.has(lower);
		};
		return plural(tokens[at - 1]) || plural(tokens[at + 1]);
	}

	/** An organisation noun, or (German) a compound ending in one ("Bundesregierung"). */
	private isInstitutionWord(lower: string): boolean {
		const nouns = this.lexicon.organisationNouns;
		if (nouns.has(lower)) return true;
		if (this.lexicon.language !== 'de') return false;
		for (const noun of nouns) if (lower.endsWith(noun)) return true;
		return false;
	}

	/** "(ABC)" after a capitalised name (with "for", "of", "und" inside it) defines a short name. */
	private acronymAfter(tokens: Token[], runEnd: number): {nameEnd: number; short: string} | null {
		let end = runEnd;
		while (end < tokens.length && end - runEnd < 8) {
			const token = tokens[end]!;
			if (token.text === '(') break;
			const connector = ['for', 'of', 'and', 'the', 'für', 'und', 'der', 'des', 'de', 'du'].includes(token.lower);
			if (!(token.word && (token.cap || connector))) return null;
			end++;
		}
		const short = tokens[end + 1];
		if (tokens[end]?.text !== '(' || !short || !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(short.text) || tokens[end + 2]?.text !== ')') return null;
		return {nameEnd: end, short: short.text};
	}

	/**
	 * "Maria Lopez and her rival": a gendered pronoun right after a person, with no other person between,
	 * tells that person's gender (only when not yet known).
	 */
	private learnGender(unit: Unit): void {
		const mentions = this.registry.mentionsIn(unit.index);
		if (mentions.length === 0) return;
		for (const token of unit.tokens) {
			if (token.quoted || !token.word) continue;
			const gender = this.lexicon.genderedPronouns[token.lower];
			if (!gender) continue;
			const before = mentions.filter((mention) => mention.position < token.start && !mention.entity.organisation);
			const people = new Set(before.map((mention) => mention.entity));
			const last = before[before.length - 1];
			// Only the subject: in "He sued Swift, claiming he …" the pronoun is the subject's, not the object's.
			if (last && people.size === 1 && last.entity.gender === 'any' && this.startsUnit(unit, last.entity)) last.entity.gender = gender;
		}
	}

	/** A capitalised word the body writes with a capital too, a known given name, or an acronym. */
	private hasNameEvidence(word: string): boolean {
		return this.confirmed.has(stripPossessive(word)) || isGivenName(word) || isAcronym(word);
	}

	/**
	 * Where a name in a Title-Case line ends: words the body confirms run on, and one surname after known given names
	 * ("Charles Barkley Gives Take" → "Charles Barkley"); anything else ends it.
	 */
	private evidencedRunEnd(tokens: Token[], from: number, end: number): number {
		let k = from + 1;
		while (k < end) {
			if (this.confirmed.has(stripPossessive(tokens[k]!.text)) || tokens[k]!.particle) {
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

	private looksLikeName(run: Token[], previous: Token | undefined): boolean {
		if (run.some((part) => /^\p{N}/u.test(part.text))) return false;
		// A known given name opens a name wherever it stands ("und Saskia Esken").
		if (genderOfGivenName(run[0]!.text) !== 'any' && !/['’]s$/u.test(run[0]!.text)) return true;
		if (this.lexicon.language === 'de') {
			if (run.some((part) => nounSuffixDe.test(part.lower) || part.text.length > 14)) return false;
			// After an article or a preposition a capitalised pair is a noun phrase ("pro Dosis Impfstoff").
			if (previous && previous.word && !previous.cap && (this.lexicon.determiners.has(previous.lower) || this.lexicon.functionWords.has(previous.lower))) return false;
		}
		return true;
	}

	/**
	 * "Ukraine's president, Volodymyr Zelenskyy", "the governor of the region, Oleh Syniehubov": a singular role
	 * phrase set off by a comma right before the name describes it. The phrase must open the sentence or follow
	 * an article or a comma ("talking to reporters, Joe Biden said" has no role).
	 */
	private roleBeforeComma(tokens: Token[], nameStart: number): {role: string; heads: string[]; words: string[]} | null {
		if (tokens[nameStart - 1]?.text !== ',') return null;
		const lexicon = this.lexicon;
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
		const role = this.text.slice(tokens[start]!.start, tokens[last]!.end);
		return {role, heads: [roleHead(tokens[head]!.text, lexicon)].filter((value) => value !== ''), words: role.toLowerCase().split(/[\s-]+/u).slice(0, 4)};
	}

	private appositiveRole(tokens: Token[], at: number): {role: string; heads: string[]; words: string[]} | null {
		if (tokens[at]?.text !== ',') return null;
		let end = at + 1;
		while (end < tokens.length && end - at <= 12 && tokens[end]!.word) end++;
		const parts = tokens.slice(at + 1, end);
		const start = parts[0] && this.lexicon.determiners.has(parts[0].lower) ? 1 : 0;
		const body = parts.slice(start);
		const roleIndex = body.slice(0, 4).findIndex((part) => isRoleToken(part, this.lexicon));
		if (roleIndex < 0 || body.length === 0) return null;
		// "…, told lawmakers …" is the verb of the sentence, not a description.
		if (start === 0 && !body[0]!.cap && !isRoleToken(body[0]!, this.lexicon)) return null;
		const role = this.text.slice(body[0]!.start, body[body.length - 1]!.end);
		return {
			role,
			heads: body.map((part) => roleHead(part.text, this.lexicon)).filter((head) => head !== '').slice(0, 1),
			words: body.slice(0, roleIndex + 1).flatMap((part) => part.lower.split('-')),
		};
	}

	private note(unit: Unit, entity: Entity, position: number): void {
		this.registry.mention(entity, position, unit.index);
		if (!unit.mentioned.includes(entity)) unit.mentioned.push(entity);
	}

	// ---- resolving who a phrase means --------------------------------------

	private resolve(phrase: NounPhrase | null, unit: Unit, tokens: Token[]): Speaker {
		if (!phrase) return nobody;
		const lexicon = this.lexicon;
		if (phrase.group) {
			// "All said …", "Beide betonten …": a bare quantifier means the group the sentence before opens with.
			const bare = phrase.to - phrase.from === 1 && /^(?:all|both|alle|beide)$/u.test(tokens[phrase.from]?.lower ?? '');
			return (bare ? this.groupBefore(unit) : null) ?? {entity: null, text: phrase.text, role: ''};
		}
		if (phrase.pronoun) {
			const gender = lexicon.pronouns[phrase.pronoun] ?? 'any';
			if (gender === 'organisation') {
				const organisation = this.recentOrganisation(unit, tokens[phrase.from]?.start ?? unit.start) ?? this.subjectBodyBefore(unit);
				return organisation ? {entity: organisation, text: organisation.name, role: organisation.role} : this.unnamedBodyBefore(unit) ?? nobody;
			}
			if (lexicon.language === 'de' && phrase.pronoun === 'sie' && this.pluralVerbBeside(tokens, phrase.from)) {
				// "Sie forderten", "sagten sie": the plural "sie" is a group — the one the sentence before opens with.
				return this.groupBefore(unit) ?? nobody;
			}
			const entity = this.recentPerson(unit, tokens[phrase.from]?.start ?? unit.start, gender, false);
			return entity ? {entity, text: entity.name, role: entity.role} : this.unnamedSubjectBefore(unit, gender) ?? {entity: null, text: '', role: ''};
		}
		const position = tokens[phrase.from]?.start ?? unit.start;
		const owned = this.ownedOrganisation(phrase, tokens);
		if (owned) {
			// "Israel's military", "Russia's defence ministry": the body itself, or the named one it means.
			const named = this.organisationFor(owned.noun, unit, position, owned.owner);
			if (named) return named;
			const entity = this.registry.addName(owned.text, {organisation: true});
			this.note(unit, entity, position);
			return {entity, text: entity.name, role: entity.role};
		}
		const definiteArticle = /^(?:der|die|das|den|dem|des|the|this|diese|dieser|dieses)$/u.test(phrase.determiner);
		// "the newspaper", "the paper", "das Blatt": the outlet the article introduced by such a noun ("newspaper Dagens Nyheter").
		const lastWord = tokens[phrase.to - 1];
		if (definiteArticle && lastWord && mediaNouns.has(lastWord.lower) && (phrase.name === '' || phrase.name === lastWord.text)) {
			const outlet = [...this.registry.recentEntities()].reverse().find((entity) => entity.roleHeads.has(mediaHead) && entity.firstMention >= 0 && entity.firstMention < position);
			if (outlet) return {entity: outlet, text: outlet.name, role: outlet.role};
		}
		const document = definiteArticle && phrase.roleHeads.length === 0 ? this.documentNoun(tokens[phrase.to - 1]) : '';
		if (document) {
			// "the report said", "die Studie kommt zu dem Schluss": the report's author speaks.
			const author = this.documentAuthor(document, position);
			if (author) return author;
		}
		const generic = definiteArticle && phrase.roleHeads.length === 0 ? this.genericOrganisation(tokens[phrase.to - 1]) : '';
		if (generic) {
			// "das Ministerium", "the ministry", "der Konzern": the named body the text means; a company-like noun
			// ("der Konzern", "the firm") means the organisation the text was just about.
			const named = this.organisationFor(generic, unit, position, '');
			if (named) return named;
			// "Volkswagen hat … gemeldet. Der Autobauer teilte mit": failing a named body, the one the sentence before opens with.
			const recent = anyBodyNouns.has(generic) ? this.lastNamedOrganisation(unit, position) ?? this.subjectBodyBefore(unit) : null;
			if (recent) return {entity: recent, text: recent.name, role: recent.role};
			if (this.lexicon.language === 'de') {
				// Unresolved: the body by its noun, in the nominative ("des Konzerns" → "Konzern").
				const written = tokens[phrase.to - 1]!.text;
				let name = written.toLowerCase() === generic ? written : written.replace(/(?:es|s)$/u, '');
				// "der Verband der Immunologen", "die Gewerkschaft der Polizei": the genitive names which body.
				if (/^(?:der|des)$/u.test(tokens[phrase.to]?.lower ?? '')) {
					let end = phrase.to + 1;
					while (end < tokens.length && end - phrase.to <= 3 && tokens[end]!.word && (tokens[end] as Partial<UnitToken>).quoted !== true && (tokens[end]!.cap || /e[nrs]?$/u.test(tokens[end]!.lower))) end++;
					while (end > phrase.to + 1 && !tokens[end - 1]!.cap) end--;
					if (end > phrase.to + 1) name = `${name} ${this.text.slice(tokens[phrase.to]!.start, tokens[end - 1]!.end)}`;
				}
				const entity = this.registry.addName(name, {organisation: true});
				this.note(unit, entity, position);
				return {entity, text: entity.name, role: entity.role};
			}
		}
		if (phrase.name !== '') {
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
			if (this.titleCaseUnits.has(unit.index) && words.length > 1 && this.hasNameEvidence(words[0]!)) {
				let kept = 1;
				while (kept < words.length && (this.confirmed.has(stripPossessive(words[kept]!)) || words.slice(0, kept).every((word) => isGivenName(word)))) kept++;
				if (kept < words.length) phrase = {...phrase, name: words.slice(0, kept).join(' ')};
			}
			// "Zwei Reporterinnen des Senders …": a German phrase opened by a number word or quantifier describes people, names none.
			if (lexicon.language === 'de' && tokens[phrase.from] && isGermanQuantifier(tokens[phrase.from]!) && phrase.name.startsWith(tokens[phrase.from]!.text)) {
				return {entity: null, text: phrase.text, role: ''};
			}
			// "des Innenministeriums": a German body named in the genitive is named in the nominative.
			if (lexicon.language === 'de' && !phrase.name.includes(' ') && /[^s](?:es|s)$/u.test(phrase.name) && this.isInstitutionWord(phrase.name.toLowerCase().replace(/(?:es|s)$/u, ''))) {
				phrase = {...phrase, name: phrase.name.replace(/(?:es|s)$/u, '')};
			}
			// "des Instituts für Weltwirtschaft": a body's name with a linking word, its head in the nominative.
			const linked = / (?:für|of|for) /u.test(phrase.name);
			if (linked && lexicon.language === 'de' && /[^s](?:es|s) /u.test(phrase.name) && this.isInstitutionWord(phrase.name.split(' ')[0]!.toLowerCase().replace(/(?:es|s)$/u, ''))) {
				phrase = {...phrase, name: phrase.name.replace(/(?:es|s)(?= )/u, '')};
			}
			// "The Competition and Markets Authority said": the phrase stopped at "and"; the body's full name was noted.
			const head = phrase.name;
			const joined = unit.mentioned.find((entity) => entity.organisation && [' and ', ' & ', ' und '].some((link) => entity.name.startsWith(`${head}${link}`)));
			if (joined) return {entity: joined, text: joined.name, role: joined.role};
			const single = !phrase.name.includes(' ');
			const known = this.registry.lookup(phrase.name);
			const organisation = (linked && !known) || (single && (!known || known.organisation) && (phrase.roleHeads.length === 0 || /^\p{Lu}+$/u.test(phrase.name)));
			// A single capitalised word of unknown kind ("Merkel", "Nato") is taken for an organisation, as a guess.
			const entity = known ?? this.registry.addName(phrase.name, {organisation, guessed: !/^\p{Lu}+$/u.test(phrase.name) && this.genericOrganisation(tokens[phrase.to - 1]) === ''});
			if (linked && phrase.roleHeads.length === 0) entity.organisation = true;
			if (phrase.roleHeads.length > 0) this.registry.addRole(entity, phrase.role, phrase.roleHeads, phrase.roleWords);
			if (phrase.appositive) {
				const heads = phrase.appositive.split(/\s+/).map((word) => roleHead(word, lexicon)).filter((head) => head !== '');
				this.registry.addRole(entity, phrase.appositive, heads.slice(0, 1), phrase.appositive.toLowerCase().split(/[\s-]+/).slice(0, 4));
			}
			this.note(unit, entity, tokens[phrase.from]?.start ?? unit.start);
			return {entity, text: entity.name, role: entity.role};
		}
		// "said the minister, Anna Berg.", "sagte die Sprecherin, Jana Pohl,": a name set off by a comma after the role.
		if (phrase.roleHeads.length > 0 && tokens[phrase.to]?.text === ',') {
			const named = phraseAfter(tokens, phrase.to + 1, lexicon, this.text);
			const next = named ? tokens[named.to] : undefined;
			if (named && named.name !== '' && named.roleHeads.length === 0 && !named.pronoun && (!next || /^[.,;!?]$/u.test(next.text)) && named.name.includes(' ')) {
				return this.resolve({...named, from: phrase.from, role: phrase.role, roleHeads: phrase.roleHeads, roleWords: phrase.roleWords}, unit, tokens);
			}
		}
		// A role or description only ("der Minister", "the spokesman", "ein Militärexperte").
		const definite = phrase.determiner !== '' && !lexicon.indefinite.has(phrase.determiner);
		const bare = phrase.text.replace(/^\S+\s+/u, '');
		if (definite && phrase.roleHeads.length > 0) {
			// A second description of the person just written about ("Verkehrsminister X … betonte der
			// FDP-Politiker"): the subject of the sentence right before, in the same paragraph.
			const previous = this.units[unit.index - 1];
			// "die Ministerin", "der Minister", "the spokeswoman": the role's gender rules out people of the other one.
			const gender = this.roleGender(phrase, tokens);
			const fits = (entity: Entity | null) => (entity && (gender === 'any' || entity.gender === 'any' || entity.gender === gender) ? entity : null);
			// "her lawyer", "sein Anwalt": someone of the person the pronoun means, not that person; only a role match.
			const possessive = /^(?:his|her|its|their|our|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)$/u.test(phrase.determiner);
			const described = previous && previous.paragraph === unit.paragraph && !possessive ? fits(this.subjectOf(previous)) : null;
			const entity = fits(this.byRole(phrase, tokens[phrase.from]?.start ?? unit.start, gender)) ?? (possessive ? null : this.recentPerson(unit, tokens[phrase.from]?.start ?? unit.start, gender, true)) ?? described;
			if (entity) {
				// "Merkel told reporters … The chancellor added": a person's role shows the guess wrong.
				if (entity.guessed) {
					entity.organisation = false;
					entity.guessed = false;
				}
				this.registry.addRole(entity, entity.role === '' ? bare : entity.role, phrase.roleHeads, phrase.roleWords);
				this.registry.addAlias(entity, phrase.text);
				return {entity, text: entity.name, role: entity.role};
			}
		}
		const headNoun = (phrase.text.split(/\s+/).pop() ?? '').toLowerCase();
		const refersBack = this.isInstitutionWord(headNoun);
		if (definite && phrase.roleHeads.length === 0 && refersBack && /^(?:der|die|das|den|dem|des|the)$/u.test(phrase.determiner)) {
			// "the alliance", "die Initiative", "the institute": the organisation the text was just about.
			const organisation = this.recentOrganisation(unit, tokens[phrase.from]?.start ?? unit.start);
			if (organisation) return {entity: organisation, text: organisation.name, role: organisation.role};
		}
		const introduced = this.delayedIdentification(phrase, unit, tokens[phrase.from]?.start ?? unit.start);
		if (introduced) return {entity: introduced, text: introduced.name, role: introduced.role};
		if (lexicon.language === 'de' && phrase.roleHeads.length > 0 && ['des', 'der'].includes(tokens[phrase.to]?.lower ?? '')) {
			// "ein Sprecher der Gewerkschaft Verdi": an unnamed role is described by the body it speaks for.
			let end = phrase.to + 1;
			while (end < tokens.length && end - phrase.to <= 4 && tokens[end]!.word && (tokens[end] as Partial<UnitToken>).quoted !== true && (tokens[end]!.cap || /e[nrs]?$/u.test(tokens[end]!.lower))) end++;
			while (end > phrase.to + 1 && !tokens[end - 1]!.cap) end--;
			if (end > phrase.to + 1) {
				const described = this.text.slice(tokens[phrase.from]!.start, tokens[end - 1]!.end);
				return {entity: null, text: described, role: described.replace(/^\S+\s+/u, '')};
			}
		}
		return {entity: null, text: phrase.text, role: phrase.roleHeads.length > 0 ? bare : ''};
	}

	/**
	 * "The company estimated … It insisted …": with no organisation named, "it" means the body a definite generic
	 * noun opening the sentence before describes ("The company", "the agency"). Null otherwise.
	 */
	private unnamedBodyBefore(unit: Unit): Speaker | null {
		const previous = this.units[unit.index - 1];
		if (!previous || unit.paragraph - previous.paragraph > 1) return null;
		const phrase = phraseAfter(previous.tokens, 0, this.lexicon, this.text);
		if (!phrase || phrase.name !== '' || phrase.group || !/^(?:the|der|die|das)$/u.test(phrase.determiner)) return null;
		// The phrase may run on over the verb ("The company estimated"): it ends at the body noun.
		const head = previous.tokens.slice(phrase.from + 1, Math.min(phrase.to, phrase.from + 4)).findIndex((token) => this.genericOrganisation(token) !== '');
		if (head < 0) return null;
		return {entity: null, text: this.text.slice(previous.tokens[phrase.from]!.start, previous.tokens[phrase.from + 1 + head]!.end), role: ''};
	}

	/**
	 * "Der Minister sprach in Berlin. Er sagte, …": with nobody named, "er"/"sie" means the person the sentence before
	 * opens with when only a definite role describes them (of a gender that fits). Null otherwise.
	 */
	private unnamedSubjectBefore(unit: Unit, gender: 'male' | 'female' | 'any' | 'organisation'): Speaker | null {
		const previous = this.units[unit.index - 1];
		if (!previous || unit.paragraph - previous.paragraph > 1 || gender === 'organisation') return null;
		const phrase = phraseAfter(previous.tokens, 0, this.lexicon, this.text);
		if (!phrase || phrase.name !== '' || phrase.group || phrase.roleHeads.length === 0 || !/^(?:der|die|the)$/u.test(phrase.determiner)) return null;
		if (/s$/u.test(phrase.text) && this.lexicon.language === 'en') return null;
		const told = this.roleGender(phrase, previous.tokens);
		if (gender !== 'any' && told !== 'any' && told !== gender) return null;
		if (this.lexicon.language === 'de' && phrase.determiner === 'die' && told !== 'female') return null;
		return {entity: null, text: phrase.text, role: phrase.role};
	}

	/**
	 * English news tops describe the person they name elsewhere in the top ("Kalonzo Musyoka says …" / "A senior
	 * opposition leader has said …"; headline-style "disgraced doctor said"): in the first paragraphs, a singular
	 * description with "a"/"an" or no article means the one person the text has named so far. Anonymous-source
	 * nouns ("a senior official", "a spokesperson") stay unnamed.
	 */
	private delayedIdentification(phrase: NounPhrase, unit: Unit, position: number): Entity | null {
		if (this.lexicon.language !== 'en' || unit.paragraph > 3 || phrase.group || phrase.name !== '') return null;
		if (phrase.determiner !== '' && !['a', 'an'].includes(phrase.determiner)) return null;
		// "Smith's lawyer" is someone of Smith's, never Smith.
		if (/\p{L}['’]s?\s/u.test(phrase.text)) return null;
		const head = (phrase.text.match(/[\p{L}-]+/gu) ?? []).pop()?.toLowerCase() ?? '';
		if (head === '' || /s$/u.test(head) || anonymousSources.has(head)) return null;
		// Only a description of a person ("leader", "doctor"); "a statement said" stays the statement's.
		if (roleHead(head, this.lexicon) === '') return null;
		const people = new Set<Entity>();
		for (let index = 0; index <= unit.index; index++) {
			for (const mention of this.registry.mentionsIn(index)) {
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
	private genericOrganisation(token: Token | undefined): string {
		if (!token || !token.word) return '';
		const lower = token.lower;
		const nouns = this.lexicon.organisationNouns;
		if (nouns.has(lower)) return lower;
		const base = lower.replace(/(?:es|s)$/u, '');
		if (this.lexicon.language !== 'de') return '';
		if (nouns.has(base)) return base;
		// "der Autokonzern", "der Autobauer", "der Versicherer": a German compound naming a kind of company.
		// Suffix checks, not /.{3,}(?:…)$/: that pattern retries from every position and is quadratic on long input.
		const kind = (nouns: readonly string[], before: number) => nouns.some((noun) => base.endsWith(noun) && [...base].length - [...noun].length >= before);
		return kind(companyCompoundsDe, 3) || kind(makerCompoundsDe, 2) ? 'konzern' : '';
	}

	/** "Israel's military": a possessive owner before an organisation noun; null for other phrases. */
	private ownedOrganisation(phrase: NounPhrase, tokens: Token[]): {owner: string; noun: string; text: string} | null {
		if (this.lexicon.language !== 'en' || phrase.to - phrase.from < 2) return null;
		const last = tokens[phrase.to - 1]!;
		const noun = this.genericOrganisation(last);
		if (!noun || last.cap) return null;
		const ownerIndex = tokens.slice(phrase.from, phrase.to - 1).findIndex((token) => token.cap && /['’]s?$/u.test(token.text));
		if (ownerIndex < 0) return null;
		const owner = tokens[phrase.from + ownerIndex]!;
		return {owner: stripPossessive(owner.text), noun, text: this.text.slice(owner.start, last.end)};
	}

	/**
	 * The named organisation a generic noun means: the latest one mentioned whose name holds the noun
	 * ("the ministry" → "Russian Defence Ministry"), or, given an owner, whose name starts with it ("Israel's
	 * military" → "Israel Defense Forces"); in German also a compound written before ("das Ministerium" →
	 * "Bundesgesundheitsministerium"). Null when there is none.
	 */
	private organisationFor(noun: string, unit: Unit, position: number, owner: string): Speaker | null {
		const german = this.lexicon.language === 'de';
		const recent = this.registry.recentEntities();
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
			const tokens = this.units[index]!.tokens;
			for (let k = tokens.length - 1; k >= 0; k--) {
				const token = tokens[k]!;
				if (token.start >= position || token.quoted || !token.cap || token.lower.length <= noun.length + 2) continue;
				const base = token.lower.endsWith(noun) ? token.text : /(?:es|s)$/u.test(token.lower) && token.lower.replace(/(?:es|s)$/u, '').endsWith(noun) ? token.text.replace(/(?:es|s)$/u, '') : '';
				if (base === '' || base.includes('-') && !/^\p{Lu}/u.test(base.split('-').pop() ?? '')) continue;
				const entity = this.registry.addName(base, {organisation: true});
				this.note(unit, entity, position);
				return {entity, text: entity.name, role: entity.role};
			}
		}
		return null;
	}

	/** The document noun a word is ("Berichts" → "bericht", "RKI-Studie" → "studie", "report"), or "". */
	private documentNoun(token: Token | undefined): string {
		if (!token || !token.word) return '';
		const lower = token.lower;
		if (this.lexicon.language === 'en') return this.lexicon.documentNouns.has(lower) ? lower : '';
		if (!token.cap) return '';
		return germanDocumentEnding.exec(lower)?.[1] ?? '';
	}

	/** Documents the text names with their author ("a report by TNO", "TNO's report", "eine RKI-Studie"), in order. */
	private readonly documents: Array<{noun: string; author: Speaker; position: number}> = [];

	private collectDocuments(unit: Unit): void {
		const tokens = unit.tokens;
		const german = this.lexicon.language === 'de';
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.quoted) continue;
			const noun = this.documentNoun(token);
			if (!noun) continue;
			let author: Speaker | null = null;
			const next = tokens[i + 1];
			const previous = tokens[i - 1];
			const genitive = german && ['des', 'der', 'eines', 'einer'].includes(next?.lower ?? '');
			const preposition = (german ? ['von', 'vom'] : ['by', 'from', 'of']).includes(next?.lower ?? '');
			if (next && !next.quoted && (genitive || preposition)) {
				const from = genitive ? i + 1 : i + 2;
				const first = tokens[from];
				const last = tokens[Math.min(tokens.length - 1, from + 3)];
				const mention = first && last ? this.registry.mentionsIn(unit.index).find((candidate) => candidate.position >= first.start && candidate.position <= last.end) : undefined;
				if (mention) author = {entity: mention.entity, text: mention.entity.name, role: mention.entity.role};
				else {
					const phrase = this.sourcePhrase(tokens, from);
					if (phrase && (phrase.name !== '' || phrase.roleHeads.length > 0)) author = this.sourceSpeaker(phrase, unit, tokens);
				}
			} else if (previous && /^(?:a|an|its|his|her|their|einen|eine|ein|seine|seinen|ihre|ihren)$/u.test(previous.lower) && /^(?:issued|released|published|sent|posted|presented|veröffentlichte|veröffentlichten|veröffentlicht|legte|legten|präsentierte|verschickte)$/u.test(tokens[i - 2]?.lower ?? '') && i >= 3) {
				// "The White House issued a statement … 'We will not back down,' the statement said": who issued it speaks.
				const subject = phraseAfter(tokens, 0, this.lexicon, this.text);
				if (subject && (subject.name !== '' || subject.roleHeads.length > 0) && subject.to <= i - 2) author = this.resolve(subject, unit, tokens);
			} else if (previous && previous.cap && !previous.quoted && /['’]s?$/u.test(previous.text)) {
				author = this.namedAuthor(stripPossessive(previous.text));
			} else if (!german && previous && previous.cap && !previous.quoted && isNameToken(previous, this.lexicon) && i >= 2) {
				// "a TNO report", "the Pentagon memo".
				author = this.namedAuthor(previous.text);
			} else if (german && /-/u.test(token.text)) {
				// "eine RKI-Studie": the first part of the compound is the author.
				const prefix = token.text.slice(0, token.text.lastIndexOf('-'));
				if (/^\p{Lu}/u.test(prefix) && !/-/u.test(prefix)) author = this.namedAuthor(prefix);
			}
			if (author && (author.entity || author.text)) this.documents.push({noun, author, position: token.start});
		}
	}

	private namedAuthor(name: string): Speaker {
		const entity = this.registry.lookup(name) ?? this.registry.addName(name, {organisation: !name.includes(' ')});
		return {entity, text: entity.name, role: entity.role};
	}

	/** The author of the latest document of this kind named before `position`. */
	private documentAuthor(noun: string, position: number): Speaker | null {
		for (let index = this.documents.length - 1; index >= 0; index--) {
			const document = this.documents[index]!;
			if (document.noun === noun && document.position < position) return document.author;
		}
		return null;
	}

	/**
	 * "Google was fined … on Tuesday. It said …": with no organisation known, "it" means the capitalised subject
	 * opening the sentence before (not a person, not a common word). Null when there is none.
	 */
	private subjectBodyBefore(unit: Unit): Entity | null {
		const previous = this.units[unit.index - 1];
		if (!previous || unit.paragraph - previous.paragraph > 1) return null;
		const tokens = previous.tokens;
		let start = 0;
		if (tokens[0]?.lower === 'the' || (this.lexicon.language === 'de' && /^(?:der|die|das)$/u.test(tokens[0]?.lower ?? ''))) start = 1;
		let end = start;
		while (end < tokens.length && end - start < 4 && !tokens[end]!.quoted && isNameToken(tokens[end]!, this.lexicon)) end++;
		const next = tokens[end];
		if (end === start || !next || !next.word || next.cap || next.quoted) return null;
		const name = tokens.slice(start, end).map((part) => stripPossessive(part.text)).join(' ');
		// "Die Firma streicht …" names no body: a generic noun is a description, not a name.
		if (this.lexicon.organisationNouns.has(name.toLowerCase())) return null;
		// German: after an article only a name that says it is a body ("Die EU-Kommission"), not any noun ("Die Zahl").
		if (start === 1 && this.lexicon.language === 'de' && !this.isInstitutionWord(name.toLowerCase().split(/[\s-]/u).pop() ?? '')) return null;
		const known = this.registry.lookup(name);
		if (known && !known.organisation) return null;
		if (!known && genderOfName(name) !== 'any') return null;
		const entity = known ?? this.registry.addName(name, {organisation: true, guessed: true});
		this.note(unit, entity, unit.start);
		return entity;
	}

	/**
	 * The organisation named last before `position` (a few sentences back): a description ("the agency", "der
	 * Konzern") usually takes up the body just named, not the one that spoke before it.
	 */
	private lastNamedOrganisation(unit: Unit, position: number): Entity | null {
		for (let index = unit.index; index >= 0 && index >= unit.index - 6; index--) {
			// Mentions are noted as they are found, not in text order: take the latest by position.
			let latest: {entity: Entity; position: number} | null = null;
			for (const mention of this.registry.mentionsIn(index)) {
				if (mention.position < position && mention.entity.organisation && (!latest || mention.position > latest.position)) latest = mention;
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
	private recentOrganisation(unit: Unit, position = unit.end): Entity | null {
		const commaInUnit = this.text.slice(unit.start, Math.max(unit.start, position)).lastIndexOf(',');
		const clauseStart = commaInUnit < 0 ? unit.start : unit.start + commaInUnit;
		const here = this.registry.mentionsIn(unit.index).filter((mention) => mention.position < position && mention.entity.organisation);
		const sameClause = here.filter((mention) => mention.position > clauseStart).pop();
		if (sameClause) return sameClause.entity;
		const spoke = unit.speakers.find((entity) => entity.organisation);
		if (spoke) return spoke;
		for (let index = unit.index - 1; index >= 0 && index >= unit.index - 6; index--) {
			const candidate = this.units[index]!;
			const found = [...candidate.speakers, ...[...candidate.mentioned].reverse()].find((entity) => entity.organisation);
			if (found) return found;
		}
		return here.pop()?.entity ?? [...unit.mentioned].reverse().find((entity) => entity.organisation) ?? null;
	}

	/**
	 * The gender a role description tells: a German female form ("Ministerin", "Kanzlerin") or a masculine form
	 * under a masculine article ("der Minister", "dem Sprecher"); an English gendered role word ("spokeswoman",
	 * "chairman"). "any" when the description does not tell ("die Behörde", "the minister").
	 */
	private roleGender(phrase: NounPhrase, tokens: Token[]): 'male' | 'female' | 'any' {
		const word = [...phrase.roleWords].reverse().find((candidate) => roleHead(candidate, this.lexicon) !== '') ?? '';
		return this.describedGender(word, tokens[phrase.from]?.lower ?? '');
	}

	private describedGender(roleWord: string, article: string): 'male' | 'female' | 'any' {
		if (roleWord === '' || roleHead(roleWord, this.lexicon) === '') return 'any';
		if (this.lexicon.language === 'en') return genderOfRoleWord(roleWord);
		const lower = roleWord.toLowerCase();
		if (/(?:in|innen)$/u.test(lower) && roleHead(lower.replace(/(?:in|innen)$/u, ''), this.lexicon) !== '') return 'female';
		return /^(?:der|dem|den|des|ein|einem|einen|eines)$/u.test(article) && !/(?:e|frau)$/u.test(lower) ? 'male' : 'any';
	}

	private byRole(phrase: NounPhrase, position: number, gender: 'male' | 'female' | 'any' = 'any'): Entity | null {
		let best: Entity | null = null;
		let bestScore = 1;
		let bestRecency = -1;
		const modifiers = phrase.roleWords.filter((word) => roleHead(word, this.lexicon) === '' && word.length > 1);
		for (const entity of this.registry.recentEntities()) {
			if (entity.organisation) continue;
			if (gender !== 'any' && entity.gender !== 'any' && entity.gender !== gender) continue;
			let score = 0;
			if (phrase.roleHeads.some((head) => entity.roleHeads.has(head))) score += 2;
			const entityModifiers = [...entity.roleWords].filter((word) => roleHead(word, this.lexicon) === '');
			const overlap = modifiers.some((word) => entityModifiers.includes(word));
			if (overlap) score += 2;
			else if (modifiers.length > 0 && entityModifiers.length > 0 && score > 0) score -= 2;
			if (entity.firstMention < 0 || entity.firstMention >= position) continue;
			const recency = this.registry.recentEntities().indexOf(entity);
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
	private recentPerson(unit: Unit, position: number, gender: 'male' | 'female' | 'any', withoutRoleOnly: boolean): Entity | null {
		const loose = (entity: Entity) => !this.isGermanThing(entity) && (!entity.organisation || (withoutRoleOnly && entity.guessed)) && (gender === 'any' || entity.gender === 'any' || entity.gender === gender) && (!withoutRoleOnly || entity.roleHeads.size === 0);
		// Nearest first; a known other gender rules a person out, an unknown one does not. (Preferring a person
		// of known gender over a nearer one of unknown gender was tried: it took Peskow for Putin's "er".)
		return this.walkBack(unit, position, withoutRoleOnly, loose);
	}

	/**
	 * "Sportförderung", "Pressekonferenz": a German noun of an abstract ending, taken for a name at a sentence start
	 * or after a cue, is no one a pronoun or a person's role ("der Feuerwehr-Sprecher") can mean.
	 */
	private isGermanThing(entity: Entity): boolean {
		if (this.lexicon.language !== 'de') return false;
		// "pro Kilogramm Körpergewicht", "auf der Pressekonferenz": a name never follows an article or a preposition.
		const mentions = this.registry.mentions;
		for (; this.articledScanned < mentions.length; this.articledScanned++) {
			const mention = mentions[this.articledScanned]!;
			const at = mention.position;
			if (this.text.startsWith(mention.entity.name.split(' ')[0]!, at) && germanArticleBefore.test(this.text.slice(Math.max(0, at - 8), at))) this.articled.add(mention.entity);
		}
		let byName = this.thingByName.get(entity);
		if (byName === undefined || byName.name !== entity.name) {
			const first = entity.name.split(' ')[0]!;
			const named = isGivenName(first) || isAcronym(entity.name);
			byName = {name: entity.name, named, ending: !named && !entity.name.includes(' ') && germanThingEnding.test(entity.name)};
			this.thingByName.set(entity, byName);
		}
		return !byName.named && (byName.ending || this.articled.has(entity));
	}

	/** Per entity, what its current name alone tells (names grow, so the name is kept to notice a change). */
	private readonly thingByName = new Map<Entity, {name: string; named: boolean; ending: boolean}>();

	private articledScanned = 0;
	private readonly articled = new Set<Entity>();

	private walkBack(unit: Unit, position: number, withoutRoleOnly: boolean, fits: (entity: Entity) => boolean): Entity | null {
		// In the same sentence only a person with no comma before the pronoun: in "Scholz habe gewartet,
		// sagte er" the name belongs to the reported clause, not to the cue.
		const commaInUnit = this.text.slice(unit.start, Math.max(unit.start, position)).lastIndexOf(',');
		const lastComma = commaInUnit < 0 ? -1 : unit.start + commaInUnit;
		const here = this.registry.mentionsIn(unit.index).filter((mention) => mention.position < position && mention.position > lastComma).map((mention) => mention.entity);
		for (const entity of here.reverse()) if (fits(entity)) return entity;
		for (let index = unit.index - 1; index >= 0 && index >= unit.index - 4; index--) {
			const previous = this.units[index]!;
			if (unit.paragraph - previous.paragraph > 2) break;
			// A bare role ("der Finanzprofessor") only means someone who just spoke or was the subject.
			const candidates = withoutRoleOnly ? [...previous.speakers, ...previous.mentioned.filter((entity) => this.startsUnit(previous, entity))] : [...previous.speakers, ...previous.mentioned];
			for (const entity of candidates) if (fits(entity)) return entity;
			if (withoutRoleOnly && index <= unit.index - 2) break;
		}
		return null;
	}

	// ---- cues ----------------------------------------------------------------

	private isSpeechVerb(tokens: UnitToken[], at: number, headline = false): string {
		const token = tokens[at]!;
		if (token.quoted || !token.word) return '';
		const lexicon = this.lexicon;
		const particles = lexicon.separable.get(token.lower);
		if (particles) {
			// The particle closes the clause: look ahead to the next comma or sentence end.
			for (let j = at + 1; j < tokens.length && j - at < 25; j++) {
				const next = tokens[j]!;
				if (next.quoted) break;
				if (!next.word && /[,.;:!?]/u.test(next.text)) {
					const before = tokens[j - 1]!;
					if (particles.has(before.lower)) return `${token.text} … ${before.text}`;
					break;
				}
			}
			const last = tokens[tokens.length - 1];
			if (last && particles.has(last.lower)) return `${token.text} … ${last.text}`;
		}
		// "pointed out that …", "made (it) clear that …": a two-word verb of saying, only with its clause.
		const completions = Object.hasOwn(lexicon.phrasalSpeechVerbs, token.lower) ? lexicon.phrasalSpeechVerbs[token.lower] : undefined;
		if (completions) {
			const part = tokens[at + 1]?.lower === 'it' ? at + 2 : at + 1;
			if (completions.includes(tokens[part]?.lower ?? '') && tokens[part + 1]?.lower === 'that' && !tokens[part]!.quoted) return `${token.text} ${tokens[part]!.text}`;
		}
		// Reported questions: "asked whether …", "questioned if …".
		// Not "Asked whether …, the source said …": a question put to the speaker opens the sentence.
		if (lexicon.language === 'en' && at > 0 && reportedQuestionVerbs.test(token.lower) && /^(?:whether|if)$/u.test(tokens[at + 1]?.lower ?? '') && !tokens[at + 1]!.quoted) return token.text;
		if (lexicon.speechVerbs.has(token.lower)) {
			if (lexicon.language === 'de' && token.cap && at > 0) return '';
			// "sagte das Treffen ab" cancels, it does not say: the particle "ab" closes the clause.
			if (lexicon.language === 'de' && /^sag/u.test(token.lower)) {
				let close = at + 1;
				while (close < tokens.length && close - at < 25 && (tokens[close]!.word || tokens[close]!.quoted)) close++;
				if (close > at + 1 && tokens[close - 1]!.lower === 'ab' && !tokens[close - 1]!.quoted) return '';
			}
			// A base form reports only with a plural subject before it ("Critics argue that"), not as an imperative
			// ("Please note that"), an infinitive ("to confirm that") or under a modal or negation.
			if (lexicon.language === 'en' && baseSpeechForms.test(token.lower)) {
				const previous = tokens[at - 1];
				// "went on to say that …" reports; "is expected to say" does not.
				const wentOn = previous?.lower === 'to' && tokens[at - 2]?.lower === 'on';
				// "only for her lawyer to insist it is real", "led the inquiry to conclude that": the noun before "to" says it.
				let caused = false;
				if (previous?.lower === 'to') {
					for (let j = at - 3; j >= 0 && j >= at - 6; j--) {
						const between = tokens.slice(j + 1, at - 1);
						if (between.some((part) => part.quoted || !part.word)) break;
						if (/^(?:for|led|leads|leading|prompted|prompting|caused|causing|forced|forcing|compelled|allowed)$/u.test(tokens[j]!.lower) && !tokens[j]!.quoted) {
							caused = true;
							break;
						}
					}
				}
				if (!wentOn && !caused && (!previous || (!previous.word && !/^[,"“”'’]$/u.test(previous.text)) || /^(?:please|to|not|never|will|would|can|could|should|must|may|might|let|and|or|we|i|you|did|do|does)$/u.test(previous.lower))) return '';
			}
			// "estimated the deal would save …": a weak verb with a that-less clause (subject, then a finite auxiliary).
			if (lexicon.weakSpeechVerbs.has(token.lower) && zeroThatVerbs.test(token.lower) && this.zeroThatClause(tokens, at + 1, headline && /s$/u.test(token.lower)) >= 0) return token.text;
			if (lexicon.weakSpeechVerbs.has(token.lower)) {
				const ahead = tokens.slice(at + 1, at + 5);
				const thatAt = ahead.findIndex((next) => lexicon.complementizers.has(next.lower));
				// "…had been falsely accused and that she had …": a "that" after "and" belongs to a verb before, not to this one.
				const that = thatAt >= 0 && ahead.slice(0, thatAt).every((next) => !/^(?:and|or|but|und|oder|aber)$/u.test(next.lower));
				const closing = ahead.every((next) => !next.word);
				// "…, said that": a weak verb right after a quote still introduces its speaker.
				const afterQuote = tokens[at - 1]?.quoted || isQuoteMark(tokens[at - 1]) || isQuoteMark(tokens[at - 2]);
				if (!that && !closing && !afterQuote) return '';
			}
			return token.text;
		}
		return '';
	}

	/**
	 * A German multi-word verb of stance or finding at `at` whose "dass" clause follows right after a comma
	 * ("hat ergeben, dass", "geht davon aus, dass", "kommen zu dem Schluss, dass"): its words, else "".
	 * A few words may stand between the finite verb and its completion (an inverted subject, an adverb).
	 */
	private stancePhrase(tokens: UnitToken[], at: number): string {
		const token = tokens[at]!;
		const completions = this.lexicon.stancePhrases.get(token.lower);
		if (!completions || token.quoted || (token.cap && at > 0)) return '';
		for (const completion of completions) {
			for (let gap = 0; gap <= 4; gap++) {
				const from = at + 1 + gap;
				// "zeigt laut Statistischem Bundesamt, dass": a source between is the speaker, and its own cue.
				if (tokens.slice(at + 1, from).some((between) => between.quoted || !between.word || this.lexicon.sourceWords.has(between.lower) || between.lower === 'nach')) break;
				if (!completion.every((word, index) => tokens[from + index]?.lower === word && !tokens[from + index]!.quoted)) continue;
				const after = from + completion.length;
				if (tokens[after]?.text === ',' && this.lexicon.complementizers.has(tokens[after + 1]?.lower ?? '') && tokens[after + 1]!.lower !== 'ob') {
					return [token.text, ...tokens.slice(from, after).map((part) => part.text)].join(' ');
				}
			}
		}
		return '';
	}

	/**
	 * Start token of a that-less reported clause right after a verb ("admitted [the plan] was …", "denied [he] had …"):
	 * a short subject (pronoun, article, name or number first) followed by a finite auxiliary or modal, with no
	 * punctuation, preposition or relative word between. -1 when the words after the verb are its object instead
	 * ("announced his resignation on Friday", "denied the allegations").
	 */
	private zeroThatClause(tokens: UnitToken[], from: number, headline = false): number {
		const opener = tokens[from];
		if (!opener || opener.quoted || !opener.word) return -1;
		if (!(/^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|this|these|those|no|some|all|both|more|most|many|several)$/u.test(opener.lower) || opener.cap || /^\p{N}/u.test(opener.text) || (headline && !this.lexicon.functionWords.has(opener.lower)))) return -1;
		// "admitted he lied", "denied she knew": a nominative pronoun can only open a clause of its own (an object
		// would be "him"/"her"), so its verb needs no auxiliary.
		const verb = tokens[from + 1];
		if (/^(?:he|she|they|we|i)$/u.test(opener.lower) && verb && verb.word && !verb.quoted && !verb.cap && !this.lexicon.functionWords.has(verb.lower)) return from;
		for (let j = from + 1; j < tokens.length && j < from + 7; j++) {
			const token = tokens[j]!;
			if (token.quoted || !token.word) return -1;
			if (finiteAuxiliaries.test(token.lower)) return from;
			// Headlines drop auxiliaries: "Report finds police failed victims" (a past tense after the subject).
			if (headline && j > from && /^\p{Ll}{2,}ed$/u.test(token.text) && !this.lexicon.determiners.has(tokens[j - 1]!.lower)) return from;
			if (/^(?:to|that|which|who|whom|whose|where|what|how|why|of|in|on|at|for|from|with|by|about|as|and|or|but|if|when|while|after|before|because)$/u.test(token.lower)) return -1;
		}
		return -1;
	}

	/** Speaker of a verb at `at`: the phrase after it when the order is inverted, else the one before, else the clause subject. */
	private speakerOfVerb(unit: Unit, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} {
		const lexicon = this.lexicon;
		const previous = tokens[at - 1];
		const attempts: Array<() => NounPhrase | null> = [];
		// "they said", "…," they said": the group the sentence before opens with ("Protesters gathered …").
		if (lexicon.language === 'en') {
			let back = at - 1;
			while (back > 0 && /^(?:have|had|also|all|both|then|later)$/u.test(tokens[back]!.lower)) back--;
			const they = tokens[back]?.lower === 'they' ? back : tokens[at + 1]?.lower === 'they' && (tokens[at - 1]?.quoted || /^[,"“”'’]$/u.test(tokens[at - 1]?.text ?? '')) ? at + 1 : -1;
			if (they >= 0) return {speaker: this.groupBefore(unit) ?? nobody, from: Math.min(they, at), to: Math.max(they + 1, at)};
		}
		// "Nusaybah, who …, wore her new hijab and says …", "Er sagte …, und fügte hinzu": a verb joined by "and"
		// shares the subject that opens the sentence.
		let joined = at - 1;
		if (/^(?:also|later|then|auch|später|dann)$/u.test(tokens[joined]?.lower ?? '')) joined--;
		if (joined > 0 && /^(?:and|und)$/u.test(tokens[joined]!.lower) && !tokens[joined]!.quoted) {
			const subject = this.subjectOf(unit);
			if (subject) return {speaker: {entity: subject, text: subject.name, role: subject.role}, from: at, to: at};
			// "The Tory co-chairman attacked … and said …": a role opening the sentence, resolved like any role subject.
			const opening = phraseAfter(tokens, 0, lexicon, this.text);
			if (opening && opening.roleHeads.length > 0 && !opening.pronoun) {
				const resolved = this.resolve(opening, unit, tokens);
				if (resolved.entity) return {speaker: resolved, from: at, to: at};
			}
		}
		// "wie der „Spiegel“ berichtet", "the 'Guardian' reported": a quoted title after an article is the speaker.
		const titled = this.quotedNameBefore(unit, at);
		if (titled) return {speaker: titled.speaker, from: titled.from, to: at};
		// "forderte dagegen die Linke", "sagte zudem der Minister": a sentence adverb may stand before the inverted subject.
		const skipAdverb = lexicon.language === 'de' && /^(?:dagegen|zudem|außerdem|auch|jedoch|weiter|ebenfalls|hingegen|indes|wiederum|daraufhin|nun|bereits|später|zuvor)$/u.test(tokens[at + 1]?.lower ?? '') ? 1 : 0;
		const after = () => {
			if (tokens[at + 1 + skipAdverb]?.quoted) return null;
			const phrase = phraseAfter(tokens, at + 1 + skipAdverb, lexicon, this.text);
			// "nannte den Veteranentag ein …": a German phrase in the accusative, dative or genitive is no subject.
			if (phrase && lexicon.language === 'de' && obliqueArticlesDe.has(phrase.determiner)) return null;
			// "says UN climate chief Simon Stiell": a named person a few words on, past a lower-case role, is the subject.
			if (phrase && lexicon.language === 'en' && tokens[phrase.to]?.word && !tokens[phrase.to]!.cap) {
				let stop = phrase.to;
				while (stop < tokens.length && stop - phrase.to < 5 && tokens[stop]!.word && !tokens[stop]!.quoted) stop++;
				const limit = tokens[stop - 1]?.end ?? 0;
				const mention = this.registry.mentionsIn(unit.index).find((candidate) => candidate.position >= tokens[phrase.to]!.start && candidate.position < limit && !candidate.entity.organisation && candidate.entity.name.includes(' '));
				if (mention) {
					const from = this.tokenIndexAt(unit, mention.position);
					const words = tokens.slice(phrase.to, from);
					if (words.every((word) => word.word && !word.cap && !lexicon.functionWords.has(word.lower)) && words.some((word) => isRoleToken(word, lexicon))) {
						const named = phraseAfter(tokens, from, lexicon, this.text);
						if (named && named.name !== '') return {...named, from: phrase.from, role: this.text.slice(tokens[phrase.from]!.start, tokens[from - 1]!.end), roleHeads: words.map((word) => roleHead(word.text, lexicon)).filter((head) => head !== ''), roleWords: words.map((word) => word.lower)};
					}
				}
			}
			return phrase;
		};
		const before = () => (previous?.quoted ? null : phraseBefore(tokens, at, lexicon, this.text));
		if (lexicon.language === 'de') {
			// German: the phrase before the verb is its subject only when it opens the clause ("Hegseth sagte",
			// not "Auf seinem Kanal teilte …"); otherwise the subject follows the verb.
			attempts.push(() => {
				const phrase = before();
				// "…, wie die Gewerkschaft mitteilte": the subject of a verb-final "wie" clause.
				return phrase && (this.opensClause(tokens, phrase.from) || (tokens[phrase.from - 1]?.lower === 'wie' && at === tokens.length - 1 - (/^[.!?]$/u.test(tokens[tokens.length - 1]!.text) ? 1 : 0))) ? phrase : null;
			}, after);
		} else {
			const afterQuote = !previous || previous.quoted || isQuoteMark(previous) || (previous.text === ',' && (!tokens[at - 2] || tokens[at - 2]!.quoted || isQuoteMark(tokens[at - 2])));
			if (afterQuote && this.quotedLabelBefore(unit, at)) attempts.push(before);
			else if (afterQuote) attempts.push(after, before);
			else if (previous.text === ',') {
				// "…, said John Miller." / "…, says the minister on Monday.": inverted order closing the sentence — the
				// phrase after the verb is its subject when nothing but an apposition or an adverbial follows it.
				const nearEnd = tokens.length - at <= 12 || tokens.slice(at + 1, at + 12).some((token) => !token.quoted && /^[.;!?]$/u.test(token.text));
				const inverted = nearEnd ? after() : null;
				if (inverted && (inverted.name || inverted.roleHeads.length > 0)) {
					// "said the US Department of Defense (DoD).": a body's name runs on over "of" and an acronym in brackets.
					let to = inverted.to;
					while (/^(?:of|for)$/u.test(tokens[to]?.lower ?? '') && tokens[to + 1]?.cap && !tokens[to + 1]!.quoted) {
						to += 2;
						while (tokens[to]?.cap && tokens[to]!.word && !tokens[to]!.quoted) to++;
					}
					if (tokens[to]?.text === '(' && tokens[to + 1]?.word && /^\p{Lu}[\p{L}]{0,6}\p{Lu}$/u.test(tokens[to + 1]!.text) && tokens[to + 2]?.text === ')') to += 3;
					if (to > inverted.to) {
						const name = this.text.slice(tokens[inverted.from + (this.lexicon.determiners.has(tokens[inverted.from]!.lower) ? 1 : 0)]!.start, tokens[to - 1]!.end);
						const entity = this.registry.lookup(withoutTrailingParenthesis(name)) ?? this.registry.lookup(name);
						const speaker: Speaker = entity ? {entity, text: entity.name, role: entity.role} : {entity: null, text: name, role: ''};
						const after = tokens[to];
						if (!after || /^[.,;!?]$/u.test(after.text)) return {speaker, from: inverted.from, to};
					}
					const next = tokens[inverted.to];
					if (!next || /^[.,;!?]$/u.test(next.text) || /^(?:on|in|at|during|after|before|last|earlier|later|yesterday|today|tonight|this)$/u.test(next.lower)) {
						return {speaker: this.resolve(inverted, unit, tokens), from: inverted.from, to: inverted.to};
					}
				}
				// "its chief executive, Alex Cobham, said": a name set off by commas right after a role is the speaker.
				let nameStart = at - 1;
				while (nameStart > 0 && nameStart > at - 5 && !tokens[nameStart - 1]!.quoted && isNameToken(tokens[nameStart - 1]!, lexicon)) nameStart--;
				const roleBefore = tokens[nameStart - 2];
				if (nameStart < at - 1 && tokens[nameStart - 1]?.text === ',' && roleBefore && !roleBefore.quoted && isRoleToken(roleBefore, lexicon)) {
					const apposed = this.registry.lookup(tokens.slice(nameStart, at - 1).map((part) => stripPossessive(part.text)).join(' '));
					if (apposed && !apposed.organisation) return {speaker: {entity: apposed, text: apposed.name, role: apposed.role}, from: nameStart, to: at};
				}
				// "Nick Kaufman, a lawyer who …, said": the person named first in the clause.
				let named = this.firstPersonIn(unit, tokens[at]!.start);
				if (!named && isNameToken(tokens[0]!, lexicon)) {
					// "Smith, who has led the party since 2019, said": a name opening the sentence, then a relative clause.
					let nameEnd = 1;
					while (nameEnd < at && nameEnd < 4 && isNameToken(tokens[nameEnd]!, lexicon)) nameEnd++;
					if (tokens[nameEnd]?.text === ',' && ['who', 'whose'].includes(tokens[nameEnd + 1]?.lower ?? '')) {
						const subject = phraseAfter(tokens, 0, lexicon, this.text);
						const resolved = subject ? this.resolve(subject, unit, tokens) : nobody;
						if (resolved.entity) {
							if (resolved.entity.guessed) {
								resolved.entity.organisation = false;
								resolved.entity.guessed = false;
							}
							named = resolved.entity;
						}
					}
				}
				if (named) {
					// The subject opens the clause; its span reaches the verb so the comma is not read as a trailing cue.
					const mention = this.registry.mentionsIn(unit.index).find((candidate) => candidate.entity === named);
					const from = mention ? this.tokenIndexAt(unit, mention.position) : at;
					return {speaker: {entity: named, text: named.name, role: named.role}, from, to: at};
				}
				attempts.push(before);
			} else {
				// "… in modern US history said": a phrase after a preposition is its object, not the verb's subject.
				const prepositions = new Set(['in', 'of', 'at', 'on', 'from', 'during', 'for', 'with', 'by', 'about', 'into', 'over', 'under']);
				attempts.push(() => {
					const phrase = before();
					if (!phrase || phrase.pronoun) return phrase;
					// Adjectives may stand between ("in modern US history").
					let back = phrase.from - 1;
					while (back > 0 && back > phrase.from - 3 && tokens[back]!.word && !tokens[back]!.cap && !lexicon.functionWords.has(tokens[back]!.lower)) back--;
					return prepositions.has(tokens[back]?.lower ?? '') ? null : phrase;
				});
			}
		}
		for (const attempt of attempts) {
			const phrase = attempt();
			if (phrase && (lexicon.language === 'en' || phrase.pronoun || phrase.group || phrase.name || phrase.roleHeads.length > 0 || phrase.determiner)) {
				// German inverted order only: "sagte der Minister", not "sagte im Ausschuss".
				return {speaker: this.resolve(phrase, unit, tokens), from: phrase.from, to: phrase.to};
			}
		}
		const subject = this.clauseSubject(unit, tokens, at);
		if (subject) return {speaker: this.resolve(subject, unit, tokens), from: subject.from, to: subject.to};
		return {speaker: nobody, from: at, to: at};
	}

	/**
	 * Does a quote end right before token `at` with nothing between and no comma or stop before its closing
	 * mark? Then it is a quoted label standing as the subject ("'person of interest' says …"), not speech.
	 */
	private quotedLabelBefore(unit: Unit, at: number): boolean {
		const span = this.quoteRightBefore(unit, at);
		return span !== undefined && !/[,.!?;:]/u.test(this.text.slice(span.innerEnd, span.close));
	}

	/** The quote that closes right before token `at`, with only spaces between. */
	private quoteRightBefore(unit: Unit, at: number): QuoteSpan | undefined {
		const token = unit.tokens[at];
		if (!token) return undefined;
		const span = [...unit.quotes].reverse().find((candidate) => candidate.close <= token.start);
		return span && this.text.slice(span.close, token.start).trim() === '' ? span : undefined;
	}

	private quotedNameBefore(unit: Unit, at: number): {speaker: Speaker; from: number} | null {
		const span = this.quoteRightBefore(unit, at);
		if (!span) return null;
		const inner = this.text.slice(span.innerStart, span.innerEnd);
		const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
		if (words.length === 0 || words.length > 4 || !words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || this.lexicon.functionWords.has(word.toLowerCase()))) return null;
		const from = this.tokenIndexAt(unit, span.open);
		const article = unit.tokens[from - 1];
		if (!article || !this.lexicon.determiners.has(article.lower) || this.lexicon.indefinite.has(article.lower)) return null;
		// "Im Interview mit dem „Spiegel“ sagte X": a paper in the dative or genitive is spoken to, not speaking.
		if (/^(?:dem|den|des)$/u.test(article.lower) || /^(?:mit|to|with|in|im|gegenüber)$/u.test(unit.tokens[from - 2]?.lower ?? '')) return null;
		const entity = this.registry.lookup(inner) ?? this.registry.addName(inner, {organisation: true});
		this.note(unit, entity, span.open);
		return {speaker: {entity, text: entity.name, role: entity.role}, from: from - 1};
	}

	/** Is token `from` the start of a clause, allowing an article and adjectives before it? */
	private opensClause(tokens: UnitToken[], from: number): boolean {
		let index = from;
		const openers = new Set(['und', 'aber', 'doch', 'auch', 'denn', 'and', 'but', 'so']);
		while (index > 0) {
			const token = tokens[index - 1]!;
			if (!token.word || token.quoted) return true;
			if (openers.has(token.lower)) return true;
			if (!token.cap && /(?:e|en|er|es|em)$/u.test(token.lower) && !this.lexicon.functionWords.has(token.lower)) {
				index--;
				continue;
			}
			if (this.lexicon.determiners.has(token.lower)) {
				index--;
				continue;
			}
			return false;
		}
		return true;
	}

	/** First noun phrase of the clause that holds token `at`. */
	private clauseSubject(unit: Unit, tokens: UnitToken[], at: number): NounPhrase | null {
		let start = at;
		// English subordinate clauses have their own subject: "X lost his job after Y told him …" — Y, not X.
		const joins = this.lexicon.language === 'en' ? new Set(['after', 'before', 'when', 'because', 'while', 'since', 'although', 'though', 'until', 'once', 'whereas']) : new Set<string>();
		while (start > 0 && at - start < 20 && !tokens[start - 1]!.quoted && !/[;:"“”„«»]/u.test(tokens[start - 1]!.text) && !joins.has(tokens[start - 1]!.lower)) start--;
		for (let i = start; i < at; i++) {
			const token = tokens[i]!;
			if (token.quoted || !token.word) continue;
			if (this.lexicon.pronouns[token.lower] !== undefined || isNameToken(token, this.lexicon) || isRoleToken(token, this.lexicon) || this.lexicon.determiners.has(token.lower)) {
				if (i > start && this.lexicon.functionWords.has(tokens[i - 1]!.lower) && !this.lexicon.determiners.has(tokens[i - 1]!.lower) && i - 1 !== start) continue;
				// A name behind a preposition and adjectives ("in modern US history") is no subject either.
				let back = i - 1;
				while (back > start && back > i - 3 && tokens[back]!.word && !tokens[back]!.cap && !this.lexicon.functionWords.has(tokens[back]!.lower)) back--;
				if (back < i - 1 && back > start && this.lexicon.functionWords.has(tokens[back]!.lower) && !this.lexicon.determiners.has(tokens[back]!.lower)) continue;
				const phrase = phraseAfter(tokens, i, this.lexicon, this.text);
				const possessive = phrase !== null && /['’]s?$/u.test(tokens[phrase.to - 1]?.text ?? '');
				if (phrase && phrase.name && this.lexicon.language === 'en' && phrase.to < at && at - phrase.to <= (possessive ? 5 : 2)) {
					// "Arizona gun dealer says", "Swift's management and security team told": a name before the
					// common noun that heads the subject only modifies it.
					const head = tokens.slice(phrase.to, at);
					if (head.every((token) => token.word && !token.cap && !token.quoted && (!this.lexicon.functionWords.has(token.lower) || (possessive && token.lower === 'and')))) {
						return {...phrase, to: at, text: this.text.slice(tokens[phrase.from]!.start, tokens[at - 1]!.end), name: '', role: '', roleHeads: [], roleWords: [], appositive: ''};
					}
				}
				// "The ousted president, Carles Puigdemont, has admitted …": a name set off by commas after the
				// description is whom it describes.
				if (phrase && phrase.name === '' && phrase.roleHeads.length > 0 && tokens[phrase.to]?.text === ',') {
					const named = phraseAfter(tokens, phrase.to + 1, this.lexicon, this.text);
					if (named && named.name !== '' && named.roleHeads.length === 0 && named.to < at && tokens[named.to]?.text === ',') {
						return {...named, from: phrase.from, role: phrase.role, roleHeads: phrase.roleHeads, roleWords: phrase.roleWords};
					}
				}
				if (phrase && (phrase.name || phrase.pronoun || phrase.roleHeads.length > 0 || (i === 0 && this.genericOrganisation(tokens[phrase.to - 1]) !== ''))) return phrase;
			}
		}
		return null;
	}

	private findCues(unit: Unit): Cue[] {
		const tokens = unit.tokens;
		const lexicon = this.lexicon;
		const cues: Cue[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.quoted || !token.word) continue;
			const lower = token.lower;
			// "laut X", "X zufolge", "according to X", "nach Angaben (von) X".
			if (lower === 'laut' || (lower === 'according' && tokens[i + 1]?.lower === 'to')) {
				const from = lower === 'laut' ? i + 1 : i + 2;
				let phrase = phraseAfter(tokens, from, lexicon, this.text);
				// "According to the Washington Post, the memo …": what follows the comma is the clause, not a description.
				if (phrase && i <= 1) phrase = {...phrase, appositive: ''};
				// "according to a statement from the regulator": the statement's author is the source.
				if (phrase && lexicon.statementNouns.has(tokens[phrase.to - 1]?.lower ?? '') && ['from', 'by', 'of', 'von', 'des', 'der'].includes(tokens[phrase.to]?.lower ?? '')) {
					const author = phraseAfter(tokens, phrase.to + 1, lexicon, this.text) ?? this.sourcePhrase(tokens, phrase.to + 1);
					if (author) phrase = {...author, from: phrase.from};
				}
				// "according to figures from X", "according to official data from X": the author of the figures.
				if (!phrase) {
					const noun = tokens.slice(from, from + 3).findIndex((part) => !part.quoted && lexicon.statementNouns.has(part.lower));
					if (noun >= 0 && ['from', 'by', 'of'].includes(tokens[from + noun + 1]?.lower ?? '')) {
						const author = phraseAfter(tokens, from + noun + 2, lexicon, this.text) ?? this.sourcePhrase(tokens, from + noun + 2);
						if (author) phrase = {...author, from};
					}
				}
				// "laut eines Berichts der X": the report is not the source, X is.
				if (!phrase || (phrase.name !== '' && phrase.name.split(' ').every((word) => reportWords.test(word)))) phrase = this.sourcePhrase(tokens, from) ?? phrase;
				// "laut einer Umfrage des Instituts YouGov": a document's owner in the genitive is the source.
				if (phrase && lexicon.language === 'de' && this.documentNoun(tokens[phrase.to - 1]) !== '' && ['des', 'der'].includes(tokens[phrase.to]?.lower ?? '')) {
					const owner = this.sourcePhrase(tokens, phrase.to);
					if (owner && owner.name !== '') phrase = {...owner, from: phrase.from};
				}
				// "…, according to two people familiar with the matter.": an unnamed source closing the sentence.
				if (!phrase && lexicon.language === 'en' && i > 1 && tokens[i - 1]!.text === ',') {
					let to = from;
					while (to < tokens.length && to - from < 10 && tokens[to]!.word && !tokens[to]!.quoted) to++;
					if (to - from >= 2 && (to === tokens.length || /^[.;!?]$/u.test(tokens[to]!.text))) {
						const text = this.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
						cues.push({at: i, kind: 'source', cue: 'according to', speaker: {entity: null, text, role: ''}, phraseFrom: i, phraseTo: to});
						i = to - 1;
						continue;
					}
				}
				if (phrase) {
					cues.push({at: i, kind: 'source', cue: lower === 'laut' ? token.text : 'according to', speaker: this.sourceSpeaker(phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
					i = phrase.to - 1;
				}
				continue;
			}
			if (lexicon.statementNouns.has(lower) && ['von', 'des', 'der', 'from', 'by', 'of'].includes(tokens[i + 1]?.lower ?? '')) {
				// A German genitive article belongs to the source ("einer Mitteilung des Konzerns"): it marks a definite body.
				const phrase = this.sourcePhrase(tokens, ['des', 'der'].includes(tokens[i + 1]!.lower) ? i + 1 : i + 2);
				if (phrase && phrase.name !== '') {
					cues.push({at: i, kind: 'statement', cue: this.text.slice(token.start, tokens[phrase.to - 1]!.end), speaker: this.sourceSpeaker(phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
					i = phrase.to - 1;
				}
				continue;
			}
			// "Finanzminister X zufolge sinkt …": the source stands before the postposition.
			if (lower === 'zufolge') {
				const phrase = phraseBefore(tokens, i, lexicon, this.text);
				if (phrase && (phrase.name || phrase.roleHeads.length > 0)) {
					cues.push({at: phrase.from, kind: 'source', cue: `${phrase.text} zufolge`, speaker: this.resolve(phrase, unit, tokens), phraseFrom: phrase.from, phraseTo: i + 1});
				}
				continue;
			}
			// "nach Polizeiangaben", "nach Behördenangaben": the source is the compound's first part.
			const compound = lower === 'nach' ? /^(\p{L}{3,})angaben$/u.exec(tokens[i + 1]?.lower ?? '') : null;
			if (compound && !tokens[i + 1]!.quoted && tokens[i + 1]!.cap) {
				// The linking -s of a compound is not part of the source ("Regierungsangaben" → "Regierung").
				const source = tokens[i + 1]!.text.slice(0, compound[1]!.length).replace(/(?<=(?:ung|heit|keit|ion|tät|schaft))s$/u, '');
				cues.push({at: i, kind: 'source', cue: `${token.text} ${tokens[i + 1]!.text}`, speaker: {entity: null, text: source, role: ''}, phraseFrom: i, phraseTo: i + 2});
				i += 1;
				continue;
			}
			if (lower === 'nach' && lexicon.sourceNouns.has(tokens[i + 1]?.lower ?? '')) {
				let from = i + 2;
				if (tokens[from]?.lower === 'von') from++;
				const phrase = this.sourcePhrase(tokens, from);
				if (phrase) {
					cues.push({at: i, kind: 'source', cue: `${token.text} ${tokens[i + 1]!.text}`, speaker: this.sourceSpeaker(phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
					i = phrase.to - 1;
				}
				continue;
			}
			// "…, so der Sprecher" / "so Neumüller".
			if (lexicon.language === 'de' && lower === 'so' && (tokens[i - 1]?.text === ',' || i === 0 || tokens[i - 1]?.quoted)) {
				const phrase = phraseAfter(tokens, i + 1, lexicon, this.text);
				if (phrase && (phrase.name || phrase.roleHeads.length > 0 || phrase.pronoun)) {
					cues.push({at: i, kind: 'so', cue: `so ${phrase.text}`, speaker: this.resolve(phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
					i = phrase.to - 1;
					continue;
				}
			}
			if ((lower === 'heißt' || lower === 'hieß') && tokens[i + 1]?.lower === 'es') {
				let speaker = nobody;
				let phraseTo = i + 2;
				const preposition = tokens[i + 2];
				if (preposition && !preposition.quoted && ['in', 'aus', 'von', 'vom', 'bei', 'beim', 'im', 'seitens'].includes(preposition.lower)) {
					// "hieß es aus Regierungskreisen", "heißt es aus dem Umfeld des Ministers": the circle speaks.
					let end = i + 3;
					while (end < tokens.length && end - i < 10 && tokens[end]!.word && !tokens[end]!.quoted && (tokens[end]!.cap || /e[nrsm]?$/u.test(tokens[end]!.lower))) end++;
					while (end > i + 3 && !tokens[end - 1]!.cap) end--;
					if (end > i + 3) {
						speaker = this.circleSpeaker(unit, tokens, i + 3, end);
						phraseTo = end;
					}
				} else {
					// "In einer Mitteilung des Konzerns heißt es", "Im Bericht der Kommission heißt es": the statement speaks.
					const statement = [...cues].reverse().find((cue) => (cue.kind === 'statement' || cue.kind === 'source') && cue.at < i);
					if (statement) speaker = statement.speaker;
					else {
						const document = tokens.slice(0, i).map((part) => (part.quoted ? '' : this.documentNoun(part))).findLast((noun) => noun !== '');
						const author = document ? this.documentAuthor(document, token.start) : null;
						if (author) speaker = author;
					}
				}
				// "…, so hieß es": "so" belongs to the cue.
				const at = i > 0 && tokens[i - 1]!.lower === 'so' && !tokens[i - 1]!.quoted ? i - 1 : i;
				cues.push({at, kind: 'impersonal', cue: `${at < i ? 'so ' : ''}${token.text} es`, speaker, phraseFrom: at, phraseTo});
				i = phraseTo - 1;
				continue;
			}
			// "Der Minister zeigte sich zuversichtlich, dass …": a stance taken in words, with its clause.
			if (lexicon.language === 'de' && /^(?:zeigte|zeigt|zeigten|gab|gibt|gaben)$/u.test(lower) && tokens[i + 1]?.lower === 'sich' && tokens.slice(i + 2, i + 7).some((next) => !next.quoted && lexicon.complementizers.has(next.lower))) {
				const found = this.speakerOfVerb(unit, tokens, i);
				cues.push({at: i, kind: 'speech', cue: `${token.text} sich`, speaker: found.speaker, phraseFrom: found.from, phraseTo: found.to});
				continue;
			}
			const stance = this.stancePhrase(tokens, i);
			if (stance) {
				const found = this.speakerOfVerb(unit, tokens, i);
				// "Das zeigt, dass …", "Die Zahl der Fälle zeigt, dass …" are inferences, not views anyone holds: only a
				// person or body, someone described by a role, or a document ("Die Studie zeigt") reports.
				const head = (found.speaker.text.match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
				const described = found.speaker.text !== '' && !/^(?:das|dies|es|man)$/iu.test(found.speaker.text) && (roleHead(head, lexicon) !== '' || germanDocumentEnding.test(head.toLowerCase()) || lexicon.groupSpeakers.has(head.toLowerCase()));
				const entity = found.speaker.entity;
				// A single capitalised word guessed to be a body ("Die Zahl der Fälle") is no speaker unless its name says it is one.
				const institutional = entity !== null && this.isInstitutionWord((entity.name.split(/[\s-]/u).pop() ?? '').toLowerCase());
				if ((entity && !(entity.organisation && entity.guessed && !institutional && roleHead(head, lexicon) === '')) || described) {
					cues.push({at: i, kind: 'speech', cue: stance, speaker: found.speaker, phraseFrom: found.from, phraseTo: found.to});
				}
				continue;
			}
			const verb = this.isSpeechVerb(tokens, i, unit.paragraph === 0);
			const framing = !verb && !(lexicon.language === 'de' && token.cap) && (lexicon.framingVerbs.has(lower) || this.framesAs(tokens, i));
			if (verb || framing) {
				// "led TNO to conclude": the subject stands before "to".
				const infinitive = tokens[i - 1]?.lower === 'to' ? phraseBefore(tokens, i - 1, lexicon, this.text) : null;
				const found = infinitive ? {speaker: this.resolve(infinitive, unit, tokens), from: i, to: i} : this.speakerOfVerb(unit, tokens, i);
				cues.push({at: i, kind: verb ? 'speech' : 'framing', cue: verb || token.text, speaker: found.speaker, phraseFrom: found.from, phraseTo: found.to});
			}
		}
		// "The report by X - which … - found that …": the verb's subject is the report, so X speaks.
		for (const cue of cues) {
			if (cue.kind !== 'speech' || (cue.phraseTo === cue.at && cue.phraseFrom < cue.at) || cue.phraseFrom > cue.at) continue;
			const statement = cues.find((other) => other.kind === 'statement' && other.at < cue.at && other.at <= 3);
			if (statement) cue.speaker = statement.speaker;
		}
		return cues;
	}

	/**
	 * Who speaks behind "heißt es aus/in …": a named or generic body ("aus dem Ministerium"), else the circle as
	 * the text names it, in the nominative ("Regierungskreisen" → "Regierungskreise", "dem Umfeld des Ministers"
	 * → "Umfeld des Ministers").
	 */
	private circleSpeaker(unit: Unit, tokens: UnitToken[], from: number, to: number): Speaker {
		let start = from;
		if (this.lexicon.determiners.has(tokens[start]!.lower)) start++;
		// "von Seiten der Regierung": the body after "Seiten".
		if (tokens[start]?.lower === 'seiten' && start + 1 < to) return this.circleSpeaker(unit, tokens, start + 1, to);
		const statement = tokens[start] && (this.lexicon.statementNouns.has(tokens[start]!.lower) || this.documentNoun(tokens[start]) !== '');
		if (statement) {
			// "in einer Mitteilung des Innenministeriums": the statement's author; without one, a named document's author.
			if (['des', 'der'].includes(tokens[start + 1]?.lower ?? '') && start + 2 < to) return this.circleSpeaker(unit, tokens, start + 1, to);
			const noun = this.documentNoun(tokens[start]);
			return (noun ? this.documentAuthor(noun, tokens[start]!.start) : null) ?? nobody;
		}
		const head = tokens[start];
		const generic = head && start + 1 === to ? this.genericOrganisation(head) : '';
		if (generic) {
			const named = this.organisationFor(generic, unit, tokens[from]!.start, '');
			if (named) return named;
		}
		const known = start + 1 === to && head ? this.registry.lookup(stripPossessive(head.text)) : undefined;
		if (known) return {entity: known, text: known.name, role: known.role};
		// A body in the genitive ("des Innenministeriums") is named in the nominative.
		if (start + 1 === to && head && /(?:es|s)$/u.test(head.lower) && this.isInstitutionWord(head.lower.replace(/(?:es|s)$/u, ''))) {
			return {entity: null, text: head.text.replace(/(?:es|s)$/u, ''), role: ''};
		}
		const text = this.text.slice(tokens[start]!.start, tokens[to - 1]!.end).replace(/(?<=\p{L})kreisen\b/gu, 'kreise').replace(/^Kreisen\b/u, 'Kreise');
		return {entity: null, text, role: ''};
	}

	/** "eines Berichts der Teheran Times", "a Pentagon memo seen by Reuters": the source inside a report phrase. */
	private sourcePhrase(tokens: UnitToken[], from: number): NounPhrase | null {
		const first = tokens[from];
		if (!first || !(first.cap || this.lexicon.determiners.has(first.lower) || /["“”„«»]/u.test(first.text))) return null;
		let end = from;
		let coordinated = false;
		while (end < tokens.length && end - from < 10) {
			const token = tokens[end]!;
			// "von NDR, WDR und SZ": several named sources together are the source.
			const joiner = !token.quoted && (token.text === ',' || ['und', 'and', 'sowie'].includes(token.lower));
			const nextNamed = tokens[end + 1] !== undefined && (tokens[end + 1]!.cap || /["“”„«»]/u.test(tokens[end + 1]!.text)) && !this.lexicon.functionWords.has(tokens[end + 1]!.lower);
			if (joiner && end > from && tokens[end - 1]!.cap && nextNamed) {
				coordinated = true;
				end++;
				continue;
			}
			if (!(token.word || token.quoted || /["“”„«»]/u.test(token.text))) break;
			// "des Instituts für Weltwirtschaft", "the Office for National Statistics": a linking word inside a name.
			if (end > from && /^(?:für|of|for)$/u.test(token.lower) && tokens[end - 1]!.cap && tokens[end + 1]?.cap && !tokens[end + 1]!.quoted) {
				end += 2;
				continue;
			}
			// Lower-case words continue the source only after its opening article ("des zuständigen …", "the regulator").
			if (!token.quoted && token.word && !token.cap && !this.lexicon.determiners.has(token.lower) && (end > from + 1 || !this.lexicon.determiners.has(tokens[from]!.lower))) {
				// Only an adjective before a noun continues the source ("des zuständigen Oberstaatsanwalts").
				if (this.lexicon.language === 'de' && !(/e[nrsm]?$/u.test(token.lower) && tokens[end + 1]?.cap)) break;
				if (this.lexicon.language === 'en') break;
			}
			end++;
		}
		if (end === from) return null;
		while (end > from && !tokens[end - 1]!.word) end--;
		if (end === from) return null;
		const text = this.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
		if (!coordinated && tokens.slice(from, end).some((token) => !token.quoted && isRoleToken(token, this.lexicon))) {
			// "des US-amerikanischen Staatschefs", "of the foreign minister": a role, read as a role phrase.
			const phrase = phraseAfter(tokens, from, this.lexicon, this.text);
			if (phrase && phrase.roleHeads.length > 0 && phrase.to <= end) return phrase;
		}
		// "US-amerikanischen": a compound adjective, capitalised for its first part, names no one.
		const capitals = tokens.slice(from, end).filter((token, index, all) => token.word && (token.cap || (/^(?:für|of|for)$/u.test(token.lower) && index > 0 && all[index - 1]!.cap)) && (!this.lexicon.functionWords.has(token.lower) || !token.cap) && !/-\p{Ll}[\p{L}]*$/u.test(token.text));
		const name = capitals.filter((token) => !isRoleToken(token, this.lexicon)).map((token) => stripPossessive(token.text)).join(' ');
		if (coordinated) return {from, to: end, text: text.replace(/["“”„«»]/gu, ''), name: '', role: '', roleHeads: [], roleWords: [], pronoun: '', determiner: '', appositive: '', group: true};
		const determiner = this.lexicon.determiners.has(tokens[from]!.lower) ? tokens[from]!.lower : '';
		return {from, to: end, text, name, role: '', roleHeads: [], roleWords: [], pronoun: '', determiner, appositive: '', group: false};
	}

	private sourceSpeaker(phrase: NounPhrase, unit: Unit, tokens: UnitToken[]): Speaker {
		// Report words are not speakers: "a Pentagon memo" is the Pentagon's, "eines Berichts der X" is X's.
		const words = phrase.name.split(/\s+/).filter((word) => word !== '' && !reportWords.test(word));
		if (phrase.pronoun) return this.resolve(phrase, unit, tokens);
		const known = phrase.name === '' ? undefined : unit.mentioned.find((entity) => entity.name.startsWith(phrase.name) && entity.name !== phrase.name);
		if (known) return {entity: known, text: known.name, role: known.role};
		if (words.length > 0 && words.length < phrase.name.split(/\s+/).length) {
			const name = words.join(' ');
			const entity = this.registry.lookup(name) ?? this.registry.addName(name, {organisation: words.length === 1});
			return {entity, text: entity.name, role: entity.role};
		}
		if (phrase.name === '' && phrase.roleHeads.length === 0) return {entity: null, text: phrase.text, role: ''};
		return this.resolve(phrase, unit, tokens);
	}

	// ---- quotes ----------------------------------------------------------------

	private emit(kind: QuoteKind, start: number, end: number, speaker: Speaker, cue: string, unit: Unit): void {
		const text = this.text.slice(start, end);
		if (text.trim() === '') return;
		const role = speaker.entity || this.lexicon.language !== 'de' ? speakerRole(speaker) : nominativeRoleDe(speaker.role);
		// An unnamed speaker met in an oblique case ("nach Angaben des Sprechers") is reported in the nominative.
		const name = !speaker.entity && this.lexicon.language === 'de' && /^(?:des|dem|den|eines|einem|einen)\s/iu.test(speaker.text) ? nominativeRoleDe(speaker.text) : speakerName(speaker);
		this.quotes.push({kind, text, speaker: name, role, cue, start, end});
		if (speaker.entity) this.speakerEntities.set(this.quotes[this.quotes.length - 1]!, speaker.entity);
		if (speaker.entity) {
			speaker.entity.speaker = true;
			if (!unit.speakers.includes(speaker.entity)) unit.speakers.push(speaker.entity);
		}
		if (speaker.entity || speaker.text) this.last = {speaker, unit: unit.index};
	}

	/** Index of the first token at or after `position` (binary search: tokens are in order). */
	private tokenIndexAt(unit: Unit, position: number): number {
		let low = 0;
		let high = unit.tokens.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (unit.tokens[middle]!.start >= position) high = middle;
			else low = middle + 1;
		}
		return low;
	}

	/** Is the quoted fragment a title, a name, a label or a coined term rather than someone's words? */
	/**
	 * "verteidigte den Einsatz als gerechtfertigte „Strafverfolgungsmaßnahme“", "defended the strike as "self-defence"":
	 * a verb of defending or justifying frames a quote only through "als/as" (alone its quoted object is mostly a label).
	 */
	private framesAs(tokens: UnitToken[], at: number): boolean {
		if (!/^(?:verteidigte|verteidigt|verteidigten|rechtfertigte|rechtfertigt|defended|defends|justified|justifies)$/u.test(tokens[at]!.lower)) return false;
		for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
			const token = tokens[k]!;
			if (token.quoted || /^[.;!?]$/u.test(token.text)) return false;
			if (token.lower === 'als' || token.lower === 'as') return tokens.slice(k + 1, k + 5).some((next) => next.quoted);
		}
		return false;
	}

	/** How often a word stands in the article as a whole word (case-sensitive), counted once per word. */
	private occurrences(word: string): number {
		let cached = this.wordCounts.get(word);
		if (cached === undefined) {
			cached = 0;
			for (let at = this.text.indexOf(word); at >= 0 && cached < 10; at = this.text.indexOf(word, at + word.length)) {
				const before = this.text[at - 1] ?? ' ';
				const after = this.text[at + word.length] ?? ' ';
				if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) cached++;
			}
			this.wordCounts.set(word, cached);
		}
		return cached;
	}

	private isNotAQuote(unit: Unit, span: QuoteSpan): boolean {
		const inner = this.text.slice(span.innerStart, span.innerEnd);
		const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
		if (words.length === 0) return true;
		// Part of a compound name: ZDF-„Morgenmagazin“, "Anti-'Woke'".
		if (this.text[span.open - 1] === '-' && /[\p{L}\p{N}]/u.test(this.text[span.open - 2] ?? '')) return true;
		// Signs and labels: "PRESS", "TV".
		if (words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}\-]*$/u.test(words[0]!) && words[0]!.length <= 6) return true;
		// A programme's or thing's name the article keeps using ("Job-Turbo", three times and more): a term, not words said.
		// Said words repeated ("likely", three times) are lower-case; names of things are capitalised.
		if (words.length === 1 && words[0]!.length >= 4 && /^\p{Lu}/u.test(words[0]!) && this.occurrences(words[0]!) >= 3) return true;
		// Names of papers, shows, operations: every word capitalised, few words, no sentence punctuation.
		if (words.length >= 2 && words.length <= 5 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) && !/[.!?,]/u.test(inner)) return true;
		const before = this.text.slice(Math.max(unit.start, span.open - 40), span.open).toLowerCase();
		const after = this.text.slice(span.close, Math.min(unit.end, span.close + 40)).toLowerCase();
		const beforeWords = before.match(/[\p{L}-]+/gu) ?? [];
		const lastWords = beforeWords.slice(-2);
		const titleLike = /^[\p{Lu}\p{N}]/u.test(inner) && words.length <= 8;
		if (titleLike && lastWords.some((word) => this.lexicon.titleNouns.some((noun) => word.endsWith(noun)))) return true;
		// After an auxiliary or a pronoun the quoted words are part of a clause ("he would 'gladly' sign"): a marker
		// after them is a verb ("sign"), not a label's noun.
		const inClause = /^(?:would|will|could|should|can|may|might|must|to|did|does|do|had|has|have|was|were|is|are|he|she|they|we|i|you|it|würde|werde|wolle|will|könne|müsse)$/u.test(beforeWords[beforeWords.length - 1] ?? '');
		const near = `${beforeWords.slice(-3).join(' ')} | ${inClause ? '' : (after.match(/[\p{L}-]+/gu) ?? []).slice(0, 4).join(' ')}`;
		const padded = ` ${near.replace(/\|/gu, ' ')} `;
		if (this.lexicon.termMarkers.some((marker) => padded.includes(` ${marker} `))) return true;
		// 'words such as "hello", "one, two" and "bye bye"': a quote listed right after a label is a label too.
		const index = unit.quotes.indexOf(span);
		const previous = index > 0 ? unit.quotes[index - 1] : undefined;
		if (previous && /^(?:,|,?\s*(?:and|or|und|oder|sowie))$/u.test(this.text.slice(previous.close, span.open).trim()) && this.isNotAQuote(unit, previous)) return true;
		return false;
	}

	private analyseUnit(unit: Unit): void {
		const cues = this.findCues(unit);
		const tokens = unit.tokens;
		const speechCues = cues.filter((cue) => cue.kind !== 'framing');
		const mainCue = speechCues.find((cue) => cue.speaker.entity || cue.speaker.text) ?? speechCues[0] ?? null;
		const anyCue = mainCue ?? cues.find((cue) => cue.speaker.entity || cue.speaker.text) ?? null;
		const konjunktiv = this.hasKonjunktiv(tokens, true);
		const recent = this.last && unit.index - this.last.unit <= 3 && unit.paragraph - this.units[this.last.unit]!.paragraph <= 1 ? this.last : null;
		const previousUnit = this.units[unit.index - 1];
		// A colon closing the sentence before introduces this one's quote, in the next paragraph or the same one.
		const colonBefore = previousUnit && /:\s*$/u.test(this.text.slice(previousUnit.start, previousUnit.end)) ? previousUnit : null;

		unit.quotes.forEach((span, quoteNumber) => {
			const startToken = this.tokenIndexAt(unit, span.open);
			const endToken = this.tokenIndexAt(unit, span.close);
			const previousClose = unit.quotes[quoteNumber - 1]?.close ?? unit.start;
			const beforeWriter = tokens.slice(this.tokenIndexAt(unit, previousClose), startToken).filter((token) => !token.quoted);
			const nextOpen = unit.quotes[quoteNumber + 1]?.open ?? unit.end;
			const afterWriter = tokens.slice(endToken, this.tokenIndexAt(unit, nextOpen)).filter((token) => !token.quoted);
			const afterWords = afterWriter.filter((token) => token.word);
			const lastBefore = beforeWriter[beforeWriter.length - 1];
			// A quote resumed after its cue ("A", sagte X, "B") opens a clause like the first part did.
			const resumed = quoteNumber > 0 && lastBefore?.text === ',' && cues.some((cue) => cue.kind !== 'framing' && cue.at >= this.tokenIndexAt(unit, unit.quotes[quoteNumber - 1]!.close) && cue.at < startToken) && beforeWriter.filter((token) => token.word).length <= 6;
			const opensClause = resumed || beforeWriter.filter((token) => token.word || token.text === ':').length === 0 || lastBefore?.text === ':' || lastBefore?.text === '-' || lastBefore?.text === '–';
			// The cue right after the quote ("…", sagte X / "…," she said), or right before it.
			const cueAfter = cues.find((cue) => cue.kind !== 'framing' && cue.at >= endToken && tokens.slice(endToken, cue.at).filter((token) => token.word && !token.quoted).length <= 4 && cue.at < this.tokenIndexAt(unit, nextOpen));
			const cueBefore = [...cues].reverse().find((cue) => cue.at < startToken && cue.kind !== 'framing');
			const framing = cues.find((cue) => cue.kind === 'framing' && (cue.speaker.entity || cue.speaker.role));
			const wholeClause = opensClause && afterWords.every((token) => cueAfter && token.start >= tokens[Math.min(cueAfter.phraseFrom, cueAfter.at)]!.start - 40);
			const multiWord = (this.text.slice(span.innerStart, span.innerEnd).match(/[\p{L}\p{N}]+/gu) ?? []).length;
			// Headline style "'Quote': who on what": a quote opening its line and closed by the writer's colon is whole.
			// So is one followed by a dash and the story's line ("„…“ – Merz verteidigt Sparkurs").
			const headlineQuote = opensClause && quoteNumber === 0 && [':', '–', '—', '-'].includes(afterWriter[0]?.text ?? '') && this.startsLine(span.open);
			let kind: QuoteKind = headlineQuote || (opensClause && (afterWords.length === 0 || cueAfter !== undefined || wholeClause)) || (lastBefore && ['that', 'dass'].includes(lastBefore.lower) && afterWords.length === 0 && multiWord >= 5) ? 'direct' : 'partial';
			let cue: Cue | null = null;
			let speaker: Speaker = nobody;
			// "Diesen Preis sieht der Soldat Andrij …: „…“": a quote after a colon is said by whom the clause ending
			// in the colon names (also with a framing verb), not by an earlier speaker of the sentence.
			let colonCue: Cue | undefined;
			if (lastBefore?.text === ':' && !cueAfter) {
				let clauseStart = startToken - 1;
				while (clauseStart > 0 && !tokens[clauseStart - 1]!.quoted && !/^[.!?]$/u.test(tokens[clauseStart - 1]!.text)) clauseStart--;
				colonCue = [...cues].reverse().find((candidate) => candidate.at >= clauseStart && candidate.at < startToken && candidate.kind !== 'impersonal' && (candidate.speaker.entity !== null || candidate.speaker.text !== ''));
			}
			if (colonCue) cue = colonCue;
			else if (cueAfter && (cueAfter.speaker.entity || cueAfter.speaker.text || cueAfter.kind === 'impersonal')) cue = cueAfter;
			else if (cueBefore && (cueBefore.speaker.entity || cueBefore.speaker.text || cueBefore.kind === 'impersonal')) cue = cueBefore;
			else if (framing && kind === 'partial') cue = framing;
			else if (anyCue && (anyCue.speaker.entity || anyCue.speaker.text) && !(opensClause && lastBefore?.text === ':')) cue = anyCue;
			if (cue) speaker = cue.speaker;
			let cueText = cue?.cue ?? '';
			if ((kind === 'partial' || this.text[span.open - 1] === '-') && this.isNotAQuote(unit, span)) return;
			// "'person of interest' says he …": the quoted words name the speaker, nobody says them.
			const verbAfter = cues.find((candidate) => candidate.kind === 'speech' && candidate.at === endToken);
			if (verbAfter && this.quotedLabelBefore(unit, verbAfter.at)) return;
			const introduced = this.pendingColon && unit.paragraph === this.pendingColon.paragraph + 1 ? this.pendingColon : null;
			if (!cue && introduced) {
				speaker = introduced.speaker;
				cueText = `${introduced.cue}:`;
			} else if (!cue) {
				// A fragment inside reported speech belongs to the sentence's subject, else to the last speaker.
				const subject = this.personOpening(unit);
				if (kind === 'partial' && konjunktiv && subject) {
					speaker = {entity: subject, text: subject.name, role: subject.role};
					cueText = '(Konjunktiv)';
				} else if (kind === 'partial' && lastBefore?.text === ':' && this.firstPersonIn(unit, span.open)) {
					// "Name: 'fragment' at …" (a headline or standfirst): the person before the colon says it.
					const named = this.firstPersonIn(unit, span.open)!;
					speaker = {entity: named, text: named.name, role: named.role};
					cueText = ':';
				} else if (kind === 'partial' && lastBefore?.text === ':' && this.startsLine(beforeWriter[0]?.start ?? span.open) && beforeWriter.filter((token) => token.word).length <= 4 && beforeWriter.some((token) => token.cap)) {
					// "Starmer: 'We will not back down' on tax" with Starmer named only below: kept if the name
					// before the colon turns out to be a person of the article (see attributePullQuotes).
					this.emit(kind, span.innerStart, span.innerEnd, nobody, ':', unit);
					this.tentative.add(this.quotes[this.quotes.length - 1]!);
					return;
				} else if (kind === 'partial' && !(konjunktiv && recent)) {
					// No cue: kept only if an attributed quote elsewhere repeats these words (see attributeRepeats).
					if (multiWord >= 2) this.uncued.push({kind, start: span.innerStart, end: span.innerEnd});
					return;
				}
				if (kind === 'direct' && this.isNotAQuote(unit, span) && multiWord <= 5) return;
				// A colon closing the previous paragraph introduces this quote ("Trump teilte mit:").
				if (colonBefore && quoteNumber === 0 && opensClause) {
					const introducing = this.colonSpeaker(colonBefore);
					if (introducing) {
						speaker = introducing.speaker;
						cueText = introducing.cue;
					}
				}
				if (speaker === nobody && opensClause && lastBefore?.text === ':') {
					const mentioned = beforeWriter.length > 0 ? this.firstPersonIn(unit, span.open) : null;
					if (mentioned) speaker = {entity: mentioned, text: mentioned.name, role: mentioned.role};
				}
				// A quote standing alone continues whoever just spoke; failing that, it belongs to the person the
				// sentence before (same paragraph) was about; then to the last speaker nearby.
				const justSpoke = recent && recent.unit === unit.index - 1 && quoteNumber === 0 ? recent : null;
				const subjectBefore = kind === 'direct' && previousUnit && unit.paragraph - previousUnit.paragraph <= 1 ? this.subjectOf(previousUnit) : null;
				if (speaker === nobody && cueText === '' && justSpoke) {
					speaker = justSpoke.speaker;
					cueText = '(continues)';
				}
				if (speaker === nobody && subjectBefore && previousUnit!.paragraph === unit.paragraph) {
					speaker = {entity: subjectBefore, text: subjectBefore.name, role: subjectBefore.role};
					cueText = '(previous sentence)';
				}
				if (speaker === nobody && recent && cueText === '') {
					speaker = recent.speaker;
					cueText = '(continues)';
				}
				if (speaker === nobody && subjectBefore) {
					speaker = {entity: subjectBefore, text: subjectBefore.name, role: subjectBefore.role};
					cueText = '(previous sentence)';
				}
			}
			if (multiWord === 0) return;
			this.emit(kind, span.innerStart, span.innerEnd, speaker, cueText, unit);
		});
		this.indirect(unit, cues, recent);
		this.participleReport(unit, recent);
		this.requestReport(unit);
	}

	/**
	 * "X urged the government to disclose …", "called on Y to …": a request reported with an object and a
	 * to-infinitive is X's indirect speech, the object and its infinitive (gold convention: "the government to
	 * disclose …"). Only when no quote already covers the words.
	 */
	private requestReport(unit: Unit): void {
		if (this.lexicon.language !== 'en') return;
		const tokens = unit.tokens;
		for (let i = 1; i < tokens.length - 3; i++) {
			const token = tokens[i]!;
			if (token.quoted || !requestVerbsEn.test(token.lower)) continue;
			let from = i + 1;
			if (/^(?:on|upon)$/u.test(tokens[from]?.lower ?? '') && /^call/u.test(token.lower)) from++;
			else if (tokens[from]?.lower === 'to' && /^appeal/u.test(token.lower)) from++;
			else if (/^(?:call|appeal)/u.test(token.lower)) continue;
			const opener = tokens[from];
			if (!opener || opener.quoted || !opener.word || !(opener.cap || /^(?:the|a|an|his|her|their|its|our|all|both|him|them|us|everyone|people|members|lawmakers|officials|residents|voters|parents|governments|countries|leaders|supporters)$/u.test(opener.lower))) continue;
			let to = from + 1;
			while (to < tokens.length && to - from < 9 && tokens[to]!.word && !tokens[to]!.quoted && tokens[to]!.lower !== 'to' && !/^(?:that|which|who|and|or|but|for|of|in|on|with|at|from|by|about|into|over)$/u.test(tokens[to]!.lower)) to++;
			const verb = tokens[to + 1];
			if (tokens[to]?.lower !== 'to' || !verb || verb.quoted || !verb.word || verb.cap || this.lexicon.functionWords.has(verb.lower)) continue;
			const start = opener.start;
			const end = this.sentenceEnd(unit);
			if (this.quotes.some((quote) => quote.end > start && quote.start < end)) return;
			if ((this.text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < 4) return;
			// Someone who can ask: a named person or body, or a described person ("the mayor") — not "the green area".
			const found = this.speakerOfVerb(unit, tokens, i);
			if (!found.speaker.entity && (found.speaker.text === '' || found.speaker.role === '')) return;
			this.emit('indirect', start, end, found.speaker, token.text, unit);
			return;
		}
	}

	private colonSpeaker(unit: Unit): {speaker: Speaker; cue: string} | null {
		const cues = this.findCuesCached(unit);
		const cue = [...cues].reverse().find((candidate) => candidate.speaker.entity || candidate.speaker.text);
		if (cue) return {speaker: cue.speaker, cue: cue.cue};
		const entity = unit.speakers[0] ?? unit.mentioned.find((candidate) => !candidate.organisation);
		return entity ? {speaker: {entity, text: entity.name, role: entity.role}, cue: ':'} : null;
	}

	private readonly cueCache = new Map<number, Cue[]>();
	private findCuesCached(unit: Unit): Cue[] {
		let cues = this.cueCache.get(unit.index);
		if (!cues) {
			cues = this.findCues(unit);
			this.cueCache.set(unit.index, cues);
		}
		return cues;
	}

	private firstPersonIn(unit: Unit, before: number): Entity | null {
		const mention = this.registry.mentionsIn(unit.index).find((candidate) => candidate.position < before && !candidate.entity.organisation);
		return mention?.entity ?? null;
	}

	private hasKonjunktiv(tokens: UnitToken[], strongOnly: boolean): boolean {
		return tokens.some((token) => !token.quoted && token.word && !token.cap && (this.lexicon.konjunktiv.has(token.lower) || (!strongOnly && this.lexicon.weakKonjunktiv.has(token.lower))));
	}

	private quotedShare(unit: Unit, start: number, end: number): number {
		let quoted = 0;
		for (const span of unit.quotes) quoted += Math.max(0, Math.min(end, span.close) - Math.max(start, span.open));
		return end > start ? quoted / (end - start) : 1;
	}

	/** Reported speech: clauses around a speech verb, source phrases, dass/that clauses, Konjunktiv continuations. */
	private indirect(unit: Unit, cues: Cue[], recent: {speaker: Speaker; unit: number} | null): void {
		const tokens = unit.tokens;
		const lexicon = this.lexicon;
		const end = this.sentenceEnd(unit);
		const emitClause = (from: number, to: number, speaker: Speaker, cue: string): boolean => {
			let start = from;
			let stop = to;
			while (start < stop && /[\s,;:\-–—]/u.test(this.text[start]!)) start++;
			// A closing mark left over from a quoted source name ("laut des „Spiegel“ soll …") is not the clause.
			while (start < stop && /["“”»«’]/u.test(this.text[start]!) && /\s/u.test(this.text[start + 1] ?? '')) start += 2;
			while (stop > start && /[\s,;:\-–—]/u.test(this.text[stop - 1]!)) stop--;
			// "…, and claims he was sacrificed, according to messages sent …": a source closing the sentence is
			// no part of the reported words.
			const closing = (lexicon.language === 'de' ? /,\s+(?:laut\s|so\s+(?:der|die|das|ein|eine)?\s*\p{Lu})/u : /,\s+(?:according to|citing)\s/u).exec(this.text.slice(start, stop));
			if (closing && (this.text.slice(start, start + closing.index).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) stop = start + closing.index;
			// "denied his forecasts were too optimistic - but refused to …": a second predicate of the speaker, joined by
			// "but/and" after a comma or dash, is the writer's again.
			if (lexicon.language === 'en') {
				const predicate = /(?:,|\s[-–—])\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)/gu;
				for (const match of this.text.slice(start, stop).matchAll(predicate)) {
					const verb = match[1]!;
					if (match.index! > 0 && (/^\p{Ll}{3,}ed$/u.test(verb) || lexicon.speechVerbs.has(verb)) && (this.text.slice(start, start + match.index!).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) {
						stop = start + match.index!;
						break;
					}
				}
			}
			// 'said that its focus turns to the U.K. “While we …”': a quote opening after a finished sentence is the
			// speaker's own words, no part of the reported clause.
			const quoteAfterSentence = unit.quotes.find((span) => span.open > start && span.open < stop && /[.!?]\s*$/u.test(this.text.slice(start, span.open)));
			if (quoteAfterSentence) {
				stop = quoteAfterSentence.open;
				while (stop > start && /\s/u.test(this.text[stop - 1]!)) stop--;
			}
			const words = this.text.slice(start, stop).match(/[\p{L}\p{N}]+/gu) ?? [];
			if (words.length < 3) return false;
			if (this.quotedShare(unit, start, stop) > 0.8) return false;
			// "admits X is over and claims he was …", "sagte, …, und fügte hinzu, …": a second verb of saying joined
			// by "and" starts a second report by the same speaker.
			const second = this.coordinatedReport(unit, start, stop);
			if (second) {
				let firstStop = second.cut;
				while (firstStop > start && /[\s,;:\-–—]/u.test(this.text[firstStop - 1]!)) firstStop--;
				if ((this.text.slice(start, firstStop).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) {
					this.emit('indirect', start, firstStop, speaker, cue, unit);
					if ((this.text.slice(second.from, stop).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) this.emit('indirect', second.from, stop, speaker, second.cue, unit);
					return true;
				}
			}
			this.emit('indirect', start, stop, speaker, cue, unit);
			return true;
		};
		const speech = cues.filter((cue) => cue.kind === 'speech' || cue.kind === 'so' || cue.kind === 'source' || cue.kind === 'impersonal');
		// A sentence ending in a colon hands its speaker to the next paragraph (a list, a quote).
		const endsWithColon = /:\s*$/u.test(this.text.slice(unit.start, unit.end));
		for (const cue of speech) {
			const cueEndToken = Math.max(cue.at + 1, cue.phraseTo);
			// The speaker phrase counts as part of the cue only when it stands right before the verb.
			let cueLeft = cue.phraseTo === cue.at || cue.phraseFrom > cue.at ? Math.min(cue.at, cue.phraseFrom) : cue.at;
			let cueSpeaker = cue.speaker;
			// "…, officials in Kyiv said.": a subject with a place or body after a preposition still closes the sentence.
			if (lexicon.language === 'en' && cue.kind === 'speech' && tokens[cueLeft - 1]?.text !== ',' && cueLeft === cue.at) {
				let back = cueLeft - 1;
				while (back > 0 && cueLeft - back <= 6 && tokens[back]!.word && !tokens[back]!.quoted && (tokens[back]!.cap || /^(?:in|at|for|from|of|the)$/u.test(tokens[back]!.lower))) back--;
				const head = tokens[back];
				const subject = tokens.slice(back, cueLeft);
				if (head && head.word && !head.quoted && !head.cap && tokens[back - 1]?.text === ',' && !tokens[back - 1]!.quoted && subject.some((token) => /^(?:in|at|for|from|of)$/u.test(token.lower))) {
					cueLeft = back;
					if (!cueSpeaker.entity || cueSpeaker.entity.organisation) cueSpeaker = {entity: null, text: this.text.slice(subject[0]!.start, subject[subject.length - 1]!.end), role: ''};
				}
			}
			const commaBefore = tokens[cueLeft - 1];
			// Only the next few tokens matter: does the sentence end soon after the cue?
			// "…, X said, adding that …": what follows the participle is a second report, not part of the cue's tail.
			const participleAt = lexicon.language === 'en' ? tokens.slice(cueEndToken, cueEndToken + 8).findIndex((token) => !token.quoted && /^(?:adding|saying|noting|warning|insisting|arguing|stressing|explaining)$/u.test(token.lower)) : -1;
			const following = tokens.slice(cueEndToken, participleAt >= 0 ? cueEndToken + participleAt : cueEndToken + 16);
			const rest = following.filter((token) => !token.quoted);
			const restWords = participleAt < 0 && tokens.length - cueEndToken > 16 ? 99 : rest.filter((token) => token.word).length;
			let closesSentence = restWords <= 6 && !rest.some((token) => token.text === ':' || lexicon.complementizers.has(token.lower)) && !following.some((token) => token.quoted);
			// "…, warnte er, da sie „…“ öffne.": a reason or time clause after the cue leaves the cue closing the report.
			if (!closesSentence && lexicon.language === 'de' && following[0]?.text === ',' && /^(?:da|weil|denn|obwohl|nachdem|bevor|zumal|wenngleich)$/u.test(following[1]?.lower ?? '') && cue.phraseFrom > cue.at) closesSentence = true;
			if (closesSentence && lexicon.language === 'en' && restWords > 0) {
				// "…, she said on Monday." ends the sentence; "…, X said it had …" opens a new clause.
				const first = rest.find((token) => token.word)!;
				const adverbial = ['on', 'in', 'at', 'during', 'after', 'before', 'last', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'this', 'late', 'when', 'while', 'as', 'adding', 'citing', 'according', 'without', 'with', 'from', 'referring', 'speaking', 'via', 'through', 'of'].includes(first.lower);
				const toldSomeone = ['told', 'tells', 'tell'].includes(tokens[cue.at]!.lower) && restWords <= 4 && !rest.some((token) => lexicon.pronouns[token.lower] !== undefined);
				// "…, says John Miller, the chief negotiator.": an apposition after the speaker still closes the sentence.
				const apposition = following[0]?.text === ',' && (lexicon.determiners.has(first.lower) || isRoleToken(first, lexicon));
				closesSentence = adverbial || toldSomeone || apposition;
			}
			if (endsWithColon) {
				// 'told BBC News: "…"' with the quote closed in the same paragraph: the colon introduced that quote, not
				// the next paragraph (a quote running on over the break re-opens there and still continues it).
				const next = this.units[unit.index + 1];
				const answered = next !== undefined && next.paragraph === unit.paragraph && next.quotes.length > 0 && !next.quotes[next.quotes.length - 1]!.multiParagraph;
				if ((cue.speaker.entity || cue.speaker.text) && !answered) this.pendingColon = {speaker: cue.speaker, cue: cue.cue, paragraph: unit.paragraph};
				return;
			}
			// Cue after the clause: "Es sei …, fügte er hinzu." / "…, Nato said." / "…, so der Sprecher."
			// German puts the speaker after the verb there ("…, fügte er hinzu"); a verb-final "…, widersprach." is no cue.
			const invertedOrder = lexicon.language !== 'de' || cue.kind !== 'speech' || cue.phraseFrom > cue.at;
			// "Das sagte Klingbeil der ARD." / "Dies teilte die Polizei mit.": the sentence before is what was said.
			if (lexicon.language === 'de' && cue.kind === 'speech' && cue.at === 1 && /^(?:das|dies)$/u.test(tokens[0]!.lower) && !tokens[0]!.quoted && tokens.length - cue.at <= 14 && !tokens.some((token) => token.quoted || token.text === ',')) {
				const previous = this.units[unit.index - 1];
				// A Konjunktiv sentence read before without a speaker gets this one.
				const unnamed = previous ? this.quotes.findIndex((quote) => quote.kind === 'indirect' && quote.speaker === '' && quote.start >= previous.start && quote.end <= previous.end) : -1;
				if (unnamed >= 0) this.quotes.splice(unnamed, 1);
				if (previous && unit.paragraph - previous.paragraph <= 1 && !this.quotes.some((quote) => quote.end > previous.start && quote.start < previous.end)) {
					const previousEnd = this.sentenceEnd(previous);
					const words = this.text.slice(previous.start, previousEnd).match(/[\p{L}\p{N}]+/gu) ?? [];
					if (words.length >= 3 && this.quotedShare(previous, previous.start, previousEnd) < 0.5 && !/:\s*$/u.test(this.text.slice(previous.start, previous.end))) {
						this.emit('indirect', previous.start, previousEnd, cueSpeaker, `${tokens[0]!.text} ${cue.cue}`, unit);
						return;
					}
				}
			}
			// "…, wie die Gewerkschaft mitteilte." / "…, as the ministry said.": the cue in a closing "wie/as" clause.
			if (cue.kind === 'speech' && closesSentence && !invertedOrder || (cue.kind === 'speech' && closesSentence && lexicon.language === 'en')) {
				const wie = cueLeft - 1 >= 1 && /^(?:wie|as)$/u.test(tokens[cueLeft - 1]!.lower) && tokens[cueLeft - 2]!.text === ',' && !tokens[cueLeft - 2]!.quoted ? cueLeft - 2 : -1;
				if (wie >= 0 && emitClause(this.clauseStartBefore(unit, wie), tokens[wie]!.start, cueSpeaker, `${tokens[cueLeft - 1]!.text} … ${cue.cue}`)) return;
			}
			if (commaBefore && commaBefore.text === ',' && !commaBefore.quoted && cue.kind !== 'source' && closesSentence && invertedOrder) {
				const clauseStart = this.clauseStartBefore(unit, cueLeft - 1);
				if (emitClause(clauseStart, commaBefore.start, cueSpeaker, cue.cue)) {
					// "…, X said, adding that …": the participle carries on the same speaker's report.
					const participle = participleAt;
					if (participle >= 0) {
						let from = cueEndToken + participle + 1;
						if (tokens[from]?.lower === 'that') from++;
						const opener = tokens[from];
						if (opener && !opener.quoted && opener.word && (tokens[from - 1]!.lower === 'that' || /^(?:he|she|they|it|we|i|the|a|an|his|her|their|its|there)$/u.test(opener.lower))) {
							emitClause(opener.start, end, cue.speaker, `${cue.cue}, ${tokens[cueEndToken + participle]!.text}`);
						}
					}
					return;
				}
			}
			// "Der Job sei anstrengend, argumentieren die Gewerkschaften, oftmals müssten …": a German cue between two
			// Konjunktiv clauses reports the one before it too (the one after is read as usual).
			if (lexicon.language === 'de' && cue.kind === 'speech' && !closesSentence && cue.phraseFrom > cue.at && commaBefore?.text === ',' && !commaBefore.quoted) {
				const clauseStart = this.clauseStartBefore(unit, cueLeft - 1);
				const before = tokens.filter((token) => token.start >= clauseStart && token.end <= commaBefore.start);
				const afterCue = tokens.slice(Math.max(cue.at + 1, cue.phraseTo), Math.max(cue.at + 1, cue.phraseTo) + 4).some((token) => token.text === ',' && !token.quoted);
				if (afterCue && this.hasKonjunktiv(before, true) && !this.quotes.some((quote) => quote.start < commaBefore.start && quote.end > clauseStart && quote.kind === 'indirect')) {
					emitClause(clauseStart, commaBefore.start, cueSpeaker, cue.cue);
				}
			}
			if (cue.kind === 'source') {
				// '"The talks are over," according to X.': the quote right before is X's; there is no report besides it.
				const justBefore = tokens[Math.min(cue.at, cue.phraseFrom) - 1];
				if (justBefore && (justBefore.quoted || (!justBefore.word && /["“”„«»'’]/u.test(justBefore.text)))) continue;
				// "Laut X dauerte …" → the rest; "…, according to X." → the part before; mid-sentence → the sentence.
				if (Math.min(cue.at, cue.phraseFrom) <= 1) {
					// "According to X at Y, …": the clause starts after the comma that closes the source.
					let clauseToken = cueEndToken;
					const comma = tokens.slice(cueEndToken, cueEndToken + 8).findIndex((token) => token.text === ',');
					if (lexicon.language === 'en' && comma >= 0) clauseToken = cueEndToken + comma + 1;
					if (emitClause(tokens[clauseToken]?.start ?? end, end, cue.speaker, cue.cue)) return;
				} else if (commaBefore?.text === ',') {
					// '"The talks are over," according to X.': the quote before is X's, not a report of the writer's words.
					const beforeComma = tokens[cueLeft - 2];
					if (beforeComma && (beforeComma.quoted || (!beforeComma.word && /["“”„«»'’]/u.test(beforeComma.text)))) continue;
					if (emitClause(unit.start, commaBefore.start, cue.speaker, cue.cue)) return;
					// "The talks, according to X, have stalled": the source sits inside the clause it reports.
					if (tokens[cueEndToken]?.text === ',' && emitClause(unit.start, end, cue.speaker, cue.cue)) return;
				} else if (emitClause(unit.start, end, cue.speaker, cue.cue)) return;
				continue;
			}
			// "The deal, John Miller said, was close …" / "Die Lage, sagte Becker, sei ernst": the cue interrupts its clause.
			const resumes = tokens[cueEndToken + 1];
			if (cue.kind === 'speech' && commaBefore?.text === ',' && !commaBefore.quoted && cueLeft >= 2 && tokens[cueEndToken]?.text === ',' && resumes && resumes.word && !resumes.quoted && !resumes.cap && !lexicon.complementizers.has(resumes.lower) && !/^(?:however|though|also|too|then|adding|saying|according|citing|who|which|wie|jedoch|aber|auch|zudem|dann)$/u.test(resumes.lower) && tokens.slice(0, cueLeft - 1).every((token) => !token.quoted)) {
				if (emitClause(this.clauseStartBefore(unit, cueLeft - 1), end, cueSpeaker, cue.cue)) return;
			}
			if (cue.kind === 'impersonal' && cue.at <= 1) continue;
			// Cue before the clause: "X sagte, er werde …", "X erklärte, dass …", "X said (that) …".
			let next = cueEndToken;
			let limit = Math.min(tokens.length, next + 8);
			let complementizer = -1;
			let comma = -1;
			let colon = -1;
			for (let j = next; j < limit; j++) {
				const token = tokens[j]!;
				if (token.quoted) {
					// "sagte der „Kronen Zeitung“, man sei …": a quoted paper name as the addressee is passed over.
					let close = j;
					while (close < tokens.length && (tokens[close]!.quoted || !tokens[close]!.word && /["“”„«»'’]/u.test(tokens[close]!.text))) close++;
					const title = tokens.slice(j, close).filter((part) => part.word);
					const article = tokens.slice(next, j).filter((part) => part.word).pop();
					if (title.length > 0 && title.length <= 4 && title.every((part) => part.cap) && article && lexicon.determiners.has(article.lower)) {
						limit = Math.min(tokens.length, limit + (close - j));
						j = close - 1;
						continue;
					}
					break;
				}
				if (lexicon.complementizers.has(token.lower) || (j === next && /^(?:whether|if)$/u.test(token.lower) && reportedQuestionVerbs.test(tokens[cue.at]!.lower))) {
					complementizer = j;
					break;
				}
				if (token.text === ',' && comma < 0) {
					comma = j;
					// "sagte, er gehe davon aus, dass …": a clause right after the comma is the report, not a later "dass".
					if (lexicon.language === 'de' && j === next && tokens[j + 1] && !lexicon.complementizers.has(tokens[j + 1]!.lower)) break;
				}
				if (token.text === ':' && colon < 0) colon = j;
				if (/[.;:!?]/u.test(token.text)) break;
			}
			// "Frau Esken hielt dagegen: Die Reform sei sozial ausgewogen.": a Konjunktiv clause after the cue's colon.
			if (lexicon.language === 'de' && colon >= 0 && complementizer < 0 && comma < 0 && tokens[colon + 1] && !tokens[colon + 1]!.quoted && this.hasKonjunktiv(tokens.slice(colon + 1, colon + 40), true)) {
				if (emitClause(tokens[colon + 1]!.start, end, cue.speaker, `${cue.cue}:`)) return;
			}
			if (complementizer >= 0) {
				const from = lexicon.language === 'de' ? tokens[complementizer]!.start : tokens[complementizer + 1]?.start ?? end;
				if (emitClause(from, end, cue.speaker, cue.cue)) return;
				continue;
			}
			if (lexicon.language === 'de') {
				if (comma >= 0 && this.hasKonjunktiv(tokens.slice(comma + 1, comma + 40), false)) {
					if (emitClause(tokens[comma + 1]!.start, end, cue.speaker, cue.cue)) return;
				}
				// "Die Polizei teilte mit, der Mann wurde festgenommen": a main clause right after "X sagte," / "X teilte
				// mit," is what X said, in the indicative too — when X stands before the verb (so the comma cannot
				// open a relative clause about X) and the clause opens like a main clause (article, pronoun, noun).
				const subjectFirst = cue.kind === 'speech' && cue.phraseFrom < cue.at && cue.phraseTo <= cue.at;
				const between = comma >= 0 ? tokens.slice(cueEndToken, comma) : [];
				const opener = comma >= 0 ? tokens[comma + 1] : undefined;
				const mainClause = opener !== undefined && !opener.quoted && opener.word && (opener.cap || this.lexicon.determiners.has(opener.lower) || ['er', 'sie', 'es', 'man', 'wir', 'ich', 'ihr', 'das', 'dies'].includes(opener.lower)) && !['wie', 'als', 'wenn', 'weil', 'ob', 'nachdem', 'bevor', 'während', 'obwohl', 'damit', 'warum', 'was', 'wer', 'wo'].includes(opener.lower);
				// Not an announced intention ("kündigte an, die Kontrollen auszuweiten"): a zu-infinitive is no statement.
				const clauseWords = comma >= 0 ? tokens.slice(comma + 1).filter((token) => token.word && !token.quoted) : [];
				const lastWord = clauseWords[clauseWords.length - 1];
				const infinitive = lastWord !== undefined && (clauseWords[clauseWords.length - 2]?.lower === 'zu' || /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|weiter|zurück|zusammen)zu\p{Ll}+en$/u.test(lastWord.lower));
				// "bestritt, davon gewusst zu haben", "gab zu, die Lage unterschätzt zu haben": after a verb of admitting,
				// denying or claiming, the zu-infinitive is the claim itself.
				const claimed = infinitive && claimVerbsDe.test(tokens[cue.at]!.lower) && opener !== undefined && !opener.quoted && opener.word && !/^(?:um|ohne|statt|anstatt|dass|ob|weil|wenn|als|da|damit|obwohl|während|nachdem|bevor|was|wer|wo|wie)$/u.test(opener.lower);
				if (subjectFirst && claimed && between.length <= 1 && between.every((token) => token.word && !token.cap) && clauseWords.length >= 3) {
					if (emitClause(tokens[comma + 1]!.start, end, cue.speaker, cue.cue)) return;
				}
				if (subjectFirst && mainClause && !infinitive && between.length <= 1 && between.every((token) => token.word && !token.cap) && clauseWords.length >= 4) {
					if (emitClause(tokens[comma + 1]!.start, end, cue.speaker, cue.cue)) return;
				}
				// "Wie sein Pressesprecher mitteilte, hätten …"
				if (tokens[0]?.lower === 'wie' && comma >= 0 && cue.at < comma) {
					if (emitClause(tokens[comma + 1]!.start, end, cue.speaker, cue.cue)) return;
				}
			} else if (cue.kind === 'speech' && zeroThatStrongVerbs.test(tokens[cue.at]!.lower) && !/^(?:said|says|say|added|adds|noted|argued|warned|insisted|claimed|wrote|stated|believes|believed|thinks|argues|warns|conclude|concluded|concludes|told|tells)$/u.test(tokens[cue.at]!.lower)) {
				// "admitted the plan had failed", "stressed on Monday the deal would …": that-less, with its own auxiliary.
				const lowerAt = (index: number) => tokens[index]?.lower ?? '';
				if (lowerAt(next) === 'on' && (tokens[next + 1]?.cap || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)$/u.test(lowerAt(next + 1)))) next += 2;
				else if (['later', 'earlier', 'previously', 'separately', 'also'].includes(lowerAt(next))) next += 1;
				// Headline style ("Minister admits officials ignored warnings") only in the present: "X found dead" is passive.
				const clause = this.zeroThatClause(tokens, next, unit.paragraph === 0 && /s$/u.test(tokens[cue.at]!.lower));
				if (clause >= 0 && emitClause(tokens[clause]!.start, end, cue.speaker, cue.cue)) return;
			} else if (cue.kind === 'speech' && /^(?:said|says|say|added|adds|noted|argued|warned|insisted|claimed|wrote|stated|believes|believed|thinks|argues|warns|conclude|concluded|concludes|told|tells)$/u.test(tokens[cue.at]!.lower)) {
				next = cueEndToken;
				if (/^(?:told|tells)$/u.test(tokens[cue.at]!.lower)) {
					// "told them he was …", "told the BBC the talks …": past the addressee, a clause needs a subject.
					// The addressee: "Reuters", "the BBC", "AFP news agency", "the Associated Press", "state television".
					let skip = tokens[next]?.lower === 'the' ? 2 : 1;
					let longer = skip;
					while (longer < 4 && tokens[next + longer]?.word && !tokens[next + longer]!.quoted && (tokens[next + longer]!.cap || /^(?:news|agency|newspaper|broadcaster|television|tv|radio|channel|magazine|press)$/u.test(tokens[next + longer]!.lower))) longer++;
					// Only a medium takes more words ("AFP news agency", "the Associated Press"); "told Mona Smith their stories" is an object.
					const medium = tokens.slice(next, next + longer).some((part) => /^(?:news|agency|newspaper|broadcaster|television|tv|radio|channel|magazine|press)$/u.test(part.lower));
					if (medium) skip = longer;
					const clauseOpener = tokens[next + skip];
					// "told HuffPost about 50 girls wear …", "told reporters 12 people had died": a number opens a clause too.
					const numberAt = clauseOpener !== undefined && /^\p{N}/u.test(clauseOpener.text) ? next + skip : clauseOpener !== undefined && /^(?:about|around|nearly|almost|some|over|only)$/u.test(clauseOpener.lower) && /^\p{N}/u.test(tokens[next + skip + 1]?.text ?? '') ? next + skip + 1 : -1;
					// The counted noun must be followed by its verb ("50 girls wear"), not by more of a phrase ("50 times to stop").
					const countedVerb = numberAt >= 0 ? tokens[numberAt + 2] : undefined;
					const counted = countedVerb !== undefined && countedVerb.word && !countedVerb.cap && !countedVerb.quoted && !lexicon.functionWords.has(countedVerb.lower) && tokens[numberAt + 1]?.word === true;
					let opensReport = clauseOpener !== undefined && !clauseOpener.quoted && (clauseOpener.lower === 'that' || counted || /^(?:he|she|they|it|we|i|the|a|an|his|her|their|its)$/u.test(clauseOpener.lower));
					// "told Labour members the Tories offered …", "told party activists he would …": a two- or three-word
					// addressee ending in a plural, then a subject and its finite verb within three words.
					for (let size = 2; !opensReport && size <= 3; size++) {
						const group = tokens.slice(next, next + size);
						if (group.length < size || group.some((part) => !part.word || part.quoted || lexicon.functionWords.has(part.lower))) break;
						const opener = tokens[next + size];
						if (!/s$/u.test(group[size - 1]!.lower) || group[size - 1]!.cap || !opener || opener.quoted || !/^(?:he|she|they|it|we|i|the|a|an|his|her|their|its)$/u.test(opener.lower)) continue;
						const verb = tokens.slice(next + size + 1, next + size + 4).some((part) => part.word && !part.quoted && !part.cap && (finiteAuxiliaries.test(part.lower) || /^\p{Ll}{3,}ed$/u.test(part.text)));
						if (verb) {
							skip = size;
							opensReport = true;
						}
					}
					const addressee = tokens.slice(next, next + skip);
					if (addressee.length !== skip || addressee.some((token) => !token.word || token.quoted) || !opensReport) continue;
					next += skip;
				}
				// "said on Thursday" / "said in a statement": skip a short adverbial up to the clause.
				const lowerAt = (index: number) => tokens[index]?.lower ?? '';
				if (lowerAt(next) === 'on' && (tokens[next + 1]?.cap || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tuesday)$/u.test(lowerAt(next + 1)))) next += 2;
				else if (lowerAt(next) === 'in' && ['a', 'an', 'its', 'his', 'her', 'their'].includes(lowerAt(next + 1)) && ['statement', 'interview', 'post', 'briefing', 'letter', 'speech', 'video', 'email', 'tweet'].includes(lowerAt(next + 2))) next += 3;
				else if (['later', 'earlier', 'previously', 'separately', 'yesterday', 'today', 'recently', 'also'].includes(lowerAt(next))) next += 1;
				else if (['last', 'this'].includes(lowerAt(next)) && ['week', 'month', 'year', 'weekend', 'night', 'spring', 'summer', 'autumn', 'winter'].includes(lowerAt(next + 1))) next += 2;
				if (lowerAt(next) === 'that') next++;
				const mark = (token: UnitToken | undefined) => token !== undefined && !token.word && /["“”'’]/u.test(token.text);
				// A quoted label as the subject ("'person of interest' says he …") has no comma or stop before its closing mark.
				const label = this.quotedLabelBefore(unit, cue.at);
				// '… as "vacuous" and said Mr Blair was …': a verb joined by "and" after a quote opens a report of its own.
				const joinedVerb = /^(?:and|but)$/u.test(tokens[cue.at - 1]?.lower ?? '');
				const afterQuote = cue.at > 0 && !label && !joinedVerb && (tokens[cue.at - 1]!.quoted || mark(tokens[cue.at - 1]) || mark(tokens[cue.at - 2]));
				const preposition = ['of', 'at', 'from', 'in', 'on', 'for', 'with', 'to', 'by', 'and', 'who', 'which'].includes(lowerAt(next));
				if (!afterQuote && !preposition && tokens[next] && tokens[next]!.word && !tokens[next]!.quoted && tokens[next]!.text !== ',') {
					if (emitClause(tokens[next]!.start, end, cue.speaker, cue.cue)) return;
				}
			}
		}
		if (speech.length > 0) return;
		const pending = this.pendingColon && unit.paragraph === this.pendingColon.paragraph + 1 ? this.pendingColon : null;
		if (this.pendingColon && unit.paragraph > this.pendingColon.paragraph) this.pendingColon = null;
		if (pending && unit.quotes.length === 0 || (pending && this.quotedShare(unit, unit.start, end) < 0.6)) {
			if (pending && emitClause(unit.start, end, pending.speaker, `${pending.cue}:`)) return;
		}
		// German Konjunktiv without a cue of its own continues the last speaker's reported speech.
		let from = this.mainKonjunktivClause(unit);
		// Right after reported speech, Konjunktiv II ("würde") and regular Konjunktiv I in second place carry it on.
		if (from < 0 && lexicon.language === 'de' && recent && recent.unit === unit.index - 1 && this.units[recent.unit]?.paragraph === unit.paragraph) from = this.looseKonjunktivClause(unit);
		if (lexicon.language === 'de' && from >= 0 && this.quotedShare(unit, unit.start, end) < 0.7) {
			const subject = this.personOpening(unit);
			// Nobody spoke just before: the person with a role the sentence before (same paragraph) was about
			// ("Guterres rief alle Seiten zur Zurückhaltung auf. Die Gewalt müsse …").
			const previous = this.units[unit.index - 1];
			const about = !subject && !recent && previous && previous.paragraph === unit.paragraph ? this.subjectOf(previous) : null;
			// "Er habe alle Unterlagen offengelegt": a pronoun opening the reported clause says whom it continues.
			const opener = unit.tokens.find((token) => token.word && !token.quoted && token.start >= from);
			// Not "Sie hätten …": with a plural verb "sie" is a group.
			const openerIndex = opener ? unit.tokens.indexOf(opener) : -1;
			const pluralVerb = /en$/u.test(unit.tokens[openerIndex + 1]?.lower ?? '');
			const pronounGender = opener && !subject && !(opener.lower === 'sie' && pluralVerb) ? lexicon.pronouns[opener.lower] : undefined;
			const named = pronounGender === 'male' || pronounGender === 'female' ? this.recentPerson(unit, opener!.start, pronounGender, false) : null;
			const pronounFits = !named || !recent?.speaker.entity || recent.speaker.entity === named;
			const person = subject ?? (pronounFits ? null : named) ?? (about && about.roleHeads.size > 0 ? about : null);
			const authority = !person && !recent ? this.authorityBefore(unit) : '';
			const speaker = person ? {entity: person, text: person.name, role: person.role} : recent ? recent.speaker : named ? {entity: named, text: named.name, role: named.role} : authority ? {entity: null, text: authority, role: ''} : nobody;
			emitClause(from, end, speaker, recent || subject ? '(Konjunktiv, continues)' : person || authority ? '(Konjunktiv, previous sentence)' : '(Konjunktiv)');
		}
	}

	/**
	 * Inside a reported clause [start, stop): "… and claims (that) …" / "…, und fügte hinzu, …" — "and" with a verb of
	 * saying right after it (no subject of its own between) opens a second report. Where the first ends (`cut`, the
	 * offset of "and"), where the second's words start, and its cue; null when there is none.
	 */
	private coordinatedReport(unit: Unit, start: number, stop: number): {cut: number; from: number; cue: string} | null {
		const tokens = unit.tokens;
		const lexicon = this.lexicon;
		for (let i = 0; i < tokens.length - 2; i++) {
			const and = tokens[i]!;
			if (and.start <= start || and.end >= stop || and.quoted || !/^(?:and|und|but|aber|while)$/u.test(and.lower)) continue;
			let at = i + 1;
			if (/^(?:also|later|then|auch|später|dann)$/u.test(tokens[at]?.lower ?? '')) at++;
			const verb = tokens[at];
			if (!verb || verb.quoted || !verb.word) continue;
			const said = lexicon.speechVerbs.has(verb.lower) && !lexicon.weakSpeechVerbs.has(verb.lower) ? verb.text : lexicon.separable.has(verb.lower) ? this.isSpeechVerb(tokens, at) : '';
			if (!said || (lexicon.language === 'en' && baseSpeechForms.test(verb.lower))) continue;
			let from = at + 1;
			if (lexicon.language === 'de') {
				// "und fügte hinzu, man werde …": the report starts after the comma that closes the verb.
				const comma = tokens.slice(at + 1, at + 6).findIndex((token) => token.text === ',' && !token.quoted);
				// "Er betonte, Maduro werde …, und verwies auf die Wahlen": a second verb of saying without a report of its
				// own still ends the first report.
				if (comma < 0 && tokens[i - 1]?.text === ',' && !tokens[i - 1]!.quoted) return {cut: and.start, from: stop, cue: said};
				if (comma < 0) continue;
				from = at + 2 + comma;
			} else {
				if (tokens[from]?.text === ',') continue;
				if (tokens[from]?.lower === 'that') from++;
				else if (this.zeroThatClause(tokens, from) < 0 && !/^(?:he|she|they|it|we|i|there)$/u.test(tokens[from]?.lower ?? '')) continue;
			}
			const opener = tokens[from];
			if (!opener || opener.quoted || opener.start >= stop) continue;
			return {cut: and.start, from: opener.start, cue: said};
		}
		return null;
	}

	/**
	 * "She urged both sides to talk, adding that a strike would hurt …": a participle of saying after a comma carries
	 * a report by the sentence's subject (or whoever just spoke), when no quote already covers it.
	 */
	private participleReport(unit: Unit, recent: {speaker: Speaker; unit: number} | null): void {
		if (this.lexicon.language !== 'en') return;
		const tokens = unit.tokens;
		for (let i = 1; i < tokens.length - 2; i++) {
			const token = tokens[i]!;
			if (token.quoted || tokens[i - 1]!.text !== ',' || !participlesOfSaying.test(token.lower)) continue;
			let from = i + 1;
			if (tokens[from]?.lower === 'that') from++;
			const opener = tokens[from];
			if (!opener || opener.quoted || !opener.word) return;
			if (tokens[from - 1]!.lower !== 'that' && this.zeroThatClause(tokens, from) < 0) return;
			const start = opener.start;
			// A quoted fragment inside the clause ('insisting he enjoyed a "warm" relationship') leaves it a report.
			if (this.quotes.some((quote) => quote.end > start && quote.start < unit.end && (quote.kind !== 'partial' || quote.start <= start))) return;
			const subject = this.subjectOf(unit);
			const speaker = subject ? {entity: subject, text: subject.name, role: subject.role} : recent && recent.unit >= unit.index - 1 ? recent.speaker : nobody;
			if (speaker === nobody) return;
			let end = this.sentenceEnd(unit);
			// "…, claiming that X had assaulted her, and a jury ruled …": ", and" opening a clause of its own ends the report.
			for (let j = from + 2; j < tokens.length - 2; j++) {
				const next = tokens[j + 2]!;
				if (tokens[j]!.text === ',' && !tokens[j]!.quoted && /^(?:and|but)$/u.test(tokens[j + 1]!.lower) && !next.quoted && (next.cap || /^(?:a|an|the|he|she|they|it|we|i|his|her|their)$/u.test(next.lower))) {
					end = tokens[j - 1]!.end;
					break;
				}
			}
			const words = this.text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? [];
			if (words.length < 3 || this.quotedShare(unit, start, end) > 0.8) return;
			this.emit('indirect', start, end, speaker, token.text, unit);
			return;
		}
	}

	/**
	 * "Die Behörde hat … angeordnet. Ein Defekt könne …": a Konjunktiv sentence with nobody to continue reports
	 * what the sentence before (same paragraph) was about — when that sentence names exactly one body, with a
	 * nominative-looking article ("die Luftfahrtaufsicht") and no person. "" when there is none or several.
	 */
	private authorityBefore(unit: Unit): string {
		const previous = this.units[unit.index - 1];
		if (!previous || previous.paragraph !== unit.paragraph) return '';
		if (previous.mentioned.some((entity) => !entity.organisation)) return '';
		const tokens = previous.tokens;
		let colon = -1;
		tokens.forEach((token, index) => {
			if (!token.quoted && token.text === ':') colon = index;
		});
		const bodies: string[] = [];
		for (let i = colon + 1; i < tokens.length - 1; i++) {
			const article = tokens[i]!;
			const noun = tokens[i + 1]!;
			if (article.quoted || noun.quoted || !noun.cap || !['der', 'die', 'das'].includes(article.lower)) continue;
			const lower = noun.lower;
			if ([...this.lexicon.organisationNouns].some((body) => lower === body || lower.endsWith(body) || lower.endsWith(`-${body}`))) bodies.push(noun.text);
		}
		return bodies.length === 1 ? bodies[0]! : '';
	}

	/** The person a sentence is about: its first-named person, or the person its opening pronoun means. */
	private subjectOf(unit: Unit): Entity | null {
		const first = unit.tokens.find((token) => token.word && !token.quoted);
		if (first && this.lexicon.pronouns[first.lower] !== undefined && this.lexicon.pronouns[first.lower] !== 'organisation') {
			const gender = this.lexicon.pronouns[first.lower]!;
			return this.recentPerson(unit, first.start, gender === 'organisation' ? 'any' : gender, false);
		}
		return unit.mentioned.find((entity) => !entity.organisation && this.startsUnit(unit, entity)) ?? null;
	}

	private pendingColon: {speaker: Speaker; cue: string; paragraph: number} | null = null;

	/** The person who opens the sentence as its subject and is known to speak or to hold a role, if any. */
	private personOpening(unit: Unit): Entity | undefined {
		return unit.mentioned.find((entity) => !entity.organisation && (entity.speaker || entity.roleHeads.size > 0) && this.startsUnit(unit, entity));
	}

	private startsUnit(unit: Unit, entity: Entity): boolean {
		const first = this.registry.mentionsIn(unit.index)[0];
		if (!first || first.entity !== entity) return false;
		const index = this.tokenIndexAt(unit, first.position);
		return this.opensClause(unit.tokens, index);
	}

	/**
	 * Start offset of the reported part when a Konjunktiv verb stands in a main clause (not after "dass",
	 * "weil", a relative pronoun …): the sentence start, or just after the writer's colon. -1 when none.
	 */
	private mainKonjunktivClause(unit: Unit): number {
		const tokens = unit.tokens;
		let colon = -1;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.quoted) continue;
			if (token.text === ':') colon = i;
			if (!token.word || token.cap || !this.lexicon.konjunktiv.has(token.lower)) continue;
			let start = i;
			while (start > 0 && !(tokens[start - 1]!.text === ',' || tokens[start - 1]!.text === ':') ) start--;
			const opener = tokens[start];
			// An article opening the sentence is not a relative pronoun.
			const article = start === 0 && ['der', 'die', 'das', 'dem', 'den'].includes(opener?.lower ?? '');
			if (opener && this.lexicon.subordinators.has(opener.lower) && start !== i && !article) continue;
			return colon >= 0 && colon < i ? tokens[colon]!.end : unit.start;
		}
		return -1;
	}

	/**
	 * Start of a main clause whose verb is Konjunktiv only in context: a "würde/könnte" form, or a regular Konjunktiv I
	 * ending in -e in second place ("Die Regierung beobachte …", "Man prüfe …"). -1 when none.
	 */
	private looseKonjunktivClause(unit: Unit): number {
		const tokens = unit.tokens;
		const first = tokens[0];
		if (!first || first.quoted || !first.word || (this.lexicon.subordinators.has(first.lower) && !this.lexicon.determiners.has(first.lower)) || ['wenn', 'falls', 'ob', 'als'].includes(first.lower)) return -1;
		for (let i = 0; i < tokens.length && i < 12; i++) {
			const token = tokens[i]!;
			if (token.quoted || (!token.word && token.text !== '-')) break;
			if (!token.cap && this.lexicon.weakKonjunktiv.has(token.lower)) return unit.start;
		}
		// The verb of a German main clause stands second: after a pronoun, a name, or an article and its noun.
		let verb = -1;
		if (['er', 'sie', 'es', 'man'].includes(first.lower)) verb = 1;
		else if (this.lexicon.determiners.has(first.lower) && tokens[1]?.cap) verb = 2;
		else if (first.cap && !this.lexicon.functionWords.has(first.lower)) verb = 1;
		const candidate = tokens[verb];
		if (!candidate || candidate.quoted || candidate.cap || !candidate.word) return -1;
		// Not "-te": weak verbs end so in the preterite ("prüfte"), far more often than a Konjunktiv I ("beobachte").
		if (!/^\p{Ll}{3,}[^iet]e$/u.test(candidate.lower) || this.lexicon.functionWords.has(candidate.lower) || this.lexicon.determiners.has(candidate.lower)) return -1;
		if (/^(?:ohne|gerne|heute|alle|beide|jene|diese|keine|eine|seine|ihre|unsere|andere|einige|manche|welche|solche|ganze|große|kleine|neue|alte)$/u.test(candidate.lower)) return -1;
		return unit.start;
	}

	private sentenceEnd(unit: Unit): number {
		let end = unit.end;
		while (end > unit.start && /[\s.!?]/u.test(this.text[end - 1]!)) end--;
		return end;
	}

	private clauseStartBefore(unit: Unit, tokenIndex: number): number {
		// The clause runs back to the sentence start or the last colon the writer set.
		for (let i = tokenIndex - 1; i >= 0; i--) {
			const token = unit.tokens[i]!;
			if (!token.quoted && token.text === ':') return token.end;
		}
		return unit.start;
	}

	/** The entity behind each quote's speaker, so a name completed later ("Biden" → "Joe Biden") reaches every quote. */
	private readonly speakerEntities = new Map<Quote, Entity>();

	/** Headline quotes kept only if their speaker is found once the whole article is read. */
	private readonly tentative = new Set<Quote>();

	/** Uncued quoted fragments, attributed only when an attributed quote repeats them. */
	private readonly uncued: Array<{kind: QuoteKind; start: number; end: number}> = [];

	private startsLine(offset: number): boolean {
		const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
		return this.text.slice(lineStart, offset).trim() === '';
	}

	/**
	 * A fragment quoted without a cue ("X has 'grave concerns'" in a headline) is the same quote when another,
	 * attributed quote of the text carries the same words in the same order: it takes that quote's speaker.
	 */
	private attributeRepeats(): void {
		const normal = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
		const attributed = this.quotes.filter((quote) => quote.speaker !== '' && quote.kind !== 'indirect');
		for (const candidate of this.uncued) {
			const words = normal(this.text.slice(candidate.start, candidate.end));
			if (this.quotes.some((quote) => quote.start < candidate.end && candidate.start < quote.end)) continue;
			const source = attributed.find((quote) => normal(quote.text).includes(words));
			if (!source) continue;
			const quote: Quote = {kind: candidate.kind, text: this.text.slice(candidate.start, candidate.end), speaker: source.speaker, role: source.role, cue: '(repeated)', start: candidate.start, end: candidate.end};
			const at = this.quotes.findIndex((other) => other.start > candidate.start);
			this.quotes.splice(at < 0 ? this.quotes.length : at, 0, quote);
		}
	}

	/**
	 * "…, report finds" in a headline, "according to a report" in the lead, and only then "The report by X":
	 * a quote given to a document with no author takes the author of the nearest such document named after
	 * it (news names its sources late), else of the one named before it.
	 */
	private attributeDocuments(): void {
		if (this.documents.length === 0) return;
		const determiners = /^(?:a|an|the|this|its|ein|eine|einer|eines|einem|der|die|das|dem|den|des|diese|dieser|dieses)$/iu;
		for (const quote of this.quotes) {
			// A description only ("report", "a report published", "der Bericht"): no name among its words.
			const words = quote.speaker.split(/\s+/u).filter((word) => word !== '' && !determiners.test(word));
			if (words.length === 0 || words.length > 3) continue;
			const nouns = words.map((word) => {
				const token = {text: word, lower: word.toLowerCase(), cap: /^\p{Lu}/u.test(word), word: true, start: 0, end: 0};
				return this.lexicon.language === 'en' ? (this.lexicon.documentNouns.has(token.lower) ? token.lower : '') : this.documentNoun(token);
			});
			const noun = nouns.find((candidate) => candidate !== '');
			if (!noun) continue;
			if (words.some((word, index) => nouns[index] === '' && /^\p{Lu}/u.test(word))) {
				// "Pentagon report finds": a name before the document noun is its author.
				const modifiers = words.slice(0, -1);
				if (nouns[words.length - 1] === '' || modifiers.some((word) => !/^\p{Lu}/u.test(word) || this.lexicon.functionWords.has(word.toLowerCase()))) continue;
				const entity = this.registry.lookup(modifiers.join(' '));
				quote.speaker = entity ? entity.name : modifiers.join(' ');
				quote.role = entity ? entity.role : '';
				continue;
			}
			const later = this.documents.find((document) => document.noun === noun && document.position > quote.start);
			const author = later?.author ?? this.documentAuthor(noun, quote.start);
			if (!author) continue;
			quote.speaker = speakerName(author);
			quote.role = speakerRole(author);
		}
	}

	/**
	 * A headline or standfirst describes whom the body names ("Minister defends 'tough choices'" / "Chancellor
	 * Rachel Reeves has defended …"): a quote there given to a bare person description takes the named person
	 * of a later quote with the same words, else the one person with that role, else the one person the top
	 * of the article names. Anonymous-source descriptions ("an official") stay as they are.
	 */
	private attributeTopDescriptions(): void {
		const normal = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
		for (const quote of this.quotes) {
			if (quote.speaker === '' || this.speakerEntities.has(quote)) continue;
			const unit = this.units.find((candidate) => candidate.start <= quote.start && quote.start < candidate.end);
			if (!unit || unit.paragraph > 1) continue;
			const described = normal(quote.speaker);
			const head = described[described.length - 1] ?? '';
			if (anyBodyNouns.has(head) && !this.lexicon.indefinite.has(described[0] ?? '')) {
				// "Campaign group … warns": a kind of body in the headline or standfirst means the one organisation
				// the top of the article names (by a name that says it is one, not a guess from a single word).
				const bodies = new Set<Entity>();
				for (const mention of this.registry.mentions) {
					if (mention.entity.organisation && !mention.entity.guessed && this.units[mention.unit]!.paragraph <= 3) bodies.add(mention.entity);
				}
				if (bodies.size === 1) {
					const body = [...bodies][0]!;
					quote.speaker = body.name;
					quote.role = body.role;
					this.speakerEntities.set(quote, body);
				}
				continue;
			}
			if (roleHead(head, this.lexicon) === '' || anonymousSources.has(head) || /s$/u.test(head)) continue;
			// "ein Militärexperte", "a witness": an indefinite description brings in someone new, unnamed.
			if (this.lexicon.indefinite.has(described[0] ?? '') || ['a', 'an', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'].includes(described[0] ?? '')) continue;
			// "her lawyer", "sein Sprecher", "Smith's mother": someone else, of the person the possessive means.
			if (/^(?:his|her|its|their|our|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)$/u.test(described[0] ?? '') || /\p{L}['’]s?\s/u.test(quote.speaker)) continue;
			const words = new Set(normal(quote.text));
			const repeated = this.quotes.find((other) => {
				const entity = this.speakerEntities.get(other);
				if (!entity || entity.organisation || other.start <= quote.end) return false;
				const theirs = new Set(normal(other.text));
				return [...words].filter((word) => theirs.has(word)).length >= 0.6 * words.size;
			});
			const topPeople = new Set<Entity>();
			for (const mention of this.registry.mentions) {
				if (!mention.entity.organisation && this.units[mention.unit]!.paragraph <= 3) topPeople.add(mention.entity);
			}
			// "die Kommissionschefin" is no man of the top, "the spokesman" no woman.
			const gender = this.describedGender(head, described[0] ?? '');
			for (const entity of topPeople) if (gender !== 'any' && entity.gender !== 'any' && entity.gender !== gender) topPeople.delete(entity);
			const roleMatch = [...topPeople].filter((entity) => entity.roleHeads.has(roleHead(head, this.lexicon)));
			// The one person of the top, unless known by another, specific role ("Ökonomin Anna Weber" is not "der Minister").
			const only = topPeople.size === 1 ? [...topPeople][0]! : null;
			const head0 = roleHead(head, this.lexicon);
			const otherRole = only !== null && only.roleHeads.size > 0 && !only.roleHeads.has(head0) && !/^(?:politiker|politician|official|leader|chef|head)$/u.test(head0) && !epithetHeads.has(head0);
			const person = repeated ? this.speakerEntities.get(repeated)! : roleMatch.length === 1 ? roleMatch[0]! : only && !otherRole ? only : null;
			if (!person) continue;
			quote.speaker = person.name;
			quote.role = person.role || quote.role;
			this.speakerEntities.set(quote, person);
		}
	}

	/** A quote standing alone (a heading) takes the speaker of a later quote that repeats its words. */
	/**
	 * Headline leads before a colon that name the speaker without naming them as a person of the body:
	 * "Late-night hosts on State of the Union: '…'" (who, then "on"/"zu"/"über" and the topic), and a commentary
	 * label "Kommentar zu X: „…“" / "Opinion: '…'" — then the author, the person whose view the teaser reports
	 * ("…, meint Evi Seibert"). Null when the lead says neither.
	 */
	private headlineLeadSpeaker(lead: string, lineStart: number): {speaker: string; role: string} | null {
		const label = /^\s*(?:Kommentar|Meinung|Leitartikel|Kolumne|Gastbeitrag|Analyse|Opinion|Comment|Editorial|Column)\b/u.exec(lead);
		if (label) {
			if (lineStart !== 0) return null;
			const authorVerbs = /^(?:meint|meinte|kommentiert|kommentierte|findet|fand|schreibt|schrieb|argues|argued|writes|wrote)$/u;
			const view = this.quotes.find((other) => other.speaker !== '' && other.start > lead.length && other.start < 600 && authorVerbs.test(other.cue.toLowerCase().split(/\s+/u)[0] ?? ''));
			const author = view ? this.registry.lookup(view.speaker) : null;
			return view && author && !author.organisation ? {speaker: view.speaker, role: view.role} : null;
		}
		const topic = /^\s*((?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*)(?:\s+[\p{L}-]+){0,3}?)\s+(?:on|about|zu|über)\s+\S.*:\s*\S?\s*$/u.exec(lead);
		if (!topic || !/^\p{Lu}/u.test(topic[1]!)) return null;
		const words = topic[1]!.split(/\s+/u);
		// Who speaks is people or a body: a plural of persons ("Late-night hosts", "Experts"), a role, or a known name.
		const known = this.registry.lookup(words.map((word) => stripPossessive(word)).join(' ')) ?? (words.length === 1 ? this.registry.lookup(stripPossessive(words[0]!)) : null);
		const last = words[words.length - 1]!.toLowerCase();
		const people = /(?:ers|ists|ors|ians|hosts|leaders|experts|critics|officials|voters|fans|readers|residents|experten|politiker|ökonomen|kritiker)$/u.test(last) || roleHead(last, this.lexicon) !== '';
		if (known && !known.organisation) return {speaker: known.name, role: known.role};
		if (!people || words.some((word) => this.lexicon.functionWords.has(word.toLowerCase()))) return null;
		return {speaker: topic[1]!, role: ''};
	}

	private attributePullQuotes(): void {
		for (const quote of this.quotes) {
			if (quote.speaker !== '' || quote.kind === 'indirect') continue;
			// Headline style "Klingbeil nach Hanau: „…“": a person named before the colon, known from the article.
			const window = Math.max(0, quote.start - 121);
			const newline = this.text.slice(window, quote.start).lastIndexOf('\n');
			const lineStart = window + newline + 1;
			const lead = this.text.slice(lineStart, quote.start);
			if ((newline >= 0 || window === 0) && /:\s*\S?\s*$/u.test(lead) && lead.length <= 120) {
				const headed = this.headlineLeadSpeaker(lead, lineStart);
				if (headed) {
					quote.speaker = headed.speaker;
					quote.role = headed.role;
					quote.cue = lead.replace(/[\s"„“”«»'‚‘]+$/u, '').trim();
					continue;
				}
				const candidates = lead.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
				const person = candidates.map((word) => this.registry.lookup(word)).find((entity) => entity && !entity.organisation);
				if (person) {
					quote.speaker = person.name;
					quote.role = person.role;
					quote.cue = lead.replace(/[\s"„“”«»'‚‘]+$/u, '').trim();
					continue;
				}
			}
			// Headline style "'Extraordinary success': Trump lauds first year": the quote opens the line, the writer's
			// colon follows, then the speaker and a verb in the present.
			const closer = this.text.indexOf('\n', quote.end);
			const after = this.text.slice(quote.end, closer < 0 ? Math.min(this.text.length, quote.end + 120) : closer);
			const pulled = /^\s*(?:["“”„«»'‚‘’]\s*)?:\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)\b/u.exec(after);
			if (pulled && this.startsLine(Math.max(0, quote.start - 1))) {
				const words = pulled[1]!.trim().split(/\s+/u).map((word) => stripPossessive(word));
				const verb = pulled[2]!;
				const person = words.map((word) => this.registry.lookup(word)).find((entity) => entity && !entity.organisation) ?? this.registry.lookup(words.join(' '));
				// A verb of saying or judging, as headlines use them ("lauds", "slams", "verteidigt"); not "dies", "wins".
				const saying = this.lexicon.speechVerbs.has(verb) || this.lexicon.framingVerbs.has(verb) || headlineVerbs.test(verb);
				const possessive = /['’]s?\s*$/u.test(pulled[1]!.trim());
				// "'…': Mosul residents return home": a person noun after the name is the speaker's description.
				if (!possessive && roleHead(verb, this.lexicon) !== '') {
					quote.speaker = `${words.join(' ')} ${verb}`;
					quote.role = '';
					quote.cue = `: ${quote.speaker}`;
					continue;
				}
				if (!possessive && saying && (person || words.every((word) => !this.lexicon.functionWords.has(word.toLowerCase())))) {
					quote.speaker = person ? person.name : words.join(' ');
					quote.role = person ? person.role : '';
					quote.cue = `: ${pulled[1]!.trim()} ${verb}`;
					if (person) this.speakerEntities.set(quote, person);
					continue;
				}
			}
			// Headline style "„…“ – Merz verteidigt Sparkurs": a person named right after the dash.
			const lineEnd = this.text.indexOf('\n', quote.end);
			const tail = this.text.slice(quote.end, lineEnd < 0 ? Math.min(this.text.length, quote.end + 120) : lineEnd);
			const dash = /^\s*(?:["“”„«»'‚‘’]\s*)?[-–—][ \t]*(.{0,80})/u.exec(tail);
			if (dash && this.startsLine(Math.max(0, quote.start - 1))) {
				const words = (dash[1]!.match(/[\p{L}-]+/gu) ?? []).slice(0, 4).filter((word) => /^\p{Lu}/u.test(word));
				const person = words.map((word) => this.registry.lookup(word)).find((entity) => entity && !entity.organisation && entity.name.includes(' '));
				if (person) {
					quote.speaker = person.name;
					quote.role = person.role;
					quote.cue = `– ${dash[1]!.trim()}`;
					continue;
				}
			}
			const words = new Set(quote.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
			if (words.size < 3) continue;
			const source = this.quotes.find((other) => {
				if (other === quote || other.speaker === '') return false;
				const theirs = other.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
				const shared = theirs.filter((word) => words.has(word)).length;
				return shared >= 0.6 * words.size;
			});
			if (source) {
				quote.speaker = source.speaker;
				quote.role = source.role;
				quote.cue = '(repeated later)';
			}
		}
	}
}

/**
 * Longest text analysed, as the app's own article limit (Settings.maxArticleChars): no news article is
 * longer, and hostile input beyond it is not worth the time. Offsets stay valid; the tail is ignored.
 */
export const maxAnalyzedChars = 200_000;

/** Finds every quotation in an article text and who said it. Offsets index into `text`. */
export function analyzeQuotes(text: string, options: AnalyzeOptions): QuoteAnalysis {
	const analysed = text.length > maxAnalyzedChars ? text.slice(0, maxAnalyzedChars) : text;
	return new Analysis(analysed, options.language).run();
}
