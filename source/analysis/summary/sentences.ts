// Sentences of article text with Intl.Segmenter, cached per locale.

import {endsWithAbbreviation} from '../../text/abbreviations.js';
import {sentenceSegments} from '../../text/sentence-segments.js';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
	const locale = /^[a-z]{2,3}$/.test(language) ? language : 'en';
	let segmenter = segmenters.get(locale);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(locale, {granularity: 'sentence'});
		segmenters.set(locale, segmenter);
	}
	return segmenter;
}

/** The first `limit` sentences of `text` (all by default), trimmed, paragraph breaks respected. */
export function splitSentences(text: string, language = 'en', limit = Number.POSITIVE_INFINITY): string[] {
	const segmenter = segmenterFor(language);
	const sentences: string[] = [];
	// The segmenter works lazily: asking for the first few sentences does not segment the rest.
	for (const paragraph of text.split(/\n\s*\n|\n/)) {
		let open = '';
		for (const {segment} of sentenceSegments(segmenter, paragraph)) {
			const sentence = `${open}${segment}`.replace(/\s+/g, ' ').trim();
			// "Dr. Müller": the segmenter's break after an abbreviation is not the sentence's end.
			if (endsWithAbbreviation(sentence)) {
				open = `${sentence} `;
				continue;
			}
			open = '';
			if (sentence) sentences.push(sentence);
			if (sentences.length >= limit) return sentences;
		}
		if (open.trim()) sentences.push(open.trim());
		if (sentences.length >= limit) return sentences;
	}
	return sentences;
}
