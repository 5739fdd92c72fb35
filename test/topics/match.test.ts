import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {assignTopics, compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {TopicDefinition} from '../../source/model/topic.js';

const topics = compileTopics(defaultTopics());
const topicsOf = (title: string, body = '', language = 'de') => assignTopics(scoreTopics({title, body, language}, topics));
const scoreOf = (name: string, title: string, body = '', language = 'de') =>
	scoreTopics({title, body, language}, topics).find((entry) => entry.name === name)?.score ?? 0;

describe('topic matching', () => {
	it('puts the seed article under the Ukraine war, Russia, US politics and NATO', () => {
		const lines = readFileSync(new URL('../../../shared/eval/seed/putin-trump-hegseth.de.txt', import.meta.url), 'utf8').split('\n');
		const assigned = topicsOf(lines[0]!, lines.slice(1).join('\n\n'));
		// The Putin–Trump call about ending the war, Hegseth on NATO. Iran comes up in passing (a few mentions against
		// dozens): since the share of the best topic is 0.4 (bench/RESULTS-topics.md) that no longer makes it a Middle East story.
		expect([...assigned].sort()).toEqual(['NATO & security', 'Russia', 'US politics', 'Ukraine war']);
		expect(scoreOf('Middle East', lines[0]!, lines.slice(1).join('\n\n'))).toBeGreaterThan(0);
	});

	it('matches German compounds and inflections', () => {
		expect(scoreOf('Middle East', 'Neue Eskalation im Nahostkonflikt')).toBeGreaterThan(0);
		expect(scoreOf('Ukraine war', 'Der Ukraine-Krieg geht ins vierte Jahr')).toBeGreaterThan(0);
		expect(scoreOf('Middle East', 'Angriffe im Gaza-Streifen')).toBeGreaterThan(0);
		expect(scoreOf('Middle East', 'Angriffe im Gazastreifen')).toBeGreaterThan(0);
		expect(scoreOf('Russia', 'Die russischen Truppen ziehen ab')).toBeGreaterThan(0);
		expect(scoreOf('Russia', 'Russlands Wirtschaft schrumpft')).toBeGreaterThan(0);
		expect(scoreOf('Ukraine war', 'Kämpfe in der Ostukraine')).toBeGreaterThan(0);
	});

	it('matches English inflections and multi-word terms', () => {
		expect(scoreOf('Middle East', 'Iranian drones over the Gulf', '', 'en')).toBeGreaterThan(0);
		expect(scoreOf('Ukraine war', 'Ukrainian ports restart grain shipments', '', 'en')).toBeGreaterThan(0);
		expect(scoreOf('Middle East', 'Talks on the Middle East resume', '', 'en')).toBeGreaterThan(0);
		expect(scoreOf('US politics', 'Senate Democrats reach deal', '', 'en')).toBeGreaterThan(0);
	});

	it('does not match false friends or bare substrings', () => {
		// "Irani" is a surname, not Iran; "Ukrainer" is fine but "Russ" (a first name) is not Russia.
		expect(scoreOf('Middle East', 'Smriti Irani visits Delhi', '', 'en')).toBe(0);
		expect(scoreOf('Russia', 'Russ Cook finishes his run across Africa', '', 'en')).toBe(0);
		// Acronyms only when written as such: "us" is a pronoun, "eu" inside a word is nothing.
		expect(scoreOf('Europe & EU', 'Tell us what you think', '', 'en')).toBe(0);
		expect(scoreOf('Economy & markets', 'Residents fed up with noise', '', 'en')).toBe(0);
		// An English word that only starts with a term is not a compound.
		expect(scoreOf('Middle East', 'Iraniana collection opens', '', 'en')).toBe(0);
		// Names must be capitalized.
		expect(scoreOf('US politics', 'They danced a waltz and a trump card was played', '', 'en')).toBe(0);
	});

	it('does not read German words that only begin with a term as its compounds', () => {
		// Real headlines: tagesschau's "Clan-Kriminalität" was a Crimea ("Krim") compound, a cruise missile a Mars one.
		expect(scoreOf('Ukraine war', 'Clan-Kriminalität: Razzien in Berlin und Brandenburg')).toBe(0);
		expect(scoreOf('Ukraine war', 'Ein neuer Krimi aus Schweden')).toBe(0);
		expect(scoreOf('Science & health', 'Russland setzt Marschflugkörper ein')).toBe(0);
		expect(scoreOf('Culture', 'Operationen werden verschoben, weil Personal fehlt')).toBe(0);
		expect(scoreOf('Culture', 'Mehr Kunststoff im Meer, künstliche Düngemittel im Boden')).toBe(0);
		expect(scoreOf('Economy & markets', 'Die Regierung muss jetzt handeln')).toBe(0);
		expect(scoreOf('Technology', 'Intelligenz und Intellektuelle', 'Ein Muskelfaserriss, Metallkisten im Keller')).toBe(0);
		expect(scoreOf('Climate & environment', 'Klimaanlagen ausverkauft')).toBe(0);
		expect(scoreOf('Technology', 'Künstliche Intelligenz in der Schule')).toBeGreaterThan(0);
		// The terms themselves, their inflections and real compounds still count.
		expect(scoreOf('Ukraine war', 'Angriff auf die Krim-Brücke')).toBeGreaterThan(0);
		expect(scoreOf('Ukraine war', 'Lage auf der Krim')).toBeGreaterThan(0);
		expect(scoreOf('Culture', 'Premiere an der Oper')).toBeGreaterThan(0);
		expect(scoreOf('Culture', 'Die Opernsaison beginnt')).toBeGreaterThan(0);
		expect(scoreOf('Culture', 'Kunstmuseum zeigt neue Werke')).toBeGreaterThan(0);
		expect(scoreOf('Economy & markets', 'Der Handel mit China bricht ein')).toBeGreaterThan(0);
		// A longer term of a user's own that begins like one of these words is matched as usual.
		const own = compileTopics([{name: 'Crime', terms: ['Kriminalität']}]);
		expect(scoreTopics({title: 'Kriminalität in Berlin sinkt', body: '', language: 'de'}, own)[0]?.name).toBe('Crime');
	});

	it('takes German and English endings only in German and English text', () => {
		// Portuguese "militares" (soldiers) is not the German "Militär" + an ending, nor is Spanish "defensores" "defense".
		expect(scoreOf('NATO & security', 'Polícia prende militares suspeitos de fraude', '', 'pt')).toBe(0);
		expect(scoreOf('NATO & security', 'Los defensores del equipo local', '', 'es')).toBe(0);
		// A plain plural and the term itself still count in any language.
		expect(scoreOf('NATO & security', 'Cimeira da NATO em Haia', '', 'pt')).toBeGreaterThan(0);
		expect(scoreOf('Technology', 'Los robots llegan a la frontera', '', 'es')).toBeGreaterThan(0);
		// German keeps its endings.
		expect(scoreOf('NATO & security', 'Die Militärs übernehmen die Macht', '', 'de')).toBeGreaterThan(0);
	});

	it('weighs the title above the body and picks the best topic as primary', () => {
		const assigned = topicsOf('Bundestag beschließt Wehrdienstgesetz', 'Der Bundestag stimmte zu. Auch Inflation, Zinsen und Konjunktur waren Thema.');
		expect(assigned[0]).toBe('Germany');
		expect(assigned).toContain('Economy & markets');
		expect(scoreOf('Germany', 'Bundestag tagt')).toBeGreaterThan(scoreOf('Germany', 'Sitzung', 'Der Bundestag tagt.'));
	});

	it('leaves articles that fit no topic without one', () => {
		expect(topicsOf('Rezept: Apfelkuchen mit Streuseln', 'Man nehme Äpfel, Mehl und Butter.')).toEqual([]);
	});

	it('uses user-defined topics', () => {
		const mine: TopicDefinition[] = [{name: 'Bahn', terms: ['Deutsche Bahn', 'Bahnstreik', 'GDL'], entities: ['Weselsky']}];
		const compiled = compileTopics(mine);
		expect(assignTopics(scoreTopics({title: 'GDL kündigt neuen Bahnstreik an', body: 'Weselsky droht.', language: 'de'}, compiled))).toEqual(['Bahn']);
		expect(assignTopics(scoreTopics({title: 'Neue Bahnstreiks drohen', body: '', language: 'de'}, compiled))).toEqual(['Bahn']);
	});
});
