// The scoring rules of the quote evaluation: span matching, one-to-one greedy pairing, speakers, doubtful entries.

import {describe, expect, it} from 'vitest';
import {scoreDocument, spanOverlap, speakerMatches, type GoldFile} from '../../source/eval/quotes-score.js';

describe('span matching', () => {
	it('accepts loose boundaries but not a whole paragraph around a short quote', () => {
		expect(spanOverlap('Wir sind bereit', '„Wir sind bereit“, sagte er')).toBeGreaterThan(0);
		expect(spanOverlap('Wir sind bereit', 'Der Minister kam am Morgen an und sagte dann vor vielen Leuten wir sind bereit und ging')).toBe(0);
		expect(spanOverlap('ganz andere Worte hier', 'Wir sind bereit')).toBe(0);
	});
});

describe('speaker matching', () => {
	const named = new Set(['Pete Hegseth']);
	it('wants the surname of a named speaker among the predicted words', () => {
		expect(speakerMatches('Pete Hegseth', 'Hegseth', named)).toBe(true);
		expect(speakerMatches('Pete Hegseth', 'US-Verteidigungsminister Pete Hegseth', named)).toBe(true);
		expect(speakerMatches('Pete Hegseth', 'Pete Buttigieg', named)).toBe(false);
	});
	it('wants half the words of an unnamed speaker, and nobody for a null speaker', () => {
		expect(speakerMatches('ein Taxifahrer', 'der Taxifahrer', named)).toBe(true);
		expect(speakerMatches('die Armeevertreter', 'Andrij', named)).toBe(false);
		expect(speakerMatches(null, '', named)).toBe(true);
		expect(speakerMatches(null, 'Andrij', named)).toBe(false);
	});
});

describe('document scores', () => {
	const gold: GoldFile = {
		document: 'x.txt',
		language: 'de',
		people: [{name: 'Anna Berg'}],
		quotes: [
			{kind: 'direct', speaker: 'Anna Berg', text: 'Wir bauen die Brücke neu'},
			{kind: 'partial', speaker: 'Anna Berg', text: 'viel zu teuer'},
			{kind: 'indirect', speaker: 'Anna Berg', text: 'die Stadt habe kein Geld mehr', note: 'doubtful'},
		],
	};

	it('counts direct and partial together, pairs one-to-one and ignores doubtful entries', () => {
		const score = scoreDocument(gold, [
			{kind: 'partial', text: 'Wir bauen die Brücke neu', speaker: 'Berg'},
			{kind: 'direct', text: 'Wir bauen die Brücke neu', speaker: 'Berg'},
			{kind: 'indirect', text: 'die Stadt habe kein Geld mehr', speaker: ''},
		]);
		expect(score.groups.quoted).toMatchObject({truePositives: 1, falsePositives: 1, falseNegatives: 1, speakerRight: 1});
		expect(score.groups.indirect).toMatchObject({truePositives: 0, falsePositives: 0, falseNegatives: 0});
	});
});
