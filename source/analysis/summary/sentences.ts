// Sentences of article text with Intl.Segmenter, cached per locale.

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

/** The sentences of `text`, trimmed, paragraph breaks respected. */
export function splitSentences(text: string, language = 'en'): string[] {
	const segmenter = segmenterFor(language);
	const sentences: string[] = [];
	for (const paragraph of text.split(/\n\s*\n|\n/)) {
		for (const {segment} of sentenceSegments(segmenter, paragraph)) {
			const sentence = segment.replace(/\s+/g, ' ').trim();
			if (sentence) sentences.push(sentence);
		}
	}
	return sentences;
}
