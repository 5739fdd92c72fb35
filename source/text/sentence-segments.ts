// Sentence segments of long text, a bounded window at a time: Intl.Segmenter slows down quadratically on one long string.

const windowChars = 8192;

/**
 * Text the segmenter cannot break inside (Unicode's sentence rules, UAX #29, break only after a full stop, ! or ?
 * or a line or paragraph separator): Latin letters, digits and common punctuation without any of those, then at
 * most one closing run of terminators, closing quotes or brackets and spaces. Anything else (another script, a
 * CR, an ellipsis character, a point inside the text) is left to the segmenter. Asking it costs more than the test
 * for a short paragraph.
 */
const oneSentence = /^[\t\x20\x22-\x2D\x2F-\x3E\x40-\x7E\u00A0-\u024F\u2010-\u2022\u20AC]*(?:[.!?]+["'\u2019\u201D)\]\u00AB\u00BB]*[\t\x20]*)?$/;

export interface SentenceSegment {
	segment: string;
	/** Offset of the segment in the whole text. */
	index: number;
}

/**
 * The segments segmenter.segment(text) gives, in linear time: each window's segments except its last (which the
 * window may cut) are taken, and the next window starts at that last segment. A single sentence longer than the
 * window is cut at the window's end. (256 KB of sentences: 1.5 s in one piece, 30 ms in windows.)
 */
export function* sentenceSegments(segmenter: Intl.Segmenter, text: string): Generator<SentenceSegment> {
	if (text.length <= windowChars && oneSentence.test(text)) {
		// The segmenter would give the whole text as its one segment (most paragraphs of news are one sentence).
		yield {segment: text, index: 0};
		return;
	}
	let offset = 0;
	while (offset < text.length) {
		if (text.length - offset <= windowChars) {
			for (const {segment, index} of segmenter.segment(text.slice(offset))) yield {segment, index: offset + index};
			return;
		}
		let end = offset + windowChars;
		// Never split a surrogate pair.
		if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
		const segments = [...segmenter.segment(text.slice(offset, end))];
		const last = segments.at(-1)!;
		if (segments.length === 1 || last.index === 0) {
			yield {segment: text.slice(offset, end), index: offset};
			offset = end;
			continue;
		}
		for (const {segment, index} of segments.slice(0, -1)) yield {segment, index: offset + index};
		offset += last.index;
	}
}
