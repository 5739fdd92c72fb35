// The speaker ranker's cues for a doubtful pick of the rules and for a text that has turned to another person since the last quote, in both languages.

import {describe, expect, it} from 'vitest';
import {analyzeSpeakerChoices} from '../../source/analysis/quotes/analyze.js';
import {ArticleContext} from '../../source/analysis/quotes/article-context.js';
import type {SpeakerChoice} from '../../source/analysis/quotes/speaker-ranker.js';
import {afterPreposition} from '../../source/analysis/quotes/speaker-ranker.js';

function choiceFor(language: string, paragraphs: string[], quoted: string): SpeakerChoice | undefined {
	const text = paragraphs.join('\n\n');
	return analyzeSpeakerChoices(text, {language, title: paragraphs[0]}).choices.find((choice) => choice.quote.text.includes(quoted));
}

function featuresOf(choice: SpeakerChoice | undefined, name: string): Record<string, number> {
	const found = choice?.candidates.find((each) => each.name === name);
	expect(found, `candidate ${name}`).toBeDefined();
	return {...found!.features};
}

describe('someone named since the previous quote', () => {
	const cases = [
		['de', ['Gipfel in Paris', 'Bundeskanzler Olaf Scholz sagte am Montag: „Wir stehen zusammen.“', 'Danach sprach der französische Präsident Emmanuel Macron vor der Presse. „Die Lage ist ernst“, sagte er.'], 'Die Lage'],
		['en', ['Summit in Paris', 'Chancellor Olaf Scholz said on Monday: "We stand together."', 'Then French President Emmanuel Macron spoke to reporters. "The situation is serious," he said.'], 'situation'],
	] as const;

	for (const [language, paragraphs, quoted] of cases) {
		it(`marks the new person and the interrupted previous speaker (${language})`, () => {
			const choice = choiceFor(language, [...paragraphs], quoted);
			expect(featuresOf(choice, 'Emmanuel Macron').namedSincePrevious).toBe(1);
			const scholz = featuresOf(choice, 'Olaf Scholz');
			expect(scholz.previousSpeaker).toBe(1);
			expect(scholz['previousSpeaker:interrupted']).toBe(1);
			expect(scholz.namedSincePrevious).toBeUndefined();
		});
	}

	it('marks nobody when the text names no one else between two quotes of one speaker', () => {
		const choice = choiceFor('en', ['Summit', 'Chancellor Olaf Scholz spoke in Paris beside Emmanuel Macron. "We stand together," Scholz said.', '"The situation is serious," he added.'], 'situation');
		const scholz = featuresOf(choice, 'Olaf Scholz');
		expect(scholz.previousSpeaker).toBe(1);
		expect(scholz['previousSpeaker:interrupted']).toBeUndefined();
		for (const candidate of choice?.candidates ?? []) expect(candidate.features.namedSincePrevious).toBeUndefined();
	});
});

describe('a doubtful pick of the rules', () => {
	it('gives every other candidate the doubt when the rules\' description is a thing, not a role', () => {
		const base = 'The newspaper Dagens Nyheter published the leaks on Sunday, and Dagens Nyheter named the officers.';
		const report = choiceFor('en', ['Leaks', base, 'The report alleged that the leaks were followed by revenge attacks.'], 'revenge');
		expect(report?.candidates[0]?.name).toBe('The report');
		expect(featuresOf(report, 'Dagens Nyheter').doubt).toBe(1);
		expect(featuresOf(report, '')['nobody:doubt']).toBe(1);
		// A role noun ("spokeswoman") makes the description a speaker of its own: no doubt.
		const spokeswoman = choiceFor('en', ['Leaks', base, 'A police spokeswoman said that the leaks were followed by revenge attacks.'], 'revenge');
		expect(spokeswoman?.candidates[0]?.name).toBe('A police spokeswoman');
		expect(featuresOf(spokeswoman, 'Dagens Nyheter').doubt).toBeUndefined();
	});

	const cases = [
		['de', 'zusammen', ['Gipfel in Paris', 'Bundeskanzler Olaf Scholz sagte am Montag: „Wir stehen zusammen.“', 'Danach sprach der französische Präsident Emmanuel Macron vor der Presse.'], ['Gipfel in Paris', 'Bundeskanzler Olaf Scholz reiste nach Paris. Dort sagte Scholz: „Wir stehen zusammen.“', 'Danach sprach der französische Präsident Emmanuel Macron vor der Presse.']],
		['en', 'together', ['Summit in Paris', 'Chancellor Olaf Scholz said on Monday: "We stand together."', 'Then French President Emmanuel Macron spoke to reporters.'], ['Summit in Paris', 'Chancellor Olaf Scholz travelled to Paris. There Scholz said: "We stand together."', 'Then French President Emmanuel Macron spoke to reporters.']],
	] as const;
	for (const [language, quoted, once, again] of cases) {
		it(`doubts a pick named only once, not one named again (${language})`, () => {
			const seldom = choiceFor(language, [...once], quoted);
			expect(seldom?.candidates[0]?.name).toBe('Olaf Scholz');
			expect(featuresOf(seldom, 'Emmanuel Macron').doubt).toBe(1);
			expect(featuresOf(seldom, 'Emmanuel Macron')['doubt:person']).toBe(1);
			const often = choiceFor(language, [...again], quoted);
			expect(often?.candidates[0]?.name).toBe('Olaf Scholz');
			expect(featuresOf(often, 'Emmanuel Macron').person).toBe(1);
			expect(featuresOf(often, 'Emmanuel Macron').doubt).toBeUndefined();
		});
	}
});

describe('a name that follows a preposition', () => {
	function follows(language: string, sentence: string, name: string): boolean {
		const ctx = new ArticleContext(sentence, language);
		const unit = ctx.units[0]!;
		const at = unit.tokens.findIndex((token) => token.text === name);
		expect(at, name).toBeGreaterThanOrEqual(0);
		return afterPreposition(unit, at);
	}

	it('sees a place past articles and adjectives, and a subject as none (German)', () => {
		expect(follows('de', 'Die Wahl verlief ruhig in der georgischen Hauptstadt Tiflis.', 'Hauptstadt')).toBe(true);
		expect(follows('de', 'Aus Brüssel kam Kritik.', 'Brüssel')).toBe(true);
		expect(follows('de', 'Brüssel kritisierte den Plan.', 'Brüssel')).toBe(false);
		// "laut" names a source, no place.
		expect(follows('de', 'Laut Brüssel ist der Plan gescheitert.', 'Brüssel')).toBe(false);
	});

	it('sees a place or a partner after an English preposition, not a subject (English)', () => {
		expect(follows('en', 'Talks were held in Geneva on Monday.', 'Geneva')).toBe(true);
		expect(follows('en', 'The minister met with the Chinese delegation.', 'Chinese')).toBe(true);
		expect(follows('en', 'Geneva hosted the talks.', 'Geneva')).toBe(false);
		expect(follows('en', 'The ruling, according to Reuters, was final.', 'Reuters')).toBe(false);
	});
});
