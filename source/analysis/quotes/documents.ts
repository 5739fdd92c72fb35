// Documents as sources: reports, studies and statements the article names, their authors, and quotes attributed to them.

import {type ArticleContext, type Speaker, speakerName, speakerRole, type Unit} from './article-context.js';
import {lexiconFor} from './lexicon.js';
import {isNameToken, phraseAfter, stripPossessive} from './phrases.js';
import {resolve} from './speaker-resolution.js';
import {sourcePhrase, sourceSpeaker} from './speech-cues.js';
import type {Token} from './text-units.js';

export const reportWords = /^(?:bericht|berichts|berichten|report|reports|memo|memos|statement|study|studie|daten|data|angaben|schätzungen|informationen|analysis|analyse|document|dokument|recherchen|recherche|erkenntnissen|erkenntnisse|research|findings|ermittlungen)$/iu;

// German document nouns at the end of a word, also in the genitive ("Jahresberichts" → "bericht").
export const germanDocumentEnding = new RegExp(`(${[...lexiconFor('de').documentNouns].sort((a, b) => b.length - a.length).join('|')})(?:es|s)?$`, 'u');

/** The document noun a word is ("Berichts" → "bericht", "RKI-Studie" → "studie", "report"), or "". */
export function documentNoun(ctx: ArticleContext, token: Token | undefined): string {
	if (!token || !token.word) return '';
	const lower = token.lower;
	if (ctx.lexicon.language === 'en') return ctx.lexicon.documentNouns.has(lower) ? lower : '';
	if (!token.cap) return '';
	return germanDocumentEnding.exec(lower)?.[1] ?? '';
}

export function collectDocuments(ctx: ArticleContext, unit: Unit): void {
	const tokens = unit.tokens;
	const german = ctx.lexicon.language === 'de';
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.quoted) continue;
		const noun = documentNoun(ctx, token);
		if (!noun) continue;
		const author = authorOfDocumentAt(ctx, unit, i, german);
		if (author && (author.entity || author.text)) ctx.documents.push({noun, author, position: token.start});
	}
}

// A rare branch, so a function of its own: inside collectDocuments's loop V8 recompiled it at every late case
// (7–9 compilations a build).
/** Who wrote the document named by token i ("der Bericht des X", "a TNO report", "eine RKI-Studie"), or null. */
function authorOfDocumentAt(ctx: ArticleContext, unit: Unit, i: number, german: boolean): Speaker | null {
	const tokens = unit.tokens;
	const token = tokens[i]!;
	let author: Speaker | null = null;
	const next = tokens[i + 1];
	const previous = tokens[i - 1];
	const genitive = german && ['des', 'der', 'eines', 'einer'].includes(next?.lower ?? '');
	const preposition = (german ? ['von', 'vom'] : ['by', 'from', 'of']).includes(next?.lower ?? '');
	if (next && !next.quoted && (genitive || preposition)) {
		const from = genitive ? i + 1 : i + 2;
		const first = tokens[from];
		const last = tokens[Math.min(tokens.length - 1, from + 3)];
		const mention = first && last ? ctx.registry.mentionsIn(unit.index).find((candidate) => candidate.position >= first.start && candidate.position <= last.end) : undefined;
		if (mention) author = {entity: mention.entity, text: mention.entity.name, role: mention.entity.role};
		else {
			const phrase = sourcePhrase(ctx, tokens, from);
			if (phrase && (phrase.name !== '' || phrase.roleHeads.length > 0)) author = sourceSpeaker(ctx, phrase, unit, tokens);
		}
	} else if (previous && /^(?:a|an|its|his|her|their|einen|eine|ein|seine|seinen|ihre|ihren)$/u.test(previous.lower) && /^(?:issued|released|published|sent|posted|presented|veröffentlichte|veröffentlichten|veröffentlicht|legte|legten|präsentierte|verschickte)$/u.test(tokens[i - 2]?.lower ?? '') && i >= 3) {
		// "The White House issued a statement … 'We will not back down,' the statement said": who issued it speaks.
		const subject = phraseAfter(tokens, 0, ctx.lexicon, ctx.text);
		if (subject && (subject.name !== '' || subject.roleHeads.length > 0) && subject.to <= i - 2) author = resolve(ctx, subject, unit, tokens);
	} else if (previous && previous.cap && !previous.quoted && /['’]s?$/u.test(previous.text)) {
		author = namedAuthor(ctx, stripPossessive(previous.text));
	} else if (!german && previous && previous.cap && !previous.quoted && isNameToken(previous, ctx.lexicon) && i >= 2) {
		// "a TNO report", "the Pentagon memo".
		author = namedAuthor(ctx, previous.text);
	} else if (german && /-/u.test(token.text)) {
		// "eine RKI-Studie": the first part of the compound is the author.
		const prefix = token.text.slice(0, token.text.lastIndexOf('-'));
		if (/^\p{Lu}/u.test(prefix) && !/-/u.test(prefix)) author = namedAuthor(ctx, prefix);
	}
	return author;
}

function namedAuthor(ctx: ArticleContext, name: string): Speaker {
	const entity = ctx.registry.lookup(name) ?? ctx.registry.addName(name, {organisation: !name.includes(' ')});
	return {entity, text: entity.name, role: entity.role};
}

/** The author of the latest document of this kind named before `position`. */
export function documentAuthor(ctx: ArticleContext, noun: string, position: number): Speaker | null {
	for (let index = ctx.documents.length - 1; index >= 0; index--) {
		const document = ctx.documents[index]!;
		if (document.noun === noun && document.position < position) return document.author;
	}
	return null;
}

/**
 * "…, report finds" in a headline, "according to a report" in the lead, and only then "The report by X":
 * a quote given to a document with no author takes the author of the nearest such document named after
 * it (news names its sources late), else of the one named before it.
 */
export function attributeDocuments(ctx: ArticleContext): void {
	if (ctx.documents.length === 0) return;
	const determiners = /^(?:a|an|the|this|its|ein|eine|einer|eines|einem|der|die|das|dem|den|des|diese|dieser|dieses)$/iu;
	for (const quote of ctx.quotes) {
		// A description only ("report", "a report published", "der Bericht"): no name among its words.
		const words = quote.speaker.split(/\s+/u).filter((word) => word !== '' && !determiners.test(word));
		if (words.length === 0 || words.length > 3) continue;
		const nouns = words.map((word) => {
			const lower = word.toLowerCase();
			// The shape of tokensOf's tokens (text-units.ts), so the rules' code sees one kind of token.
			const token = {text: word, lower, start: 0, end: 0, word: true, cap: /^\p{Lu}/u.test(word), particle: false, roleHead: undefined, quoted: false};
			return ctx.lexicon.language === 'en' ? (ctx.lexicon.documentNouns.has(token.lower) ? token.lower : '') : documentNoun(ctx, token);
		});
		const noun = nouns.find((candidate) => candidate !== '');
		if (!noun) continue;
		if (words.some((word, index) => nouns[index] === '' && /^\p{Lu}/u.test(word))) {
			// "Pentagon report finds": a name before the document noun is its author.
			const modifiers = words.slice(0, -1);
			if (nouns[words.length - 1] === '' || modifiers.some((word) => !/^\p{Lu}/u.test(word) || ctx.lexicon.functionWords.has(word.toLowerCase()))) continue;
			const entity = ctx.registry.lookup(modifiers.join(' '));
			quote.speaker = entity ? entity.name : modifiers.join(' ');
			quote.role = entity ? entity.role : '';
			continue;
		}
		const later = ctx.documents.find((document) => document.noun === noun && document.position > quote.start);
		const author = later?.author ?? documentAuthor(ctx, noun, quote.start);
		if (!author) continue;
		quote.speaker = speakerName(author);
		quote.role = speakerRole(author);
	}
}
