// Reported speech: dass/that clauses, Konjunktiv, zero-that clauses, participles and requests after a cue, with the cue's speaker.

import {type ArticleContext, type Cue, isQuoteMark, nobody, quotedShare, sentenceEnd, type Speaker, tokenIndexAt, type Unit, type UnitToken} from './article-context.js';
import type {Entity} from '../people/registry.js';
import {genderTitles, neutralTitles} from '../people/given-names.js';
import {emit} from './direct-quotes.js';
import {isRoleToken, phraseAfter} from './phrases.js';
import {announcingVerbsDe} from './lexicon-de.js';
import {recentPerson, reportingSubject, resolve, subjectOf} from './speaker-resolution.js';
import {asClauseOpener, baseSpeechForms, finiteAuxiliaries, invertedBeforeName, isSpeechVerb, quotedLabelBefore, reportedQuestionVerbs, sourcePhrase, sourceSpeaker, speakerOfVerb, zeroThatClause} from './speech-cues.js';

/** Finite auxiliaries and copulas: a part of a sentence holding one is a clause, not a subject alone. */
const finiteVerbs = /^(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|muss|müssen|sei|seien|habe|is|are|was|were|has|have|had|will|would|can|could|must)$/u;

/** Conjunctions opening a subordinate clause. */
const subordinateOpeners = /^(?:während|weil|wenn|als|obwohl|nachdem|bevor|falls|da|ob|while|when|after|although|because|before|if|as|since|though)$/u;

/** Verbs that report a question when "whether"/"if" follows ("asked whether the money was spent"). */
/** Verbs of request and advice that report with an object and a to-infinitive ("urged the court to …"). */
const requestVerbsEn = /^(?:urged|urges|urging|called|calls|calling|appealed|appeals|implored|implores|begged|begs|encouraged|encourages|advised|advises|pressed|presses|warned|warns|asked|asks|challenged|challenges)$/u;

/** German verbs of admitting, denying and claiming: their zu-infinitive is what was claimed ("bestritt, … gewusst zu haben"). */
const claimVerbsDe = /^(?:räumte|räumt|räumten|eingeräumt|gab|gibt|gaben|bestritt|bestreitet|bestritten|dementierte|dementiert|behauptete|behauptet|behaupteten|beteuerte|beteuert|versicherte|versichert|leugnete|leugnet|stritt|streitet|betont|betonte|betonten|teilte|teilt|teilten|erklärte|erklärt|erklärten)$/u;
const announcingVerbs: ReadonlySet<string> = new Set(announcingVerbsDe);

/** Strong speech verbs beyond "said" that take a that-less clause only when it has an auxiliary ("stressed the deal would …"). */
/** Participles of saying that carry a report after a comma ("He sued, claiming he had been falsely accused"). */
const participlesOfSaying = /^(?:adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|alleging|complaining|asserting|contending|maintaining|acknowledging|admitting|conceding|stating|predicting|estimating|suggesting)$/u;

/** Words opening an adverbial after a closing cue ("said on Monday during a visit …"), never a reported clause. */
const closingAdverbials = /^(?:on|in|at|during|after|before|amid|despite|following|ahead|outside|inside|near|while|when|as|without|with|from|via|through|at|last|earlier|later|yesterday|today|tonight|this|late|shortly|speaking|referring|according)$/u;

const zeroThatStrongVerbs = /^(?:argue|warn|insist|claim|estimate|predict|allege|note|stress|admit|deny|acknowledge|confirm|claims|insists|stressed|recalls|concedes|contends|reiterates|saying|acknowledged|acknowledges|admitted|admits|stressed|stresses|confirmed|confirms|announced|announces|denied|denies|explained|explains|asserted|asserts|reiterated|conceded|contended|countered|recalled|replied|responded|emphasised|emphasized|alleged|alleges|cautioned|complained|testified|disclosed|assured|insisted|predicted|estimated|suggested|revealed|reported|found|finds|showed|shows|agreed|promised|indicated|declared|maintained|maintains|feared|fears|believes|believed|thinks|thought|estimates|predicts|suggests|reveals|reports|indicates|repeated|repeats|pointed)$/u;

/**
 * ", Chef der X." / ", die Sprecherin des Ministeriums." after a speaker: a role noun (after an article at most) and its
 * complements, with no comma, verb or quote, up to the end of the sentence — an apposition describing the speaker.
 */
export function speakerAppositionTail(ctx: ArticleContext, tokens: readonly UnitToken[], comma: number): boolean {
	if (tokens[comma]?.text !== ',' || tokens[comma]!.quoted) return false;
	let head = comma + 1;
	// Adjectives only after an article ("die neue Sprecherin …"); "schade die Politikerin …" is a verb and its subject.
	if (/^(?:der|die|das|des|ein|eine|einer|eines|the|a|an)$/u.test(tokens[head]?.lower ?? '')) {
		head++;
		while (head < tokens.length && head - comma <= 4 && tokens[head]!.word && !tokens[head]!.cap && !tokens[head]!.quoted) head++;
	}
	if (!tokens[head] || !isRoleToken(tokens[head]!, ctx.lexicon)) return false;
	for (let j = head + 1; j < tokens.length; j++) {
		const token = tokens[j]!;
		if (token.quoted || j - comma > 14) return false;
		if (!token.word) {
			if (/^[.!?]$/u.test(token.text)) return tokens.slice(j + 1).every((rest) => !rest.word);
			if (/^[()&-]$/u.test(token.text)) continue;
			return false;
		}
		if (finiteVerbs.test(token.lower) || ctx.lexicon.konjunktiv.has(token.lower)) return false;
	}
	return true;
}

/**
 * "X urged the government to disclose …", "called on Y to …": a request reported with an object and a
 * to-infinitive is X's indirect speech, the object and its infinitive (gold convention: "the government to
 * disclose …"). Only when no quote already covers the words.
 */
export function requestReport(ctx: ArticleContext, unit: Unit): void {
	if (ctx.lexicon.language !== 'en') return;
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
		if (tokens[to]?.lower !== 'to' || !verb || verb.quoted || !verb.word || verb.cap || ctx.lexicon.functionWords.has(verb.lower)) continue;
		const start = opener.start;
		const end = sentenceEnd(ctx, unit);
		if (ctx.quotes.some((quote) => quote.end > start && quote.start < end)) return;
		if (countWords(ctx, start, end) < 4) return;
		// Someone who can ask: a named person or body, or a described person ("the mayor") — not "the green area".
		const found = speakerOfVerb(ctx, unit, tokens, i);
		if (!found.speaker.entity && (found.speaker.text === '' || found.speaker.role === '')) return;
		emit(ctx, 'indirect', start, end, found.speaker, token.text, unit);
		return;
	}
}

export function hasKonjunktiv(ctx: ArticleContext, tokens: UnitToken[], strongOnly: boolean): boolean {
	return tokens.some((token, at) => !token.quoted && token.word && !token.cap && (ctx.lexicon.konjunktiv.has(token.lower) || (!strongOnly && ctx.lexicon.weakKonjunktiv.has(token.lower)) || invertedKonjunktivI(ctx, tokens, at)));
}

/** English conjunctions and prepositions that carry a sentence on past a cue set between commas. */
const sentenceCarriersEn = /^(?:and|but|or|nor|yet|so|as|because|since|while|although|unless|until|if|when|with|without|for)$/u;

// Lower-case words ending in -e that are no finite verbs: articles' and adjectives' forms, adverbs, prepositions.
const notVerbsInE = /^(?:wurde|ohne|solange|gerne|heute|alle|beide|jene|diese|keine|eine|seine|ihre|unsere|eure|meine|deine|andere|einige|manche|welche|solche|jede|ganze|große|kleine|neue|alte|viele|wenige|lange|gerade|bitte|danke|alleine|ebene|weitere|erste|letzte|nächste|halbe|gleiche|ähnliche|eigene|ferne|nahe|hohe|mehrere|sämtliche|gewisse|bloße|bereite|derselbe|dieselbe|dasselbe|selbe|obere|untere|innere|äußere|vordere|hintere|mittlere)$/u;

/**
 * "Trotzdem kämpfe sie weiter", "…, zwinge es die Bahn": a regular Konjunktiv I (3rd person singular in -e, which no
 * indicative has) is told by its place — a finite verb in -e (not the preterite "-te") right before the singular
 * pronoun subject, after the front field of a main clause. German only; the Konjunktiv lexicon need not know the verb.
 */
export function invertedKonjunktivI(ctx: ArticleContext, tokens: readonly UnitToken[], at: number): boolean {
	if (ctx.lexicon.language !== 'de' || at === 0) return false;
	const verb = tokens[at]!;
	const subject = tokens[at + 1];
	// "…, bei Hitze dehne der Beton sich aus": a definite singular noun phrase after the verb is a third person too.
	const nounSubject = subject !== undefined && !subject.quoted && /^(?:der|das)$/u.test(subject.lower) && tokens[at + 2]?.cap === true && tokens[at + 2]!.word && !tokens[at + 2]!.quoted;
	if (!subject || subject.quoted || (!/^(?:er|sie|es|man)$/u.test(subject.lower) && !nounSubject)) return false;
	// "würde er" stays the weak Konjunktiv II it is (a plain hypothetical as often as a report).
	if (!/^\p{Ll}{3,}[^iet]e$/u.test(verb.lower) || ctx.lexicon.weakKonjunktiv.has(verb.lower) || notVerbsInE.test(verb.lower) || ctx.lexicon.functionWords.has(verb.lower) || ctx.lexicon.determiners.has(verb.lower)) return false;
	// The front field: a word or a comma closing a leading clause; not a subordinator, which puts the verb last.
	const before = tokens[at - 1]!;
	if (before.quoted && before.word) return false;
	// "Ich schaffe es nicht": after "ich" the -e form is the indicative's first person, and "es" its object.
	return before.lower !== 'ich' && !ctx.lexicon.subordinators.has(before.lower) && !ctx.lexicon.determiners.has(before.lower);
}

/** Reported speech: clauses around a speech verb, source phrases, dass/that clauses, Konjunktiv continuations. */
export function indirect(ctx: ArticleContext, unit: Unit, cues: Cue[], recent: {speaker: Speaker; unit: number} | null): void {
	const tokens = unit.tokens;
	const end = sentenceEnd(ctx, unit);
	const speech = cues.filter((cue) => cue.kind === 'speech' || cue.kind === 'so' || cue.kind === 'source' || cue.kind === 'impersonal');
	// Looked up once per sentence, not once per cue (hostile input may hold thousands of cues in one sentence).
	const firstComma = tokens.findIndex((token) => token.text === ',' && !token.quoted);
	const firstQuoted = tokens.findIndex((token) => token.quoted);
	// A sentence ending in a colon hands its speaker to the next paragraph (a list, a quote).
	const endsWithColon = /:\s*$/u.test(ctx.text.slice(unit.start, unit.end));
	const sentence: CueSentence = {firstComma, firstQuoted, endsWithColon};
	for (const cue of speech) {
		const done = cueAfterClause(ctx, unit, cue, end, sentence);
		if (done === CueDone) return;
		if (done === CueNext) continue;
		if (cueBeforeClause(ctx, unit, cue, end) === CueDone) return;
	}
	uncuedReport(ctx, unit, speech.length, end, recent);
}

// indirect works in these parts, each its own function: V8 recompiled the one large function at every rule it met
// late (2–3 compilations of ~400 ms a build and isolate).
const CueNext = 0;
const CueDone = 1;
const CueOn = 2;
type CueStep = typeof CueNext | typeof CueDone | typeof CueOn;
interface CueSentence {firstComma: number; firstQuoted: number; endsWithColon: boolean}

/** One cue whose report stands before it or around it ("…, sagte X", "Laut X …"); CueOn: look after the cue. */
function cueAfterClause(ctx: ArticleContext, unit: Unit, cue: Cue, end: number, sentence: CueSentence): CueStep {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const {firstComma, firstQuoted, endsWithColon} = sentence;
	const cueEndToken = Math.max(cue.at + 1, cue.phraseTo);
	// The speaker phrase counts as part of the cue only when it stands right before the verb.
	// "…, an expert has claimed.", "…, the source further claimed.": an auxiliary or adverb between the speaker and the
	// verb still leaves them one cue.
	const auxiliaryOnly = lexicon.language === 'en' && cue.phraseFrom < cue.phraseTo && cue.phraseTo < cue.at && cue.at - cue.phraseTo <= 2 && tokens.slice(cue.phraseTo, cue.at).every((token) => !token.quoted && /^(?:has|have|had|also|further|again|later|once|already|\p{Ll}+ly)$/u.test(token.lower));
	let cueLeft = cue.phraseTo === cue.at || cue.phraseFrom > cue.at || auxiliaryOnly ? Math.min(cue.at, cue.phraseFrom) : cue.at;
	// "…, Lt. David Lelevier said.": a title's abbreviation point stands between the clause's comma and the name.
	if (cueLeft < cue.at && cueLeft >= 3 && tokens[cueLeft - 1]?.text === '.' && isTitleToken(tokens[cueLeft - 2]!)) cueLeft -= 2;
	let cueSpeaker = cue.speaker;
	// "hasn't yet said whether …", "has not indicated it will …", "sagte nicht, ob …": a denied act of saying reports nothing.
	if (negatedVerb(tokens, cue.at)) return CueNext;
	// "Diese Politik spalte, so Lang, nicht nur Parteien …": "so X" set inside its clause reports the whole clause;
	// "…, so das Gericht, das darauf hinwies, …": before a relative clause about X, the clause before it.
	if (cue.kind === 'so' && tokens[cue.at - 1]?.text === ',' && !tokens[cue.at - 1]!.quoted && tokens[cue.phraseTo]?.text === ',' && !tokens[cue.phraseTo]!.quoted) {
		const resumes = tokens[cue.phraseTo + 1];
		const relative = resumes !== undefined && /^(?:der|die|das|dem|den|deren|dessen|welche|welcher|welches|wo|was)$/u.test(resumes.lower);
		const clauseStart = clauseStartBefore(unit, cue.at - 1);
		// After the relative clause the next cue (its verb of saying) may report on; inside, the clause is all.
		// "…, so Max Muster, Chef der X." — the speaker's apposition closing the sentence resumes no clause.
		if (resumes && !resumes.quoted && resumes.word && !speakerAppositionTail(ctx, tokens, cue.phraseTo) && emitClause(ctx, unit, end, clauseStart, relative ? tokens[cue.at - 1]!.start : end, cue.speaker, cue.cue)) {
			if (relative) return CueNext;
			return CueDone;
		}
	}
	// "…, officials in Kyiv said.": a subject with a place or body after a preposition still closes the sentence.
	if (lexicon.language === 'en' && cue.kind === 'speech' && tokens[cueLeft - 1]?.text !== ',' && cueLeft === cue.at) {
		let back = cueLeft - 1;
		while (back > 0 && cueLeft - back <= 6 && tokens[back]!.word && !tokens[back]!.quoted && (tokens[back]!.cap || /^(?:in|at|for|from|of|the)$/u.test(tokens[back]!.lower))) back--;
		const head = tokens[back];
		const subject = tokens.slice(back, cueLeft);
		if (head && head.word && !head.quoted && !head.cap && tokens[back - 1]?.text === ',' && !tokens[back - 1]!.quoted && subject.some((token) => /^(?:in|at|for|from|of)$/u.test(token.lower))) {
			cueLeft = back;
			if (!cueSpeaker.entity || cueSpeaker.entity.organisation) cueSpeaker = {entity: null, text: ctx.text.slice(subject[0]!.start, subject[subject.length - 1]!.end), role: ''};
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
	// "…, argumentieren X und Y, oftmals müssten …": a short Konjunktiv clause after the cue's comma is a report of its own.
	if (closesSentence && lexicon.language === 'de' && following[0]?.text === ',' && hasKonjunktiv(ctx, following.slice(1), true)) closesSentence = false;
	// "…, warnte er, da sie „…“ öffne.": a reason or time clause after the cue leaves the cue closing the report.
	if (!closesSentence && lexicon.language === 'de' && following[0]?.text === ',' && /^(?:da|weil|denn|obwohl|nachdem|bevor|zumal|wenngleich)$/u.test(following[1]?.lower ?? '') && cue.phraseFrom > cue.at) closesSentence = true;
	// "…, räumte Landesbischof X in seinem Bericht an die Synode ein.": a German verb right after the comma with its
	// subject after it closes the sentence however long the tail, as long as no clause of its own follows.
	if (!closesSentence && lexicon.language === 'de' && cue.kind === 'speech' && cue.phraseFrom > cue.at && commaBefore?.text === ',' && !commaBefore.quoted && cueLeft === cue.at && (cueSpeaker.entity !== null || cueSpeaker.role !== '')) {
		const tail = tokens.length - cueEndToken <= 24 ? tokens.slice(cueEndToken) : [];
		// Not "Karin Krapp, eine Betroffene, kritisierte die Reaktion": a comma before means an apposition, not a clause.
		const single = firstComma === cueLeft - 1;
		closesSentence = single && tokens.length - cueEndToken <= 24 && !tail.some((token) => token.quoted || token.text === ',' || token.text === ':' || token.text === ';' || lexicon.complementizers.has(token.lower));
	}
	// "Karin Hart, eine Betroffene, kritisierte die Reaktion …": a name and its apposition before the verb are its
	// subject, not a reported clause.
	if (closesSentence && lexicon.language === 'de' && cue.phraseFrom > cue.at && commaBefore?.text === ',') {
		if (firstComma > 0 && firstComma <= 4 && firstComma < cueLeft - 1 && tokens.slice(0, firstComma).every((token) => token.word && token.cap && !token.quoted)) closesSentence = false;
	}
	if (closesSentence && lexicon.language === 'en' && restWords > 0) {
		// "…, she said on Monday." ends the sentence; "…, X said it had …" opens a new clause.
		const first = rest.find((token) => token.word)!;
		// "…, the source claimed to the outlet.": whom it was said to closes the sentence as a time or place does.
		const adverbial = ['on', 'in', 'at', 'during', 'after', 'before', 'last', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'this', 'late', 'when', 'while', 'as', 'adding', 'citing', 'according', 'without', 'with', 'from', 'referring', 'speaking', 'via', 'through', 'of'].includes(first.lower) || (first.lower === 'to' && first === following[0] && /^(?:the|a|an|his|her|their|its|reporters|journalists)$|^\p{Lu}/u.test(rest[1]?.text ?? ''));
		const toldSomeone = ['told', 'tells', 'tell'].includes(tokens[cue.at]!.lower) && restWords <= 4 && !rest.some((token) => lexicon.pronouns[token.lower] !== undefined);
		// "…, says John Miller, the chief negotiator.": an apposition after the speaker still closes the sentence.
		const apposition = following[0]?.text === ',' && (lexicon.determiners.has(first.lower) || isRoleToken(first, lexicon));
		closesSentence = adverbial || toldSomeone || apposition;
	}
	// "…, he said, swiping at Liz Truss …": a participle other than one of saying is the writer's comment.
	const comment = following[1];
	if (!closesSentence && lexicon.language === 'en' && cue.kind === 'speech' && commaBefore?.text === ',' && !commaBefore.quoted && following[0]?.text === ',' && comment !== undefined && comment.word && !comment.quoted && !comment.cap && /^\p{Ll}{3,}ing$/u.test(comment.text) && !participlesOfSaying.test(comment.lower)) closesSentence = true;
	// "…, said Peter McNally of Third Bridge, a London-based private equity firm.": the verb right after the comma,
	// its speaker after it, then only the speaker's description: the clause before is the report.
	if (!closesSentence && lexicon.language === 'en' && cue.kind === 'speech' && tokens[cue.at - 1]?.text === ',' && !tokens[cue.at - 1]!.quoted && cue.at >= 4 && (/^(?:said|says|added|adds|explained|noted|wrote|warned|argued|insisted|stressed|cautioned)$/u.test(tokens[cue.at]!.lower) || invertedBeforeName(ctx, tokens, cue.at))) {
		const phrase = phraseAfter(tokens, describedNameAt(ctx, tokens, cue.at + 1), lexicon, ctx.text);
		// "…, said Matthew Levitt, senior fellow at the X Institute, which was founded in 1985 …": a relative clause
		// about the speaker's institution still describes the speaker.
		const relativeAt = phrase ? tokens.findIndex((token, j) => j > phrase.to && !token.quoted && /^(?:which|who)$/u.test(token.lower) && tokens[j - 1]!.text === ',') : -1;
		const tailEnd = relativeAt >= 0 ? relativeAt : tokens.length;
		const tail = phrase && tailEnd - phrase.to <= 30 ? tokens.slice(phrase.to, tailEnd) : [];
		const described = phrase !== null && phrase.pronoun === '' && (phrase.name !== '' || phrase.roleHeads.length > 0) && tailEnd - phrase.to <= 30 && !tail.some((token) => token.quoted || token.text === ':' || token.text === ';' || lexicon.complementizers.has(token.lower) || finiteAuxiliaries.test(token.lower) || /^(?:he|she|they|we|i|it|there)$/u.test(token.lower));
		if (described && (firstQuoted < 0 || firstQuoted >= cue.at - 1)) {
			if (emitClause(ctx, unit, end, clauseStartBefore(unit, cue.at - 1), tokens[cue.at - 1]!.start, resolve(ctx, phrase, unit, tokens), cue.cue)) return CueDone;
		}
	}
	// "…, Mayor John Hart said on Monday during a visit to the hospital in …": a long tail of adverbials with no
	// subject or finite verb of its own still leaves the clause before the cue as the report.
	if (!closesSentence && lexicon.language === 'en' && cue.kind === 'speech' && commaBefore?.text === ',' && !commaBefore.quoted && participleAt < 0) {
		const tail = tokens.length - cueEndToken <= 28 ? tokens.slice(cueEndToken) : [];
		const first = tail.find((token) => token.word);
		closesSentence = first !== undefined && closingAdverbials.test(first.lower) && !tail.some((token) => token.quoted || token.text === ':' || token.text === ';' || lexicon.complementizers.has(token.lower) || finiteAuxiliaries.test(token.lower) || /^(?:he|she|they|we|i|it|there)$/u.test(token.lower) || /^(?:says|said|adds|added)$/u.test(token.lower));
	}
	if (endsWithColon) {
		// 'told BBC News: "…"' with the quote closed in the same paragraph: the colon introduced that quote, not
		// the next paragraph (a quote running on over the break re-opens there and still continues it).
		const next = ctx.units[unit.index + 1];
		const answered = next !== undefined && next.paragraph === unit.paragraph && next.quotes.length > 0 && !next.quotes[next.quotes.length - 1]!.multiParagraph;
		if ((cue.speaker.entity || cue.speaker.text) && !answered) ctx.pendingColon = {speaker: cue.speaker, cue: cue.cue, paragraph: unit.paragraph};
		return CueDone;
	}
	// Cue after the clause: "Es sei …, fügte er hinzu." / "…, Nato said." / "…, so der Sprecher."
	// German puts the speaker after the verb there ("…, fügte er hinzu"); a verb-final "…, widersprach." is no cue.
	const invertedOrder = lexicon.language !== 'de' || cue.kind !== 'speech' || cue.phraseFrom > cue.at;
	// "Das sagte Klingbeil der ARD." / "Dies teilte die Polizei mit.": the sentence before is what was said.
	if (lexicon.language === 'de' && cue.kind === 'speech' && cue.at === 1 && /^(?:das|dies)$/u.test(tokens[0]!.lower) && !tokens[0]!.quoted && tokens.length - cue.at <= 14 && !tokens.some((token) => token.quoted || token.text === ',')) {
		const previous = ctx.units[unit.index - 1];
		// A Konjunktiv sentence read before without a speaker gets this one.
		const unnamed = previous ? ctx.quotes.findIndex((quote) => quote.kind === 'indirect' && quote.speaker === '' && quote.start >= previous.start && quote.end <= previous.end) : -1;
		if (unnamed >= 0) ctx.quotes.splice(unnamed, 1);
		if (previous && unit.paragraph - previous.paragraph <= 1 && !ctx.quotes.some((quote) => quote.end > previous.start && quote.start < previous.end)) {
			const previousEnd = sentenceEnd(ctx, previous);
			const words = ctx.text.slice(previous.start, previousEnd).match(/[\p{L}\p{N}]+/gu) ?? [];
			if (words.length >= 3 && quotedShare(previous, previous.start, previousEnd) < 0.5 && !/:\s*$/u.test(ctx.text.slice(previous.start, previous.end))) {
				emit(ctx, 'indirect', previous.start, previousEnd, cueSpeaker, `${tokens[0]!.text} ${cue.cue}`, unit);
				return CueDone;
			}
		}
	}
	// "…, wie es aus dem Ministerium hieß.": the impersonal cue in a closing "wie" clause reports the clause before.
	if (cue.kind === 'impersonal' && tokens[cue.phraseFrom]?.lower === 'wie' && tokens[cue.phraseFrom - 1]?.text === ',' && !tokens[cue.phraseFrom - 1]!.quoted && cue.phraseTo >= tokens.length - 1) {
		if (emitClause(ctx, unit, end, clauseStartBefore(unit, cue.phraseFrom - 1), tokens[cue.phraseFrom - 1]!.start, cueSpeaker, cue.cue)) return CueDone;
	}
	// "…, wie die Gewerkschaft mitteilte." / "…, as the ministry said.": the cue in a closing "wie/as" clause.
	// "…, wie das Landeskirchenamt vorab mitteilte: Die Synode will …": a colon right after the cue closes its clause too.
	const colonAfter = following[0]?.text === ':' && !following[0]!.quoted;
	if (cue.kind === 'speech' && (closesSentence || colonAfter) && !invertedOrder || (cue.kind === 'speech' && closesSentence && lexicon.language === 'en')) {
		let wie = cueLeft - 1 >= 1 && /^(?:wie|as)$/u.test(tokens[cueLeft - 1]!.lower) && tokens[cueLeft - 2]!.text === ',' && !tokens[cueLeft - 2]!.quoted ? cueLeft - 2 : -1;
		// "…, wie ein Sprecher auf Anfrage bestätigte." / "…, wie Verfassungsschutz und BND regelmäßig warnen.": the German
		// verb closes its "wie" clause, with the subject and adverbials (no comma) between.
		let wieSpeaker = cueSpeaker;
		if (wie < 0 && lexicon.language === 'de') {
			wie = wieBefore(tokens, cue.at);
			// The subject right after "wie" speaks, not whatever the cue found nearer the verb ("auf Anfrage").
			const pronoun = wie >= 0 && lexicon.pronouns[tokens[wie + 2]?.lower ?? ''] !== undefined;
			const phrase = wie < 0 ? null : pronoun ? phraseAfter(tokens, wie + 2, lexicon, ctx.text) : sourcePhrase(ctx, tokens, wie + 2);
			const subject = phrase && phrase.to <= cue.at ? pronoun ? resolve(ctx, phrase, unit, tokens) : sourceSpeaker(ctx, phrase, unit, tokens) : nobody;
			if (subject.entity || subject.text) wieSpeaker = subject;
		}
		// "…, X übernimmt - und hat „…“, wie er zugab": after a dash only the last part is reported.
		let wieStart = clauseStartBefore(unit, wie);
		for (let j = wie - 1; j > 0 && wie - j <= 60 && tokens[j]!.start > wieStart; j--) {
			const token = tokens[j]!;
			if (token.quoted || !/^(?:[-–—;])$/u.test(token.text)) continue;
			wieStart = /^(?:und|aber|and|but)$/u.test(tokens[j + 1]?.lower ?? '') ? tokens[j + 1]!.end : token.end;
			break;
		}
		if (wie >= 0 && emitClause(ctx, unit, end, wieStart, tokens[wie]!.start, wieSpeaker, `${tokens[wie + 1]!.text} … ${cue.cue}`)) return CueDone;
	}
	if (commaBefore && commaBefore.text === ',' && !commaBefore.quoted && cue.kind !== 'source' && closesSentence && invertedOrder) {
		const clauseStart = clauseStartBefore(unit, cueLeft - 1);
		if (emitClause(ctx, unit, end, clauseStart, commaBefore.start, cueSpeaker, cue.cue)) {
			// "…, X said, adding that …": the participle carries on the same speaker's report.
			const participle = participleAt;
			if (participle >= 0) {
				let from = cueEndToken + participle + 1;
				if (tokens[from]?.lower === 'that') from++;
				const opener = tokens[from];
				if (opener && !opener.quoted && opener.word && (tokens[from - 1]!.lower === 'that' || /^(?:he|she|they|it|we|i|the|a|an|his|her|their|its|there)$/u.test(opener.lower))) {
					emitClause(ctx, unit, end, opener.start, end, cue.speaker, `${cue.cue}, ${tokens[cueEndToken + participle]!.text}`);
				}
			}
			return CueDone;
		}
	}
	// "Der Job sei anstrengend, argumentieren die Gewerkschaften, oftmals müssten …": a German cue between two
	// Konjunktiv clauses reports the one before it too (the one after is read as usual).
	let reportedBefore = false;
	if (lexicon.language === 'de' && cue.kind === 'speech' && !closesSentence && cue.phraseFrom > cue.at && commaBefore?.text === ',' && !commaBefore.quoted) {
		const clauseStart = clauseStartBefore(unit, cueLeft - 1);
		const before = tokens.filter((token) => token.start >= clauseStart && token.end <= commaBefore.start);
		const tail = tokens.slice(Math.max(cue.at + 1, cue.phraseTo), Math.max(cue.at + 1, cue.phraseTo) + 8);
		// "Die Gemeinde wisse nicht, ob …, sagte X: „…“": a colon after the cue (and its place or medium) opens X's quote.
		const colonAt = tail.findIndex((token) => token.text === ':' && !token.quoted);
		const opener = colonAt >= 0 ? tokens[tokens.indexOf(tail[colonAt]!) + 1] : undefined;
		const colonQuote = colonAt >= 0 && !tail.slice(0, colonAt).some((token) => token.quoted || token.text === ',') && (opener?.quoted === true || /^["„“»«]/u.test(opener?.text ?? ''));
		const afterCue = colonQuote || tail.slice(0, 4).some((token) => token.text === ',' && !token.quoted);
		if (afterCue && hasKonjunktiv(ctx, before, true) && !ctx.quotes.some((quote) => quote.start < commaBefore.start && quote.end > clauseStart && quote.kind === 'indirect')) {
			reportedBefore = emitClause(ctx, unit, end, clauseStart, commaBefore.start, cueSpeaker, cue.cue);
		}
	}
	if (cue.kind === 'source') {
		// "laut syrischen Angaben": a cue without a named source takes what the account phrase says of it.
		const account = !cue.speaker.entity && !cue.speaker.text ? accountPhrase(ctx, tokens, cue.at) : null;
		if (account) cue = {...cue, speaker: account.own ? subjectBefore(ctx, unit, 0, cue.at) : accountSource(ctx, account.source)};
		// '"The talks are over," according to X.': the quote right before is X's; there is no report besides it.
		const justBefore = tokens[Math.min(cue.at, cue.phraseFrom) - 1];
		if (justBefore && (justBefore.quoted || (!justBefore.word && /["“”„«»'’]/u.test(justBefore.text)))) return CueNext;
		// '"Don't hide it," one commenter said, per Feng.': a quote with its own cue before the source is the quoted
		// speaker's; the source passes it on and reports no clause of the writer's.
		if (lexicon.language === 'en' && tokens.slice(0, cue.at).some((token) => token.quoted) && (unit.cues ?? []).some((other) => other.kind === 'speech' && other.at < cue.at)) return CueNext;
		// "Laut X dauerte …" → the rest; "…, according to X." → the part before; mid-sentence → the sentence.
		if (Math.min(cue.at, cue.phraseFrom) <= 1) {
			// "According to X at Y, …": the clause starts after the comma that closes the source.
			let clauseToken = cueEndToken;
			const comma = tokens.slice(cueEndToken, cueEndToken + 8).findIndex((token) => token.text === ',');
			if (lexicon.language === 'en' && comma >= 0) clauseToken = cueEndToken + comma + 1;
			if (emitClause(ctx, unit, end, tokens[clauseToken]?.start ?? end, end, cue.speaker, cue.cue)) return CueDone;
		} else if (commaBefore?.text === ',') {
			// '"The talks are over," according to X.': the quote before is X's, not a report of the writer's words.
			const beforeComma = tokens[cueLeft - 2];
			if (beforeComma && (beforeComma.quoted || (!beforeComma.word && /["“”„«»'’]/u.test(beforeComma.text)))) return CueNext;
			// "He had, according to X of the Y, killed …", "The culprit, according to the EPA, is …": the source set off
			// by commas inside its clause, which resumes with a lower-case word (not an apposition's article), reports
			// the whole sentence.
			if (lexicon.language === 'en') {
				let closing = cueEndToken;
				while (closing < tokens.length && closing - cue.at <= 12 && tokens[closing]!.word && !tokens[closing]!.quoted) closing++;
				const resumed = tokens[closing]?.text === ',' && !tokens[closing]!.quoted ? tokens[closing + 1] : undefined;
				if (resumed && resumed.word && !resumed.quoted && !resumed.cap && !lexicon.determiners.has(resumed.lower) && !notResumingEn.test(resumed.lower) && !/^\p{N}/u.test(resumed.text) && emitClause(ctx, unit, end, unit.start, end, cue.speaker, cue.cue)) return CueDone;
			}
			// "Die Firma gehört zu Diehl, nach Angaben von Sprecher X handelt es sich um …": a German source right after a
			// comma with the finite verb right after it is the front field of the main clause it opens, and that clause
			// (source and all, as the gold writes it) is the report — not the clause before the comma.
			const verbAfter = tokens[cueEndToken];
			const opensMainClause = lexicon.language === 'de' && verbAfter !== undefined && verbAfter.word && !verbAfter.cap && !verbAfter.quoted && !lexicon.determiners.has(verbAfter.lower) && (finiteVerbs.test(verbAfter.lower) || (!lexicon.functionWords.has(verbAfter.lower) && /\p{Ll}{2}(?:t|en|e)$/u.test(verbAfter.text) && !/(?:lich|ig|isch)e[nrs]?$/u.test(verbAfter.lower)));
			if (opensMainClause && emitClause(ctx, unit, end, tokens[Math.min(cue.at, cue.phraseFrom)]!.start, end, cue.speaker, cue.cue)) return CueDone;
			if (emitClause(ctx, unit, end, unit.start, commaBefore.start, cue.speaker, cue.cue)) return CueDone;
			// "The talks, according to X, have stalled": the source sits inside the clause it reports.
			if (tokens[cueEndToken]?.text === ',' && emitClause(ctx, unit, end, unit.start, end, cue.speaker, cue.cue)) return CueDone;
		} else {
			// "Heise liegt das Urteil vor; demnach kann Samsung dem Gericht nach nicht …": a semicolon before the source
			// ends the writer's own clause.
			const semicolon = tokens.slice(0, Math.min(cue.at, cue.phraseFrom)).findLastIndex((token) => token.text === ';' && !token.quoted);
			if (emitClause(ctx, unit, end, semicolon >= 0 ? tokens[semicolon]!.end : unit.start, end, cue.speaker, cue.cue)) return CueDone;
		}
		return CueNext;
	}
	// "The deal, John Miller said, was close …" / "Die Lage, sagte Becker, sei ernst": the cue interrupts its clause.
	const resumes = tokens[cueEndToken + 1];
	// Not when the part before is a main clause of its own, with its own finite verb ("Der Job ist hart, argumentieren
	// X, …"); a subordinate clause before the cue ("Während X begrüßt hatte, warnte Y, …") is no such clause.
	const partBefore = tokens.slice(tokenIndexAt(unit, clauseStartBefore(unit, cueLeft - 1)), Math.max(0, cueLeft - 1));
	// English sets the cue inside the sentence it reports after a main clause too, when a conjunction or preposition
	// carries the sentence on ("The plan was too costly, she said, but …", "…, he said, as …") or the cue interrupts
	// a clause with no verb yet ("…, and now, he says, we're back …"); a new clause of its own after the cue ("The port
	// is full, Smith said, ships wait") is no part of one report.
	const lastComma = tokens.slice(0, Math.max(0, cueLeft - 1)).findLastIndex((token) => token.text === ',' && !token.quoted);
	const fragmentBefore = lastComma >= 0 && tokens.slice(lastComma + 1, cueLeft - 1).every((token) => token.word && !token.quoted && !finiteVerbs.test(token.lower)) && cueLeft - 1 - lastComma <= 4;
	const carriedOn = lexicon.language === 'en' && (sentenceCarriersEn.test(tokens[cueEndToken + 1]?.lower ?? '') || fragmentBefore);
	const ownVerb = reportedBefore || (!carriedOn && !subordinateOpeners.test(partBefore[0]?.lower ?? '') && partBefore.some((token) => !token.quoted && finiteVerbs.test(token.lower)));
	// German inverts an interrupting cue ("Die Lage, sagte Becker, sei ernst"); a subject before the verb with an
	// apposition set off by commas ("Max Muster, Chef der X, sagte, …") is the cue's own subject, not a clause it interrupts.
	const subjectBeforeVerb = lexicon.language === 'de' && cue.phraseFrom < cue.at && cue.phraseTo <= cue.at && cue.speaker.entity !== null;
	if (!ownVerb && !subjectBeforeVerb && cue.kind === 'speech' && commaBefore?.text === ',' && !commaBefore.quoted && cueLeft >= 2 && tokens[cueEndToken]?.text === ',' && resumes && resumes.word && !resumes.quoted && !resumes.cap && !lexicon.complementizers.has(resumes.lower) && !/^(?:however|though|also|too|then|adding|saying|according|citing|who|which|wie|jedoch|aber|auch|zudem|dann)$/u.test(resumes.lower) && !(lexicon.language === 'en' && /^\p{Ll}{3,}ing$/u.test(resumes.text)) && tokens.slice(0, cueLeft - 1).every((token) => !token.quoted)) {
		if (emitClause(ctx, unit, end, clauseStartBefore(unit, cueLeft - 1), end, cueSpeaker, cue.cue)) return CueDone;
	}
	if (cue.kind === 'impersonal' && cue.at <= 1) return CueNext;
	return CueOn;
}

/** A capitalised title written short before a name ("Lt", "Dr", "Mr"). */
function isTitleToken(token: UnitToken): boolean {
	return token.word && token.cap && !token.quoted && (neutralTitles.has(token.lower) || genderTitles.has(token.lower));
}

/**
 * "…, says certified financial planner Eric Roberge.": a few lower-case words of description before the name an
 * inverted cue's speaker ends in (the words no role noun the lexicon knows); the name's first token, else `from`.
 */
function describedNameAt(ctx: ArticleContext, tokens: readonly UnitToken[], from: number): number {
	let at = from;
	while (at < tokens.length && at - from < 4 && tokens[at]!.word && !tokens[at]!.quoted && !tokens[at]!.cap && !ctx.lexicon.functionWords.has(tokens[at]!.lower) && !isRoleToken(tokens[at]!, ctx.lexicon)) at++;
	if (at === from || !tokens[at]?.cap || !tokens[at]!.word) return from;
	// Only a name closing the sentence (or set off by a comma before its apposition).
	let end = at;
	while (end < tokens.length && tokens[end]!.word && tokens[end]!.cap) end++;
	return end >= tokens.length || /^[.,!?]$/u.test(tokens[end]!.text) ? at : from;
}

/** One cue before its clause: "X sagte, er werde …", "X erklärte, dass …", "X said (that) …". */
function cueBeforeClause(ctx: ArticleContext, unit: Unit, cue: Cue, end: number): CueStep {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const cueEndToken = Math.max(cue.at + 1, cue.phraseTo);
	// Cue before the clause: "X sagte, er werde …", "X erklärte, dass …", "X said (that) …".
	// "merkte in der Liveübertragung des NDR bereits kurz nach Start an, dass …": a separated particle ends the cue.
	const particle = lexicon.language === 'de' && cue.kind === 'speech' && cue.cue.includes(' … ') ? tokens.findIndex((token, j) => j > cue.at && j <= cue.at + 16 && !token.quoted && token.lower === cue.cue.split(' … ').pop()!.toLowerCase()) : -1;
	let next = particle > cueEndToken ? particle + 1 : cueEndToken;
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
			// "said it was a start in an effort that he made …": a clause opened by a subject pronoun right after the verb
			// is the report; a later "that" belongs inside it.
			if (lexicon.language === 'en' && j > next && /^(?:he|she|it|they|we|i|there)$/u.test(tokens[next]!.lower) && !tokens[next]!.quoted && zeroThatClause(ctx, tokens, next) >= 0) break;
			// "told Sky Sports afterwards, and that proved to be the case": "that" after ", and" opens no clause of this verb.
			if (lexicon.language === 'en' && /^(?:and|but)$/u.test(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.text === ',') break;
			complementizer = j;
			break;
		}
		if (token.text === ',' && comma < 0) {
			comma = j;
			// "sagte, er gehe davon aus, dass …": a clause right after the comma is the report, not a later "dass".
			if (lexicon.language === 'de' && j === next && tokens[j + 1] && !lexicon.complementizers.has(tokens[j + 1]!.lower)) break;
		}
		if (token.text === ':' && colon < 0) colon = j;
		// "betonte am 8. Mai, dass …": the stop of a German day number ends nothing.
		if (token.text === '.' && lexicon.language === 'de' && /^\d{1,2}$/u.test(tokens[j - 1]?.text ?? '') && tokens[j + 1]?.cap === true) continue;
		if (/[.;:!?]/u.test(token.text)) break;
	}
	// "Frau Esken hielt dagegen: Die Reform sei sozial ausgewogen.": a Konjunktiv clause after the cue's colon.
	if (lexicon.language === 'de' && colon >= 0 && complementizer < 0 && comma < 0 && tokens[colon + 1] && !tokens[colon + 1]!.quoted && hasKonjunktiv(ctx, tokens.slice(colon + 1, colon + 40), true)) {
		if (emitClause(ctx, unit, end, tokens[colon + 1]!.start, end, cue.speaker, `${cue.cue}:`)) return CueDone;
	}
	if (complementizer >= 0) {
		const from = lexicon.language === 'de' ? tokens[complementizer]!.start : tokens[complementizer + 1]?.start ?? end;
		if (emitClause(ctx, unit, end, from, end, cue.speaker, cue.cue)) return CueDone;
		return CueNext;
	}
	if (lexicon.language === 'de') {
		if (comma >= 0 && hasKonjunktiv(ctx, tokens.slice(comma + 1, comma + 40), false)) {
			if (emitClause(ctx, unit, end, tokens[comma + 1]!.start, end, cue.speaker, cue.cue)) return CueDone;
		}
		// "Die Polizei teilte mit, der Mann wurde festgenommen": a main clause right after "X sagte," / "X teilte
		// mit," is what X said, in the indicative too — when X stands before the verb (so the comma cannot
		// open a relative clause about X) and the clause opens like a main clause (article, pronoun, noun).
		const subjectFirst = cue.kind === 'speech' && cue.phraseFrom < cue.at && cue.phraseTo <= cue.at;
		const between = comma >= 0 ? tokens.slice(particle > cueEndToken ? particle + 1 : cueEndToken, comma) : [];
		const opener = comma >= 0 ? tokens[comma + 1] : undefined;
		// "…, die den deutschen Teil des Patents besitzt": "die" before anything but its noun (or an adjective and its
		// noun) is a relative pronoun, and the clause says more about the noun before the comma.
		const afterOpener = comma >= 0 ? tokens[comma + 2] : undefined;
		const relative = opener !== undefined && /^(?:der|die|das|dem|den)$/u.test(opener.lower) && afterOpener !== undefined && !afterOpener.cap && !(afterOpener.word && /\p{Ll}(?:e|en|er|es|em)$/u.test(afterOpener.text) && !ctx.lexicon.functionWords.has(afterOpener.lower) && tokens[comma + 3]?.cap === true);
		const mainClause = !relative && opener !== undefined && !opener.quoted && opener.word && (opener.cap || ctx.lexicon.determiners.has(opener.lower) || ['er', 'sie', 'es', 'man', 'wir', 'ich', 'ihr', 'das', 'dies'].includes(opener.lower)) && !['wie', 'als', 'wenn', 'weil', 'ob', 'nachdem', 'bevor', 'während', 'obwohl', 'damit', 'warum', 'was', 'wer', 'wo'].includes(opener.lower);
		// A zu-infinitive ("kündigte an, die Kontrollen auszuweiten") is no main clause: it is reported only after a verb of
		// claiming or announcing (below).
		const clauseWords = comma >= 0 ? tokens.slice(comma + 1).filter((token) => token.word && !token.quoted) : [];
		const lastWord = clauseWords[clauseWords.length - 1];
		const infinitive = lastWord !== undefined && (clauseWords[clauseWords.length - 2]?.lower === 'zu' || /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|weiter|zurück|zusammen)zu\p{Ll}+en$/u.test(lastWord.lower));
		// "bestritt, davon gewusst zu haben", "gab zu, die Lage unterschätzt zu haben": after a verb of admitting,
		// denying or claiming, the zu-infinitive is the claim itself.
		// So after a verb of announcing or promising ("kündigte an, … streichen zu wollen"): what was announced is reported.
		const verb = tokens[cue.at]!.lower;
		const announced = announcingVerbs.has(verb);
		const claimed = infinitive && !relative && (claimVerbsDe.test(verb) || announced) && opener !== undefined && !opener.quoted && opener.word && !/^(?:um|ohne|statt|anstatt|dass|ob|weil|wenn|als|da|damit|obwohl|während|nachdem|bevor|was|wer|wo|wie)$/u.test(opener.lower);
		// "kündigte Kanzler Scholz an, …": an announcing verb's subject may follow it, before the particle and the comma.
		const subjectAfter = announced && cue.kind === 'speech' && cue.phraseFrom > cue.at && cue.phraseTo <= comma && (cue.speaker.entity !== null || cue.speaker.text !== '');
		if ((subjectFirst || subjectAfter) && claimed && between.length <= 1 && between.every((token) => token.word && !token.cap) && clauseWords.length >= 3) {
			// An announcement is reported with its subject and verb (the gold's convention: the infinitive has no subject of
			// its own): from the start of the clause that holds the verb, when no quote stands in it.
			let from = comma + 1;
			if (announced && !claimVerbsDe.test(verb)) {
				// A comma only inside a list of names ("SPD, Grüne und Linke hatten … angekündigt"), not before a clause of its own.
				const listComma = (at: number) => tokens[at]!.text === ',' && tokens[at - 1]?.cap === true && tokens[at + 1]?.cap === true && !tokens[at + 1]!.quoted;
				let start = Math.min(cue.at, cue.phraseFrom);
				while (start > 0 && ((tokens[start - 1]!.word && !tokens[start - 1]!.quoted) || listComma(start - 1))) start--;
				if (tokens.slice(start, comma).every((token, k) => !token.quoted && !isQuoteMark(token) && (token.text !== ',' || listComma(start + k))) && (start === 0 || /^[,;:]$/u.test(tokens[start - 1]!.text))) from = start;
			}
			if (emitClause(ctx, unit, end, tokens[from]!.start, end, cue.speaker, cue.cue)) return CueDone;
		}
		if (subjectFirst && mainClause && !infinitive && between.length <= 1 && between.every((token) => token.word && !token.cap) && clauseWords.length >= 4) {
			if (emitClause(ctx, unit, end, tokens[comma + 1]!.start, end, cue.speaker, cue.cue)) return CueDone;
		}
		// "Wie sein Pressesprecher mitteilte, hätten …"
		if (tokens[0]?.lower === 'wie' && comma >= 0 && cue.at < comma) {
			// "Wie die Bundesagentur für Arbeit auf Anfrage mitteilt, …": the whole name after "wie" speaks.
			const phrase = lexicon.pronouns[tokens[1]?.lower ?? ''] === undefined ? sourcePhrase(ctx, tokens, 1) : null;
			const named = phrase && phrase.to <= cue.at && phrase.name.includes(' ') ? sourceSpeaker(ctx, phrase, unit, tokens) : nobody;
			if (emitClause(ctx, unit, end, tokens[comma + 1]!.start, end, named.entity || named.text ? named : cue.speaker, cue.cue)) return CueDone;
		}
	} else if (cue.kind === 'speech' && asClauseOpener(tokens) >= 0 && comma > cue.at && tokens.slice(0, comma).every((token) => !token.quoted) && cue.at <= 10) {
		// "As the ministry said on Monday, the figures are …": the main clause after the comma is what was said.
		if (emitClause(ctx, unit, end, tokens[comma + 1]!.start, end, cue.speaker, `${tokens[asClauseOpener(tokens)]!.text} … ${cue.cue}`)) return CueDone;
	} else if (cue.kind === 'speech' && zeroThatStrongVerbs.test(tokens[cue.at]!.lower) && !/^(?:said|says|say|added|adds|noted|argued|warned|insisted|claimed|wrote|stated|believes|believed|thinks|argues|warns|conclude|concluded|concludes|told|tells)$/u.test(tokens[cue.at]!.lower)) {
		// "admitted the plan had failed", "stressed on Monday the deal would …": that-less, with its own auxiliary.
		const lowerAt = (index: number) => tokens[index]?.lower ?? '';
		if (lowerAt(next) === 'on' && (tokens[next + 1]?.cap || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)$/u.test(lowerAt(next + 1)))) next += 2;
		else if (['later', 'earlier', 'previously', 'separately', 'also'].includes(lowerAt(next))) next += 1;
		// Headline style ("Minister admits officials ignored warnings") only in the present: "X found dead" is passive.
		let clause = zeroThatClause(ctx, tokens, next, unit.paragraph === 0 && /s$/u.test(tokens[cue.at]!.lower));
		// "suggested companies had already …": a bare plural subject and its verb a few words on.
		const bare = tokens[next];
		if (clause < 0 && !/ing$/u.test(tokens[cue.at]!.lower) && bare && bare.word && !bare.quoted && !bare.cap && /\p{Ll}{2}s$/u.test(bare.text) && !ctx.lexicon.functionWords.has(bare.lower) && verbAhead(ctx, tokens, next)) clause = next;
		if (clause >= 0 && emitClause(ctx, unit, end, tokens[clause]!.start, end, cue.speaker, cue.cue)) return CueDone;
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
			// "told Rest of World a few companies have …", "told lawmakers no evidence supports …": a name of several
			// capitalised words (joined by "of"/"and") or one plural noun as the addressee, then a subject and its finite verb.
			if (!opensReport) {
				const size = addresseeSize(ctx, tokens, next);
				if (size > 0 && clauseAhead(ctx, tokens, next + size)) {
					skip = size;
					opensReport = true;
				}
			}
			const addressee = tokens.slice(next, next + skip);
			if (addressee.length !== skip || addressee.some((token) => !token.word || token.quoted) || !opensReport) return CueNext;
			next += skip;
		}
		// "said on Thursday" / "said in a statement": skip a short adverbial up to the clause.
		const lowerAt = (index: number) => tokens[index]?.lower ?? '';
		if (lowerAt(next) === 'on' && (tokens[next + 1]?.cap || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tuesday)$/u.test(lowerAt(next + 1)))) next += 2;
		else if (lowerAt(next) === 'in' && ['a', 'an', 'its', 'his', 'her', 'their'].includes(lowerAt(next + 1)) && ['statement', 'interview', 'post', 'briefing', 'letter', 'speech', 'video', 'email', 'tweet'].includes(lowerAt(next + 2))) next += 3;
		else if (['later', 'earlier', 'previously', 'separately', 'yesterday', 'today', 'recently', 'also'].includes(lowerAt(next))) next += 1;
		else if (['last', 'this'].includes(lowerAt(next)) && ['week', 'month', 'year', 'weekend', 'night', 'spring', 'summer', 'autumn', 'winter'].includes(lowerAt(next + 1))) next += 2;
		const that = lowerAt(next) === 'that';
		if (that) next++;
		// "noted nothing as he left", "warned his supporters against complacency": besides "said" and its like, a verb
		// without "that" reports only a clause of its own (a subject and its verb), not an object.
		const objectTaking = !/^(?:said|says|say|added|adds|stated|told|tells)$/u.test(tokens[cue.at]!.lower);
		if (objectTaking && !that && zeroThatClause(ctx, tokens, next) < 0 && !verbAhead(ctx, tokens, next)) return CueNext;
		const mark = (token: UnitToken | undefined) => token !== undefined && !token.word && /["“”'’]/u.test(token.text);
		// A quoted label as the subject ("'person of interest' says he …") has no comma or stop before its closing mark.
		const label = quotedLabelBefore(ctx, unit, cue.at);
		// '… as "vacuous" and said Mr Blair was …': a verb joined by "and" after a quote opens a report of its own.
		const joinedVerb = /^(?:and|but)$/u.test(tokens[cue.at - 1]?.lower ?? '');
		const afterQuote = cue.at > 0 && !label && !joinedVerb && (tokens[cue.at - 1]!.quoted || mark(tokens[cue.at - 1]) || mark(tokens[cue.at - 2]));
		// "which he said was the cornerstone of …": a verb right after the cue has its subject before it, no clause of its own.
		if (finiteAuxiliaries.test(lowerAt(next)) && /^(?:which|who|that|what)$/u.test(lowerAt(cue.at - 2))) return CueNext;
		const preposition = ['of', 'at', 'from', 'in', 'on', 'for', 'with', 'to', 'by', 'and', 'who', 'which', 'during', 'amid', 'despite', 'following', 'ahead', 'outside', 'inside', 'near', 'via', 'through', 'after', 'before', 'while', 'as', 'when', 'without', 'under', 'over', 'across'].includes(lowerAt(next));
		if (!afterQuote && !preposition && tokens[next] && tokens[next]!.word && !tokens[next]!.quoted && tokens[next]!.text !== ',') {
			if (emitClause(ctx, unit, end, tokens[next]!.start, end, cue.speaker, cue.cue)) return CueDone;
		}
	}
	return CueNext;
}

/** A sentence without a cue of its own: a closing weak cue, an account, a colon before, a German Konjunktiv. */
function uncuedReport(ctx: ArticleContext, unit: Unit, speechCount: number, end: number, recent: {speaker: Speaker; unit: number} | null): void {
	const lexicon = ctx.lexicon;
	if (speechCount > 0) return;
	if (lexicon.language === 'en' && closingWeakCue(ctx, unit, end)) return;
	if (lexicon.language === 'de' && accountReport(ctx, unit, end)) return;
	if (lexicon.language === 'de' && circleReport(ctx, unit)) return;
	const pending = ctx.pendingColon && unit.paragraph === ctx.pendingColon.paragraph + 1 ? ctx.pendingColon : null;
	if (ctx.pendingColon && unit.paragraph > ctx.pendingColon.paragraph) ctx.pendingColon = null;
	if (pending && unit.quotes.length === 0 || (pending && quotedShare(unit, unit.start, end) < 0.6)) {
		if (pending && emitClause(ctx, unit, end, unit.start, end, pending.speaker, `${pending.cue}:`)) return;
	}
	// German Konjunktiv without a cue of its own continues the last speaker's reported speech.
	let from = mainKonjunktivClause(ctx, unit);
	// Right after reported speech, Konjunktiv II ("würde") and regular Konjunktiv I in second place carry it on.
	if (from < 0 && lexicon.language === 'de' && recent && recent.unit === unit.index - 1 && ctx.units[recent.unit]?.paragraph === unit.paragraph) from = looseKonjunktivClause(ctx, unit);
	if (lexicon.language === 'de' && from >= 0 && quotedShare(unit, unit.start, end) < (hasKonjunktiv(ctx, unit.tokens, true) ? 0.92 : 0.7)) {
		const subject = reportingSubject(ctx, unit, recent);
		// Nobody spoke just before: the person with a role the sentence before (same paragraph) was about
		// ("Guterres rief alle Seiten zur Zurückhaltung auf. Die Gewalt müsse …").
		const previous = ctx.units[unit.index - 1];
		// Not when that sentence is reported speech itself ("Daneben müsse die Bundeswehr ertüchtigt werden"): its subject
		// is what the report is about, nobody who speaks.
		const about = !subject && !recent && previous && previous.paragraph === unit.paragraph && !hasKonjunktiv(ctx, previous.tokens, true) ? subjectOf(ctx, previous) : null;
		// "Er habe alle Unterlagen offengelegt": a pronoun opening the reported clause says whom it continues.
		// "Trotz allem kämpfe sie weiter": so does the pronoun right after a verb in second place, the subject inverted.
		const inverted = unit.tokens.findIndex((token, at) => token.start >= from && !token.quoted && invertedKonjunktivI(ctx, unit.tokens, at));
		const opener = inverted >= 0 && lexicon.pronouns[unit.tokens[inverted + 1]!.lower] ? unit.tokens[inverted + 1] : unit.tokens.find((token) => token.word && !token.quoted && token.start >= from);
		// Not "Sie hätten …": with a plural verb "sie" is a group.
		const openerIndex = opener ? unit.tokens.indexOf(opener) : -1;
		const pluralVerb = /en$/u.test(unit.tokens[openerIndex + 1]?.lower ?? '');
		const pronounGender = opener && !subject && !(opener.lower === 'sie' && pluralVerb) ? lexicon.pronouns[opener.lower] : undefined;
		const named = pronounGender === 'male' || pronounGender === 'female' ? recentPerson(ctx, unit, opener!.start, pronounGender, false) : null;
		const pronounFits = !named || !recent?.speaker.entity || recent.speaker.entity === named;
		const person = subject ?? (pronounFits ? null : named) ?? (about && about.roleHeads.size > 0 ? about : null);
		const authority = !person && !recent ? authorityBefore(ctx, unit) : '';
		// "Zum Ende zog Pressesprecher Reinald Achilles ein Fazit. Man sei zufrieden.": with nobody else to continue, the
		// one person the sentence before (same paragraph) names, wherever it stands in that sentence.
		// Not when the next sentence points back at this one ("Dies teilte die Reederei mit."): that names the speaker.
		const nextOpener = ctx.units[unit.index + 1]?.tokens.find((token) => token.word && !token.quoted);
		const pointedBack = /^(?:das|dies|dieses|so)$/u.test(nextOpener?.lower ?? '');
		const lone = !person && !recent && !named && !authority && !pointedBack && previous && previous.paragraph === unit.paragraph ? lonePerson(ctx, previous.index) : null;
		const speaker = person ? {entity: person, text: person.name, role: person.role} : recent ? recent.speaker : named ? {entity: named, text: named.name, role: named.role} : authority ? {entity: null, text: authority, role: ''} : lone ? {entity: lone, text: lone.name, role: lone.role} : nobody;
		emitClause(ctx, unit, end, from, end, speaker, recent || subject ? '(Konjunktiv, continues)' : person || authority ? '(Konjunktiv, previous sentence)' : '(Konjunktiv)');
	}
}

/** A reported clause [from, to) of the sentence ending at `end`, trimmed to the report and emitted; false when too little is left. */
function emitClause(ctx: ArticleContext, unit: Unit, end: number, from: number, to: number, speaker: Speaker, cue: string): boolean {
	const lexicon = ctx.lexicon;
	let start = from;
	let stop = to;
	while (start < stop && /[\s,;:\-–—]/u.test(ctx.text[start]!)) start++;
	// A closing mark left over from a quoted source name ("laut des „Spiegel“ soll …") is not the clause.
	while (start < stop && /["“”»«’]/u.test(ctx.text[start]!) && /\s/u.test(ctx.text[start + 1] ?? '')) start += 2;
	while (stop > start && /[\s,;:\-–—]/u.test(ctx.text[stop - 1]!)) stop--;
	// "…, and claims he was sacrificed, according to messages sent …": a source closing the sentence is
	// no part of the reported words.
	const closing = (lexicon.language === 'de' ? /,\s+(?:laut\s|so\s+(?:der|die|das|ein|eine)?\s*\p{Lu})/u : /,\s+(?:according to|citing)\s/u).exec(ctx.text.slice(start, stop));
	// Not "Diese Politik spalte, so Lang, nicht nur …": a "so X" set inside the clause closes nothing.
	// Nor "The culprit, according to the EPA, is …": an English source set off by commas before a lower-case word
	// that carries its clause on (not an apposition's article).
	const resumedAfter = closing !== null && lexicon.language === 'en' ? /^[^,.;:"“”]{1,80},\s+(\p{Ll}+)/u.exec(ctx.text.slice(start + closing.index + closing[0].length, stop)) : null;
	const inserted = closing !== null && (ctx.text.slice(start, stop).includes(`, ${cue}, `) || (resumedAfter !== null && !lexicon.determiners.has(resumedAfter[1]!) && !notResumingEn.test(resumedAfter[1]!)));
	if (closing && !inserted && countWords(ctx, start, start + closing.index) >= 3) stop = start + closing.index;
	// "denied his forecasts were too optimistic - but refused to …": a second predicate of the speaker, joined by
	// "but/and" after a comma or dash, is the writer's again.
	let secondReport: {from: number; cue: string} | null = null;
	let nestedSpeaker: Speaker | null = null;
	const bounded = reportBounds(ctx, unit, start, stop, cue);
	start = bounded.start;
	stop = bounded.stop;
	while (start < stop && /[\s,;:\-–—]/u.test(ctx.text[start]!)) start++;
	while (stop > start && /[\s,;:\-–—]/u.test(ctx.text[stop - 1]!)) stop--;
	if (bounded.second) {
		secondReport = bounded.second.report;
		nestedSpeaker = bounded.second.speaker ?? speaker;
	}
	// "he did not know the poll date, but it is widely expected to be 5 May" / "…, doch es gilt als wahrscheinlich, dass
	// …": the writer's hedge after ", but" is no part of the report.
	const hedge = (lexicon.language === 'de' ? /,\s+(?:aber|doch|jedoch)\s+(?:es\s+)?(?:gilt|galt|wird|wurde)\s+(?:allgemein\s+|weithin\s+)?(?:als\s+(?:wahrscheinlich|sicher|ausgemacht)|erwartet|vermutet|angenommen)\b/u : /,\s+but\s+it\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|also\s+)?(?:expected|believed|thought|understood|known|likely|unclear|assumed|reported|rumoured|rumored)\b/u).exec(ctx.text.slice(start, stop));
	if (hedge && hedge.index > 0) stop = start + hedge.index;
	// "dass es Einsatzbereiche gebe, die …: die ständige Alarmbereitschaft, …" / "that there were areas …: constant
	// readiness, …": a list after the writer's colon, at least as long as the dass/that clause and without a Konjunktiv
	// of its own, spells the report out in the writer's words.
	if (lexicon.language === 'de' ? /^(?:dass|ob)\s/u.test(ctx.text.slice(start, start + 5)) : /\bthat\s+$/u.test(ctx.text.slice(Math.max(0, start - 6), start))) {
		const colonAt = unit.tokens.findIndex((token) => token.text === ':' && !token.quoted && token.start > start && token.end < stop);
		if (colonAt >= 0) {
			const after = unit.tokens.slice(colonAt + 1).filter((token) => token.end <= stop);
			const beforeWords = countWords(ctx, start, unit.tokens[colonAt]!.start);
			if (beforeWords >= 3 && after.filter((token) => token.word).length >= beforeWords && !hasKonjunktiv(ctx, after, true)) stop = unit.tokens[colonAt]!.start;
		}
	}
	// "…, das Virus sei eine Nebenwirkung, und führten dabei Studien an": a finite verb after ", und" with no subject
	// of its own is the speaker's next deed (a Konjunktiv there would carry the report on).
	if (lexicon.language === 'de') {
		for (const match of ctx.text.slice(start, stop).matchAll(/,\s+und\s+(\p{Ll}{3,})\s/gu)) {
			const verb = match[1]!;
			const at = lexicon.separable.has(verb) ? unit.tokens.findIndex((token) => token.start === start + match.index! + match[0].length - verb.length - 1) : -1;
			const saying = lexicon.speechVerbs.has(verb) || (at >= 0 && isSpeechVerb(ctx, unit.tokens, at) !== '');
			if (!/(?:te|ten|t|en)$/u.test(verb) || saying || lexicon.functionWords.has(verb) || lexicon.determiners.has(verb) || lexicon.konjunktiv.has(verb) || lexicon.weakKonjunktiv.has(verb)) continue;
			if (countWords(ctx, start, start + match.index!) < 3) continue;
			stop = start + match.index!;
			break;
		}
	}
	// "Avalos told investigators that …, Cornett wrote.": a cue closing the sentence after the report's comma reports
	// the whole sentence for its own speaker; the report inside it ends at that comma.
	let outer: {stop: number; speaker: Speaker; cue: string} | null = null;
	if (lexicon.language === 'en') {
		outer = closingCueInside(ctx, unit, start, stop);
		if (outer) stop = outer.stop;
	}
	if (lexicon.language === 'en') {
		const predicate = /(?:,|\s[-–—])\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)/gu;
		const reported = ctx.text.slice(start, stop);
		for (const match of reported.matchAll(predicate)) {
			const verb = match[1]!;
			if (match.index! > 0 && (/^\p{Ll}{3,}ed$/u.test(verb) || lexicon.speechVerbs.has(verb)) && countWords(ctx, start, start + match.index!) >= 3) {
				// "…, without providing specifics, and insisted that they stand to …": a verb of saying there opens a
				// second report by the same speaker.
				secondReport = lexicon.speechVerbs.has(verb) && !lexicon.weakSpeechVerbs.has(verb) ? reportAfterVerb(ctx, unit, start + match.index! + match[0].length, verb) : null;
				stop = start + match.index!;
				break;
			}
		}
		// "…priorities after a state commission found that …", "…repaid the loan after he said the party could not win":
		// a time or reason clause with a report of its own ends this report; its own report goes to its subject.
		if (!secondReport) {
			const nested = nestedReport(ctx, unit, start, stop);
			if (nested) {
				stop = nested.cut;
				while (stop > start && /[\s,;:\-–—]/u.test(ctx.text[stop - 1]!)) stop--;
				secondReport = nested.report;
				nestedSpeaker = nested.speaker;
			}
		}
		// "has said he wants to run Venezuela “through oil” and pointed to billions …": after a report in the present,
		// "and" with a past tense and its object is the speaker's next deed, not part of the report.
		// (?<!\s): a match starts at the first space of a run, so a long run of spaces is not rescanned from every position.
		const deed = /(?<!\s)\s+and\s+(\p{Ll}{3,}ed)\s+(?:to|for|at|on|out|the|a|an|his|her|their|its)\s/gu;
		// Searched once: a present tense anywhere before the "and" (a search per "and" would be quadratic).
		const present = /\b(?:is|are|has|have|does|do|will|can|(?:he|she|it)\s+\p{Ll}{2,}s)\b/u.exec(ctx.text.slice(start, stop));
		for (const match of present ? ctx.text.slice(start, stop).matchAll(deed) : []) {
			if (match.index! > present!.index && countWords(ctx, start, start + match.index!) >= 3) {
				stop = start + match.index!;
				break;
			}
		}
	}
	// 'said that its focus turns to the U.K. “While we …”': a quote opening after a finished sentence is the
	// speaker's own words, no part of the reported clause.
	const quoteAfterSentence = unit.quotes.find((span) => span.open > start && span.open < stop && /[.!?]\s*$/u.test(ctx.text.slice(start, span.open)));
	if (quoteAfterSentence) {
		stop = quoteAfterSentence.open;
		while (stop > start && /\s/u.test(ctx.text[stop - 1]!)) stop--;
	}
	const words = ctx.text.slice(start, stop).match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length < 3) return false;
	// A German Konjunktiv outside the quoted words keeps a mostly quoted clause a report ("Sie habe „immer nur …“").
	// So does "that" before it in English ("noted that Sinwar "might take a step …"").
	const thatBefore = lexicon.language === 'en' && /\bthat\s+$/u.test(ctx.text.slice(Math.max(0, start - 6), start));
	const quotedLimit = (lexicon.language === 'de' && hasKonjunktiv(ctx, unit.tokens.filter((token) => token.start >= start && token.end <= stop), true)) || thatBefore ? 0.92 : 0.8;
	if (quotedShare(unit, start, stop) > quotedLimit) return false;
	// "admits X is over and claims he was …", "sagte, …, und fügte hinzu, …": a second verb of saying joined
	// by "and" starts a second report by the same speaker.
	const second = coordinatedReport(ctx, unit, start, stop);
	if (second) {
		let firstStop = second.cut;
		while (firstStop > start && /[\s,;:\-–—]/u.test(ctx.text[firstStop - 1]!)) firstStop--;
		if (countWords(ctx, start, firstStop) >= 3) {
			emit(ctx, 'indirect', start, firstStop, speaker, cue, unit);
			if (countWords(ctx, second.from, stop) >= 3) emit(ctx, 'indirect', second.from, stop, speaker, second.cue, unit);
			return true;
		}
	}
	if (outer) {
		let outerStart = unit.start;
		while (outerStart < outer.stop && /[\s"“”‘’'(]/u.test(ctx.text[outerStart]!)) outerStart++;
		if (outerStart < start) emit(ctx, 'indirect', outerStart, outer.stop, outer.speaker, outer.cue, unit);
	}
	emit(ctx, 'indirect', start, stop, speaker, cue, unit);
	if (secondReport && countWords(ctx, secondReport.from, end) >= 3 && quotedShare(unit, secondReport.from, end) <= 0.8) {
		emit(ctx, 'indirect', secondReport.from, end, nestedSpeaker ?? speaker, secondReport.cue, unit);
	}
	return true;
}

/**
 * A cue of another speaker closing the sentence inside a report [start, stop) ("…, Cornett wrote.", "…, search warrant
 * documents say.", "…, said Lt. Smith."): a comma, the cue's subject and verb (either order), then at most a few words
 * of adverbials to the report's end. Where the report ends (the comma), and the cue's speaker; null when there is none.
 */
function closingCueInside(ctx: ArticleContext, unit: Unit, start: number, stop: number): {stop: number; speaker: Speaker; cue: string} | null {
	const tokens = unit.tokens;
	for (const cue of unit.cues ?? []) {
		if (cue.kind !== 'speech' || tokens[cue.at]!.start <= start || (!cue.speaker.entity && !cue.speaker.text)) continue;
		const from = Math.min(cue.at, cue.phraseFrom);
		const comma = tokens[from - 1];
		if (!comma || comma.text !== ',' || comma.quoted || comma.start <= start || comma.end > stop) continue;
		if (countWords(ctx, start, comma.start) < 3) continue;
		const tail = tokens.slice(Math.max(cue.at + 1, cue.phraseTo)).filter((token) => token.start < stop);
		if (tail.length > 8 || tail.some((token) => token.quoted || !token.word || ctx.lexicon.complementizers.has(token.lower) || finiteVerbs.test(token.lower))) continue;
		// Only words of time, place or medium after the verb ("in a blog post", "on Monday").
		if (tail.length > 0 && !closingAdverbials.test(tail[0]!.lower)) continue;
		return {stop: comma.start, speaker: cue.speaker, cue: cue.cue};
	}
	return null;
}

/**
 * Inside a reported clause [start, stop): "… and claims (that) …" / "…, und fügte hinzu, …" — "and" with a verb of
 * saying right after it (no subject of its own between) opens a second report. Where the first ends (`cut`, the
 * offset of "and"), where the second's words start, and its cue; null when there is none.
 */
function coordinatedReport(ctx: ArticleContext, unit: Unit, start: number, stop: number): {cut: number; from: number; cue: string} | null {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	for (let i = 0; i < tokens.length - 2; i++) {
		const and = tokens[i]!;
		if (and.start <= start || and.end >= stop || and.quoted || !/^(?:and|und|but|aber|while)$/u.test(and.lower)) continue;
		let at = i + 1;
		if (/^(?:also|later|then|auch|später|dann)$/u.test(tokens[at]?.lower ?? '')) at++;
		const verb = tokens[at];
		if (!verb || verb.quoted || !verb.word) continue;
		const said = lexicon.speechVerbs.has(verb.lower) && !lexicon.weakSpeechVerbs.has(verb.lower) ? verb.text : lexicon.separable.has(verb.lower) ? isSpeechVerb(ctx, tokens, at) : '';
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
			else if (zeroThatClause(ctx, tokens, from) < 0 && !/^(?:he|she|they|it|we|i|there)$/u.test(tokens[from]?.lower ?? '')) continue;
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
export function participleReport(ctx: ArticleContext, unit: Unit, recent: {speaker: Speaker; unit: number} | null): void {
	if (ctx.lexicon.language !== 'en') return;
	const tokens = unit.tokens;
	for (let i = 1; i < tokens.length - 2; i++) {
		const token = tokens[i]!;
		if (token.quoted || !participlesOfSaying.test(token.lower)) continue;
		// "…, with the previous Government saying courts had no capacity": the phrase after "with" speaks.
		const withAt = tokens[i - 1]!.text === ',' ? -1 : withSubject(ctx, tokens, i);
		if (tokens[i - 1]!.text !== ',' && withAt < 0) continue;
		let from = i + 1;
		if (tokens[from]?.lower === 'that') from++;
		const opener = tokens[from];
		if (!opener || opener.quoted || !opener.word) return;
		if (tokens[from - 1]!.lower !== 'that' && zeroThatClause(ctx, tokens, from) < 0 && !(withAt >= 0 && verbAhead(ctx, tokens, from))) return;
		const start = opener.start;
		// A quoted fragment inside the clause ('insisting he enjoyed a "warm" relationship') leaves it a report.
		if (ctx.quotes.some((quote) => quote.end > start && quote.start < unit.end && (quote.kind !== 'partial' || quote.start <= start))) return;
		const subject = withAt >= 0 ? null : subjectOf(ctx, unit);
		const speaker = withAt >= 0 ? resolve(ctx, phraseAfter(tokens, withAt + 1, ctx.lexicon, ctx.text), unit, tokens) : subject ? {entity: subject, text: subject.name, role: subject.role} : recent && recent.unit >= unit.index - 1 ? recent.speaker : groupSubject(ctx, unit, i);
		if (speaker === nobody || (!speaker.entity && speaker.text === '')) return;
		let end = sentenceEnd(ctx, unit);
		// "…, claiming that X had assaulted her, and a jury ruled …": ", and" opening a clause of its own ends the report.
		for (let j = from + 2; j < tokens.length - 2; j++) {
			const next = tokens[j + 2]!;
			if (tokens[j]!.text === ',' && !tokens[j]!.quoted && /^(?:and|but)$/u.test(tokens[j + 1]!.lower) && !next.quoted && (next.cap || /^(?:a|an|the|he|she|they|it|we|i|his|her|their)$/u.test(next.lower))) {
				end = tokens[j - 1]!.end;
				break;
			}
			// "…, prompting accusations …": a participle after a comma is the writer's comment on the report.
			const participle = tokens[j + 1]!;
			if (tokens[j]!.text === ',' && !tokens[j]!.quoted && !participle.quoted && !participle.cap && /^\p{Ll}{3,}ing$/u.test(participle.text) && !participlesOfSaying.test(participle.lower)) {
				end = tokens[j - 1]!.end;
				break;
			}
		}
		const words = ctx.text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? [];
		if (words.length < 3 || quotedShare(unit, start, end) > 0.8) return;
		emit(ctx, 'indirect', start, end, speaker, token.text, unit);
		return;
	}
}

/**
 * "Die Behörde hat … angeordnet. Ein Defekt könne …": a Konjunktiv sentence with nobody to continue reports
 * what the sentence before (same paragraph) was about — when that sentence names exactly one body, with a
 * nominative-looking article ("die Luftfahrtaufsicht") and no person. "" when there is none or several.
 */
function authorityBefore(ctx: ArticleContext, unit: Unit): string {
	const previous = ctx.units[unit.index - 1];
	if (!previous || previous.paragraph !== unit.paragraph) return '';
	if (previous.mentioned.some((entity) => !entity.organisation)) return '';
	const tokens = previous.tokens;
	let colon = -1;
	tokens.forEach((token, index) => {
		if (!token.quoted && token.text === ':') colon = index;
	});
	// A sentence in Konjunktiv is a report itself ("Daneben müsse die Bundeswehr ertüchtigt werden"): the body it names
	// is what the report is about, not who carries it on.
	if (hasKonjunktiv(ctx, tokens.slice(colon + 1), true)) return '';
	const bodies: string[] = [];
	for (let i = colon + 1; i < tokens.length - 1; i++) {
		const article = tokens[i]!;
		const noun = tokens[i + 1]!;
		if (article.quoted || noun.quoted || !noun.cap || !['der', 'die', 'das'].includes(article.lower)) continue;
		const lower = noun.lower;
		if ([...ctx.lexicon.organisationNouns].some((body) => lower === body || lower.endsWith(body) || lower.endsWith(`-${body}`))) bodies.push(noun.text);
	}
	return bodies.length === 1 ? bodies[0]! : '';
}

/**
 * Start offset of the reported part when a Konjunktiv verb stands in a main clause (not after "dass",
 * "weil", a relative pronoun …): the sentence start, or just after the writer's colon. -1 when none.
 */
function mainKonjunktivClause(ctx: ArticleContext, unit: Unit): number {
	const tokens = unit.tokens;
	let colon = -1;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.quoted) continue;
		if (token.text === ':') colon = i;
		if (!token.word || token.cap || !(ctx.lexicon.konjunktiv.has(token.lower) || invertedKonjunktivI(ctx, tokens, i))) continue;
		let start = i;
		while (start > 0 && !(tokens[start - 1]!.text === ',' || tokens[start - 1]!.text === ':') ) start--;
		const opener = tokens[start];
		// An article opening the sentence is not a relative pronoun.
		const article = start === 0 && ['der', 'die', 'das', 'dem', 'den'].includes(opener?.lower ?? '');
		// "Damit gewinne das Angebot …": "damit/da" right before the verb is the adverb of a main clause (a conjunction
		// would put the verb last).
		const adverb = start === 0 && i === 1 && /^(?:damit|da)$/u.test(opener?.lower ?? '');
		if (opener && ctx.lexicon.subordinators.has(opener.lower) && start !== i && !article && !adverb) continue;
		return colon >= 0 && colon < i ? tokens[colon]!.end : unit.start;
	}
	return -1;
}

/**
 * Start of a main clause whose verb is Konjunktiv only in context: a "würde/könnte" form, or a regular Konjunktiv I
 * ending in -e in second place ("Die Regierung beobachte …", "Man prüfe …"). -1 when none.
 */
function looseKonjunktivClause(ctx: ArticleContext, unit: Unit): number {
	const tokens = unit.tokens;
	const first = tokens[0];
	if (!first || first.quoted || !first.word || (ctx.lexicon.subordinators.has(first.lower) && !ctx.lexicon.determiners.has(first.lower)) || ['wenn', 'falls', 'ob', 'als'].includes(first.lower)) return -1;
	for (let i = 0; i < tokens.length && i < 12; i++) {
		const token = tokens[i]!;
		if (token.quoted || (!token.word && token.text !== '-')) break;
		// "Es dürfte wahrscheinlich sein …": "dürfte" guesses in the writer's voice, it carries no one's words on.
		if (!token.cap && ctx.lexicon.weakKonjunktiv.has(token.lower) && !/^dürften?$/u.test(token.lower)) return unit.start;
	}
	// The verb of a German main clause stands second: after a pronoun, a name, or an article and its noun.
	let verb = -1;
	if (['er', 'sie', 'es', 'man'].includes(first.lower)) verb = 1;
	else if (ctx.lexicon.determiners.has(first.lower) && tokens[1]?.cap) verb = 2;
	else if (first.cap && !ctx.lexicon.functionWords.has(first.lower)) verb = 1;
	const candidate = tokens[verb];
	if (!candidate || candidate.quoted || candidate.cap || !candidate.word) return -1;
	// Not "-te": weak verbs end so in the preterite ("prüfte"), far more often than a Konjunktiv I ("beobachte").
	if (!/^\p{Ll}{3,}[^iet]e$/u.test(candidate.lower) || ctx.lexicon.functionWords.has(candidate.lower) || ctx.lexicon.determiners.has(candidate.lower)) return -1;
	// "wurde" is the preterite of "werden" (its Konjunktiv is "würde"), the one common strong preterite ending in "-de".
	if (/^(?:wurde|ohne|gerne|heute|alle|beide|jene|diese|keine|eine|seine|ihre|unsere|andere|einige|manche|welche|solche|ganze|große|kleine|neue|alte)$/u.test(candidate.lower)) return -1;
	return unit.start;
}

/** "with the government saying …": the index of "with" when a short noun phrase stands between it and the participle at `at`, else -1. */
function withSubject(ctx: ArticleContext, tokens: UnitToken[], at: number): number {
	for (let j = at - 1; j >= 0 && at - j <= 6; j--) {
		const token = tokens[j]!;
		if (token.quoted || !token.word) return -1;
		if (token.lower === 'with') {
			const first = tokens[j + 1];
			return j + 1 < at && first !== undefined && (first.cap || ctx.lexicon.determiners.has(first.lower) || /^(?:his|her|their|its|our)$/u.test(first.lower)) ? j : -1;
		}
	}
	return -1;
}

/**
 * Inside a report [start, stop): "after/because/when … <subject> said/found that …" — a subordinate clause holding a
 * report of its own. Where to cut the outer report, the inner report's start and cue, and its speaker; null when none.
 */
function nestedReport(ctx: ArticleContext, unit: Unit, start: number, stop: number): {cut: number; report: {from: number; cue: string}; speaker: Speaker} | null {
	const tokens = unit.tokens;
	const first = tokens.findIndex((token) => token.start >= start);
	if (first < 0) return null;
	for (let i = first + 3; i < tokens.length && tokens[i]!.end <= stop; i++) {
		const subordinator = tokens[i]!;
		if (subordinator.quoted || !/^(?:after|because|when|since|before|although|as)$/u.test(subordinator.lower)) continue;
		for (let j = i + 2; j < tokens.length && j <= i + 6 && tokens[j]!.end <= stop; j++) {
			const verb = tokens[j]!;
			if (verb.quoted || !verb.word) break;
			if (!ctx.lexicon.speechVerbs.has(verb.lower) || ctx.lexicon.weakSpeechVerbs.has(verb.lower) && tokens[j + 1]?.lower !== 'that') continue;
			const report = reportAfterVerb(ctx, unit, verb.end, verb.text);
			if (!report || report.from >= stop) return null;
			const speaker = resolve(ctx, phraseAfter(tokens, i + 1, ctx.lexicon, ctx.text), unit, tokens);
			return {cut: subordinator.start, report, speaker};
		}
	}
	return null;
}

/** Whether the verb at `at` is denied: "has not said", "hasn't yet said", "did not indicate", "never said", "sagte nicht". */
function negatedVerb(tokens: UnitToken[], at: number): boolean {
	for (let j = at - 1; j >= 0 && at - j <= 3; j--) {
		const lower = tokens[j]!.lower.replace(/’/gu, "'");
		if (/^(?:not|never|hasn't|haven't|hadn't|didn't|doesn't|don't|won't|wouldn't|isn't|wasn't|n't)$/u.test(lower)) return true;
		if (!/^(?:yet|has|have|had|did|does|do|also|so|far|still|publicly)$/u.test(lower)) break;
	}
	return /^(?:nicht|nie|niemals)$/u.test(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.text === ',';
}

/** Where the clause after a verb of saying ending at `verbEnd` starts ("insisted that they …", "insisted he …"), or null. */
function reportAfterVerb(ctx: ArticleContext, unit: Unit, verbEnd: number, verb: string): {from: number; cue: string} | null {
	const tokens = unit.tokens;
	let from = tokens.findIndex((token) => token.start >= verbEnd);
	if (from < 0) return null;
	if (tokens[from]!.lower === 'that') from++;
	else if (zeroThatClause(ctx, tokens, from) < 0) return null;
	const opener = tokens[from];
	return opener && opener.word && !opener.quoted ? {from: opener.start, cue: verb} : null;
}

/**
 * Whether a finite verb follows within a few words at `from`, before a preposition or the end of the clause:
 * "the voucher expansion's cost shortchanges …", "this constituted …" — not "his supporters against complacency",
 * "nothing as he left" (an object, then an adverbial).
 */
/**
 * "Some in Gaza welcomed the news, saying …", "On Wednesday, representatives for the US defended …, saying …": the
 * group opening the sentence (after a short opening adverbial), up to its verb — a past tense or a finite auxiliary
 * within six words — speaks when no person is its subject. `before`: the participle's index.
 */
function groupSubject(ctx: ArticleContext, unit: Unit, before: number): Speaker {
	const tokens = unit.tokens;
	let from = 0;
	const comma = tokens.findIndex((token) => token.text === ',' && !token.quoted);
	if (comma > 0 && comma <= 4 && comma < before - 2 && tokens.slice(0, comma).every((token) => token.word && !token.quoted) && /^(?:on|in|at|last|earlier|meanwhile|yesterday|today|since|after)$/u.test(tokens[0]!.lower)) from = comma + 1;
	for (let j = from + 1; j < before && j <= from + 6; j++) {
		const token = tokens[j]!;
		if (token.quoted || !token.word) return nobody;
		if (!token.cap && (finiteAuxiliaries.test(token.lower) || /^\p{Ll}{3,}ed$/u.test(token.text))) {
			const first = tokens[from]!;
			if (!first.word || first.quoted || ctx.lexicon.pronouns[first.lower] !== undefined || /^(?:it|this|that|there|which|who)$/u.test(first.lower)) return nobody;
			// A group or body, not a thing: a plural noun, a quantifier or a capitalised name among the words.
			const words = tokens.slice(from, j);
			if (!words.some((word) => word.cap || /^(?:some|many|most|several|others)$/u.test(word.lower) || /^\p{Ll}{3,}s$/u.test(word.text))) return nobody;
			return {entity: null, text: ctx.text.slice(first.start, tokens[j - 1]!.end), role: ''};
		}
	}
	return nobody;
}

/** The words of an addressee after "told" at `from`: a run of capitalised words (with "of"/"and" between) or one lower-case plural ("lawmakers"); 0 when none. */
function addresseeSize(ctx: ArticleContext, tokens: readonly UnitToken[], from: number): number {
	const first = tokens[from];
	if (!first || !first.word || first.quoted) return 0;
	if (!first.cap) return /^\p{Ll}{3,}s$/u.test(first.text) && !ctx.lexicon.functionWords.has(first.lower) && !/(?:ss|us|is)$/u.test(first.lower) ? 1 : 0;
	if (ctx.lexicon.pronouns[first.lower] !== undefined || ctx.lexicon.functionWords.has(first.lower)) return 0;
	let size = 1;
	while (size < 4 && tokens[from + size]?.word && !tokens[from + size]!.quoted && (tokens[from + size]!.cap || (/^(?:of|and)$/u.test(tokens[from + size]!.lower) && tokens[from + size + 1]?.cap === true))) size++;
	return size;
}

/** Whether a clause of its own opens at `from`: a subject's first word, then a finite auxiliary within eight words (no punctuation, quote or relative word between) or a verb as verbAhead finds one. */
function clauseAhead(ctx: ArticleContext, tokens: UnitToken[], from: number): boolean {
	const opener = tokens[from];
	if (!opener || opener.quoted || !opener.word) return false;
	if (!(opener.cap || /^\p{N}/u.test(opener.text) || /^(?:he|she|they|it|we|i|there|the|a|an|no|some|many|most|all|this|these|those|his|her|their|its|our)$/u.test(opener.lower))) return false;
	if (ctx.lexicon.functionWords.has(opener.lower) && opener.cap && !/^(?:he|she|they|it|we|i|there|the|a|an|no|some|many|most|all|this|these|those|his|her|their|its|our)$/u.test(opener.lower)) return false;
	for (let j = from + 1; j < tokens.length && j < from + 8; j++) {
		const token = tokens[j]!;
		if (token.quoted || !token.word || /^(?:that|which|who|whom|whose|to)$/u.test(token.lower)) break;
		if (finiteAuxiliaries.test(token.lower)) return true;
	}
	// Without an auxiliary only a subject that cannot be an object's determiner ("told Name their stories" is an object).
	return !/^(?:the|a|an|this|these|those|his|her|their|its|our)$/u.test(opener.lower) && verbAhead(ctx, tokens, from);
}

function verbAhead(ctx: ArticleContext, tokens: UnitToken[], from: number): boolean {
	for (let j = from; j < tokens.length && j < from + 7; j++) {
		const token = tokens[j]!;
		if (token.quoted || !token.word) return false;
		if (j > from && /^(?:against|about|of|for|to|on|in|with|from|by|as|at|into|over|after|before|when|while|because|if)$/u.test(token.lower)) return false;
		if (j === from || token.cap) continue;
		const previous = tokens[j - 1]!.lower;
		if (finiteAuxiliaries.test(token.lower)) return true;
		// After a determiner a word in -s is a noun ("his supporters"); one in -ed is a verb only after a pronoun ("this constituted").
		const afterDeterminer = ctx.lexicon.determiners.has(previous) || /^(?:his|her|their|its|our|my|your|this|these|those)$/u.test(previous);
		if (/^\p{Ll}{3,}ed$/u.test(token.text) && (!afterDeterminer || /^(?:this|that|these|those)$/u.test(previous))) return true;
		if (/^\p{Ll}{3,}s$/u.test(token.text) && !/(?:ss|us|is)$/u.test(token.lower) && !afterDeterminer) return true;
	}
	return false;
}

/**
 * "…, wie es in Kreisen der Spionageabwehr heißt." / "…, wie es aus dem Ministerium hieß.": a closing impersonal
 * "wie es … heißt" that names its circle reports the clause before it, for that circle. A bare "wie es heißt" names no
 * one (doubtful by the gold's rules) and reports nothing.
 */
function circleReport(ctx: ArticleContext, unit: Unit): boolean {
	const tokens = unit.tokens;
	let verb = tokens.length - 1;
	while (verb > 0 && !tokens[verb]!.word) verb--;
	if (verb < 6 || tokens[verb]!.quoted || !/^(?:heißt|hieß|hiess)$/u.test(tokens[verb]!.lower)) return false;
	const wie = wieBefore(tokens, verb);
	if (wie < 0 || tokens[wie + 2]?.lower !== 'es' || !/^(?:in|aus|bei|von|im|vom)$/u.test(tokens[wie + 3]?.lower ?? '')) return false;
	let from = wie + 4;
	if (ctx.lexicon.determiners.has(tokens[from]?.lower ?? '')) from++;
	if (from >= verb || !tokens[from]!.cap) return false;
	const named = ctx.text.slice(tokens[from]!.start, tokens[verb - 1]!.end);
	const entity = ctx.registry.lookup(named);
	// A circle is named in the nominative ("in Regierungskreisen" → "Regierungskreise").
	const speaker: Speaker = entity ? {entity, text: entity.name, role: entity.role} : {entity: null, text: named.replace(/(?<=\p{L})kreisen\b/gu, 'kreise').replace(/^Kreisen\b/u, 'Kreise'), role: ''};
	const start = clauseStartBefore(unit, wie);
	const words = ctx.text.slice(start, tokens[wie]!.start).match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length < 3 || quotedShare(unit, start, tokens[wie]!.start) > 0.8 || ctx.quotes.some((quote) => quote.end > start && quote.start < tokens[wie]!.start && quote.kind === 'indirect')) return false;
	emit(ctx, 'indirect', start, tokens[wie]!.start, speaker, `wie es … ${tokens[verb]!.text}`, unit);
	return true;
}

const countWords = (ctx: ArticleContext, from: number, to: number) => (ctx.text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Participles that act as prepositions or adjectives ("…, including …", "…, neighbouring Guyana"): they end no report. */
const prepositionalParticiples = /^(?:including|excluding|according|following|regarding|concerning|considering|involving|neighbouring|neighboring|surrounding|pending|notwithstanding|barring|remaining|ongoing|leading|during|beginning|starting|ending|amounting|totalling|totaling|ranging)$/u;

/** Adverbs that may stand between a conjunction's subject and its verb of saying ("but she later acknowledged"). */
/** Words after a source set off by commas that start no continuation of its clause: a relative clause about the source, an adverbial. */
const notResumingEn = /^(?:who|which|whose|whom|where|when|with|without|over|in|on|at|for|from|by|to|of|after|before|during|since|as|and|but|or|while|citing|adding|saying)$/u;

/** Subordinators that make a clause with a cue no main clause ("While X said …, he …"). */
const concessiveOpeners = /^(?:while|though|although|whereas)$/u;
const linkingAdverbs = /^(?:also|then|later|since|now|previously|subsequently|further|again|earlier|first|recently|separately)$/u;

/**
 * Where a report [start, stop) really starts and stops, by general boundaries the writer sets inside a sentence:
 * - a colon with a clause of its own on either side ("Derzeit gibt es laut X 103 Betriebe: Neben …");
 * - German: a dash or ", denn" with the Konjunktiv only after it starts the report there ("…, sprach von einem
 *   Effekt, denn es brauche …"); a dash before a quotation or an indefinite apposition after a Konjunktiv ends it
 *   ("… verstärken – „so wie wir …“", "… seien systematisch – eine Voraussetzung, um …"); an inverted verb and its
 *   subject after a comma ends it ("Wer hier arbeitet, sei auch Dienstleister, bringt es X auf den Punkt");
 * - English: a conjunction ("but", "though", ", and", "while") with a verb of saying of its own ends the report and
 *   opens a second one ("there were grey areas but said …", "…, though IRCC has since confirmed they …"); a
 *   participle after a comma ends it (", saying …", ", raising questions …").
 */
function reportBounds(ctx: ArticleContext, unit: Unit, start: number, stop: number, cueText: string): {start: number; stop: number; second: {report: {from: number; cue: string}; speaker: Speaker | null} | null} {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const inside = (token: UnitToken) => token.start >= start && token.end <= stop && !token.quoted;
	let first = tokens.findIndex((token) => token.start >= start);
	if (first < 0) return {start, stop, second: null};
	let last = tokens.length;
	for (let j = first; j < tokens.length; j++) {
		if (tokens[j]!.end > stop) {
			last = j;
			break;
		}
	}
	// Counted once: the loops below ask for every comma and dash (hostile input may hold thousands in one sentence).
	const konjunktivBefore = [0];
	for (const token of tokens) konjunktivBefore.push(konjunktivBefore[konjunktivBefore.length - 1]! + (!token.quoted && token.word && !token.cap && lexicon.konjunktiv.has(token.lower) ? 1 : 0));
	const konjunktivIn = (from: number, to: number) => to > from && konjunktivBefore[Math.min(to, tokens.length)]! - konjunktivBefore[Math.max(0, from)]! > 0;
	// A colon: the side without the report's cue is another sentence in all but the stop. Not after a word pointing
	// ahead ("liegt darin:", "sagte so:"), nor before a quotation (the colon introduces it).
	const cue = unit.cues?.find((candidate) => candidate.cue === cueText);
	let second: {report: {from: number; cue: string}; speaker: Speaker | null} | null = null;
	for (let j = first + 1; j < last; j++) {
		const token = tokens[j]!;
		if (!inside(token) || token.text !== ':') continue;
		const pointing = /^(?:darin|daran|darauf|dabei|dazu|davon|so|folgendes|folgende|klar|fest|this|these|following|thus)$/u.test(tokens[j - 1]?.lower ?? '');
		// A dass/that clause has its own colon rule in emitClause (a list after it spells the report out).
		const complement = lexicon.language === 'de' ? /^(?:dass|ob)\s/u.test(ctx.text.slice(start, start + 5)) : /\bthat\s+$/u.test(ctx.text.slice(Math.max(0, start - 6), start));
		// German: a colon that opens a quotation ends the report before it ("es brauche mehr: „…“"); after a word
		// pointing ahead ("sei es so: „…“") the quotation is all that was said.
		if (lexicon.language === 'de' && !complement && quotedShare(unit, token.end, stop) > 0.5) {
			stop = pointing ? start : token.start;
			last = j;
			break;
		}
		if (complement || pointing || quotedShare(unit, token.end, stop) > 0.5 || countWords(ctx, token.end, stop) < 4 || countWords(ctx, start, token.start) < 4) break;
		const cueRight = cue !== undefined && cue.at > j && cue.at < last;
		const konjunktivRight = lexicon.language === 'de' && konjunktivIn(j + 1, last);
		const konjunktivLeft = lexicon.language === 'de' && konjunktivIn(first, j);
		// A cue before the report holds on to its start ("erklärte, dass es Probleme gebe: …").
		const cueBefore = cue !== undefined && cue.at < first;
		if (cueRight || (konjunktivRight && !konjunktivLeft && !cueBefore)) {
			start = tokens[j + 1]!.start;
			first = j + 1;
		} else if (!konjunktivRight) {
			// "Derzeit gibt es laut X …: Neben …, bestehen Y zufolge …": a source of its own after the colon reports that side.
			const other = unit.cues?.find((candidate) => candidate !== cue && (candidate.kind === 'source' || candidate.kind === 'so') && candidate.at > j && candidate.at < last);
			if (other && (other.speaker.entity || other.speaker.text)) second = {report: {from: tokens[j + 1]!.start, cue: other.cue}, speaker: other.speaker};
			stop = token.start;
			last = j;
		}
		break;
	}
	if (lexicon.language === 'de') {
		const lastDash = new Map<string, number>();
		for (let j = first; j < last; j++) if (inside(tokens[j]!) && /^[-–—]$/u.test(tokens[j]!.text)) lastDash.set(tokens[j]!.text, j);
		for (let j = first + 2; j < last - 2; j++) {
			const token = tokens[j]!;
			if (!inside(token)) continue;
			const dash = /^[-–—]$/u.test(token.text);
			const denn = token.text === ',' && tokens[j + 1]?.lower === 'denn';
			if (!dash && !denn) continue;
			// "… erhalten – also gegen …, für die … –, seien …": paired dashes enclose an aside, they end nothing.
			if (dash && j < lastDash.get(token.text)!) break;
			const after = denn ? j + 2 : tokens[j + 1]?.lower === 'denn' ? j + 2 : j + 1;
			const opener = tokens[after];
			if (!opener) break;
			const leftKonjunktiv = konjunktivIn(first, j);
			const rightKonjunktiv = konjunktivIn(after, last);
			if (!leftKonjunktiv && rightKonjunktiv && countWords(ctx, opener.start, stop) >= 3) {
				start = opener.start;
				first = after;
				continue;
			}
			// "… verstärken – „so wie wir …“" / "… seien systematisch – eine Voraussetzung, um …".
			if (dash && leftKonjunktiv && !rightKonjunktiv && (opener.quoted || /^["„“»«]/u.test(opener.text) || /^(?:ein|eine|einer|eines|einem|einen)$/u.test(opener.lower)) && countWords(ctx, start, token.start) >= 3) {
				stop = token.start;
				last = j;
				break;
			}
		}
		// "Wer hier arbeitet, sei auch Dienstleister, bringt es Kerstin Wahala auf den Punkt": a comma, a finite verb that is
		// no Konjunktiv and its subject (a pronoun "es", an article or a name) after it, with no Konjunktiv to the end.
		for (let j = first + 3; j < last - 2; j++) {
			const comma = tokens[j]!;
			const verb = tokens[j + 1]!;
			const subject = tokens[j + 2]!;
			if (!inside(comma) || comma.text !== ',' || verb.quoted || !verb.word || verb.cap || lexicon.functionWords.has(verb.lower) || lexicon.konjunktiv.has(verb.lower) || lexicon.weakKonjunktiv.has(verb.lower) || lexicon.subordinators.has(verb.lower)) continue;
			if (!/(?:t|te|ten)$/u.test(verb.lower) || subject.quoted || !(subject.cap || /^(?:es|er|sie|der|die|das|ein|eine)$/u.test(subject.lower))) continue;
			if (!konjunktivIn(first, j) || konjunktivIn(j + 1, last)) continue;
			const named = tokens.slice(j + 2, Math.min(last, j + 8)).some((token) => token.cap && !token.quoted && ctx.registry.mentionsIn(unit.index).some((mention) => mention.position === token.start && !mention.entity.organisation));
			if (!named) continue;
			stop = comma.start;
			last = j;
			break;
		}
		return {start, stop, second};
	}
	// "While X said the trip was routine, he did not …" / "And though X has said that …, it has also …": a cue clause
	// opened by a concessive or contrasting subordinator is no main clause; its report ends where the main clause's
	// subject pronoun follows a comma.
	let opener = cue && cue.at < first ? Math.min(cue.at, cue.phraseFrom) - 1 : -1;
	while (opener >= 0 && cue!.at - opener <= 8 && tokens[opener]!.word && !tokens[opener]!.quoted && !concessiveOpeners.test(tokens[opener]!.lower)) opener--;
	if (opener >= 0 && concessiveOpeners.test(tokens[opener]!.lower) && !tokens[opener]!.quoted) {
		for (let j = first + 3; j < last - 2; j++) {
			const comma = tokens[j]!;
			if (!inside(comma) || comma.text !== ',' || !/^(?:he|she|it|they|we|i|there)$/u.test(tokens[j + 1]!.lower) || tokens[j + 1]!.quoted || !tokens[j + 2]!.word) continue;
			stop = comma.start;
			last = j;
			// "…, it has also acknowledged that …": the main clause's own verb of saying reports on, by the same speaker.
			let k = j + 2;
			while (k < tokens.length && k - j <= 5 && (linkingAdverbs.test(tokens[k]!.lower) || /^(?:has|have|had)$/u.test(tokens[k]!.lower))) k++;
			const verb = tokens[k];
			const report = verb && !verb.quoted && lexicon.speechVerbs.has(verb.lower) && tokens[j + 1]!.lower !== 'there' ? reportAfterVerb(ctx, unit, verb.end, verb.text) : null;
			if (report) second = {report, speaker: null};
			break;
		}
	}
	// English: a conjunction with a verb of saying of its own.
	for (let j = first + 3; j < last - 1; j++) {
		const conjunction = tokens[j]!;
		if (!inside(conjunction) || !/^(?:but|though|although|while|whereas|and)$/u.test(conjunction.lower)) continue;
		const afterComma = tokens[j - 1]!.text === ',' && !tokens[j - 1]!.quoted;
		if (conjunction.lower === 'and' && !afterComma) continue;
		let k = j + 1;
		let subjectFrom = -1;
		// A subject: a pronoun, or up to five capitalised words and their joiners ("IRCC and other departments").
		if (/^(?:he|she|they|it|we|i)$/u.test(tokens[k]?.lower ?? '')) {
			subjectFrom = k;
			k++;
		} else if (tokens[k]?.cap && !tokens[k]!.quoted) {
			subjectFrom = k;
			let size = 0;
			while (k < last && size < 5 && tokens[k]!.word && !tokens[k]!.quoted && (tokens[k]!.cap || /^(?:and|other|of|the)$/u.test(tokens[k]!.lower) || looksPlural(tokens[k]!.text))) {
				k++;
				size++;
			}
		}
		if (subjectFrom < 0 && conjunction.lower !== 'but') continue;
		while (k < last && (linkingAdverbs.test(tokens[k]!.lower) || /^(?:has|have|had)$/u.test(tokens[k]!.lower))) k++;
		if (tokens[k]?.lower === 'on' && tokens[k + 1]?.cap) k += 2;
		const verb = tokens[k];
		if (!verb || verb.quoted || !lexicon.speechVerbs.has(verb.lower) || (lexicon.weakSpeechVerbs.has(verb.lower) && tokens[k + 1]?.lower !== 'that')) continue;
		// After "said", as after the cue itself, any clause may follow without "that" ("said other tax promises would …").
		const bare = tokens[k + 1];
		const report = reportAfterVerb(ctx, unit, verb.end, verb.text) ?? (/^(?:said|says|added|adds)$/u.test(verb.lower) && bare && bare.word && !bare.quoted && !/^(?:on|in|at|to|for|with|by|from|of|about|after|before|during|as|when|while)$/u.test(bare.lower) ? {from: bare.start, cue: verb.text} : null);
		const cut = afterComma ? tokens[j - 1]!.start : conjunction.start;
		if (countWords(ctx, start, cut) < 3) continue;
		const speaker = subjectFrom >= 0 && !/^(?:he|she|they|it|we|i)$/u.test(tokens[subjectFrom]!.lower) ? resolve(ctx, phraseAfter(tokens, subjectFrom, lexicon, ctx.text), unit, tokens) : null;
		return {start, stop: cut, second: report && report.from < stop ? {report, speaker: speaker && (speaker.entity || speaker.text) ? speaker : null} : null};
	}
	// ", saying …", ", raising questions …": a participle after a comma ends the report.
	for (let j = first + 3; j < last - 1; j++) {
		const comma = tokens[j]!;
		const participle = tokens[j + 1]!;
		if (!inside(comma) || comma.text !== ',' || participle.quoted || participle.cap || !/^\p{Ll}{3,}ing$/u.test(participle.text) || prepositionalParticiples.test(participle.lower)) continue;
		if (countWords(ctx, start, comma.start) < 3) continue;
		return {start, stop: comma.start, second};
	}
	return {start, stop, second};
}

/**
 * "…, local authorities reported on Sunday morning.": a sentence closed by a short subject and a verb of finding or
 * reporting the cues leave alone (a weak verb: "reported", "found", "estimated"), then only adverbials, reports the
 * clause before the comma for that subject. Whether one was emitted.
 */
function closingWeakCue(ctx: ArticleContext, unit: Unit, end: number): boolean {
	const tokens = unit.tokens;
	let comma = -1;
	for (let j = tokens.length - 1; j > 2; j--) {
		if (tokens[j]!.quoted) return false;
		if (tokens[j]!.text === ',') {
			comma = j;
			break;
		}
	}
	if (comma < 0) return false;
	let verb = -1;
	for (let j = comma + 1; j < tokens.length && j <= comma + 6; j++) {
		const token = tokens[j]!;
		if (!token.word) break;
		if (ctx.lexicon.speechVerbs.has(token.lower) && /ed$/u.test(token.lower)) {
			verb = j;
			break;
		}
	}
	// A subject of one to four words before the verb, none of them a verb of its own or a pronoun.
	if (verb < comma + 2 || verb > comma + 5) return false;
	if (tokens.slice(comma + 1, verb).some((token) => /^(?:he|she|they|it|we|i|who|which|that|and|but|as|while|when)$/u.test(token.lower))) return false;
	const rest = tokens.slice(verb + 1).filter((token) => token.word);
	if (rest.length > 0 && !closingAdverbials.test(rest[0]!.lower)) return false;
	if (rest.length > 6 || tokens.slice(verb + 1).some((token) => token.text === ',' || ctx.lexicon.complementizers.has(token.lower))) return false;
	const start = clauseStartBefore(unit, comma);
	const words = ctx.text.slice(start, tokens[comma]!.start).match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length < 5 || quotedShare(unit, start, tokens[comma]!.start) > 0.5) return false;
	if (ctx.quotes.some((quote) => quote.end > start && quote.start < end)) return false;
	const speaker: Speaker = {entity: null, text: ctx.text.slice(tokens[comma + 1]!.start, tokens[verb - 1]!.end), role: ''};
	emit(ctx, 'indirect', start, tokens[comma]!.start, speaker, tokens[verb]!.text, unit);
	return true;
}

/**
 * "Israels Armee setzt nach eigenen Angaben ihre Einsätze fort." / "Nach US-Angaben soll das Schiff …" / "…, ist laut
 * libanesischen Angaben ein Mitglied … getötet worden.": an account whose source is the subject itself ("eigenen") or
 * only an adjective or a compound ("US-", "syrischen", "offiziellen") — no cue names a source, yet the clause is a
 * report, the account phrase included. Bounded by the writer's colons and semicolons. Whether one was emitted.
 */
export function accountReport(ctx: ArticleContext, unit: Unit, end: number): boolean {
	const tokens = unit.tokens;
	for (let i = 0; i < tokens.length - 1; i++) {
		const found = accountPhrase(ctx, tokens, i);
		if (!found) continue;
		let from = 0;
		for (let j = i - 1; j >= 0; j--) {
			if (!tokens[j]!.quoted && /^[:;]$/u.test(tokens[j]!.text)) {
				from = j + 1;
				break;
			}
		}
		// "Die Organisation steht X nahe und unterstützt nach eigenen Angaben …": the account covers the second predicate only.
		for (let j = i - 1; j > from; j--) {
			const verb = tokens[j + 1]!;
			if (!tokens[j]!.quoted && /^(?:und|sowie)$/u.test(tokens[j]!.lower) && j + 1 < i && verb.word && !verb.quoted && !verb.cap && !ctx.lexicon.functionWords.has(verb.lower) && !ctx.lexicon.determiners.has(verb.lower)) {
				from = j + 1;
				break;
			}
		}
		let stop = end;
		for (let j = found.to; j < tokens.length; j++) {
			if (!tokens[j]!.quoted && /^[:;]$/u.test(tokens[j]!.text)) {
				stop = tokens[j]!.start;
				break;
			}
		}
		const start = tokens[from]?.start ?? unit.start;
		// "… hat er 200.000 zusammen - mehr als genug, um …": after a dash, a tail longer than the account is the writer's comment.
		const dash = tokens.findIndex((token, j) => j >= found.to && !token.quoted && /^[-–—]$/u.test(token.text) && token.end <= stop);
		if (dash >= 0) {
			if (countWords(ctx, tokens[dash]!.end, stop) > countWords(ctx, start, tokens[dash]!.start)) stop = tokens[dash]!.start;
		}
		while (stop > start && /[\s,]/u.test(ctx.text[stop - 1]!)) stop--;
		const words = ctx.text.slice(start, stop).match(/[\p{L}\p{N}]+/gu) ?? [];
		// The phrase and at least three words of the account itself.
		if (words.length < found.to - i + 3 || quotedShare(unit, start, stop) >= 0.5) return false;
		if (ctx.quotes.some((quote) => quote.kind === 'indirect' && quote.end > start && quote.start < stop)) return false;
		const speaker = found.own ? subjectBefore(ctx, unit, from, i) : accountSource(ctx, found.source);
		emit(ctx, 'indirect', start, stop, speaker, ctx.text.slice(tokens[i]!.start, tokens[found.to - 1]!.end), unit);
		return true;
	}
	return false;
}

/**
 * An account phrase at token `i` with no named source: "nach/laut (den) eigenen Angaben", "eigenen Angaben zufolge/nach",
 * "nach/laut offiziellen|ersten|syrischen Angaben", "nach/laut US-Angaben". `own`: the source is the clause's subject;
 * else `source` is what the phrase says of it ("syrische", "US"). Null when there is none.
 */
function accountPhrase(ctx: ArticleContext, tokens: UnitToken[], i: number): {to: number; own: boolean; source: string} | null {
	const token = tokens[i]!;
	if (token.quoted || !token.word) return null;
	const at = (index: number) => (tokens[index] && !tokens[index]!.quoted ? tokens[index]!.lower : '');
	// "eigenen Angaben zufolge", "den eigenen Angaben nach".
	if (token.lower === 'eigenen' && at(i + 1) === 'angaben' && /^(?:zufolge|nach)$/u.test(at(i + 2))) return {to: i + 3, own: true, source: ''};
	if (!/^(?:nach|laut)$/u.test(token.lower)) return null;
	let next = i + 1;
	if (at(next) === 'den') next++;
	// "nach US-Angaben", "laut UN-Angaben": the compound's first part is the source.
	const compound = /^(\p{L}{2,})-angaben$/u.exec(at(next));
	if (compound && tokens[next]!.cap) return {to: next + 1, own: false, source: tokens[next]!.text.slice(0, compound[1]!.length)};
	const adjective = tokens[next];
	if (!adjective || adjective.quoted || adjective.cap || !/^\p{Ll}{3,}en$/u.test(adjective.text) || ctx.lexicon.functionWords.has(adjective.lower) || at(next + 1) !== 'angaben') return null;
	// "nach eigenen Angaben des Ministeriums" names its source: the cues read that.
	if (/^(?:des|der|von)$/u.test(at(next + 2))) return null;
	if (adjective.lower === 'eigenen') return {to: next + 2, own: true, source: ''};
	// "nach syrischen Angaben" → "syrische Angaben": the source in the nominative.
	return {to: next + 2, own: false, source: `${adjective.text.slice(0, -1)} Angaben`};
}

/** "nach US-Angaben" after the article named "die US-Behörden": the body named so that was met last, else the prefix itself. */
function accountSource(ctx: ArticleContext, source: string): Speaker {
	const body = ctx.registry.recentEntities().findLast((entity) => entity.name.startsWith(`${source}-`) && !entity.name.includes(' '));
	return body ? {entity: body, text: body.name, role: body.role} : {entity: null, text: source, role: ''};
}

/** The subject of a clause with an own account: the first person or body named in it before token `before`, else the noun phrase after its first article. */
function subjectBefore(ctx: ArticleContext, unit: Unit, from: number, before: number): Speaker {
	const tokens = unit.tokens;
	const first = tokens[from]!.start;
	const mention = ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.position >= first && candidate.position < tokens[before]!.start);
	if (mention) return {entity: mention.entity, text: mention.entity.name, role: mention.entity.role};
	// "Nach eigenen Angaben hat er …": a personal pronoun as the subject is the person it stands for.
	const pronoun = tokens.slice(from, before + 6).find((token) => !token.quoted && /^(?:er|sie)$/u.test(token.lower));
	const gender = pronoun ? ctx.lexicon.pronouns[pronoun.lower] : undefined;
	if (pronoun && (gender === 'male' || gender === 'female')) {
		const person = recentPerson(ctx, unit, pronoun.start, gender, false);
		if (person) return {entity: person, text: person.name, role: person.role};
	}
	for (let j = from; j < before; j++) {
		if (tokens[j]!.quoted || !(j === from ? tokens[j]!.cap || ctx.lexicon.determiners.has(tokens[j]!.lower) : ctx.lexicon.determiners.has(tokens[j]!.lower))) continue;
		const phrase = sourcePhrase(ctx, tokens, j);
		if (phrase && phrase.to <= before && (phrase.name !== '' || phrase.roleHeads.length > 0)) return sourceSpeaker(ctx, phrase, unit, tokens);
	}
	return nobody;
}

/** The comma before a "wie" that opens the clause ending at the verb at `at` (no comma or quote between), or -1. */
function wieBefore(tokens: UnitToken[], at: number): number {
	for (let j = at - 1; j >= 2 && at - j <= 10; j--) {
		const token = tokens[j]!;
		if (token.quoted || !token.word) return -1;
		if (token.lower === 'wie') return tokens[j - 1]!.text === ',' && !tokens[j - 1]!.quoted ? j - 1 : -1;
	}
	return -1;
}

function clauseStartBefore(unit: Unit, tokenIndex: number): number {
	// The clause runs back to the sentence start or the last colon the writer set.
	for (let i = tokenIndex - 1; i >= 0; i--) {
		const token = unit.tokens[i]!;
		if (!token.quoted && token.text === ':') return token.end;
	}
	return unit.start;
}

/** The only person a sentence names (organisations and guesses aside), or null when it names none or several. */
function lonePerson(ctx: ArticleContext, index: number): Entity | null {
	const people = new Set(ctx.registry.mentionsIn(index).map((mention) => mention.entity).filter((entity) => !entity.organisation && !entity.guessed));
	return people.size === 1 ? [...people][0]! : null;
}

/** A word ending in three small letters and an s ('officials', 'Ministers'); only the word's end is tested, so a hostile megabyte-long token costs no more than a short one. */
function looksPlural(word: string): boolean {
	return /\p{Ll}{3}s$/u.test(word.slice(-8));
}
