// The text the full-text index holds as an article's body. The index's SQL (the view and triggers of migration 1) writes
// the same rule; test/store/indexed-body.test.ts holds the two together.

/** Its content, with the summary before it unless the content holds it (many feeds repeat the teaser in the content). */
export function indexedBody(summary: string, content: string): string {
	return content.includes(summary) ? content : `${summary}\n${content}`;
}
