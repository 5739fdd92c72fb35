// A German body's one-word name followed by a genitive ("das Regionalkommando des US-Militärs"): the genitive says whose body speaks.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

function speakerOf(text: string, words: string): string | undefined {
	return analyzeQuotes(text, {language: 'de'}).quotes.find((quote) => quote.text.includes(words))?.speaker;
}

describe('German bodies named with a genitive', () => {
	it('keep the genitive as part of the name ("Regionalkommando des US-Militärs", "Wetteramt der Stadt Bern")', () => {
		expect(speakerOf('Hafen\n\nDie Mission sei beendet, teilte das zuständige Regionalkommando des US-Militärs mit.', 'Mission sei beendet')).toBe('Regionalkommando des US-Militärs');
		expect(speakerOf('Unwetter\n\nDer Sturm ziehe nach Osten, teilte das Wetteramt der Stadt Bern mit.', 'Sturm ziehe')).toBe('Wetteramt der Stadt Bern');
	});

	it('leave the name alone when no genitive follows, or only lower-case words do', () => {
		expect(speakerOf('Hafen\n\nDie Mission sei beendet, teilte das Regionalkommando am Abend mit.', 'Mission sei beendet')).toBe('Regionalkommando');
		expect(speakerOf('Bahn\n\nDie Züge führen wieder, teilte das Verkehrsministerium der neuen mit.', 'Züge führen')).not.toContain('neuen');
	});
});
