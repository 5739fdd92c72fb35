// The address that opens an article at a quote: a URL text fragment (#:~:text=…), which Chrome, Edge, Safari and Firefox
// scroll to and highlight; a browser without it, or a page whose words differ, opens the page at its top.

/** The quote's first words: few enough to be found as written (a page may set the rest in other quotation marks). */
const fragmentWords = 8;

/** Text directive encoding: percent-encoded, with the characters the directive itself uses (-, &, ,) escaped too. */
function encodeDirective(text: string): string {
	return encodeURIComponent(text).replaceAll('-', '%2D').replaceAll(',', '%2C').replaceAll('&', '%26');
}

/** `url` with a text fragment for the start of `quote`; `url` itself when the quote has no words or the URL is empty. */
export function quoteLink(url: string, quote: string): string {
	const words = quote
		.replaceAll(/[„“”"‚‘’«»‹›]/gu, ' ')
		.split(/\s+/u)
		.filter(word => /[\p{L}\p{N}]/u.test(word))
		.slice(0, fragmentWords);
	if (url === '' || words.length === 0) return url;
	const directive = `:~:text=${encodeDirective(words.join(' '))}`;
	// A fragment already there (an anchor of the page's own) keeps its place: the directive follows it.
	return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}
