// Tenth-session rules of the people list: a name never opens with an article, a sentence's opening word or a piece's label; a headline's next words and a title before a surname are no part of a name; one name per person over a briefing.

import {describe, expect, it} from 'vitest';
import {briefingNames, speakerStanding} from '../../source/analysis/people/briefing-people.js';
import {cutBeforeElision} from '../../source/analysis/people/list-evidence.js';
import {leadingArticle, nameKind, splitLeadingRole, splitTrailingWords} from '../../source/analysis/people/name-kind.js';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

describe('an article opens a body\'s or a work\'s name, or a description — never a person\'s name', () => {
	it('tells definite from indefinite articles of English, German and Portuguese, capitalised only', () => {
		expect(leadingArticle('The Information', 'en')).toBe('definite');
		expect(leadingArticle('O Governo', 'pt')).toBe('definite');
		expect(leadingArticle('Ein Jahr', 'en')).toBe('indefinite');
		expect(leadingArticle('A Bola', 'pt')).toBe('definite');
		expect(leadingArticle('A Bola', 'en')).toBe('indefinite');
		// Lower case: the engine's own article before a mention ("the Pentagon") is dealt with where the name is read.
		expect(leadingArticle('the Pentagon', 'en')).toBeNull();
		expect(leadingArticle('Thea Dorn', 'de')).toBeNull();
	});

	it('a definite article before capitalised words is a body\'s or a work\'s name', () => {
		expect(nameKind('The Information', 'en')).toBe('organisation');
		expect(nameKind('Die Deutsche Bahn', 'de')).toBe('organisation');
		expect(nameKind('O Governo', 'pt')).toBe('organisation');
	});

	it('an indefinite article, or a definite one before a role, names no one', () => {
		expect(nameKind('Ein Jahr', 'en')).toBe('none');
		expect(nameKind('Eine Sprecherin', 'de')).toBe('none');
		expect(nameKind('Der Arzneimittelchef der Ärztekammer', 'de')).toBe('none');
		// German capitalises every noun: an article and one noun is a sentence's subject, in any text.
		expect(nameKind('Die Debatte', 'de')).toBe('none');
		expect(nameKind('Der Umsatz', 'en')).toBe('none');
		expect(nameKind('Die EU-Kommission', 'de')).toBe('organisation');
		expect(nameKind('Die EU-Kommission', 'en')).toBe('organisation');
	});

	it('a role and a surname after the article are the person so described; the article is neither', () => {
		expect(nameKind('Der SPD-Politiker Lauterbach', 'de')).toBe('person');
		expect(nameKind('Der SPD-Politiker Lauterbach', 'en')).toBe('person');
		expect(splitLeadingRole('Der SPD-Politiker Lauterbach', 'de')).toEqual({name: 'Lauterbach', role: 'SPD-Politiker'});
	});

	it('a given name after the article is still a person\'s name', () => {
		expect(nameKind('Peter Müller', 'de')).toBe('person');
		expect(nameKind('Die Andrea Nahles', 'de')).toBe('person');
	});
});

describe('English sentence openers and a piece\'s label are no names', () => {
	it('pronouns, "Let" and adverbs in -ly open sentences, not names', () => {
		for (const word of ['Let', 'Recently', 'Finally', 'Unfortunately', 'Reportedly', 'Meanwhile']) expect(nameKind(word, 'en'), word).toBe('none');
		expect(nameKind('Whoever Can Grow', 'en')).toBe('none');
	});

	it('names in -ly stay names: short given names, "Mc" surnames, given names of the list', () => {
		for (const name of ['Wally', 'Sally', 'McNally', 'Kelly', 'Emily Daly']) expect(nameKind(name, 'en'), name).toBe('person');
	});

	it('a label of the piece before or after the name ("Kommentar AstraZeneca", "CNN Exclusive") names nothing', () => {
		expect(nameKind('Kommentar AstraZeneca', 'de')).toBe('none');
		expect(nameKind('Kommentar AstraZeneca', 'en')).toBe('none');
		expect(nameKind('CNN Exclusive', 'en')).toBe('none');
		expect(nameKind('CBS Chicago', 'en')).toBe('organisation');
	});
});

describe('a headline\'s next words and a title before a surname are no part of the name', () => {
	it('a Title Case verb and possessive after a name, or a noun of time, are cut off', () => {
		expect(splitTrailingWords('Charles Barkley Gives His')).toBe('Charles Barkley');
		expect(splitTrailingWords('Kevin Durant The')).toBe('Kevin Durant');
		expect(splitTrailingWords('Kevin Durant Requested The')).toBe('Kevin Durant');
		expect(splitTrailingWords('Durant Requested The')).toBe('Durant');
		// A surname in -s after a given name is no verb.
		expect(splitTrailingWords('Peter Evans The')).toBe('Peter Evans');
		expect(splitTrailingWords('Mary Ann Evans Her')).toBe('Mary Ann Evans');
		expect(splitTrailingWords('Klingbeil Jahr')).toBe('Klingbeil');
	});

	it('leaves names alone that hold a lower-case article, end otherwise, or would be an article alone', () => {
		expect(splitTrailingWords('Ursula von der Leyen')).toBeNull();
		expect(splitTrailingWords('Charles Barkley')).toBeNull();
		expect(splitTrailingWords('Ein Jahr')).toBeNull();
	});

	it('an office written as a title before a surname alone is the role', () => {
		expect(splitLeadingRole('Speaker Pelosi', 'en')).toEqual({name: 'Pelosi', role: 'Speaker'});
		expect(splitLeadingRole('SPD-Generalsekretär Klingbeil', 'de')).toEqual({name: 'Klingbeil', role: 'SPD-Generalsekretär'});
		expect(splitLeadingRole('SPD-Generalsekretär Klingbeil', 'en')).toEqual({name: 'Klingbeil', role: 'SPD-Generalsekretär'});
		// A role word opens bodies' names too: without a given name after it, only an office written as a title counts.
		expect(splitLeadingRole('General Motors', 'en')).toBeNull();
	});

	it('in an article, the speaker named with the headline\'s words is listed by name', () => {
		const text = 'Charles Barkley Gives His Take On Kevin Durant\n\n"It sounds like he just wants out," Charles Barkley said on Tuesday.';
		const names = analyzeQuotes(text, {language: 'en', title: 'Charles Barkley Gives His Take On Kevin Durant'}).people.map((person) => person.name);
		expect(names).toContain('Charles Barkley');
		expect(names).not.toContain('Charles Barkley Gives His');
	});
});

describe('a word cut off a longer name before an elided particle names no one', () => {
	const text = 'The Austrian director, who won the Palme d’Or at Cannes, confirmed he is working on a series. Olof Palme was murdered in 1986.';

	it('tells the cut word by every mention running on into "d’" and a capital', () => {
		expect(cutBeforeElision('Palme', [{position: text.indexOf('Palme d'), unit: 0}], text)).toBe(true);
		// Named on its own once: a name.
		expect(cutBeforeElision('Palme', [{position: text.indexOf('Palme d'), unit: 0}, {position: text.indexOf('Palme was'), unit: 0}], text)).toBe(false);
		// A given name is a person's, however the mention ends ("Pierre d’Arcy").
		expect(cutBeforeElision('Pierre', [{position: 0, unit: 0}], 'Pierre d’Arcy said so.')).toBe(false);
	});

	it('the article does not list it', () => {
		const title = 'Michael Haneke to make TV series';
		const body = 'The Austrian director, who won the Palme d’Or at Cannes and an Oscar in 2012, confirmed he is working on Kelvin’s Book, a dystopian story.';
		const names = analyzeQuotes(`${title}\n\n${body}`, {language: 'en', title}).people.map((person) => person.name);
		expect(names).not.toContain('Palme');
		expect(names).toContain('Michael Haneke');
	});
});

describe('one name per person over a briefing', () => {
	it('a surname alone is the one person of the briefing whose full name ends in it', () => {
		const nameOf = briefingNames(['Donald Trump', 'Donald Trump', 'Suzann Pettersen', 'Larry Nassar']);
		expect(nameOf('Trump')).toBe('Donald Trump');
		expect(nameOf('Pettersen')).toBe('Suzann Pettersen');
		expect(nameOf('Lorde')).toBe('Lorde');
	});

	it('a short form or a brand\'s spelling is no surname, nor is a word the key only likens to one', () => {
		const nameOf = briefingNames(['Email Nick', 'Raumfahrtunternehmens SpaceX']);
		expect(nameOf('NYC')).toBe('NYC');
		expect(nameOf('SpaceX')).toBe('SpaceX');
		// "Nik" keys like "Nick": one spelling is not the other's surname.
		expect(nameOf('Nik')).toBe('Nik');
		expect(nameOf('Nick')).toBe('Email Nick');
	});

	it('a surname two persons share stays as written', () => {
		const nameOf = briefingNames(['Donald Trump', 'Melania Trump']);
		expect(nameOf('Trump')).toBe('Trump');
		expect(nameOf('Melania Trump')).toBe('Melania Trump');
	});

	it('spellings of one name with agreeing first names are the most used one', () => {
		const nameOf = briefingNames(['Wolodymyr Selenskyj', 'Wolodymyr Selenskyj', 'Volodymyr Zelensky', 'Dmitri Peskow', 'Dmitrij Peskow', 'Dmitrij Peskow']);
		expect(nameOf('Volodymyr Zelensky')).toBe('Wolodymyr Selenskyj');
		expect(nameOf('Selenskyj')).toBe('Wolodymyr Selenskyj');
		expect(nameOf('Dmitri Peskow')).toBe('Dmitrij Peskow');
	});

	it('ranks a speaker no story lists, or known by a given name alone, after the persons', () => {
		expect(speakerStanding('The force’s commissioner', false, false)).toBe('unnamed');
		expect(speakerStanding('Andrij', true, false)).toBe('unnamed');
		expect(speakerStanding('Lorde', true, false)).toBe('person');
		expect(speakerStanding('Donald Trump', true, false)).toBe('person');
		expect(speakerStanding('FBI', true, true)).toBe('organisation');
	});
});
