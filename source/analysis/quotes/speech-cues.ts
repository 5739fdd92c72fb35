// Speech cues: verbs of saying and their speakers, "laut/according to" sources, stance phrases and colons, found per sentence.

import {type ArticleContext, type Cue, isQuoteMark, nobody, type Speaker, tokenIndexAt, type Unit, type UnitToken} from './article-context.js';
import {documentAuthor, documentNoun, germanDocumentEnding, reportWords} from './documents.js';
import {type Lexicon, roleHead} from './lexicon.js';
import type {QuoteSpan} from './marks.js';
import {groupBefore, isInstitutionWord, note} from './mentions.js';
import {ageSpanDe, describedPerson, isNameToken, isRoleToken, type NounPhrase, phraseAfter, phraseBefore, stripPossessive} from './phrases.js';
import {firstPersonIn, genericOrganisation, organisationFor, resolve, subjectOf} from './speaker-resolution.js';
import {joinedWords} from './joined-words.js';
import {speechActNounsDe} from './lexicon-de.js';

/** Base forms of speech verbs, which also serve as imperatives and infinitives. */
export const baseSpeechForms = /^(?:argue|warn|insist|claim|estimate|predict|allege|note|stress|admit|deny|acknowledge|confirm|say|tell|add)$/u;

export const reportedQuestionVerbs = /^(?:asked|asks|ask|questioned|questions|wondered|wonders)$/u;

/** Weak speech verbs that may drop "that" before a clause with an auxiliary ("admitted the plan had failed"). */
const zeroThatVerbs = /^(?:argue|warn|insist|claim|estimate|predict|allege|note|stress|admit|deny|acknowledge|confirm|repeated|repeats|recalls|concedes|contends|reiterates|estimated|estimates|predicted|predicts|suggested|suggests|agreed|promised|revealed|reveals|reported|reports|found|finds|showed|shows|indicated|indicates|declared|maintained|maintains|feared|fears|believes|believed|thinks|thought)$/u;

/** Finite auxiliaries and modals that show a that-less clause has its own verb. */
export const finiteAuxiliaries = /^(?:is|are|was|were|had|has|have|would|could|will|can|may|might|should|must|did|does|do|isn't|aren't|wasn't|weren't|hadn't|hasn't|haven't|wouldn't|couldn't|won't|can't|didn't|doesn't|don't)$/u;

// German articles that mark a phrase as accusative, dative or genitive, never the subject of a verb.
const obliqueArticlesDe = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines']);

/** "Tax Justice Network (TJN)" → "Tax Justice Network"; by index, as /\s*\([^)]*\)$/ retries from every "(" (quadratic). */
function withoutTrailingParenthesis(name: string): string {
	if (!name.endsWith(')')) return name;
	const open = name.lastIndexOf('(');
	if (open < 0 || name.indexOf(')', open) !== name.length - 1) return name;
	return name.slice(0, open).trimEnd();
}


const phrasalVerbMaps = new WeakMap<Readonly<Record<string, readonly string[]>>, Map<string, readonly string[]>>();

/** The lexicon's two-word verbs as a Map: asked for every token, where a property lookup by a fresh string costs more. */
function phrasalVerbsOf(record: Readonly<Record<string, readonly string[]>>): Map<string, readonly string[]> {
	let map = phrasalVerbMaps.get(record);
	if (!map) {
		map = new Map(Object.entries(record));
		phrasalVerbMaps.set(record, map);
	}
	return map;
}

/** Words after which an English -s form of a verb of saying is its plural noun ("from claims", "the warnings"). */
const pluralNounBefore = /^(?:from|amid|amidst|over|about|of|with|against|despite|after|following|denying|rejected|dismissed|denied|the|these|those|such|new|fresh|similar|recent|repeated|false|unfounded|his|her|their|its|our|my|your)$/u;

/** Per lexicon and lower-case word: can it start a verb of saying at all (see mayBeSpeechVerb)? */
const speechVerbStarts = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * Whether isSpeechVerb can answer anything but "" for this word: it is a separable or two-word verb's first part,
 * a reported-question verb or a verb of saying. Asked of every word, answered from a cache after the first time.
 */
function mayBeSpeechVerb(lexicon: Lexicon, lower: string): boolean {
	let starts = speechVerbStarts.get(lexicon);
	if (!starts) {
		starts = new Map();
		speechVerbStarts.set(lexicon, starts);
	}
	let may = starts.get(lower);
	if (may === undefined) {
		may = lexicon.separable.has(lower) || phrasalVerbsOf(lexicon.phrasalSpeechVerbs).has(lower) || reportedQuestionVerbs.test(lower) || lexicon.speechVerbs.has(lower);
		// Bounded: endless distinct words (hostile input) must not grow it without limit.
		if (starts.size >= 100_000) starts.clear();
		starts.set(lower, may);
	}
	return may;
}

/** The subject of a German clause that opens with a phrase and its apposition, the comma closing it right before the verb at `at`. */
function apposedOpening(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} | null {
	const comma = tokens.findIndex((token) => token.text === ',' && !token.quoted);
	if (comma < 1 || comma >= at - 1 || appositionClose(ctx.lexicon, tokens, comma) !== at - 1) return null;
	// "Die Präsidentin der X, Erika Muster, vermutet": the apposed name is the holder.
	const holder = ctx.registry.mentionsIn(unit.index).find((mention) => mention.position === tokens[comma + 1]!.start && !mention.entity.organisation);
	if (holder) return {speaker: {entity: holder.entity, text: holder.entity.name, role: holder.entity.role}, from: 0, to: at};
	const phrase = phraseAfter(tokens, 0, ctx.lexicon, ctx.text);
	if (!phrase || phrase.pronoun || (phrase.name === '' && phrase.roleHeads.length === 0)) return null;
	// The opening phrase must reach the comma (no verb of its own before it).
	if (tokens.slice(phrase.to, comma).some((token) => !token.word || token.quoted || (!token.cap && !ctx.lexicon.functionWords.has(token.lower) && !ctx.lexicon.determiners.has(token.lower)))) return null;
	const speaker = resolve(ctx, phrase, unit, tokens);
	return speaker.entity || speaker.text ? {speaker, from: 0, to: at} : null;
}

/**
 * The comma closing an apposition that opens at the comma `comma` (a role noun, after an article and adjectives at
 * most: ", Chef der X,", ", die Sprecherin des Amts,"; or a name of two to four words: ", Max Muster,"), or -1.
 */
function appositionClose(lexicon: Lexicon, tokens: readonly UnitToken[], comma: number): number {
	// "der Chef des Konzerns, Max Muster,": the holder's name apposed to a role.
	let name = comma + 1;
	while (name < tokens.length && name - comma <= 4 && !tokens[name]!.quoted && isNameToken(tokens[name]!, lexicon)) name++;
	if (name - comma >= 2 && tokens[name]?.text === ',' && !tokens[name]!.quoted) return name;
	let head = comma + 1;
	if (lexicon.determiners.has(tokens[head]?.lower ?? '')) {
		head++;
		while (head < tokens.length && head - comma <= 4 && tokens[head]!.word && !tokens[head]!.cap && !tokens[head]!.quoted) head++;
	}
	if (!tokens[head] || !isRoleToken(tokens[head]!, lexicon)) return -1;
	for (let j = head + 1; j < tokens.length && j - comma <= 14; j++) {
		const token = tokens[j]!;
		if (token.quoted) return -1;
		if (token.text === ',') return j;
		if (!token.word && !/^[()&-]$/u.test(token.text)) return -1;
	}
	return -1;
}

export function isSpeechVerb(ctx: ArticleContext, tokens: UnitToken[], at: number, headline = false): string {
	const token = tokens[at]!;
	if (token.quoted || !token.word) return '';
	const lexicon = ctx.lexicon;
	if (!mayBeSpeechVerb(lexicon, token.lower)) return '';
	const particles = lexicon.separable.get(token.lower);
	if (particles) {
		// The particle closes the clause: look ahead to the next comma or sentence end.
		for (let j = at + 1; j < tokens.length && j - at < 25; j++) {
			const next = tokens[j]!;
			if (next.quoted) break;
			if (!next.word && /[,.;:!?]/u.test(next.text)) {
				const before = tokens[j - 1]!;
				if (particles.has(before.lower)) return `${token.text} … ${before.text}`;
				// "gab Max Muster, Chef der X, zu bedenken": an apposition set off by commas stands inside the clause.
				const closing = next.text === ',' ? appositionClose(lexicon, tokens, j) : -1;
				if (closing > j) {
					j = closing;
					continue;
				}
				break;
			}
		}
		const last = tokens[tokens.length - 1];
		if (last && particles.has(last.lower)) return `${token.text} … ${last.text}`;
	}
	// "pointed out that …", "made (it) clear that …": a two-word verb of saying, only with its clause.
	const completions = phrasalVerbsOf(lexicon.phrasalSpeechVerbs).get(token.lower);
	if (completions) {
		const part = tokens[at + 1]?.lower === 'it' ? at + 2 : at + 1;
		if (completions.includes(tokens[part]?.lower ?? '') && (tokens[part + 1]?.lower === 'that' || asClauseVerb(ctx, tokens, at)) && !tokens[part]!.quoted) return `${token.text} ${tokens[part]!.text}`;
	}
	// Reported questions: "asked whether …", "questioned if …".
	// Not "Asked whether …, the source said …": a question put to the speaker opens the sentence.
	if (lexicon.language === 'en' && at > 0 && reportedQuestionVerbs.test(token.lower) && /^(?:whether|if)$/u.test(tokens[at + 1]?.lower ?? '') && !tokens[at + 1]!.quoted) return token.text;
	if (lexicon.speechVerbs.has(token.lower)) {
		if (lexicon.language === 'de' && token.cap && at > 0) return '';
		// "recover from claims they are …", "amid reports that …", "his claims": after a preposition or a
		// determiner an -s form is the plural noun, which names no one who speaks.
		if (lexicon.language === 'en' && /[^s]s$/u.test(token.lower) && at > 0 && pluralNounBefore.test(tokens[at - 1]!.lower) && !tokens[at - 1]!.quoted) return '';
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
		if (lexicon.weakSpeechVerbs.has(token.lower) && zeroThatVerbs.test(token.lower) && zeroThatClause(ctx, tokens, at + 1, headline && /s$/u.test(token.lower)) >= 0) return token.text;
		if (lexicon.weakSpeechVerbs.has(token.lower)) {
			const ahead = tokens.slice(at + 1, at + 5);
			const thatAt = ahead.findIndex((next) => lexicon.complementizers.has(next.lower));
			// "…had been falsely accused and that she had …": a "that" after "and" belongs to a verb before, not to this one.
			const that = thatAt >= 0 && ahead.slice(0, thatAt).every((next) => !/^(?:and|or|but|und|oder|aber)$/u.test(next.lower));
			const closing = ahead.every((next) => !next.word);
			// "…, said that": a weak verb right after a quote still introduces its speaker.
			const afterQuote = tokens[at - 1]?.quoted || isQuoteMark(tokens[at - 1]) || isQuoteMark(tokens[at - 2]);
			if (!that && !closing && !afterQuote && !invertedBeforeName(ctx, tokens, at) && !asClauseVerb(ctx, tokens, at)) return '';
		}
		return token.text;
	}
	return '';
}

/**
 * "As Emily Feng reports for NPR, …" / "(As X pointed out at the time, …": the verb of a sentence-opening "as" clause
 * (its subject and verb, then a comma within a few words) frames the main clause after the comma as the report.
 */
export function asClauseVerb(ctx: ArticleContext, tokens: readonly UnitToken[], at: number): boolean {
	if (ctx.lexicon.language !== 'en') return false;
	const asAt = asClauseOpener(tokens);
	if (asAt < 0 || at - asAt < 2 || at - asAt > 10) return false;
	if (tokens.slice(asAt + 1, at).some((token) => token.quoted || token.text === ',')) return false;
	const comma = tokens.findIndex((token, j) => j > at && token.text === ',' && !token.quoted);
	return comma > at && comma - at <= 12 && tokens.slice(at + 1, comma).every((token) => !token.quoted);
}

/** The index of the "as" opening the sentence (after an opening bracket), else -1. */
export function asClauseOpener(tokens: readonly UnitToken[]): number {
	const asAt = tokens[0]?.text === '(' ? 1 : 0;
	return tokens[asAt]?.lower === 'as' && !tokens[asAt]!.quoted ? asAt : -1;
}

/** Verbs of reporting that English inverts after the clause they report ("…, reports Reuters.", "…, writes the AP."). */
const invertibleReportVerbsEn = /^(?:reports|reported|writes|wrote|notes|noted|observes|observed|recalls|recalled|explains|suggests|suggested|believes|argues|warns|insists|claims|claimed)$/u;

/**
 * "…, reports Reuters." / "…, writes the Associated Press.": a verb of reporting right after the clause's comma with
 * only its speaker after it — a name (optionally after "the" and a few lower-case words of description) to the
 * sentence's end. Reports inverted so, even when the verb alone would need its "that" clause.
 */
export function invertedBeforeName(ctx: ArticleContext, tokens: readonly UnitToken[], at: number): boolean {
	if (ctx.lexicon.language !== 'en' || at < 3 || !invertibleReportVerbsEn.test(tokens[at]!.lower)) return false;
	const comma = tokens[at - 1]!;
	if (comma.text !== ',' || comma.quoted) return false;
	const tail = tokens.slice(at + 1);
	const words = tail.filter((token) => token.word);
	if (words.length === 0 || words.length > 7 || tail.some((token) => token.quoted || (!token.word && !/^[.!?]$/u.test(token.text)))) return false;
	let first = 0;
	if (words[0]!.lower === 'the') first++;
	while (first < words.length - 1 && first < 4 && !words[first]!.cap && !ctx.lexicon.functionWords.has(words[first]!.lower)) first++;
	// "Alex Horton of the Washington Post": a name's "of the" between capitalised words.
	const name = words.slice(first);
	return name[0]!.cap && name[name.length - 1]!.cap && name.every((word) => word.cap || /^(?:of|the|for|and)$/u.test(word.lower));
}

/**
 * A German multi-word verb of stance or finding at `at` whose "dass" clause follows right after a comma
 * ("hat ergeben, dass", "geht davon aus, dass", "kommen zu dem Schluss, dass"): its words, else "".
 * A few words may stand between the finite verb and its completion (an inverted subject, an adverb).
 */
function stancePhrase(ctx: ArticleContext, tokens: UnitToken[], at: number): string {
	const token = tokens[at]!;
	const completions = ctx.lexicon.stancePhrases.get(token.lower);
	if (!completions || token.quoted || (token.cap && at > 0)) return '';
	for (const completion of completions) {
		for (let gap = 0; gap <= 4; gap++) {
			const from = at + 1 + gap;
			// "zeigt laut Statistischem Bundesamt, dass": a source between is the speaker, and its own cue.
			if (tokens.slice(at + 1, from).some((between) => between.quoted || !between.word || ctx.lexicon.sourceWords.has(between.lower) || between.lower === 'nach')) break;
			if (!completion.every((word, index) => tokens[from + index]?.lower === word && !tokens[from + index]!.quoted)) continue;
			const after = from + completion.length;
			if (tokens[after]?.text === ',' && ctx.lexicon.complementizers.has(tokens[after + 1]?.lower ?? '') && tokens[after + 1]!.lower !== 'ob') {
				return joinedWords([token, ...tokens.slice(from, after)], (part) => part.text);
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
export function zeroThatClause(ctx: ArticleContext, tokens: UnitToken[], from: number, headline = false): number {
	const opener = tokens[from];
	if (!opener || opener.quoted || !opener.word) return -1;
	if (!(/^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|this|these|those|no|some|all|both|more|most|many|several)$/u.test(opener.lower) || opener.cap || /^\p{N}/u.test(opener.text) || (headline && !ctx.lexicon.functionWords.has(opener.lower)))) return -1;
	// "admitted he lied", "denied she knew": a nominative pronoun can only open a clause of its own (an object
	// would be "him"/"her"), so its verb needs no auxiliary.
	const verb = tokens[from + 1];
	if (/^(?:he|she|they|we|i)$/u.test(opener.lower) && verb && verb.word && !verb.quoted && !verb.cap && !ctx.lexicon.functionWords.has(verb.lower)) return from;
	for (let j = from + 1; j < tokens.length && j < from + 7; j++) {
		const token = tokens[j]!;
		if (token.quoted || !token.word) return -1;
		if (finiteAuxiliaries.test(token.lower)) return from;
		// Headlines drop auxiliaries: "Report finds police failed victims" (a past tense after the subject).
		if (headline && j > from && /^\p{Ll}{2,}ed$/u.test(token.text) && !ctx.lexicon.determiners.has(tokens[j - 1]!.lower)) return from;
		if (/^(?:to|that|which|who|whom|whose|where|what|how|why|of|in|on|at|for|from|with|by|about|as|and|or|but|if|when|while|after|before|because)$/u.test(token.lower)) return -1;
	}
	return -1;
}

/** English verbs of saying whose object is the person addressed (an inverted subject never follows them). */
const addresseeVerbsEn = /^(?:told|tells|tell|telling|informed|informs|assured|assures|reassured|reassures|reminded|reminds)$/u;

/** Speaker of a verb at `at`: the phrase after it when the order is inverted, else the one before, else the clause subject. */
export function speakerOfVerb(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} {
	const lexicon = ctx.lexicon;
	const previous = tokens[at - 1];
	const attempts: Array<() => NounPhrase | null> = [];
	// "they said", "…," they said": the group the sentence before opens with ("Protesters gathered …").
	if (lexicon.language === 'en') {
		let back = at - 1;
		while (back > 0 && /^(?:have|had|also|all|both|then|later)$/u.test(tokens[back]!.lower)) back--;
		const they = tokens[back]?.lower === 'they' ? back : tokens[at + 1]?.lower === 'they' && (tokens[at - 1]?.quoted || /^[,"“”'’]$/u.test(tokens[at - 1]?.text ?? '')) ? at + 1 : -1;
		if (they >= 0) return {speaker: groupBefore(ctx, unit) ?? nobody, from: Math.min(they, at), to: Math.max(they + 1, at)};
	}
	// "Nusaybah, who …, wore her new hijab and says …", "Er sagte …, und fügte hinzu": a verb joined by "and"
	// shares the subject that opens the sentence.
	let joined = at - 1;
	if (/^(?:also|later|then|auch|später|dann)$/u.test(tokens[joined]?.lower ?? '')) joined--;
	if (joined > 0 && /^(?:and|und)$/u.test(tokens[joined]!.lower) && !tokens[joined]!.quoted) {
		const subject = subjectOf(ctx, unit);
		if (subject) return {speaker: {entity: subject, text: subject.name, role: subject.role}, from: at, to: at};
		// "The Tory co-chairman attacked … and said …": a role opening the sentence, resolved like any role subject.
		const opening = phraseAfter(tokens, 0, lexicon, ctx.text);
		if (opening && opening.roleHeads.length > 0 && !opening.pronoun) {
			const resolved = resolve(ctx, opening, unit, tokens);
			if (resolved.entity) return {speaker: resolved, from: at, to: at};
		}
	}
	// "wie der „Spiegel“ berichtet", "the 'Guardian' reported": a quoted title after an article is the speaker.
	// "Die „Bild“-Zeitung berichtete": the quoted title joined to its medium noun names the medium.
	const hyphened = lexicon.language === 'de' && tokens[at - 2]?.text === '-' && tokens[at - 1]?.word === true && mediumHeadDe.test(tokens[at - 1]!.text);
	const titled = quotedNameBefore(ctx, unit, hyphened ? at - 2 : at);
	if (titled) return {speaker: titled.speaker, from: titled.from, to: at};
	// "forderte dagegen die Linke", "sagte zudem der Minister": a sentence adverb may stand before the inverted subject.
	// So may a focus particle or an adverb of time ("warnte etwa der Verfassungsschutz", "sagte gestern die Ministerin").
	// "Ähnlich sieht es Odo Brakel": an "es" holding the front of the clause open stands before a person the article names.
	// "…, so berichtete es die Präsidentin, …": an inserted cue opened by "so" holds "es" before whoever it is.
	const expletive = lexicon.language === 'de' && tokens[at + 1]?.lower === 'es' && tokens[at + 2]?.word === true && !tokens[at + 2]!.quoted && ((tokens[at + 2]!.cap && ctx.registry.mentionsIn(unit.index).some((mention) => mention.position === tokens[at + 2]!.start && !mention.entity.organisation)) || (tokens[at - 1]?.lower === 'so' && /^(?:der|die|ein|eine)$/u.test(tokens[at + 2]!.lower)));
	const skipAdverb = expletive ? 1 : lexicon.language === 'de' && /^(?:dagegen|zudem|außerdem|auch|jedoch|weiter|ebenfalls|hingegen|indes|wiederum|daraufhin|nun|bereits|später|zuvor|etwa|beispielsweise|erneut|nochmals|gestern|heute|inzwischen|mittlerweile|zuletzt|allerdings|aber)$/u.test(tokens[at + 1]?.lower ?? '') ? 1 : 0;
	// "…, Lina Khatib, an expert …, told the AP": English never puts the subject after "told"; what follows is the one told.
	const addresseeAfter = lexicon.language === 'en' && addresseeVerbsEn.test(tokens[at]?.lower ?? '');
	const after = () => {
		if (tokens[at + 1 + skipAdverb]?.quoted || addresseeAfter) return null;
		const phrase = phraseAfter(tokens, at + 1 + skipAdverb, lexicon, ctx.text);
		// "nannte den Veteranentag ein …": a German phrase in the accusative, dative or genitive is no subject.
		if (phrase && lexicon.language === 'de' && obliqueArticlesDe.has(phrase.determiner)) return null;
		// "sagte der Kleinen Zeitung", "sagte der „Bild“": a paper or broadcaster after the verb is the one told (dative).
		if (phrase && lexicon.language === 'de' && phrase.determiner === 'der' && isMediumDe(tokens, phrase)) return null;
		// "says UN climate chief Simon Stiell": a named person a few words on, past a lower-case role, is the subject.
		if (phrase && lexicon.language === 'en' && tokens[phrase.to]?.word && !tokens[phrase.to]!.cap) {
			let stop = phrase.to;
			while (stop < tokens.length && stop - phrase.to < 5 && tokens[stop]!.word && !tokens[stop]!.quoted) stop++;
			const limit = tokens[stop - 1]?.end ?? 0;
			const mention = ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.position >= tokens[phrase.to]!.start && candidate.position < limit && !candidate.entity.organisation && candidate.entity.name.includes(' '));
			if (mention) {
				const from = tokenIndexAt(unit, mention.position);
				const words = tokens.slice(phrase.to, from);
				if (words.every((word) => word.word && !word.cap && !lexicon.functionWords.has(word.lower)) && words.some((word) => isRoleToken(word, lexicon))) {
					const named = phraseAfter(tokens, from, lexicon, ctx.text);
					if (named && named.name !== '') return {...named, from: phrase.from, role: ctx.text.slice(tokens[phrase.from]!.start, tokens[from - 1]!.end), roleHeads: words.map((word) => roleHead(word.text, lexicon)).filter((head) => head !== ''), roleWords: words.map((word) => word.lower)};
				}
			}
		}
		return phrase;
	};
	const before = () => (previous?.quoted ? null : phraseBefore(tokens, at, lexicon, ctx.text));
	// "wie er gegenüber dem Abendblatt sagte", "wie ein Sprecher am Montag mitteilte": a verb-final "wie" clause has
	// its subject right after "wie", whatever stands between it and the verb.
	const wieSubject = lexicon.language === 'de' ? subjectAfterWie(ctx, unit, tokens, at) : null;
	if (wieSubject) return wieSubject;
	// "Max Muster, Chef der X, nannte …", "Der Chef des Konzerns, Max Muster, nannte …": the phrase opening the sentence,
	// its apposition closed by the comma right before the verb, is the subject.
	const opening = lexicon.language === 'de' && previous?.text === ',' && !previous.quoted ? apposedOpening(ctx, unit, tokens, at) : null;
	if (opening) return opening;
	const apposed = lexicon.language === 'de' ? nameAfterOpeningRole(ctx, tokens, at) : null;
	if (apposed) return apposed;
	const perfect = lexicon.language === 'de' ? perfectSubject(ctx, unit, tokens, at) : null;
	if (perfect) return perfect;
	if (lexicon.language === 'de') {
		// German: the phrase before the verb is its subject only when it opens the clause ("Hegseth sagte",
		// not "Auf seinem Kanal teilte …"); otherwise the subject follows the verb.
		attempts.push(() => {
			const phrase = before();
			if (phrase && frontFieldBeforePerson(ctx, unit, tokens, phrase, at)) return null;
			// "…, wie die Gewerkschaft mitteilte", "oder wie Chefvolkswirt Jörg Krämer schreibt: „…“": the subject of a
			// verb-final "wie" clause (the verb closes the sentence, or a colon or comma closes the clause).
			const verbFinal = at === tokens.length - 1 - (/^[.!?]$/u.test(tokens[tokens.length - 1]!.text) ? 1 : 0) || /^[:,]$/u.test(tokens[at + 1]?.text ?? '');
			return phrase && (opensClause(ctx, tokens, phrase.from) || (tokens[phrase.from - 1]?.lower === 'wie' && verbFinal)) ? phrase : null;
		}, after);
	} else {
		const afterQuote = !previous || previous.quoted || isQuoteMark(previous) || (previous.text === ',' && (!tokens[at - 2] || tokens[at - 2]!.quoted || isQuoteMark(tokens[at - 2])));
		if (afterQuote && quotedLabelBefore(ctx, unit, at)) attempts.push(before);
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
					const name = ctx.text.slice(tokens[inverted.from + (ctx.lexicon.determiners.has(tokens[inverted.from]!.lower) ? 1 : 0)]!.start, tokens[to - 1]!.end);
					const entity = ctx.registry.lookup(withoutTrailingParenthesis(name)) ?? ctx.registry.lookup(name);
					const speaker: Speaker = entity ? {entity, text: entity.name, role: entity.role} : {entity: null, text: name, role: ''};
					const after = tokens[to];
					if (!after || /^[.,;!?]$/u.test(after.text)) return {speaker, from: inverted.from, to};
				}
				const next = tokens[inverted.to];
				if (!next || /^[.,;!?]$/u.test(next.text) || /^(?:on|in|at|during|after|before|last|earlier|later|yesterday|today|tonight|this)$/u.test(next.lower)) {
					return {speaker: resolve(ctx, inverted, unit, tokens), from: inverted.from, to: inverted.to};
				}
			}
			// "its chief executive, Alex Cobham, said": a name set off by commas right after a role is the speaker.
			let nameStart = at - 1;
			while (nameStart > 0 && nameStart > at - 5 && !tokens[nameStart - 1]!.quoted && isNameToken(tokens[nameStart - 1]!, lexicon)) nameStart--;
			const roleBefore = tokens[nameStart - 2];
			if (nameStart < at - 1 && tokens[nameStart - 1]?.text === ',' && roleBefore && !roleBefore.quoted && isRoleToken(roleBefore, lexicon)) {
				const apposed = ctx.registry.lookup(joinedWords(tokens.slice(nameStart, at - 1), (part) => stripPossessive(part.text)));
				if (apposed && !apposed.organisation) return {speaker: {entity: apposed, text: apposed.name, role: apposed.role}, from: nameStart, to: at};
			}
			// "Nick Kaufman, a lawyer who …, said": the person named first in the clause.
			let named = firstPersonIn(ctx, unit, tokens[at]!.start);
			if (!named && isNameToken(tokens[0]!, lexicon)) {
				// "Smith, who has led the party since 2019, said": a name opening the sentence, then a relative clause.
				let nameEnd = 1;
				while (nameEnd < at && nameEnd < 4 && isNameToken(tokens[nameEnd]!, lexicon)) nameEnd++;
				if (tokens[nameEnd]?.text === ',' && ['who', 'whose'].includes(tokens[nameEnd + 1]?.lower ?? '')) {
					const subject = phraseAfter(tokens, 0, lexicon, ctx.text);
					const resolved = subject ? resolve(ctx, subject, unit, tokens) : nobody;
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
				const mention = ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.entity === named);
				const from = mention ? tokenIndexAt(unit, mention.position) : at;
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
	const named = lexicon.language === 'de' ? namedSubjectBefore(ctx, unit, tokens, at) : null;
	if (named) return named;
	for (const attempt of attempts) {
		const phrase = attempt();
		if (phrase && (lexicon.language === 'en' || phrase.pronoun || phrase.group || phrase.name || phrase.roleHeads.length > 0 || phrase.determiner)) {
			// German inverted order only: "sagte der Minister", not "sagte im Ausschuss".
			return {speaker: resolve(ctx, phrase, unit, tokens), from: phrase.from, to: phrase.to};
		}
	}
	const subject = clauseSubject(ctx, tokens, at);
	if (subject) return {speaker: resolve(ctx, subject, unit, tokens), from: subject.from, to: subject.to};
	return {speaker: nobody, from: at, to: at};
}

/** Heads of German media names: the paper, agency or broadcaster someone speaks to, not a speaker of that verb. */
// A news agency is named by its short form ("sagte der dpa", "der AFP"); "AP" is left out, it is also a word's abbreviation.
const mediumHeadDe = /(?:zeitung|blatt|agentur|sender|magazin|portal|zeitschrift|redaktion|rundfunk|fernsehen|radio|nachrichten)$|^(?:dpa|afp|kna|epd|sid|apa|ddp)$/iu;

/**
 * "Ähnlich sieht es Odo Brakel", "Zu Wort kam auch Ilvy Varga": German puts one part of the clause before the finite
 * verb; when that part has no article, names nobody the article knows and holds no role, while a person the article
 * names stands right after the verb (past es/sich/a particle), the part before is an adverbial and the person the subject.
 */
function frontFieldBeforePerson(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], phrase: NounPhrase, at: number): boolean {
	if (phrase.determiner !== '' || phrase.pronoun !== '' || phrase.roleHeads.length > 0 || phrase.group) return false;
	const mentions = ctx.registry.mentionsIn(unit.index);
	const first = tokens[phrase.from]!.start;
	const last = tokens[phrase.to - 1]!.end;
	if (mentions.some((mention) => mention.position >= first && mention.position < last)) return false;
	let next = at + 1;
	while (next < at + 3 && /^(?:es|sich|auch|nun|noch|dazu|da|hier|jetzt)$/u.test(tokens[next]?.lower ?? '')) next++;
	const subject = tokens[next];
	if (!subject || !subject.word || !subject.cap || subject.quoted) return false;
	return mentions.some((mention) => mention.position === subject.start && !mention.entity.organisation);
}

/**
 * "Rouven Schröder hatte nach dem Spiel gegen den FSV Mainz bereits gesagt, dass …", "Der hatte letzte Woche bei Sandra
 * Maischberger gesagt": in the German perfect the finite auxiliary holds the second place and the participle closes the
 * clause, so a subject that opens the clause stands before the auxiliary — not a name that stands nearer the participle.
 * (An adverbial front field, "Am Montag hatte der Minister …", is left to the other rules.)
 */
function perfectSubject(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} | null {
	const lexicon = ctx.lexicon;
	if (!/^\p{Ll}{3,}t$/u.test(tokens[at]?.text ?? '')) return null;
	let auxiliary = -1;
	for (let k = at - 1; k >= 1 && at - k <= 24; k--) {
		const token = tokens[k]!;
		// A score's colon ("3:4-Niederlage") ends no clause.
		const score = token.text === ':' && /^\d/u.test(tokens[k + 1]?.text ?? '') && /\d$/u.test(tokens[k - 1]?.text ?? '');
		if (token.quoted || (/^[,;:.!?]$/u.test(token.text) && !score)) return null;
		if (/^(?:hat|hatte|habe|hätte)$/u.test(token.lower)) {
			auxiliary = k;
			break;
		}
	}
	if (auxiliary < 1 || at - auxiliary < 2) return null;
	const before = phraseBefore(tokens, auxiliary, lexicon, ctx.text);
	if (before && (before.name !== '' || before.roleHeads.length > 0 || before.pronoun !== '' || before.determiner !== '') && opensClause(ctx, tokens, before.from)) {
		const speaker = resolve(ctx, before, unit, tokens);
		return speaker.entity || speaker.text ? {speaker, from: before.from, to: auxiliary} : null;
	}
	return null;
}

function isMediumDe(tokens: UnitToken[], phrase: NounPhrase): boolean {
	const head = tokens[phrase.to - 1];
	if (!head || !head.word) return false;
	return mediumHeadDe.test(head.lower) || (head.quoted && phrase.name !== '' && tokens[phrase.from]?.lower === 'der');
}

/**
 * "Der Schulleiter der Volksschule Tristach, Norbert Salcher, bestätigte …": a sentence opening with a role, then a
 * person's name set off by commas right before the verb (a party in brackets may follow it) — that name is the
 * subject (the role is its description).
 */
function nameAfterOpeningRole(ctx: ArticleContext, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} | null {
	const lexicon = ctx.lexicon;
	if (tokens[at - 1]?.text !== ',' || tokens[at - 1]!.quoted) return null;
	// "…, Tino Sorge (CDU), sagte …": a party or place in brackets after the name is passed over.
	let nameEnd = at - 1;
	if (tokens[nameEnd - 1]?.text === ')') {
		let open = nameEnd - 2;
		while (open > 0 && nameEnd - 1 - open <= 3 && tokens[open]!.word && !tokens[open]!.quoted) open--;
		if (tokens[open]?.text === '(' && open < nameEnd - 2) nameEnd = open;
	}
	let nameStart = nameEnd;
	while (nameStart > 0 && nameEnd - nameStart < 4 && !tokens[nameStart - 1]!.quoted && isNameToken(tokens[nameStart - 1]!, lexicon)) nameStart--;
	if (nameEnd - nameStart < 2 || tokens[nameStart - 1]?.text !== ',' || nameStart - 1 < 2) return null;
	const opening = phraseAfter(tokens, 0, lexicon, ctx.text);
	if (!opening || opening.roleHeads.length === 0 || opening.name !== '' || opening.pronoun || !/^(?:der|die|)$/u.test(opening.determiner)) return null;
	// Only the role and its genitive or "von" complement stand before the name: no verb, no second clause.
	const between = tokens.slice(opening.to, nameStart - 1);
	if (between.length > 0 && !/^(?:der|des|von|vom|für|im|am)$/u.test(between[0]!.lower)) return null;
	// Names, linking words and declined adjectives ("der städtischen Volksschule"), never a finite verb.
	if (between.some((token) => token.quoted || !token.word || (!token.cap && !/^(?:der|des|von|vom|für|im|in|am|und|an)$/u.test(token.lower) && !/(?:en|er|es)$/u.test(token.lower)))) return null;
	const entity = ctx.registry.lookup(joinedWords(tokens.slice(nameStart, nameEnd), (token) => token.text));
	if (!entity || entity.organisation) return null;
	return {speaker: {entity, text: entity.name, role: entity.role}, from: 0, to: at};
}

/**
 * German "wie" clause closing on its verb ("…, wie er auf der Pressekonferenz zugab."): the phrase right after "wie"
 * is the subject when it is nominative — a pronoun or a phrase with a nominative or no article.
 */
function subjectAfterWie(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} | null {
	const next = tokens[at + 1];
	if (next && !/^[.,;!?:)–-]$/u.test(next.text)) return null;
	let wie = at - 1;
	while (wie >= 0 && at - wie <= 14) {
		const token = tokens[wie]!;
		if (token.quoted || /^[,;:.!?„“”"]$/u.test(token.text)) return null;
		if (token.lower === 'wie') break;
		wie--;
	}
	if (wie < 0 || at - wie > 14 || wie + 2 > at) return null;
	const before = tokens[wie - 1];
	// "so wie", "genauso wie": a comparison, not a report; "oder wie X schreibt", "und wie X sagte" join a report on.
	if (before && !before.quoted && before.word && !/^(?:und|oder|aber|doch|sondern)$/u.test(before.lower)) return null;
	const phrase = phraseAfter(tokens, wie + 1, ctx.lexicon, ctx.text);
	// "wie die Sportförderung des Bezirks mitteilte": a genitive running on to the verb is read by the subject rules before.
	// "Wie der 49-Jährige mitteilte": a description right before the verb is read here too (the subject rules take names).
	const described = phrase !== null && phrase.to === at && describedPerson(phrase, tokens) !== '';
	if (!phrase || (phrase.to >= at && !described) || /^(?:des|der)$/u.test(tokens[phrase.to]!.lower)) return null;
	if (phrase.pronoun) {
		if (!/^(?:er|sie|es|ich|wir)$/u.test(phrase.pronoun)) return null;
	} else if (!(phrase.name || phrase.roleHeads.length > 0 || describedPerson(phrase, tokens) !== '') || obliqueArticlesDe.has(phrase.determiner)) return null;
	let speaker = resolve(ctx, phrase, unit, tokens);
	if (phrase.pronoun && /^(?:er|sie)$/u.test(phrase.pronoun)) {
		// "Der beste Deutsche, Hendel, fand den Wind „schön“, wie er sagte": the "wie" clause comments on its main
		// clause, so "er" is the person last named in it, though a comma stands between.
		const gender = phrase.pronoun === 'er' ? 'male' : 'female';
		const fits = (entity: {organisation: boolean; gender: string}) => !entity.organisation && (entity.gender === 'any' || entity.gender === gender);
		const main = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position < tokens[wie]!.start && fits(mention.entity)).at(-1)?.entity;
		if (main) speaker = {entity: main, text: main.name, role: main.role};
	}
	// A pronoun is resolved later against the sentences before, as after any verb.
	if (!phrase.pronoun && !speaker.entity && speaker.text === '') return null;
	return {speaker, from: phrase.from, to: phrase.to};
}

/**
 * "Das Institut für Arbeitsschutz der Deutschen Gesetzlichen Unfallversicherung (IFA) warnt …": a name the text noted
 * whole (a body's long name with linking words and an acronym) that opens the clause and ends right before the
 * German verb is its subject, where the phrase rules stop inside it at "für" or "der".
 */
function namedSubjectBefore(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], at: number): {speaker: Speaker; from: number; to: number} | null {
	const verb = tokens[at];
	if (!verb || at < 3 || tokens[at - 1]!.quoted) return null;
	for (const mention of ctx.registry.mentionsIn(unit.index)) {
		const {entity, position} = mention;
		if (position >= verb.start || !entity.name.includes(' ') || !ctx.text.startsWith(entity.name, position)) continue;
		if (ctx.text.slice(position + entity.name.length, verb.start).trim() !== '') continue;
		const from = tokenIndexAt(unit, position);
		if (!opensClause(ctx, tokens, from)) continue;
		return {speaker: {entity, text: entity.name, role: entity.role}, from, to: at};
	}
	return null;
}

/**
 * Does a quote end right before token `at` with nothing between and no comma or stop before its closing
 * mark? Then it is a quoted label standing as the subject ("'person of interest' says …"), not speech.
 */
export function quotedLabelBefore(ctx: ArticleContext, unit: Unit, at: number): boolean {
	const span = quoteRightBefore(ctx, unit, at);
	return span !== undefined && !/[,.!?;:]/u.test(ctx.text.slice(span.innerEnd, span.close));
}

/** The quote that closes right before token `at`, with only spaces between. */
function quoteRightBefore(ctx: ArticleContext, unit: Unit, at: number): QuoteSpan | undefined {
	const token = unit.tokens[at];
	if (!token) return undefined;
	const span = [...unit.quotes].reverse().find((candidate) => candidate.close <= token.start);
	return span && ctx.text.slice(span.close, token.start).trim() === '' ? span : undefined;
}

function quotedNameBefore(ctx: ArticleContext, unit: Unit, at: number): {speaker: Speaker; from: number} | null {
	const span = quoteRightBefore(ctx, unit, at);
	if (!span) return null;
	const inner = ctx.text.slice(span.innerStart, span.innerEnd);
	const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
	if (words.length === 0 || words.length > 4 || !words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || ctx.lexicon.functionWords.has(word.toLowerCase()))) return null;
	const from = tokenIndexAt(unit, span.open);
	const article = unit.tokens[from - 1];
	if (!article || !ctx.lexicon.determiners.has(article.lower) || ctx.lexicon.indefinite.has(article.lower)) return null;
	// "Im Interview mit dem „Spiegel“ sagte X": a paper in the dative or genitive is spoken to, not speaking.
	if (/^(?:dem|den|des)$/u.test(article.lower) || /^(?:mit|to|with|in|im|gegenüber)$/u.test(unit.tokens[from - 2]?.lower ?? '')) return null;
	const entity = ctx.registry.lookup(inner) ?? ctx.registry.addName(inner, {organisation: true});
	note(ctx, unit, entity, span.open);
	return {speaker: {entity, text: entity.name, role: entity.role}, from: from - 1};
}

/** Is token `from` the start of a clause, allowing an article and adjectives before it? */
export function opensClause(ctx: ArticleContext, tokens: UnitToken[], from: number): boolean {
	let index = from;
	const openers = new Set(['und', 'aber', 'doch', 'auch', 'denn', 'and', 'but', 'so']);
	while (index > 0) {
		const token = tokens[index - 1]!;
		if (!token.word || token.quoted) return true;
		if (openers.has(token.lower)) return true;
		// "Die 35 Jahre alte X": an age phrase is an adjective too.
		if (ctx.lexicon.language === 'de' && index >= 3 && ageSpanDe(tokens, index - 3) === 3) {
			index -= 3;
			continue;
		}
		if (!token.cap && /(?:e|en|er|es|em)$/u.test(token.lower) && !ctx.lexicon.functionWords.has(token.lower)) {
			index--;
			continue;
		}
		if (ctx.lexicon.determiners.has(token.lower)) {
			index--;
			continue;
		}
		return false;
	}
	return true;
}

/** First noun phrase of the clause that holds token `at`. */
const prepositionsDe = /^(?:vor|in|im|am|an|auf|aus|bei|beim|mit|nach|seit|von|vom|zu|zum|zur|für|über|unter|gegen|ohne|um|durch|während|wegen|trotz|gegenüber|hinter|neben|zwischen|ins|ans)$/u;

function clauseSubject(ctx: ArticleContext, tokens: UnitToken[], at: number): NounPhrase | null {
	let start = at;
	// English subordinate clauses have their own subject: "X lost his job after Y told him …" — Y, not X.
	const joins = ctx.lexicon.language === 'en' ? new Set(['after', 'before', 'when', 'because', 'while', 'since', 'although', 'though', 'until', 'once', 'whereas']) : new Set<string>();
	while (start > 0 && at - start < 20 && !tokens[start - 1]!.quoted && !/[;:"“”„«»]/u.test(tokens[start - 1]!.text) && !joins.has(tokens[start - 1]!.lower)) start--;
	for (let i = start; i < at; i++) {
		const token = tokens[i]!;
		if (token.quoted || !token.word) continue;
		if (ctx.lexicon.pronouns[token.lower] !== undefined || isNameToken(token, ctx.lexicon) || isRoleToken(token, ctx.lexicon) || ctx.lexicon.determiners.has(token.lower)) {
			// "Vor einiger Zeit hatte Trump bestätigt", "In einem Interview hatte der Minister …": a German phrase behind a
			// preposition (the fronted adverbial, its article between) is no subject; the subject follows the verb.
			if (ctx.lexicon.language === 'de') {
				// Articles, quantifiers and adjectives may stand between ("vor einiger Zeit", "in einem langen Interview").
				let back = i - 1;
				while (back > start && back >= i - 3 && tokens[back]!.word && !tokens[back]!.cap && !tokens[back]!.quoted && !prepositionsDe.test(tokens[back]!.lower)) back--;
				if (prepositionsDe.test(token.lower) || (back >= start && back < i && prepositionsDe.test(tokens[back]!.lower))) continue;
			}
			if (i > start && ctx.lexicon.functionWords.has(tokens[i - 1]!.lower) && !ctx.lexicon.determiners.has(tokens[i - 1]!.lower) && i - 1 !== start) continue;
			// A name behind a preposition and adjectives ("in modern US history") is no subject either.
			let back = i - 1;
			while (back > start && back > i - 3 && tokens[back]!.word && !tokens[back]!.cap && !ctx.lexicon.functionWords.has(tokens[back]!.lower)) back--;
			if (back < i - 1 && back > start && ctx.lexicon.functionWords.has(tokens[back]!.lower) && !ctx.lexicon.determiners.has(tokens[back]!.lower)) continue;
			const phrase = phraseAfter(tokens, i, ctx.lexicon, ctx.text);
			const possessive = phrase !== null && /['’]s?$/u.test(tokens[phrase.to - 1]?.text ?? '');
			if (phrase && phrase.name && ctx.lexicon.language === 'en' && phrase.to < at && at - phrase.to <= (possessive ? 5 : 2)) {
				// "Arizona gun dealer says", "Swift's management and security team told": a name before the
				// common noun that heads the subject only modifies it.
				const head = tokens.slice(phrase.to, at);
				if (head.every((token) => token.word && !token.cap && !token.quoted && (!ctx.lexicon.functionWords.has(token.lower) || (possessive && token.lower === 'and')))) {
					return {...phrase, to: at, text: ctx.text.slice(tokens[phrase.from]!.start, tokens[at - 1]!.end), name: '', role: '', roleHeads: [], roleWords: [], appositive: ''};
				}
			}
			// "The ousted president, Carles Puigdemont, has admitted …": a name set off by commas after the
			// description is whom it describes.
			if (phrase && phrase.name === '' && phrase.roleHeads.length > 0 && tokens[phrase.to]?.text === ',') {
				const named = phraseAfter(tokens, phrase.to + 1, ctx.lexicon, ctx.text);
				if (named && named.name !== '' && named.roleHeads.length === 0 && named.to < at && tokens[named.to]?.text === ',') {
					return {...named, from: phrase.from, role: phrase.role, roleHeads: phrase.roleHeads, roleWords: phrase.roleWords};
				}
			}
			if (phrase && (phrase.name || phrase.pronoun || phrase.roleHeads.length > 0 || (i === 0 && genericOrganisation(ctx, tokens[phrase.to - 1]) !== ''))) return phrase;
		}
	}
	return null;
}

export function findCues(ctx: ArticleContext, unit: Unit): Cue[] {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const cues: Cue[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.quoted || !token.word) continue;
		const lower = token.lower;
		// "laut X", "X zufolge", "according to X", "nach Angaben (von) X".
		if (lower === 'laut' || (lower === 'according' && tokens[i + 1]?.lower === 'to') || perSource(ctx, tokens, i)) {
			i = lautCue(ctx, unit, cues, i);
			continue;
		}
		if (lexicon.statementNouns.has(lower) && ['von', 'des', 'der', 'from', 'by', 'of'].includes(tokens[i + 1]?.lower ?? '')) {
			// A German genitive article belongs to the source ("einer Mitteilung des Konzerns"): it marks a definite body.
			const phrase = sourcePhrase(ctx, tokens, ['des', 'der'].includes(tokens[i + 1]!.lower) ? i + 1 : i + 2);
			if (phrase && phrase.name !== '') {
				cues.push({at: i, kind: 'statement', cue: ctx.text.slice(token.start, tokens[phrase.to - 1]!.end), speaker: sourceSpeaker(ctx, phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
				i = phrase.to - 1;
			}
			continue;
		}
		// "Finanzminister X zufolge sinkt …": the source stands before the postposition.
		if (lower === 'zufolge') {
			zufolgeCue(ctx, unit, cues, i);
			continue;
		}
		i = laterCue(ctx, unit, cues, i);
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
 * The rules after the source phrases ("dem Bericht nach", "nach Angaben", "so X", "heißt es", stances, verbs of saying)
 * at token i; the index the scan goes on from.
 */
function laterCue(ctx: ArticleContext, unit: Unit, cues: Cue[], i: number): number {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	const lower = token.lower;
	// "demnach kann Samsung dem Gericht nach nicht …": "nach" after a dative body or role, not before a noun, is
	// "laut" set after its source ("dem Bericht nach", "der Polizei nach"); "der Reihe nach" names no source.
	if (lower === 'nach' && lexicon.language === 'de' && i >= 2 && /^(?:dem|der)$/u.test(tokens[i - 2]!.lower) && tokens[i - 1]!.cap && !tokens[i - 1]!.quoted) {
		const next = tokens[i + 1];
		const postposition = !next || !next.word || (!next.cap && !lexicon.determiners.has(next.lower));
		const noun = tokens[i - 1]!;
		const source = genericOrganisation(ctx, noun) !== '' || isInstitutionWord(ctx, noun.lower) || documentNoun(ctx, noun) !== '' || isRoleToken(noun, lexicon);
		const phrase = postposition && source ? phraseBefore(tokens, i, lexicon, ctx.text) : null;
		if (phrase && phrase.from === i - 2) {
			cues.push({at: phrase.from, kind: 'source', cue: `${phrase.text} nach`, speaker: sourceSpeaker(ctx, phrase, unit, tokens), phraseFrom: phrase.from, phraseTo: i + 1});
			return i;
		}
	}
	// "Nach seinen Worten", "nach ihren Angaben": a possessive before the source noun is the person it refers back to.
	const owned = lower === 'nach' && lexicon.language === 'de' && tokens[i + 2] !== undefined && lexicon.sourceNouns.has(tokens[i + 2]!.lower) ? possessiveSpeechAct(ctx, unit, tokens, i + 1) : null;
	if (owned) {
		cues.push({at: i, kind: 'source', cue: `${token.text} ${tokens[i + 1]!.text} ${tokens[i + 2]!.text}`, speaker: owned, phraseFrom: i, phraseTo: i + 3});
		return i + 2;
	}
	// "nach Polizeiangaben", "nach Angaben des Ministeriums", "nach Angaben von Vertretern …": whoever gave them.
	if (lower === 'nach' && tokens[i + 1] && !tokens[i + 1]!.quoted && (lexicon.sourceNouns.has(tokens[i + 1]!.lower) || compoundSource(tokens[i + 1]!) !== null)) {
		const source = sourceNounSpeaker(ctx, unit, tokens, i + 1, false);
		if (source) {
			cues.push({at: i, kind: 'source', cue: `${token.text} ${tokens[i + 1]!.text}`, speaker: source.speaker, phraseFrom: i, phraseTo: source.to});
			i = source.to - 1;
		}
		return i;
	}
	// "…, so der Sprecher" / "so Neumüller".
	if (lexicon.language === 'de' && lower === 'so' && (tokens[i - 1]?.text === ',' || i === 0 || tokens[i - 1]?.quoted)) {
		const phrase = phraseAfter(tokens, i + 1, lexicon, ctx.text);
		// "so der 49-Jährige", "so die Zweitplatzierte": an adjective made a noun describes the person named before.
		if (phrase && (phrase.name || phrase.roleHeads.length > 0 || phrase.pronoun || describedPerson(phrase, tokens) !== '')) {
			cues.push({at: i, kind: 'so', cue: `so ${phrase.text}`, speaker: resolve(ctx, phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
			i = phrase.to - 1;
			return i;
		}
	}
	// "Wie es aus dem Ministerium hieß, …", "wie es bei der Polizei heißt": the verb-final "wie" clause, its circle
	// between "es" and the verb.
	if ((lower === 'heißt' || lower === 'hieß') && lexicon.language === 'de' && i >= 4) {
		const es = tokens.slice(Math.max(0, i - 12), i).findLastIndex((part) => part.lower === 'es' && !part.quoted) + Math.max(0, i - 12);
		const place = tokens[es + 1];
		if (es >= 1 && tokens[es - 1]!.lower === 'wie' && place && circlePlaces.has(place.lower) && es + 2 < i && tokens.slice(es + 1, i).every((part) => part.word && !part.quoted)) {
			const speaker = circleSpeaker(ctx, unit, tokens, es + 2, i);
			cues.push({at: i, kind: 'impersonal', cue: `wie es … ${token.text}`, speaker, phraseFrom: es - 1, phraseTo: i + 1});
			return i;
		}
	}
	if ((lower === 'heißt' || lower === 'hieß') && tokens[i + 1]?.lower === 'es') {
		i = heisstEsCue(ctx, unit, cues, i);
		return i;
	}
	// "Der Minister zeigte sich zuversichtlich, dass …": a stance taken in words, with its clause.
	if (lexicon.language === 'de' && /^(?:zeigte|zeigt|zeigten|gab|gibt|gaben)$/u.test(lower) && tokens[i + 1]?.lower === 'sich' && tokens.slice(i + 2, i + 7).some((next) => !next.quoted && lexicon.complementizers.has(next.lower))) {
		const found = speakerOfVerb(ctx, unit, tokens, i);
		cues.push({at: i, kind: 'speech', cue: `${token.text} sich`, speaker: found.speaker, phraseFrom: found.from, phraseTo: found.to});
		return i;
	}
	const stance = stancePhrase(ctx, tokens, i);
	if (stance) {
		stanceCue(ctx, unit, cues, i, stance);
		return i;
	}
	const verb = isSpeechVerb(ctx, tokens, i, unit.paragraph === 0);
	const framing = !verb && !(lexicon.language === 'de' && token.cap) && (lexicon.framingVerbs.has(lower) || framesAs(tokens, i));
	if (verb || framing) {
		// "led TNO to conclude": the subject stands before "to".
		const infinitive = tokens[i - 1]?.lower === 'to' ? phraseBefore(tokens, i - 1, lexicon, ctx.text) : null;
		const found = infinitive ? {speaker: resolve(ctx, infinitive, unit, tokens), from: i, to: i} : speakerOfVerb(ctx, unit, tokens, i);
		cues.push({at: i, kind: verb ? 'speech' : 'framing', cue: verb || token.text, speaker: found.speaker, phraseFrom: found.from, phraseTo: found.to});
	}
	return i;
}

// findCues's larger rules, each its own function: V8 recompiled the one large loop at every rule it met late (9–11
// compilations a build and isolate).

/**
 * "Yersinia pestis, per the WHO, is …", "…, per Reuters.": English "per" read like "according to" — after a comma, before
 * a capitalised name (after "the" or not), never a rate ("$5 per share", "per cent").
 */
function perSource(ctx: ArticleContext, tokens: readonly UnitToken[], i: number): boolean {
	if (ctx.lexicon.language !== 'en' || tokens[i]!.lower !== 'per') return false;
	const before = tokens[i - 1];
	// Not opening the sentence: a capitalised "Per" there is as often a given name ("Per Olsson said").
	if (before === undefined || before.quoted || before.text !== ',') return false;
	const name = tokens[i + 1]?.lower === 'the' ? tokens[i + 2] : tokens[i + 1];
	return name !== undefined && name.word && name.cap && !name.quoted && !ctx.lexicon.functionWords.has(name.lower) || (name !== undefined && /^\p{Lu}{3,}$/u.test(name.text));
}

/** "laut X", "according to X" at token i: its source cue; the index the scan goes on from. */
function lautCue(ctx: ArticleContext, unit: Unit, cues: Cue[], i: number): number {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	const lower = token.lower;
	const from = lower === 'laut' || lower === 'per' ? i + 1 : i + 2;
	const channel = lower === 'laut' ? speechActChannel(ctx, unit, tokens, from) : null;
	if (channel) {
		if (channel.speaker) cues.push({at: i, kind: 'source', cue: `${token.text} ${ctx.text.slice(tokens[from]!.start, tokens[channel.to - 1]!.end)}`, speaker: channel.speaker, phraseFrom: i, phraseTo: channel.to});
		return channel.to - 1;
	}
	const ofSource = lower === 'laut' ? sourceNounSpeaker(ctx, unit, tokens, from, true) : null;
	if (ofSource) {
		cues.push({at: i, kind: 'source', cue: token.text, speaker: ofSource.speaker, phraseFrom: i, phraseTo: ofSource.to});
		return ofSource.to - 1;
	}
	let phrase = phraseAfter(tokens, from, lexicon, ctx.text);
	// "According to the Washington Post, the memo …": what follows the comma is the clause, not a description.
	if (phrase && i <= 1) phrase = {...phrase, appositive: ''};
	// "according to a statement from the regulator": the statement's author is the source.
	if (phrase && lexicon.statementNouns.has(tokens[phrase.to - 1]?.lower ?? '') && ['from', 'by', 'of', 'von', 'des', 'der'].includes(tokens[phrase.to]?.lower ?? '')) {
		const author = phraseAfter(tokens, phrase.to + 1, lexicon, ctx.text) ?? sourcePhrase(ctx, tokens, phrase.to + 1);
		if (author) phrase = {...author, from: phrase.from};
	}
	// "according to figures from X", "according to official data from X": the author of the figures.
	if (!phrase) {
		const noun = tokens.slice(from, from + 3).findIndex((part) => !part.quoted && lexicon.statementNouns.has(part.lower));
		if (noun >= 0 && ['from', 'by', 'of'].includes(tokens[from + noun + 1]?.lower ?? '')) {
			const author = phraseAfter(tokens, from + noun + 2, lexicon, ctx.text) ?? sourcePhrase(ctx, tokens, from + noun + 2);
			if (author) phrase = {...author, from};
		}
	}
	// "laut eines Berichts der X": the report is not the source, X is.
	if (!phrase || (phrase.name !== '' && phrase.name.split(' ').every((word) => reportWords.test(word)))) phrase = sourcePhrase(ctx, tokens, from) ?? phrase;
	// "laut einer Umfrage des Instituts YouGov": a document's owner in the genitive is the source.
	if (phrase && lexicon.language === 'de' && documentNoun(ctx, tokens[phrase.to - 1]) !== '' && ['des', 'der'].includes(tokens[phrase.to]?.lower ?? '')) {
		const owner = sourcePhrase(ctx, tokens, phrase.to);
		if (owner && owner.name !== '') phrase = {...owner, from: phrase.from};
	}
	// "…, according to two people familiar with the matter.": an unnamed source closing the sentence.
	// "According to evidence presented at trial, …", "One of the officers, according to prison records, had …": one set
	// off by commas, opening the sentence or inside it.
	const opening = i === 0 || (i === 1 && tokens[0]!.text === '(');
	if (!phrase && lexicon.language === 'en' && ((i > 1 && tokens[i - 1]!.text === ',') || opening)) {
		let to = from;
		while (to < tokens.length && to - from < 10 && tokens[to]!.word && !tokens[to]!.quoted) to++;
		if (to - from >= 2 && (to === tokens.length || /^[.;!?]$/u.test(tokens[to]!.text) || (tokens[to]!.text === ',' && !tokens[to]!.quoted))) {
			const text = ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
			cues.push({at: i, kind: 'source', cue: 'according to', speaker: {entity: null, text, role: ''}, phraseFrom: i, phraseTo: to});
			return to - 1;
		}
	}
	if (phrase) {
		cues.push({at: i, kind: 'source', cue: lower === 'laut' || lower === 'per' ? token.text : 'according to', speaker: sourceSpeaker(ctx, phrase, unit, tokens), phraseFrom: i, phraseTo: phrase.to});
		i = phrase.to - 1;
	}
	return i;
}

/** "X zufolge" at token i: the source before the postposition. */
function zufolgeCue(ctx: ArticleContext, unit: Unit, cues: Cue[], i: number): void {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	// "Ihm zufolge", "Ihr zufolge": a dative pronoun means the man or woman it refers back to.
	const dative = i >= 1 && !tokens[i - 1]!.quoted ? ({ihm: 'er', ihr: 'sie'} as Record<string, string>)[tokens[i - 1]!.lower] : undefined;
	if (dative && (i === 1 || /^[,;:]$/u.test(tokens[i - 2]!.text))) {
		const pronoun: NounPhrase = {from: i - 1, to: i, text: tokens[i - 1]!.text, name: '', role: '', roleHeads: [], roleWords: [], pronoun: dative, determiner: '', appositive: '', group: false};
		cues.push({at: i - 1, kind: 'source', cue: `${tokens[i - 1]!.text} zufolge`, speaker: resolve(ctx, pronoun, unit, tokens), phraseFrom: i - 1, phraseTo: i + 1});
		return;
	}
	// "Ihren Angaben zufolge", "seiner Aussage zufolge": the possessive is the person, the noun only the channel.
	const owned = i >= 2 ? possessiveSpeechAct(ctx, unit, tokens, i - 2) : null;
	if (owned) {
		cues.push({at: i - 2, kind: 'source', cue: `${tokens[i - 2]!.text} ${tokens[i - 1]!.text} zufolge`, speaker: owned, phraseFrom: i - 2, phraseTo: i + 1});
		return;
	}
	let phrase = phraseBefore(tokens, i, lexicon, ctx.text);
	// "Der 35 Jahre alten X zufolge sei …", "Dem Chef des Konzerns, X, zufolge sei …": with the finite verb right after
	// "zufolge" the source is the whole front field (a German main clause holds one constituent before its verb).
	const next = tokens[i + 1];
	const verbNext = next !== undefined && next.word && !next.cap && !next.quoted && !lexicon.determiners.has(next.lower) && !lexicon.functionWords.has(next.lower);
	// Before the phrase only what may open a noun phrase: an article, a number, an age, adjectives ("Der 35 Jahre alten").
	const modifiers = (from: number) => tokens.slice(0, from).every((token) => !token.quoted && token.word && (lexicon.determiners.has(token.lower) || /^\p{N}+$/u.test(token.text) || /^(?:jahre|monate|wochen)$/u.test(token.lower) || (!token.cap && /(?:e|en|er|es|em)$/u.test(token.lower))));
	if (phrase && phrase.from > 0 && verbNext && modifiers(phrase.from)) phrase = {...phrase, from: 0};
	// "Dem Chef des Konzerns, Max Muster, zufolge sei …": the name apposed in that front field is the source.
	if (!phrase && verbNext && tokens[i - 1]?.text === ',' && tokens.slice(0, i).every((token) => !token.quoted)) {
		const apposed = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position < tokens[i]!.start && !mention.entity.organisation && mention.entity.name.includes(' ')).pop();
		if (apposed) {
			cues.push({at: 0, kind: 'source', cue: 'zufolge', speaker: {entity: apposed.entity, text: apposed.entity.name, role: apposed.entity.role}, phraseFrom: 0, phraseTo: i + 1});
			return;
		}
	}
	// "Den Angaben zufolge", "den Informationen zufolge": a definite source noun with no owner means the source
	// the text just reported from; the noun names no one.
	if (phrase && phrase.from === i - 2 && lexicon.sourceNouns.has(tokens[i - 1]!.lower) && /^(?:den|diesen)$/u.test(tokens[i - 2]!.lower)) {
		cues.push({at: phrase.from, kind: 'source', cue: `${phrase.text} zufolge`, speaker: lastReportedSpeaker(ctx, unit), phraseFrom: phrase.from, phraseTo: i + 1});
		return;
	}
	if (phrase && (phrase.name || phrase.roleHeads.length > 0)) {
		cues.push({at: phrase.from, kind: 'source', cue: `${phrase.text} zufolge`, speaker: resolve(ctx, phrase, unit, tokens), phraseFrom: phrase.from, phraseTo: i + 1});
	}
}

/** "heißt es" at token i, with its circle, statement or document; the index the scan goes on from. */
function heisstEsCue(ctx: ArticleContext, unit: Unit, cues: Cue[], i: number): number {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const token = tokens[i]!;
	let speaker = nobody;
	let phraseTo = i + 2;
	const preposition = tokens[i + 2];
	if (preposition && !preposition.quoted && ['in', 'aus', 'von', 'vom', 'bei', 'beim', 'im', 'seitens', 'auf'].includes(preposition.lower)) {
		// "hieß es aus Regierungskreisen", "heißt es aus dem Umfeld des Ministers": the circle speaks.
		let end = i + 3;
		while (end < tokens.length && end - i < 10 && tokens[end]!.word && !tokens[end]!.quoted && (tokens[end]!.cap || /e[nrsm]?$/u.test(tokens[end]!.lower))) end++;
		while (end > i + 3 && !tokens[end - 1]!.cap) end--;
		if (end > i + 3) {
			// "heißt es auf der Internetseite des Unternehmens": a statement's or a website's owner speaks.
			const genitive = tokens.slice(i + 3, end).findIndex((part) => part.lower === 'des' || part.lower === 'der');
			const owner = genitive > 0 && lexicon.statementNouns.has(tokens[i + 3 + genitive - 1]!.lower) ? phraseAfter(tokens, i + 3 + genitive, lexicon, ctx.text) : null;
			const ownerSpeaker = owner ? resolve(ctx, owner, unit, tokens) : nobody;
			speaker = ownerSpeaker.entity ? ownerSpeaker : circleSpeaker(ctx, unit, tokens, i + 3, end);
			phraseTo = end;
		}
	} else {
		// "In einer Mitteilung des Konzerns heißt es", "Im Bericht der Kommission heißt es": the statement speaks.
		const statement = [...cues].reverse().find((cue) => (cue.kind === 'statement' || cue.kind === 'source') && cue.at < i);
		if (statement) speaker = statement.speaker;
		else {
			const document = tokens.slice(0, i).map((part) => (part.quoted ? '' : documentNoun(ctx, part))).findLast((noun) => noun !== '');
			const author = document ? documentAuthor(ctx, document, token.start) : null;
			if (author) speaker = author;
		}
		// "Am Markt hieß es, …", "In Regierungskreisen heißt es": a place or circle opening the sentence right before the cue.
		if (speaker === nobody && circlePlaces.has(tokens[0]?.lower ?? '') && i >= 2 && i <= 5 && tokens.slice(1, i).every((part) => part.word && !part.quoted && (part.cap || ctx.lexicon.determiners.has(part.lower))) && tokens[i - 1]!.cap) {
			speaker = circleSpeaker(ctx, unit, tokens, 1, i);
		}
	}
	// "„…“, sagte der Feuerwehr-Sprecher. Für die Bevölkerung bestehe keine Gefahr. …, hieß es.": a bare "hieß es"
	// closing a report, with no source of its own, goes on with whoever spoke in this paragraph just before.
	const last = ctx.last;
	if (speaker === nobody && phraseTo === i + 2 && i > 0 && tokens[i - 1]!.text === ',' && last && unit.index - last.unit <= 3 && ctx.units[last.unit]!.paragraph === unit.paragraph) speaker = last.speaker;
	// "…, so hieß es": "so" belongs to the cue.
	const at = i > 0 && tokens[i - 1]!.lower === 'so' && !tokens[i - 1]!.quoted ? i - 1 : i;
	cues.push({at, kind: 'impersonal', cue: `${at < i ? 'so ' : ''}${token.text} es`, speaker, phraseFrom: at, phraseTo});
	return phraseTo - 1;
}

/** A stance taken in words ("zeigte sich zuversichtlich") at token i, when someone holds it. */
function stanceCue(ctx: ArticleContext, unit: Unit, cues: Cue[], i: number, stance: string): number {
	const tokens = unit.tokens;
	const lexicon = ctx.lexicon;
	const found = speakerOfVerb(ctx, unit, tokens, i);
	// "Das zeigt, dass …", "Die Zahl der Fälle zeigt, dass …" are inferences, not views anyone holds: only a
	// person or body, someone described by a role, or a document ("Die Studie zeigt") reports.
	const head = (found.speaker.text.match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
	const described = found.speaker.text !== '' && !/^(?:das|dies|es|man)$/iu.test(found.speaker.text) && (roleHead(head, lexicon) !== '' || germanDocumentEnding.test(head.toLowerCase()) || lexicon.groupSpeakers.has(head.toLowerCase()));
	const entity = found.speaker.entity;
	// A single capitalised word guessed to be a body ("Die Zahl der Fälle") is no speaker unless its name says it is one.
	const institutional = entity !== null && isInstitutionWord(ctx, (entity.name.split(/[\s-]/u).pop() ?? '').toLowerCase());
	if ((entity && !(entity.organisation && entity.guessed && !institutional && roleHead(head, lexicon) === '')) || described) {
		cues.push({at: i, kind: 'speech', cue: stance, speaker: found.speaker, phraseFrom: found.from, phraseTo: found.to});
	}
	return i;
}

/** Prepositions that open a place or circle before "heißt es" ("Am Markt", "In Regierungskreisen", "Aus Berlin"). */
const circlePlaces = new Set(['am', 'im', 'in', 'aus', 'bei', 'beim', 'seitens']);

/**
 * Who speaks behind "heißt es aus/in …": a named or generic body ("aus dem Ministerium"), else the circle as
 * the text names it, in the nominative ("Regierungskreisen" → "Regierungskreise", "dem Umfeld des Ministers"
 * → "Umfeld des Ministers").
 */
function circleSpeaker(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], from: number, to: number): Speaker {
	let start = from;
	if (ctx.lexicon.determiners.has(tokens[start]!.lower)) start++;
	// "von Seiten der Regierung": the body after "Seiten".
	if (tokens[start]?.lower === 'seiten' && start + 1 < to) return circleSpeaker(ctx, unit, tokens, start + 1, to);
	const statement = tokens[start] && (ctx.lexicon.statementNouns.has(tokens[start]!.lower) || documentNoun(ctx, tokens[start]) !== '');
	if (statement) {
		// "in einer Mitteilung des Innenministeriums": the statement's author; without one, a named document's author.
		if (['des', 'der'].includes(tokens[start + 1]?.lower ?? '') && start + 2 < to) return circleSpeaker(ctx, unit, tokens, start + 1, to);
		const noun = documentNoun(ctx, tokens[start]);
		return (noun ? documentAuthor(ctx, noun, tokens[start]!.start) : null) ?? nobody;
	}
	const head = tokens[start];
	const generic = head && start + 1 === to ? genericOrganisation(ctx, head) : '';
	if (generic) {
		const named = organisationFor(ctx, generic, unit, tokens[from]!.start, '');
		if (named) return named;
	}
	const known = start + 1 === to && head ? ctx.registry.lookup(stripPossessive(head.text)) : undefined;
	if (known) return {entity: known, text: known.name, role: known.role};
	// A body in the genitive ("des Innenministeriums") is named in the nominative.
	if (start + 1 === to && head && /(?:es|s)$/u.test(head.lower) && isInstitutionWord(ctx, head.lower.replace(/(?:es|s)$/u, ''))) {
		return {entity: null, text: head.text.replace(/(?:es|s)$/u, ''), role: ''};
	}
	const text = ctx.text.slice(tokens[start]!.start, tokens[to - 1]!.end).replace(/(?<=\p{L})kreisen\b/gu, 'kreise').replace(/^Kreisen\b/u, 'Kreise');
	return {entity: null, text, role: ''};
}

/** The speaker of the latest attributed quote in this sentence or the four before (same or previous paragraph), or nobody. */
function lastReportedSpeaker(ctx: ArticleContext, unit: Unit): Speaker {
	const earliest = ctx.units[Math.max(0, unit.index - 4)]!;
	for (let index = ctx.quotes.length - 1; index >= 0; index--) {
		const quote = ctx.quotes[index]!;
		if (quote.start < earliest.start) break;
		if (quote.start >= unit.start && quote.end > unit.end) continue;
		if (quote.speaker === '') continue;
		const paragraph = ctx.units.find((candidate) => candidate.start <= quote.start && quote.start < candidate.end)?.paragraph ?? -1;
		if (unit.paragraph - paragraph > 1) break;
		return {entity: ctx.speakerEntities.get(quote) ?? null, text: quote.speaker, role: quote.role};
	}
	return nobody;
}

/** "Feuerwehrangaben" → "Feuerwehr", "Regierungsangaben" → "Regierung" (no linking -s): the source a compound of "Angaben" names. */
function compoundSource(token: UnitToken): string | null {
	// "Polizeiangaben", "ARD-Informationen": the first part names who gave them.
	const compound = /^(\p{L}{3,}?)(?:angaben|-angaben|-informationen)$/u.exec(token.lower);
	if (!compound || token.quoted || !token.cap) return null;
	return token.text.slice(0, compound[1]!.length).replace(/(?<=(?:ung|heit|keit|ion|tät|schaft))s$/u, '');
}

/** Articles that open a German genitive owner after a source noun ("Angaben des Ministeriums"). */
const genitiveArticlesDe = new Set(['des', 'der', 'eines', 'einer']);

/**
 * "laut Angaben des von der Hamas kontrollierten Ministeriums", "nach Angaben von Vertretern der Dienste", "laut
 * Feuerwehrangaben": a source noun ("Angaben", "Informationen") is no speaker, whoever gave them is — the body a
 * compound names (the article's "Berliner Feuerwehr" for "Feuerwehr"), or the owner after the noun, skipping an
 * attribute set inside its article ("des von der Hamas kontrollierten …"). With no owner the phrase names no one
 * ("laut palästinensischen Angaben"). Null when `from` opens no source noun, or "eigenen Angaben" (the subject's own,
 * which other rules read); adjectives before the noun are read only after "laut" (`adjectives`).
 */
const possessivePronounsDe: ReadonlyMap<string, string> = new Map([
	['ihren', 'sie'], ['ihrer', 'sie'], ['ihrem', 'sie'], ['ihre', 'sie'], ['seinen', 'er'], ['seiner', 'er'], ['seinem', 'er'], ['seine', 'er'],
]);

/** "Ihren Angaben", "seiner Aussage" at `at`: the person the possessive refers back to, null when no such pair stands there. */
function possessiveSpeechAct(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], at: number): Speaker | null {
	const owner = tokens[at];
	const noun = tokens[at + 1];
	if (ctx.lexicon.language !== 'de' || !owner || !noun || owner.quoted || noun.quoted || !speechActNounsDe.has(noun.lower)) return null;
	const pronoun = possessivePronounsDe.get(owner.lower);
	if (!pronoun) return null;
	const phrase: NounPhrase = {from: at, to: at + 1, text: owner.text, name: '', role: '', roleHeads: [], roleWords: [], pronoun, determiner: '', appositive: '', group: false};
	return resolve(ctx, phrase, unit, tokens);
}

/**
 * "laut Mitteilung", "laut einer Erklärung", "laut ihren Angaben": a German speech-act noun after "laut" is the channel,
 * never the source. With a possessive the source is the person it refers back to; with no owner after it the phrase
 * names no one (the clause's own cue does: "sagte X laut Mitteilung"). Null when the noun has an owner after it
 * ("laut einer Mitteilung des Konzerns") or is no speech-act noun — the source-phrase rules read those.
 */
function speechActChannel(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], from: number): {speaker: Speaker | null; to: number} | null {
	if (ctx.lexicon.language !== 'de') return null;
	const owned = possessiveSpeechAct(ctx, unit, tokens, from);
	if (owned) return {speaker: owned, to: from + 2};
	let at = from;
	if (/^(?:einer|eine|der|dem|den|die)$/u.test(tokens[at]?.lower ?? '')) at++;
	const noun = tokens[at];
	if (!noun || noun.quoted || !speechActNounsDe.has(noun.lower)) return null;
	const next = tokens[at + 1];
	// An owner after the noun: a genitive or "von" phrase, or a capitalised name ("Angaben Kiews").
	if (next && !next.quoted && next.word && (genitiveArticlesDe.has(next.lower) || /^(?:von|vom)$/u.test(next.lower) || next.cap)) return null;
	return {speaker: null, to: at + 1};
}

function sourceNounSpeaker(ctx: ArticleContext, unit: Unit, tokens: UnitToken[], from: number, adjectives: boolean): {speaker: Speaker; to: number} | null {
	const lexicon = ctx.lexicon;
	if (lexicon.language !== 'de') return null;
	let at = from;
	if (adjectives) {
		if (/^(?:den|der|die)$/u.test(tokens[at]?.lower ?? '')) at++;
		while (at < from + 3 && tokens[at] && tokens[at]!.word && !tokens[at]!.cap && !tokens[at]!.quoted && /e[nr]?$/u.test(tokens[at]!.lower) && !lexicon.functionWords.has(tokens[at]!.lower)) {
			if (tokens[at]!.lower === 'eigenen') return null;
			at++;
		}
	}
	const noun = tokens[at];
	if (!noun || noun.quoted || !noun.cap || !noun.word) return null;
	const compound = compoundSource(noun);
	if (compound !== null) {
		const known = ctx.registry.lookup(compound);
		return {speaker: known && known.organisation ? {entity: known, text: known.name, role: known.role} : {entity: null, text: compound, role: ''}, to: at + 1};
	}
	if (!lexicon.sourceNouns.has(noun.lower)) return null;
	const link = tokens[at + 1];
	if (link && !link.quoted && (link.word || /["“”„«»]/u.test(link.text))) {
		let view = tokens;
		// "Angaben des Ministeriums", "Angaben Kiews", "Angaben von Vertretern …", "Angaben vom Verband".
		let ownerFrom = link.lower === 'von' || link.lower === 'vom' ? at + 2 : at + 1;
		let shift = 0;
		if (genitiveArticlesDe.has(link.lower) && /^(?:von|vom)$/u.test(tokens[at + 2]?.lower ?? '')) {
			let k = at + 3;
			while (k < tokens.length && k - at <= 8 && tokens[k]!.word && !tokens[k]!.quoted && (tokens[k]!.cap || lexicon.determiners.has(tokens[k]!.lower))) k++;
			const participle = tokens[k];
			if (participle && participle.word && !participle.cap && !participle.quoted && /(?:t|en)e[nrms]?$/u.test(participle.lower)) {
				// The owner read without the attribute: view[0] is the article, view[j] is tokens[k + j].
				view = [link, ...tokens.slice(k + 1)];
				ownerFrom = 0;
				shift = k;
			}
		}
		const phrase = sourcePhrase(ctx, view, ownerFrom);
		if (phrase) return {speaker: sourceSpeaker(ctx, phrase, unit, view), to: phrase.to + shift};
	}
	return adjectives ? {speaker: nobody, to: at + 1} : null;
}

/** "eines Berichts der Teheran Times", "a Pentagon memo seen by Reuters": the source inside a report phrase. */
export function sourcePhrase(ctx: ArticleContext, tokens: UnitToken[], from: number): NounPhrase | null {
	const first = tokens[from];
	if (!first || !(first.cap || ctx.lexicon.determiners.has(first.lower) || /["“”„«»]/u.test(first.text))) return null;
	let end = from;
	let coordinated = false;
	while (end < tokens.length && end - from < 10) {
		const token = tokens[end]!;
		// "von NDR, WDR und SZ": several named sources together are the source.
		const joiner = !token.quoted && (token.text === ',' || ['und', 'and', 'sowie'].includes(token.lower));
		// "laut den Nutzerinnen und den Nutzern": the second source may open with its article.
		const article = tokens[end + 1] !== undefined && ctx.lexicon.determiners.has(tokens[end + 1]!.lower) && tokens[end + 2]?.cap === true && tokens[end + 2]!.word ? 1 : 0;
		const nextNamed = tokens[end + 1 + article] !== undefined && (tokens[end + 1 + article]!.cap || /["“”„«»]/u.test(tokens[end + 1 + article]!.text)) && !ctx.lexicon.functionWords.has(tokens[end + 1 + article]!.lower);
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
		// "der 35 Jahre alten X": an age phrase after the article is one adjective.
		const age = ctx.lexicon.language === 'de' && end > from ? ageSpanDe(tokens, end) : 0;
		if (age > 0) {
			end += age;
			continue;
		}
		// Lower-case words continue the source only after its opening article ("des zuständigen …", "the regulator").
		if (!token.quoted && token.word && !token.cap && !ctx.lexicon.determiners.has(token.lower) && (end > from + 1 || !ctx.lexicon.determiners.has(tokens[from]!.lower))) {
			// Only an adjective before the noun continues the source ("des zuständigen Oberstaatsanwalts"); after the
			// name it opens the clause's own words ("laut der „Teheran Times“ wichtigster Handelspartner").
			const named = tokens.slice(from, end).some((part) => part.word && (part.cap || part.quoted) && !ctx.lexicon.determiners.has(part.lower));
			if (ctx.lexicon.language === 'de' && (named || !(/e[nrsm]?$/u.test(token.lower) && tokens[end + 1]?.cap))) break;
			if (ctx.lexicon.language === 'en') break;
		}
		end++;
	}
	if (end === from) return null;
	while (end > from && !tokens[end - 1]!.word) end--;
	if (end === from) return null;
	// "laut dem 49 …", "according to the": an article cut off before its noun, or a number, names no source.
	if (!tokens.slice(from, end).some((token) => token.quoted || (token.word && !/^\p{N}/u.test(token.text) && !ctx.lexicon.determiners.has(token.lower) && !ctx.lexicon.functionWords.has(token.lower)))) return null;
	const text = ctx.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
	if (!coordinated && tokens.slice(from, end).some((token) => !token.quoted && isRoleToken(token, ctx.lexicon))) {
		// "des US-amerikanischen Staatschefs", "of the foreign minister": a role, read as a role phrase.
		const phrase = phraseAfter(tokens, from, ctx.lexicon, ctx.text);
		if (phrase && phrase.roleHeads.length > 0 && phrase.to <= end) return phrase;
	}
	// "US-amerikanischen": a compound adjective, capitalised for its first part, names no one.
	const capitals = tokens.slice(from, end).filter((token, index, all) => token.word && !(ctx.lexicon.language === 'de' && index > 0 && ageSpanDe(all, index - 1) > 0) && (token.cap || (/^(?:für|of|for)$/u.test(token.lower) && index > 0 && all[index - 1]!.cap)) && (!ctx.lexicon.functionWords.has(token.lower) || !token.cap) && !/-\p{Ll}[\p{L}]*$/u.test(token.text));
	const name = joinedWords(capitals.filter((token) => !isRoleToken(token, ctx.lexicon)), (token) => stripPossessive(token.text));
	if (coordinated) return {from, to: end, text: text.replace(/["“”„«»]/gu, ''), name: '', role: '', roleHeads: [], roleWords: [], pronoun: '', determiner: '', appositive: '', group: true};
	const determiner = ctx.lexicon.determiners.has(tokens[from]!.lower) ? tokens[from]!.lower : '';
	return {from, to: end, text, name, role: '', roleHeads: [], roleWords: [], pronoun: '', determiner, appositive: '', group: false};
}

export function sourceSpeaker(ctx: ArticleContext, phrase: NounPhrase, unit: Unit, tokens: UnitToken[]): Speaker {
	// Report words are not speakers: "a Pentagon memo" is the Pentagon's, "eines Berichts der X" is X's.
	const words = phrase.name.split(/\s+/).filter((word) => word !== '' && !reportWords.test(word));
	if (phrase.pronoun) return resolve(ctx, phrase, unit, tokens);
	const known = phrase.name === '' ? undefined : unit.mentioned.find((entity) => entity.name.startsWith(phrase.name) && entity.name !== phrase.name);
	if (known) return {entity: known, text: known.name, role: known.role};
	if (words.length > 0 && words.length < phrase.name.split(/\s+/).length) {
		const name = words.join(' ');
		const entity = ctx.registry.lookup(name) ?? ctx.registry.addName(name, {organisation: words.length === 1});
		return {entity, text: entity.name, role: entity.role};
	}
	if (phrase.name === '' && phrase.roleHeads.length === 0) {
		// "according to the company", "laut dem Konzern": a definite body noun means the body the article named.
		if (/^(?:the|der|die|das|dem|des)$/u.test(phrase.determiner) && phrase.to - phrase.from === 2 && genericOrganisation(ctx, tokens[phrase.to - 1]) !== '') {
			const body = resolve(ctx, phrase, unit, tokens);
			if (body.entity) return body;
		}
		return {entity: null, text: phrase.text, role: ''};
	}
	return resolve(ctx, phrase, unit, tokens);
}

/** Is the quoted fragment a title, a name, a label or a coined term rather than someone's words? */
/**
 * "verteidigte den Einsatz als gerechtfertigte „Strafverfolgungsmaßnahme“", "defended the strike as "self-defence"":
 * a verb of defending or justifying frames a quote only through "als/as" (alone its quoted object is mostly a label).
 */
function framesAs(tokens: UnitToken[], at: number): boolean {
	if (!/^(?:verteidigte|verteidigt|verteidigten|rechtfertigte|rechtfertigt|defended|defends|justified|justifies)$/u.test(tokens[at]!.lower)) return false;
	for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
		const token = tokens[k]!;
		if (token.quoted || /^[.;!?]$/u.test(token.text)) return false;
		if (token.lower === 'als' || token.lower === 'as') return tokens.slice(k + 1, k + 5).some((next) => next.quoted);
	}
	return false;
}

export function colonSpeaker(ctx: ArticleContext, unit: Unit): {speaker: Speaker; cue: string} | null {
	const cues = findCuesCached(ctx, unit);
	const cue = [...cues].reverse().find((candidate) => candidate.speaker.entity || candidate.speaker.text);
	if (cue) return {speaker: cue.speaker, cue: cue.cue};
	const entity = unit.speakers[0] ?? unit.mentioned.find((candidate) => !candidate.organisation);
	return entity ? {speaker: {entity, text: entity.name, role: entity.role}, cue: ':'} : null;
}

function findCuesCached(ctx: ArticleContext, unit: Unit): Cue[] {
	let cues = ctx.cueCache.get(unit.index);
	if (!cues) {
		cues = findCues(ctx, unit);
		ctx.cueCache.set(unit.index, cues);
	}
	return cues;
}
