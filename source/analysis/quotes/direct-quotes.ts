// Direct and partial quotes: quotation marks in a sentence, whether they quote anyone, and the cue before, after or inside that names the speaker.

import type {QuoteKind} from '../../model/quote.js';
import type {Entity} from '../people/registry.js';
import {nominativeRoleDe} from '../people/role-case.js';
import {type ArticleContext, type Cue, nobody, type Speaker, speakerName, speakerRole, startsLine, tokenIndexAt, type Unit} from './article-context.js';
import type {QuoteSpan} from './marks.js';
import {namedTermReason, termShaped} from './named-terms.js';
import {hasKonjunktiv, indirect, participleReport, requestReport} from './reported-speech.js';
import {firstPersonIn, recentPerson, reportingSubject, subjectOf} from './speaker-resolution.js';
import {roleHead} from './lexicon.js';
import {isInstitutionWord, pluralVerbBeside} from './mentions.js';
import {colonSpeaker, findCues, quotedLabelBefore} from './speech-cues.js';


export function emit(ctx: ArticleContext, kind: QuoteKind, start: number, end: number, speaker: Speaker, cue: string, unit: Unit): void {
	const text = ctx.text.slice(start, end);
	if (text.trim() === '') return;
	const role = speaker.entity || ctx.lexicon.language !== 'de' ? speakerRole(speaker) : nominativeRoleDe(speaker.role);
	// An unnamed speaker met in an oblique case ("nach Angaben des Sprechers") is reported in the nominative.
	const name = !speaker.entity && ctx.lexicon.language === 'de' && /^(?:des|dem|den|eines|einem|einen)\s/iu.test(speaker.text) ? nominativeRoleDe(speaker.text) : speakerName(speaker);
	ctx.quotes.push({kind, text, speaker: name, role, cue, start, end});
	if (speaker.entity) ctx.speakerEntities.set(ctx.quotes[ctx.quotes.length - 1]!, speaker.entity);
	if (speaker.entity) {
		speaker.entity.speaker = true;
		if (!unit.speakers.includes(speaker.entity)) unit.speakers.push(speaker.entity);
	}
	if (speaker.entity || speaker.text) {
		ctx.last = {speaker, unit: unit.index};
		ctx.lastKind = kind;
		if (kind === 'direct') ctx.lastDirect = ctx.last;
	}
}

/** How often a word stands in the article as a whole word (case-sensitive), counted once per word. */
function occurrences(ctx: ArticleContext, word: string): number {
	let cached = ctx.wordCounts.get(word);
	if (cached === undefined) {
		cached = 0;
		for (let at = ctx.text.indexOf(word); at >= 0 && cached < 10; at = ctx.text.indexOf(word, at + word.length)) {
			const before = ctx.text[at - 1] ?? ' ';
			const after = ctx.text[at + word.length] ?? ' ';
			if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) cached++;
		}
		ctx.wordCounts.set(word, cached);
	}
	return cached;
}

/** Per article, the words (lower-cased) already found to be a term, not a quote: where the article quotes them again, they are the term again. */
const namedBefore = new WeakMap<ArticleContext, Set<string>>();

function isNotAQuote(ctx: ArticleContext, unit: Unit, span: QuoteSpan): boolean {
	let named = namedBefore.get(ctx);
	if (!named) namedBefore.set(ctx, named = new Set());
	const inner = ctx.text.slice(span.innerStart, span.innerEnd).toLowerCase();
	if (termShaped(inner, ctx.lexicon.language) && named.has(inner)) return true;
	if (!notAQuoteByRules(ctx, unit, span)) return false;
	named.add(inner);
	return true;
}

function notAQuoteByRules(ctx: ArticleContext, unit: Unit, span: QuoteSpan): boolean {
	const inner = ctx.text.slice(span.innerStart, span.innerEnd);
	const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
	if (words.length === 0) return true;
	// Part of a compound name: ZDF-„Morgenmagazin“, "Anti-'Woke'".
	if (ctx.text[span.open - 1] === '-' && /[\p{L}\p{N}]/u.test(ctx.text[span.open - 2] ?? '')) return true;
	if (namedTermReason(ctx.text, ctx.lexicon.language, span, unit.start) !== null) return true;
	// Signs and labels: "PRESS", "TV".
	if (words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}\-]*$/u.test(words[0]!) && words[0]!.length <= 6) return true;
	// A programme's or thing's name the article keeps using ("Job-Turbo", three times and more): a term, not words said.
	// Said words repeated ("likely", three times) are lower-case; names of things are capitalised.
	if (words.length === 1 && words[0]!.length >= 4 && /^\p{Lu}/u.test(words[0]!) && occurrences(ctx, words[0]!) >= 3) return true;
	// Names of papers, shows, operations: every word capitalised, few words, no sentence punctuation.
	if (words.length >= 2 && words.length <= 5 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) && !/[.!?,]/u.test(inner)) return true;
	const before = ctx.text.slice(Math.max(unit.start, span.open - 40), span.open).toLowerCase();
	const after = ctx.text.slice(span.close, Math.min(unit.end, span.close + 40)).toLowerCase();
	const beforeWords = before.match(/[\p{L}-]+/gu) ?? [];
	const lastWords = beforeWords.slice(-2);
	const titleLike = /^[\p{Lu}\p{N}]/u.test(inner) && words.length <= 8;
	if (titleLike && lastWords.some((word) => ctx.lexicon.titleNouns.some((noun) => word.endsWith(noun)))) return true;
	if (mediumInMarks(ctx, beforeWords, inner, words)) return true;
	// After an auxiliary or a pronoun the quoted words are part of a clause ("he would 'gladly' sign"): a marker
	// after them is a verb ("sign"), not a label's noun.
	const inClause = /^(?:would|will|could|should|can|may|might|must|to|did|does|do|had|has|have|was|were|is|are|he|she|they|we|i|you|it|würde|werde|wolle|will|könne|müsse)$/u.test(beforeWords[beforeWords.length - 1] ?? '');
	const near = `${beforeWords.slice(-3).join(' ')} | ${inClause ? '' : (after.match(/[\p{L}-]+/gu) ?? []).slice(0, 4).join(' ')}`;
	const padded = ` ${near.replace(/\|/gu, ' ')} `;
	if (ctx.lexicon.termMarkers.some((marker) => padded.includes(` ${marker} `))) return true;
	// 'words such as "hello", "one, two" and "bye bye"': a quote listed right after a label is a label too.
	const index = unit.quotes.indexOf(span);
	const previous = index > 0 ? unit.quotes[index - 1] : undefined;
	if (previous && /^(?:,|,?\s*(?:and|or|und|oder|sowie))$/u.test(ctx.text.slice(previous.close, span.open).trim()) && isNotAQuote(ctx, unit, previous)) return true;
	return false;
}

/**
 * A medium's name in marks where German grammar puts a source or an addressee ("laut „Spiegel“", "gegenüber der
 * „Bild“", "sagte er der „Zeit“", "sagte Müller dem „Tagesspiegel“"): one to three capitalised words, no clause.
 */
function mediumInMarks(ctx: ArticleContext, beforeWords: readonly string[], inner: string, words: readonly string[]): boolean {
	if (ctx.lexicon.language !== 'de' || words.length > 3 || !words.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) || /[.!?,:;]/u.test(inner)) return false;
	const last = beforeWords[beforeWords.length - 1] ?? '';
	const article = /^(?:der|dem|des)$/u.test(last);
	const preposition = beforeWords[beforeWords.length - (article ? 2 : 1)] ?? '';
	if (/^(?:laut|gegenüber)$/u.test(preposition)) return true;
	// The dative after a verb of saying and its subject of one to three words: whom it was said to.
	return /^(?:der|dem)$/u.test(last) && beforeWords.slice(-5, -1).some((word) => ctx.lexicon.speechVerbs.has(word));
}

export function analyseUnit(ctx: ArticleContext, unit: Unit): void {
	const cues = findCues(ctx, unit);
	unit.cues = cues;
	const tokens = unit.tokens;
	const speechCues = cues.filter((cue) => cue.kind !== 'framing');
	const mainCue = speechCues.find((cue) => cue.speaker.entity || cue.speaker.text) ?? speechCues[0] ?? null;
	const anyCue = mainCue ?? cues.find((cue) => cue.speaker.entity || cue.speaker.text) ?? null;
	const konjunktiv = hasKonjunktiv(ctx, tokens, true);
	const recent = ctx.last && unit.index - ctx.last.unit <= 3 && unit.paragraph - ctx.units[ctx.last.unit]!.paragraph <= 1 ? ctx.last : null;
	const previousUnit = ctx.units[unit.index - 1];
	// A colon closing the sentence before introduces this one's quote, in the next paragraph or the same one.
	const colonBefore = previousUnit && /:\s*$/u.test(ctx.text.slice(previousUnit.start, previousUnit.end)) ? previousUnit : null;

	unit.quotes.forEach((span, quoteNumber) => {
		const startToken = tokenIndexAt(unit, span.open);
		const endToken = tokenIndexAt(unit, span.close);
		const previousClose = unit.quotes[quoteNumber - 1]?.close ?? unit.start;
		const beforeWriter = tokens.slice(tokenIndexAt(unit, previousClose), startToken).filter((token) => !token.quoted);
		const nextOpen = unit.quotes[quoteNumber + 1]?.open ?? unit.end;
		const afterWriter = tokens.slice(endToken, tokenIndexAt(unit, nextOpen)).filter((token) => !token.quoted);
		const afterWords = afterWriter.filter((token) => token.word);
		const lastBefore = beforeWriter[beforeWriter.length - 1];
		// A quote resumed after its cue ("A", sagte X, "B") opens a clause like the first part did.
		// The cue's subject may carry an apposition or an age ("sagte Max Muster, Chef der X, „…“"): a named speaker allows more words.
		const between = beforeWriter.filter((token) => token.word).length;
		const resumed = quoteNumber > 0 && lastBefore?.text === ',' && cues.some((cue) => cue.kind !== 'framing' && cue.at >= tokenIndexAt(unit, unit.quotes[quoteNumber - 1]!.close) && cue.at < startToken && (between <= 6 || (between <= 10 && cue.speaker.entity !== null && !beforeWriter.some((token) => /^[.;:!?]$/u.test(token.text)))));
		const opensClause = resumed || beforeWriter.filter((token) => token.word || token.text === ':').length === 0 || lastBefore?.text === ':' || lastBefore?.text === '-' || lastBefore?.text === '–';
		// The cue right after the quote ("…", sagte X / "…," she said), or right before it.
		// Between quote and verb: a few words, a name and its apposition, or the verb's own subject phrase however long
		// ('"…," a spokesperson for the ministry said').
		const ownSubject = (cue: Cue) => cue.phraseTo === cue.at && cue.phraseFrom >= endToken && tokens.slice(endToken, cue.phraseFrom).every((token) => !token.word);
		const cueAfter = cues.find((cue) => cue.kind !== 'framing' && cue.at >= endToken && (tokens.slice(endToken, cue.at).filter((token) => token.word && !token.quoted).length <= 4 || apposedName(tokens, endToken, cue.at) || ownSubject(cue)) && cue.at < tokenIndexAt(unit, nextOpen));
		const cueBefore = [...cues].reverse().find((cue) => cue.at < startToken && cue.kind !== 'framing');
		const framing = cues.find((cue) => cue.kind === 'framing' && (cue.speaker.entity || cue.speaker.role));
		const wholeClause = opensClause && afterWords.every((token) => cueAfter && token.start >= tokens[Math.min(cueAfter.phraseFrom, cueAfter.at)]!.start - 40);
		const multiWord = (ctx.text.slice(span.innerStart, span.innerEnd).match(/[\p{L}\p{N}]+/gu) ?? []).length;
		// Headline style "'Quote': who on what": a quote opening its line and closed by the writer's colon is whole.
		// So is one followed by a dash and the story's line ("„…“ – Merz verteidigt Sparkurs").
		const headlineQuote = opensClause && quoteNumber === 0 && [':', '–', '—', '-'].includes(afterWriter[0]?.text ?? '') && startsLine(ctx, span.open);
		// "„…“, freut sich Kluckers", "„…“, wehrte er … ab": a German quote filling the front field before a finite verb and
		// its subject is that subject's, whatever the verb (German puts the subject right after the verb in second place).
		const invertedSubject = !cueAfter && opensClause && multiWord >= 3 ? subjectAfterQuote(ctx, unit, afterWriter) : null;
		let kind: QuoteKind = invertedSubject ? 'direct' : headlineQuote || (opensClause && (afterWords.length === 0 || cueAfter !== undefined || wholeClause)) || (lastBefore && ['that', 'dass'].includes(lastBefore.lower) && afterWords.length === 0 && multiWord >= 5) ? 'direct' : 'partial';
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
		// "He said: "…"" with nobody the pronoun can mean: the verb before the colon is still the quote's cue.
		const unnamedColonCue = !cue && lastBefore?.text === ':' && !cueAfter ? [...cues].reverse().find((candidate) => candidate.kind === 'speech' && candidate.at < startToken && tokens.slice(candidate.at, startToken).every((token) => token.text !== '.' && !token.quoted)) : undefined;
		if (!cue && invertedSubject) {
			speaker = {entity: invertedSubject.entity, text: invertedSubject.entity.name, role: invertedSubject.entity.role};
			cueText = invertedSubject.verb;
		}
		if ((kind === 'partial' || ctx.text[span.open - 1] === '-') && isNotAQuote(ctx, unit, span)) return;
		// "'person of interest' says he …": the quoted words name the speaker, nobody says them.
		const verbAfter = cues.find((candidate) => candidate.kind === 'speech' && candidate.at === endToken);
		if (verbAfter && quotedLabelBefore(ctx, unit, verbAfter.at)) return;
		const introduced = ctx.pendingColon && unit.paragraph === ctx.pendingColon.paragraph + 1 ? ctx.pendingColon : null;
		if (!cue && introduced) {
			speaker = introduced.speaker;
			cueText = `${introduced.cue}:`;
		} else if (!cue) {
			// A fragment inside reported speech belongs to the sentence's subject, else to the last speaker.
			const subject = reportingSubject(ctx, unit, recent);
			if (kind === 'partial' && konjunktiv && subject) {
				speaker = {entity: subject, text: subject.name, role: subject.role};
				cueText = '(Konjunktiv)';
			} else if (kind === 'partial' && lastBefore?.text === ':' && firstPersonIn(ctx, unit, span.open)) {
				// "Name: 'fragment' at …" (a headline or standfirst): the person before the colon says it.
				const named = firstPersonIn(ctx, unit, span.open)!;
				speaker = {entity: named, text: named.name, role: named.role};
				cueText = ':';
			} else if (kind === 'partial' && lastBefore?.text === ':' && startsLine(ctx, beforeWriter[0]?.start ?? span.open) && beforeWriter.filter((token) => token.word).length <= 4 && beforeWriter.some((token) => token.cap)) {
				// "Starmer: 'We will not back down' on tax" with Starmer named only below: kept if the name
				// before the colon turns out to be a person of the article (see attributePullQuotes).
				emit(ctx, kind, span.innerStart, span.innerEnd, nobody, ':', unit);
				ctx.tentative.add(ctx.quotes[ctx.quotes.length - 1]!);
				return;
			} else if (kind === 'partial' && !(konjunktiv && recent)) {
				// No cue: kept only if an attributed quote elsewhere repeats these words (see attributeRepeats).
				if (multiWord >= 2) ctx.uncued.push({kind, start: span.innerStart, end: span.innerEnd});
				return;
			}
			if (kind === 'direct' && isNotAQuote(ctx, unit, span) && multiWord <= 5) return;
			// A colon closing the previous paragraph introduces this quote ("Trump teilte mit:").
			if (colonBefore && quoteNumber === 0 && opensClause) {
				const introducing = colonSpeaker(ctx, colonBefore);
				if (introducing) {
					speaker = introducing.speaker;
					cueText = introducing.cue;
				}
			}
			if (speaker === nobody && opensClause && lastBefore?.text === ':') {
				const mentioned = beforeWriter.length > 0 ? firstPersonIn(ctx, unit, span.open) ?? colonClauseSubject(ctx, unit, startToken) : null;
				if (mentioned) speaker = {entity: mentioned, text: mentioned.name, role: mentioned.role};
			}
			// A quote standing alone continues whoever just spoke; failing that, it belongs to the person the
			// sentence before (same paragraph) was about; then to the last speaker nearby.
			const justSpoke = recent && recent.unit === unit.index - 1 && quoteNumber === 0 ? recent : null;
			// "„…“, sagte ein Feuerwehrsprecher. … Das Institut warnt vor „…“. ¶ „Wir können nur von außen löschen.“": a full
			// quote standing alone continues the last full quote's speaker nearby, not the speaker of a fragment between.
			const floor = ctx.lastDirect;
			if (speaker === nobody && cueText === '' && kind === 'direct' && ctx.lastKind === 'partial' && floor && floor.speaker !== ctx.last?.speaker && unit.paragraph - ctx.units[floor.unit]!.paragraph <= 2) {
				speaker = floor.speaker;
				cueText = '(continues)';
			}
			const subjectBefore = kind === 'direct' && previousUnit && unit.paragraph - previousUnit.paragraph <= 1 ? subjectOf(ctx, previousUnit) : null;
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
		if (cueText === '' && speaker === nobody && unnamedColonCue) cueText = unnamedColonCue.cue;
		emit(ctx, kind, span.innerStart, span.innerEnd, speaker, cueText, unit);
	});
	indirect(ctx, unit, cues, recent);
	participleReport(ctx, unit, recent);
	requestReport(ctx, unit);
}

const prepositionsBeforeName = new Set(['in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'gegen', 'über', 'unter', 'vor', 'durch', 'ohne', 'um', 'at', 'on', 'from', 'with', 'by', 'of', 'for', 'to', 'into', 'about', 'against']);

/**
 * "Auch die Experten der Commerzbank sehen die Lage ähnlich: „…“", "wie sie der Redaktion verraten hat: „…“": with no
 * person named in the clause that ends in the colon, the body it names outside a prepositional phrase, or the person
 * its er/sie/he/she means, introduces the quote — not whoever spoke before.
 */
function colonClauseSubject(ctx: ArticleContext, unit: Unit, quoteToken: number): Entity | null {
	const tokens = unit.tokens;
	let from = quoteToken - 1;
	while (from > 0 && !tokens[from - 1]!.quoted && !/^[.!?]$/u.test(tokens[from - 1]!.text)) from--;
	const afterPreposition = (at: number) => {
		const before = tokens[at - 1];
		if (before && ctx.lexicon.determiners.has(before.lower)) return prepositionsBeforeName.has(tokens[at - 2]?.lower ?? '');
		return prepositionsBeforeName.has(before?.lower ?? '');
	};
	const first = tokens[from]!.start;
	const end = tokens[quoteToken - 1]!.start;
	const bodies = ctx.registry.mentionsIn(unit.index).filter((mention) => mention.position >= first && mention.position < end && mention.entity.organisation && !mention.entity.guessed).sort((a, b) => a.position - b.position);
	for (const mention of bodies) if (!afterPreposition(tokenIndexAt(unit, mention.position))) return mention.entity;
	for (let at = from; at < quoteToken - 1; at++) {
		const token = tokens[at]!;
		const kind = ctx.lexicon.genderedPronouns[token.lower] ?? ctx.lexicon.pronouns[token.lower];
		const gender = kind === 'male' || kind === 'female' ? kind : null;
		if (!token.word || token.quoted || !gender || afterPreposition(at)) continue;
		// German "sie" is "they" as often as "she": it means a woman only with a singular auxiliary or modal in the clause
		// ("wie sie … verraten hat:"), not in "müssen aber auch sie …:".
		if (ctx.lexicon.language === 'de' && token.lower === 'sie' && (pluralVerbBeside(ctx, tokens, at) || !tokens.slice(from, quoteToken).some((other) => !other.quoted && /^(?:hat|ist|war|wird|wurde|hatte|muss|musste|kann|konnte|soll|sollte|will|wollte|darf|durfte)$/u.test(other.lower)))) return null;
		const person = recentPerson(ctx, unit, token.start, gender, false);
		return person && !person.organisation ? person : null;
	}
	return null;
}

// Words that may stand between the quote's comma and the subject, or open what follows the quote, without being its verb.
const notInvertingWords = /^(?:so|und|oder|aber|doch|denn|sondern|als|wie|wenn|weil|dass|ob|heißt|hieß)$/u;

/**
 * The person a German quote is said by when a comma, a finite verb and its subject follow it ("„…“, freut sich
 * Kluckers", "„…“, kennt Wirtgen den Schlüssel", "„…“, wehrte er … ab"): a person named right after the verb (a
 * reflexive or an adverb may stand between), or "er"/"sie" meaning the person last named. Null otherwise.
 */
function subjectAfterQuote(ctx: ArticleContext, unit: Unit, after: ReadonlyArray<{text: string; lower: string; word: boolean; cap: boolean; start: number}>): {entity: Entity; verb: string} | null {
	if (ctx.lexicon.language !== 'de' || after[0]?.text !== ',') return null;
	const verb = after[1];
	if (!verb || !verb.word || verb.cap || notInvertingWords.test(verb.lower) || ctx.lexicon.functionWords.has(verb.lower) || ctx.lexicon.determiners.has(verb.lower) || ctx.lexicon.subordinators.has(verb.lower)) return null;
	// A finite verb: present in -t, preterite in -te or a strong form; not an infinitive or plural in -en (no singular subject).
	if (/en$/u.test(verb.lower) || !/^\p{Ll}{3,}$/u.test(verb.lower)) return null;
	let at = 2;
	while (at < 4 && after[at] && after[at]!.word && !after[at]!.cap && /^(?:sich|derweil|dann|auch|nun|noch|jedoch|indes)$/u.test(after[at]!.lower)) at++;
	const subject = after[at];
	if (!subject || !subject.word) return null;
	if (/^(?:er|sie)$/u.test(subject.lower)) {
		const gender = subject.lower === 'er' ? 'male' : 'female';
		// Whom the pronoun means, nearest first (who spoke or was named in the sentences before), not merely who spoke last.
		const person = recentPerson(ctx, unit, subject.start, gender, false);
		return person && !person.organisation ? {entity: person, verb: verb.text} : null;
	}
	if (!subject.cap) {
		// "„…“, schmunzelt der neue Landesmeister", "…, sagt die 42-Jährige": a definite singular description of a person
		// (its head a role or an adjective made a noun) as the inverted subject means the person it describes — named
		// last before the quote, in this paragraph or the one before.
		if (!/^(?:der|die)$/u.test(subject.lower)) return null;
		let head = at + 1;
		while (head < at + 3 && after[head] && after[head]!.word && !after[head]!.cap) head++;
		const noun = after[head];
		if (!noun || !noun.word || !noun.cap) return null;
		const next = after[head + 1];
		if (next && next.word && next.cap) return null;
		const described = roleHead(noun.text, ctx.lexicon) !== '' || /^(?:\d+-)?\p{Lu}\p{Ll}{3,}(?:te|ene|ige|ste)$/u.test(noun.text);
		if (!described || isInstitutionWord(ctx, noun.lower) || ctx.lexicon.anyBodyNouns.has(noun.lower)) return null;
		const person = recentPerson(ctx, unit, subject.start, subject.lower === 'der' ? 'male' : 'any', false);
		return person && !person.organisation && person.name.includes(' ') ? {entity: person, verb: verb.text} : null;
	}
	const mention = ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.position === subject.start);
	if (mention) return !mention.entity.organisation ? {entity: mention.entity, verb: verb.text} : null;
	// "„…“, zeigt sich Gilgeous-Alexander selbstbewusst": a one-word name the article introduced in full is that person.
	const known = ctx.registry.lookup(subject.text);
	return known && !known.organisation && known.name.includes(' ') ? {entity: known, verb: verb.text} : null;
}

/**
 * "…," Lina Khatib, an expert on the conflict at think-tank Chatham House, told the AP: between the quote and its verb
 * stand a name (up to four capitalised words) and an apposition set off by commas, nothing that ends a clause.
 */
function apposedName(tokens: ReadonlyArray<{text: string; word: boolean; cap: boolean; quoted?: boolean}>, from: number, to: number): boolean {
	let at = from;
	while (at < to && !tokens[at]!.word) at++;
	const nameStart = at;
	while (at < to && at - nameStart < 4 && tokens[at]!.word && tokens[at]!.cap && !tokens[at]!.quoted) at++;
	if (at - nameStart < 2 || tokens[at]?.text !== ',' || tokens[to - 1]?.text !== ',' || to - at > 18) return false;
	// An abbreviation's point ("U.K.", "Dr.") ends no clause.
	return tokens.slice(at + 1, to - 1).every((token, index, between) => !token.quoted && !/^[;:!?"“”„«»()]$/u.test(token.text) && (token.text !== '.' || /^\p{Lu}(?:\.\p{Lu})*$|^(?:Dr|St|Mr|Mrs|Ms|Prof)$/u.test(between[index - 1]?.text ?? '')));
}
