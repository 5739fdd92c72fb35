// The one article text layout that quote offsets index into: title, blank line, paragraphs separated by blank lines.

export function articleText(title: string, paragraphs: readonly string[]): string {
	const body = paragraphs.map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
	return [title.trim(), ...body].join('\n\n');
}
