// Outlet names that titles carry at their end ("… - WION", "… | DW", "… – tagesschau.de", "… (AFP)"): where they start, so comparisons and headlines can leave them out.

/** What is known of an article besides its title that can tell an outlet's name from the rest of a headline. */
export interface TitleContext {
	/** The feed's name ("tagesschau.de - Die Nachrichten der ARD", "DW | Deutsche Welle"). */
	feedTitle?: string | undefined;
	/** The article's address: its host names the outlet too ("cyclingnews.com"). */
	url?: string | undefined;
	/** The article's body: an aggregator's body credits each headline to its outlet ("<headline> WION"). */
	body?: string | undefined;
}

/** Separators between a headline and a trailing outlet name, as outlets and aggregators write them. */
export const outletSeparators: readonly string[] = [' - ', ' – ', ' — ', ' | ', ' · ', ' • ', ' :: ', ' // ', ' » '];

/** Wire services named in parentheses at the end of a title ("(AFP)", "(dpa)"); folded. */
export const wireServices: ReadonlySet<string> = new Set([
	'aap', 'afp', 'afx', 'ansa', 'anp', 'ap', 'apa', 'ats', 'belga', 'ddp', 'dpa', 'dts', 'efe', 'epd', 'ips', 'kna', 'kyodo', 'lusa',
	'pa', 'reuters', 'rtr', 'sda', 'sid', 'tass', 'upi', 'xinhua', 'yonhap',
]);

/** Endings of host names: a trailing "nejm.org" or "Nature.com" is an address, hence an outlet. */
const topLevelDomains = new Set([
	'com', 'org', 'net', 'info', 'news', 'io', 'tv', 'eu', 'de', 'at', 'ch', 'uk', 'fr', 'it', 'es', 'nl', 'be', 'pt', 'br', 'in',
	'ru', 'pl', 'se', 'no', 'dk', 'fi', 'ie', 'au', 'nz', 'ca', 'us', 'jp', 'cn', 'kr', 'mx', 'ar', 'za', 'cz', 'gr', 'tr', 'ua',
]);

/** An outlet name is short: longer trailing parts are part of the headline ("- und viele offene Fragen" is caught by case anyway). */
const maxSuffixWords = 5;
const maxSuffixLength = 40;
/** A headline keeps at least this many words: "Ukraine - Russia" is no headline with an outlet. */
const minHeadWords = 3;

const wordsOf = (text: string): string[] =>
	// Plain ASCII (most titles and names) needs no Unicode normalization, the costly part.
	(/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''))
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0);

/** The words that name the article's outlet: its feed's title and its host's labels (without www and the ending). */
function outletWords(context: TitleContext): Set<string> {
	const words = new Set(wordsOf(context.feedTitle ?? ''));
	if (context.url) {
		try {
			const labels = new URL(context.url).hostname.split('.').filter((label) => label !== 'www');
			for (const label of labels.slice(0, -1)) {
				for (const word of wordsOf(label)) words.add(word);
				// "cyclingnews" names "Cyclingnews", "nejm-org" (a host label with a dash) names "nejm.org".
				const joined = label.replace(/[^\p{L}\p{N}]/gu, '');
				words.add(joined);
			}
		} catch {
			// Not an address: the feed's title alone.
		}
	}
	return words;
}

const hasLetter = (word: string): boolean => /\p{L}/u.test(word);

function isDomain(segment: string): boolean {
	const match = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.([a-z]{2,4})$/iu.exec(segment);
	return match !== null && topLevelDomains.has(match[1]!.toLowerCase());
}

/** How far into the body an aggregator's credit is looked for: it lists the item's own headline first. */
const creditSearchLength = 1_000;

/** True when the body names `segment` right after the headline `head`: an aggregator crediting the outlet. */
function creditedInBody(head: string, segment: string, fullBody: string): boolean {
	if (fullBody.length === 0) return false;
	const body = fullBody.length > creditSearchLength + head.length + segment.length ? fullBody.slice(0, creditSearchLength + head.length + segment.length + 8) : fullBody;
	let at = body.indexOf(head);
	while (at >= 0) {
		const after = body.slice(at + head.length, at + head.length + segment.length + 8);
		const gap = /^[\s\u00a0|·•–—-]*/u.exec(after)![0];
		// A body that repeats the whole title ("… — Ukraine bittet um Hilfe") credits nothing: an aggregator sets
		// the outlet apart by spacing or markup, not by the title's own dash.
		if (after.slice(gap.length).startsWith(segment) && !/[|·•–—-]/u.test(gap)) return true;
		at = body.indexOf(head, at + 1);
	}
	return false;
}

function namesOutlet(segment: string, head: string, known: ReadonlySet<string>, context: TitleContext): boolean {
	if (segment.length === 0 || segment.length > maxSuffixLength) return false;
	const words = wordsOf(segment);
	// A name has letters: "(2)", "- 2025" are the headline's numbers, even where the feed's name has them too ("Outlet 2").
	if (words.length === 0 || words.length > maxSuffixWords || !words.some(hasLetter)) return false;
	if (isDomain(segment)) return true;
	// Every word names the outlet ("DW", "tagesschau.de"), or the words together do ("Cycling News" of cyclingnews.com).
	if (words.every((word) => known.has(word)) || known.has(words.join(''))) return true;
	return context.body !== undefined && /^[\p{Lu}\p{N}]/u.test(segment) && creditedInBody(head, segment, context.body);
}

/**
 * Where the outlet names at the end of `title` start (title.length when there are none): " - WION",
 * " | DW", " – tagesschau.de", "(AFP)", and several in a row ("… | NEJM - nejm.org"). A trailing part
 * counts as an outlet when it is an address, a wire service in parentheses, words of the feed's title or
 * host, or the name the article's own body credits the headline to (aggregators such as Google News).
 * A name stripped once names the outlet for the next part too ("NEJM" after "nejm.org").
 */
export function outletSuffixStart(title: string, context: TitleContext = {}): number {
	// The outlet's words only when a title has a part to judge (most have none: this runs for every article).
	let known: Set<string> | undefined;
	const knownWords = (): Set<string> => (known ??= outletWords(context));
	let end = title.trimEnd().length;
	for (;;) {
		const text = title.slice(0, end);
		const wire = parenthesisedEnd(text);
		const wireWords = wire ? wordsOf(wire.inner) : [];
		if (wire && wireWords.some(hasLetter) && wireWords.every((word) => wireServices.has(word) || knownWords().has(word))) {
			if (wordsOf(text.slice(0, wire.index)).length < minHeadWords) break;
			end = wire.index;
			continue;
		}
		let cut = -1;
		let separator = '';
		for (const candidate of outletSeparators) {
			const at = text.lastIndexOf(candidate);
			if (at > cut) {
				cut = at;
				separator = candidate;
			}
		}
		if (cut < 0 || text.length - cut - separator.length > maxSuffixLength) break;
		const head = text.slice(0, cut).trimEnd();
		const segment = text.slice(cut + separator.length).trim();
		if (!namesOutlet(segment, head, knownWords(), context) || wordsOf(head).length < minHeadWords) break;
		for (const word of wordsOf(segment)) knownWords().add(word);
		end = head.length;
	}
	return end;
}

/** `title` without the outlet names at its end (see outletSuffixStart). */
export function withoutOutletSuffix(title: string, context: TitleContext = {}): string {
	const end = outletSuffixStart(title, context);
	return end >= title.length ? title : title.slice(0, end).trimEnd();
}

/**
 * "… (AFP)": the 1–30 characters in the parentheses closing a title, and where the whitespace before them starts.
 * A backward scan, not /\s*\(([^()]{1,30})\)$/: that regex tries every start of a long run of spaces again.
 */
function parenthesisedEnd(text: string): {index: number; inner: string} | null {
	if (!text.endsWith(')')) return null;
	const open = text.lastIndexOf('(', text.length - 2);
	if (open < 0) return null;
	const inner = text.slice(open + 1, -1);
	if (inner.length === 0 || inner.length > 30 || inner.includes(')')) return null;
	let index = open;
	while (index > 0 && /\s/u.test(text[index - 1]!)) index--;
	return {index, inner};
}
