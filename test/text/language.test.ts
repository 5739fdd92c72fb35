// detectLanguage on real article text and on sentences in the other supported languages.

import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {detectLanguage, normalizeLanguageTag} from '../../source/text/language.js';

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

describe('normalizeLanguageTag', () => {
	it('reduces tags to the primary language', () => {
		expect(normalizeLanguageTag('en-GB')).toBe('en');
		expect(normalizeLanguageTag(' pt_PT ')).toBe('pt');
		expect(normalizeLanguageTag('DE')).toBe('de');
		expect(normalizeLanguageTag('english please')).toBe('');
		expect(normalizeLanguageTag(undefined)).toBe('');
	});
});
