// Whole-article passes after the sentences: pull quotes under headlines and quotes the article repeats.

import type {Quote} from '../../model/quote.js';
import {type ArticleContext, startsLine} from './article-context.js';
import {roleHead} from './lexicon.js';
import {stripPossessive} from './phrases.js';

/** Headline verbs of saying and judging after a pull quote ("'…': Trump lauds first year", "„…“: Merz verteidigt Kurs"). */
const headlineVerbs = /^(?:lauds|hails|slams|blasts|rips|defends|attacks|backs|rejects|dismisses|praises|criticises|criticizes|urges|vows|warns|says|tells|admits|denies|insists|claims|calls|demands|pledges|promises|accuses|responds|reacts|verteidigt|kritisiert|fordert|warnt|lobt|verspricht|mahnt|droht|wirbt|reagiert|räumt|weist|sagt)$/u;

/**
 * A fragment quoted without a cue ("X has 'grave concerns'" in a headline) is the same quote when another,
 * attributed quote of the text carries the same words in the same order: it takes that quote's speaker.
 */
export function attributeRepeats(ctx: ArticleContext): void {
	const normal = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
	const attributed = ctx.quotes.filter((quote) => quote.speaker !== '' && quote.kind !== 'indirect');
	for (const candidate of ctx.uncued) {
		const words = normal(ctx.text.slice(candidate.start, candidate.end));
		if (ctx.quotes.some((quote) => quote.start < candidate.end && candidate.start < quote.end)) continue;
		const source = attributed.find((quote) => normal(quote.text).includes(words));
		if (!source) continue;
		const quote: Quote = {kind: candidate.kind, text: ctx.text.slice(candidate.start, candidate.end), speaker: source.speaker, role: source.role, cue: '(repeated)', start: candidate.start, end: candidate.end};
		const at = ctx.quotes.findIndex((other) => other.start > candidate.start);
		ctx.quotes.splice(at < 0 ? ctx.quotes.length : at, 0, quote);
	}
}

/** A quote standing alone (a heading) takes the speaker of a later quote that repeats its words. */
/**
 * Headline leads before a colon that name the speaker without naming them as a person of the body:
 * "Late-night hosts on State of the Union: '…'" (who, then "on"/"zu"/"über" and the topic), and a commentary
 * label "Kommentar zu X: „…“" / "Opinion: '…'" — then the author, the person whose view the teaser reports
 * ("…, meint Evi Seibert"). Null when the lead says neither.
 */
function headlineLeadSpeaker(ctx: ArticleContext, lead: string, lineStart: number): {speaker: string; role: string} | null {
	const label = /^\s*(?:Kommentar|Meinung|Leitartikel|Kolumne|Gastbeitrag|Analyse|Opinion|Comment|Editorial|Column)\b/u.exec(lead);
	if (label) {
		if (lineStart !== 0) return null;
		const authorVerbs = /^(?:meint|meinte|kommentiert|kommentierte|findet|fand|schreibt|schrieb|argues|argued|writes|wrote)$/u;
		const view = ctx.quotes.find((other) => other.speaker !== '' && other.start > lead.length && other.start < 600 && authorVerbs.test(other.cue.toLowerCase().split(/\s+/u)[0] ?? ''));
		const author = view ? ctx.registry.lookup(view.speaker) : null;
		return view && author && !author.organisation ? {speaker: view.speaker, role: view.role} : null;
	}
	const topic = /^\s*((?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*)(?:\s+[\p{L}-]+){0,3}?)\s+(?:on|about|zu|über)\s+\S.*:\s*\S?\s*$/u.exec(lead);
	if (!topic || !/^\p{Lu}/u.test(topic[1]!)) return null;
	const words = topic[1]!.split(/\s+/u);
	// Who speaks is people or a body: a plural of persons ("Late-night hosts", "Experts"), a role, or a known name.
	const known = ctx.registry.lookup(words.map((word) => stripPossessive(word)).join(' ')) ?? (words.length === 1 ? ctx.registry.lookup(stripPossessive(words[0]!)) : null);
	const last = words[words.length - 1]!.toLowerCase();
	const people = /(?:ers|ists|ors|ians|hosts|leaders|experts|critics|officials|voters|fans|readers|residents|experten|politiker|ökonomen|kritiker)$/u.test(last) || roleHead(last, ctx.lexicon) !== '';
	if (known && !known.organisation) return {speaker: known.name, role: known.role};
	if (!people || words.some((word) => ctx.lexicon.functionWords.has(word.toLowerCase()))) return null;
	return {speaker: topic[1]!, role: ''};
}

export function attributePullQuotes(ctx: ArticleContext): void {
	for (const quote of ctx.quotes) {
		if (quote.speaker !== '' || quote.kind === 'indirect') continue;
		// Headline style "Klingbeil nach Hanau: „…“": a person named before the colon, known from the article.
		const window = Math.max(0, quote.start - 121);
		const newline = ctx.text.slice(window, quote.start).lastIndexOf('\n');
		const lineStart = window + newline + 1;
		const lead = ctx.text.slice(lineStart, quote.start);
		if ((newline >= 0 || window === 0) && /:\s*\S?\s*$/u.test(lead) && lead.length <= 120) {
			const headed = headlineLeadSpeaker(ctx, lead, lineStart);
			if (headed) {
				quote.speaker = headed.speaker;
				quote.role = headed.role;
				quote.cue = lead.replace(/[\s"„“”«»'‚‘]+$/u, '').trim();
				continue;
			}
			const candidates = lead.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
			const person = candidates.map((word) => ctx.registry.lookup(word)).find((entity) => entity && !entity.organisation);
			if (person) {
				quote.speaker = person.name;
				quote.role = person.role;
				quote.cue = lead.replace(/[\s"„“”«»'‚‘]+$/u, '').trim();
				continue;
			}
		}
		// Headline style "'Extraordinary success': Trump lauds first year": the quote opens the line, the writer's
		// colon follows, then the speaker and a verb in the present.
		const closer = ctx.text.indexOf('\n', quote.end);
		const after = ctx.text.slice(quote.end, closer < 0 ? Math.min(ctx.text.length, quote.end + 120) : closer);
		const pulled = /^\s*(?:["“”„«»'‚‘’]\s*)?:\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)\b/u.exec(after);
		if (pulled && startsLine(ctx, Math.max(0, quote.start - 1))) {
			const words = pulled[1]!.trim().split(/\s+/u).map((word) => stripPossessive(word));
			const verb = pulled[2]!;
			const person = words.map((word) => ctx.registry.lookup(word)).find((entity) => entity && !entity.organisation) ?? ctx.registry.lookup(words.join(' '));
			// A verb of saying or judging, as headlines use them ("lauds", "slams", "verteidigt"); not "dies", "wins".
			const saying = ctx.lexicon.speechVerbs.has(verb) || ctx.lexicon.framingVerbs.has(verb) || headlineVerbs.test(verb);
			const possessive = /['’]s?\s*$/u.test(pulled[1]!.trim());
			// "'…': Mosul residents return home": a person noun after the name is the speaker's description.
			if (!possessive && roleHead(verb, ctx.lexicon) !== '') {
				quote.speaker = `${words.join(' ')} ${verb}`;
				quote.role = '';
				quote.cue = `: ${quote.speaker}`;
				continue;
			}
			if (!possessive && saying && (person || words.every((word) => !ctx.lexicon.functionWords.has(word.toLowerCase())))) {
				quote.speaker = person ? person.name : words.join(' ');
				quote.role = person ? person.role : '';
				quote.cue = `: ${pulled[1]!.trim()} ${verb}`;
				if (person) ctx.speakerEntities.set(quote, person);
				continue;
			}
		}
		// Headline style "„…“ – Merz verteidigt Sparkurs": a person named right after the dash.
		const lineEnd = ctx.text.indexOf('\n', quote.end);
		const tail = ctx.text.slice(quote.end, lineEnd < 0 ? Math.min(ctx.text.length, quote.end + 120) : lineEnd);
		const dash = /^\s*(?:["“”„«»'‚‘’]\s*)?[-–—][ \t]*(.{0,80})/u.exec(tail);
		if (dash && startsLine(ctx, Math.max(0, quote.start - 1))) {
			const words = (dash[1]!.match(/[\p{L}-]+/gu) ?? []).slice(0, 4).filter((word) => /^\p{Lu}/u.test(word));
			const person = words.map((word) => ctx.registry.lookup(word)).find((entity) => entity && !entity.organisation && entity.name.includes(' '));
			if (person) {
				quote.speaker = person.name;
				quote.role = person.role;
				quote.cue = `– ${dash[1]!.trim()}`;
				continue;
			}
		}
		const words = new Set(quote.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
		if (words.size < 3) continue;
		const source = ctx.quotes.find((other) => {
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

/** The cue of a fragment given the speaker of the reported speech it stands in. */
export const insideReportCue = '(inside report)';

/** The reported clause (an indirect quote) whose words hold the span, the quotation marks at its edges included. */
export function reportHolding(ctx: ArticleContext, start: number, end: number): Quote | undefined {
	return ctx.quotes.find((quote) => quote.kind === 'indirect' && quote.start <= start && end <= quote.end + 1);
}

/**
 * "Ziel müsse eine „resiliente Armee“ sein": a fragment quoted without a cue inside a clause the engine reports as
 * someone's indirect speech is a partial quote of that clause's speaker; the clause stays the indirect quote.
 */
export function attributePartialsInReports(ctx: ArticleContext): void {
	// A fragment given only the last speaker ("(continues)") while the clause around it reports someone named: the clause's.
	for (const quote of ctx.quotes) {
		if (quote.kind !== 'partial' || quote.cue !== '(continues)') continue;
		const report = reportHolding(ctx, quote.start, quote.end);
		if (!report || report.speaker === '' || report.speaker === quote.speaker) continue;
		quote.speaker = report.speaker;
		quote.role = report.role;
		quote.cue = insideReportCue;
		const entity = ctx.speakerEntities.get(report);
		if (entity) ctx.speakerEntities.set(quote, entity);
		else ctx.speakerEntities.delete(quote);
	}
	for (const candidate of ctx.uncued) {
		if (candidate.kind !== 'partial') continue;
		if (ctx.quotes.some((quote) => quote.kind !== 'indirect' && quote.start < candidate.end && candidate.start < quote.end)) continue;
		const report = reportHolding(ctx, candidate.start, candidate.end);
		if (!report) continue;
		const quote: Quote = {kind: 'partial', text: ctx.text.slice(candidate.start, candidate.end), speaker: report.speaker, role: report.role, cue: insideReportCue, start: candidate.start, end: candidate.end};
		const entity = ctx.speakerEntities.get(report);
		if (entity) ctx.speakerEntities.set(quote, entity);
		const at = ctx.quotes.findIndex((other) => other.start > candidate.start);
		ctx.quotes.splice(at < 0 ? ctx.quotes.length : at, 0, quote);
	}
}
