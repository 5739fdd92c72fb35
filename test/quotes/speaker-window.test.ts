// The speaker ranker's window: people and bodies named earlier in the quote's paragraph are candidates, those of another paragraph are not.

import {describe, expect, it} from 'vitest';
import {analyzeSpeakerChoices} from '../../source/analysis/quotes/analyze.js';

function namesOffered(text: string, quoted: string): string[] {
	const {choices} = analyzeSpeakerChoices(text, {language: 'en'});
	return choices.find((choice) => choice.quote.text.includes(quoted))?.candidates.map((candidate) => candidate.name) ?? [];
}

const sentences = ['The harbour reopened on Monday.', 'Ships queued outside for hours.', 'Prices for fish rose sharply.', 'Traders were relieved.'];

describe('the candidates window', () => {
	it('reaches back to a body named at the start of the quote\'s paragraph, beyond the two sentences before', () => {
		const text = `Harbour\n\nThe Port Authority of Valencia closed the harbour on Friday. ${sentences.join(' ')} "We are back to normal," a statement said.`;
		expect(namesOffered(text, 'back to normal')).toContain('Port Authority of Valencia');
	});

	it('does not reach into the paragraph before', () => {
		const text = `Harbour\n\nThe Port Authority of Valencia closed the harbour on Friday.\n\n${sentences.join(' ')} "We are back to normal," a statement said.`;
		expect(namesOffered(text, 'back to normal')).not.toContain('Port Authority of Valencia');
	});
});
