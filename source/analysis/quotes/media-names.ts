// A German medium named by its kind ("das Kulinarik-Magazin", "die Nachrichtenagentur") → the kind and the name the article sets right after it ("Kulinarik-Magazin Falstaff", "Nachrichtenagentur dpa").

import type {ArticleContext} from './article-context.js';
import {knownBodiesDe, mediaKindEndingsDe} from './lexicon-de.js';
import {escapeRegExp as escaped} from '../../text/regexp-escape.js';

const kindEnding = new RegExp(String.raw`(?:${mediaKindEndingsDe.join('|')})$`, 'u');

/** Lower-case agency names that follow their kind as written ("Nachrichtenagentur dpa"). */
const lowerCaseAgencies = new Set(knownBodiesDe.filter((name) => ['dpa', 'kna', 'epd'].includes(name)));

/**
 * The medium's own name after its kind where the article writes it, the nearest such place before `position` (else
 * the first after), or "": a name in quotation marks ("„Falstaff“", "»t-online«"), an acronym ("AFP"), or an
 * agency's lower-case short name ("dpa"). A kind word with no name after it anywhere names no medium of its own.
 */
function nameAfterKind(ctx: ArticleContext, kind: string, position: number): string {
	const tail = escaped(kind.slice(1));
	// The kind alone or as a compound's tail: "das Magazin" is the "Kulinarik-Magazin „Falstaff“" named before.
	const pattern = new RegExp(String.raw`(?<![\p{L}-])(?:[\p{L}]+-?)?(?:${escaped(kind[0]!.toUpperCase())}|${escaped(kind[0]!.toLowerCase())})${tail}(?:e?s)?\s+(?:[„"»‚‘“]([\p{Lu}\p{N}][^„“”"«»\n]{0,39}?)[“”"«‘']|(\p{Lu}{2,}|\p{Ll}{3})(?![\p{L}\p{N}-]))`, 'gu');
	let before = '';
	let after = '';
	for (const match of ctx.text.matchAll(pattern)) {
		const name = match[1] ?? (match[2] && (/^\p{Lu}/u.test(match[2]) || lowerCaseAgencies.has(match[2])) ? match[2] : '');
		if (!name || name.split(/\s+/u).length > 4) continue;
		if (match.index <= position) before = name;
		else if (after === '') after = name;
	}
	return before || after;
}

/** Last pass: a quote whose speaker is a medium's kind alone gets the medium's name beside the kind. */
export function mediaNamedAfterKind(ctx: ArticleContext): void {
	if (ctx.lexicon.language !== 'de') return;
	for (const quote of ctx.quotes) {
		const match = /^(?:(?:die|der|das|dem|den|des)\s+)?(\p{Lu}[\p{L}-]*)$/u.exec(quote.speaker);
		if (!match || !kindEnding.test(match[1]!.toLowerCase())) continue;
		const name = nameAfterKind(ctx, match[1]!, quote.start);
		if (name !== '') quote.speaker = `${match[1]!} ${name}`;
	}
}
