// detectLanguage on real article text and on sentences in the other supported languages.

import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {detectLanguage, normalizeLanguageTag, quoteEngineReads} from '../../source/text/language.js';

const evalDir = new URL('../../../shared/eval/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, evalDir), 'utf8');

describe('detectLanguage', () => {
	it.each([
		['seed/putin-trump-hegseth.de.txt', 'de'],
		['quotes-dev/de_DW_V1.txt', 'de'],
		['quotes-dev/de_Stern_V1.txt', 'de'],
		['quotes-dev/de_Tagesschau_V1.txt', 'de'],
		['quotes-dev/de_ZDF_V1.txt', 'de'],
		['quotes-dev/uk_BBC_V2.txt', 'en'],
		['quotes-dev/us_Reuters_V1_1.txt', 'en'],
	])('%s is %s', (path, language) => {
		const text = read(path);
		expect(detectLanguage(text)).toBe(language);
		// Even the headline and first paragraph alone are enough.
		expect(detectLanguage(text.split('\n').slice(0, 2).join('\n'))).toBe(language);
	});

	it.each([
		['Le président a annoncé mardi que la réforme des retraites sera présentée au Parlement dans les prochaines semaines, selon le gouvernement.', 'fr'],
		['El presidente del Gobierno dijo que las medidas serán aprobadas por el Consejo de Ministros y que los partidos de la oposición se reunirán esta semana.', 'es'],
		['Il presidente del Consiglio ha detto che le misure sono state approvate dal governo e che la riforma sarà discussa nella prossima settimana.', 'it'],
		['O presidente disse que as medidas foram aprovadas pelo governo e que os partidos da oposição não vão apoiar a proposta no parlamento.', 'pt'],
		['De minister heeft gezegd dat het kabinet de maatregelen volgende week aan de Tweede Kamer zal voorleggen, maar de oppositie is het er niet mee eens.', 'nl'],
	])('recognizes %#', (text, language) => {
		expect(detectLanguage(text)).toBe(language);
	});

	it('says "und" for too little text or no known words', () => {
		expect(detectLanguage('')).toBe('und');
		expect(detectLanguage('Tesla')).toBe('und');
		expect(detectLanguage('Лондон Париж Берлин')).toBe('und');
	});
});

describe('detectLanguage finds the words /\\p{L}+/gu finds', () => {
	// The plain definition (the one detectLanguage had before its hand-walked scan): every run of letters, scored.
	const source = readFileSync(new URL('../../source/text/language.ts', import.meta.url), 'utf8');
	const table = /const stopwords: Record<string, string\[\]> = (\{[\s\S]*?\n\});/.exec(source)![1]!;
	const stopwords = JSON.parse(table.replace(/'/g, '"').replace(/(\w+): \[/g, '"$1": [').replace(/,\n\}/, '\n}')) as Record<string, string[]>;
	const lookup = new Map<string, string[]>();
	for (const [language, words] of Object.entries(stopwords)) {
		for (const word of new Set(words)) lookup.set(word, [...(lookup.get(word) ?? []), language]);
	}

	const reference = (text: string, maxChars = 4000): string => {
		const scores = new Map<string, number>();
		for (const word of text.slice(0, maxChars).toLowerCase().match(/\p{L}+/gu) ?? []) {
			const languages = lookup.get(word);
			if (!languages) continue;
			for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
		}
		const [best, second] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
		if (!best || best[1] < 2) return 'und';
		if (second && best[1] < second[1] * 1.25) return 'und';
		return best[0];
	};

	it('gives the same answer on real articles, their starts, and cut at odd places', () => {
		expect(lookup.size).toBeGreaterThan(250);
		for (const path of ['seed/putin-trump-hegseth.de.txt', 'quotes-dev/uk_BBC_V2.txt', 'quotes-dev/de_ZDF_V1.txt', 'quotes-dev/us_Reuters_V1_1.txt']) {
			const text = read(path);
			for (const cut of [40, 120, 333, 1000, 4000]) {
				expect(detectLanguage(text, cut), `${path} at ${cut}`).toBe(reference(text, cut));
			}
		}
	});

	it('gives the same answer on mixed-script text with accents, astral letters and lone surrogates', () => {
		const pieces = fc.constantFrom('der ', 'the ', 'und', 'été', 'é', 'São', 'não ', 'ISTANBUL İ ', 'ß', ' ', '-', '\n', '𝒜', '😀', '\uD835', '\uDC9C', 'l\'', 'volgens', 'volgensx', '1', 'Ω', 'ǅ', 'ﬁ', 'de ', 'het ', 'la ', 'le ', 'que ', 'di ');
		fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({unit: 'binary', maxLength: 4})), {maxLength: 120}), fc.integer({min: 1, max: 400}), (parts, cut) => {
			const text = parts.join('');
			expect(detectLanguage(text)).toBe(reference(text));
			expect(detectLanguage(text, cut)).toBe(reference(text, cut));
		}), {numRuns: 2000});
	});

	it('gives the same answer on upper- and mixed-case text without surrogates (the walk that lower-cases letter by letter)', () => {
		// No astral letters, lone surrogates or 'İ' here: this text never leaves the letter-by-letter path.
		const pieces = fc.constantFrom('DER ', 'Der ', 'THE ', 'The ', 'UND', 'ÉTÉ ', 'Été ', 'É', 'SÃO ', 'NÃO ', 'Não ', 'FÜR ', 'ÜBER ', 'Über ', 'ß', 'ẞ', ' ', '-', '\n', 'VOLGENS', 'Volgensx', 'DE ', 'HET ', 'LA ', 'Le ', 'QUE ', 'Di ', 'ǅ', 'ﬁ', 'Ω', 'ΣΟΣ ', 'PIÙ ', 'È ', 'Más ', 'ESTÁ ', '1', 'l\'');
		fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({unit: 'grapheme-ascii', maxLength: 4})), {maxLength: 120}), fc.integer({min: 1, max: 400}), (parts, cut) => {
			const text = parts.join('');
			expect(detectLanguage(text)).toBe(reference(text));
			expect(detectLanguage(text, cut)).toBe(reference(text, cut));
		}), {numRuns: 2000});
	});
});

describe('normalizeLanguageTag', () => {
	it('reduces tags to the primary language', () => {
		expect(normalizeLanguageTag('en-GB')).toBe('en');
		expect(normalizeLanguageTag(' pt_PT ')).toBe('pt');
		expect(normalizeLanguageTag('DE')).toBe('de');
		expect(normalizeLanguageTag('english please')).toBe('');
		expect(normalizeLanguageTag(undefined)).toBe('');
	});
});

describe('quoteEngineReads', () => {
	it('German and English, and text of no known language (read as English); no other language', () => {
		for (const tag of ['de', 'de-DE', 'en', 'en_GB', 'und', '']) expect(quoteEngineReads(tag)).toBe(true);
		for (const tag of ['pt', 'pt-BR', 'es', 'fr', 'it', 'nl']) expect(quoteEngineReads(tag)).toBe(false);
	});
});
