// The default vocabulary beyond German and English: Portuguese news and the subjects "Other" held (engineer S, #184).

import {describe, expect, it} from 'vitest';
import {assignTopics, compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';
import {defaultTopics} from '../../source/config/default-topics.js';

const topics = compileTopics(defaultTopics());
const topicsOf = (title: string, body = '', language = 'pt') => assignTopics(scoreTopics({title, body, language}, topics));

describe('the default topic vocabulary', () => {
	it('gives Portuguese headlines their subject', () => {
		expect(topicsOf('Treinador do clube confirma saída antes do fim do campeonato')).toEqual(['Sport']);
		expect(topicsOf('Banco Central mantém taxas de juro e prevê menos inflação')).toEqual(['Economy & markets']);
		expect(topicsOf('Coreia do Norte lança novo míssil de longo alcance')).toEqual(['China & Asia']);
		expect(topicsOf('Cientistas testam nova vacina contra doença rara')).toEqual(['Science & health']);
		expect(topicsOf('Relatório sobre alterações climáticas alerta para verões mais quentes')).toEqual(['Climate & environment']);
		expect(topicsOf('Comissão Europeia propõe novas regras para os Estados-membros')).toEqual(['Europe & EU']);
		expect(topicsOf('Exposição de artistas portugueses chega ao museu')).toEqual(['Culture']);
	});

	it('reads "U.K." and "E.U." as the newspapers abbreviate them', () => {
		expect(topicsOf('U.K. Lawmakers Reject Plan for Early Election', '', 'en')).toContain('Europe & EU');
		expect(topicsOf('E.U. Leaders Meet Over Budget Dispute', '', 'en')).toContain('Europe & EU');
	});

	it('knows software-development words that name no other subject', () => {
		expect(topicsOf('Scrum und DevOps im Alltag eines Teams', '', 'de')).toEqual(['Technology']);
		expect(topicsOf('Neue Version von Kotlin und Visual Studio erschienen', '', 'de')).toEqual(['Technology']);
	});

	it('still leaves the news without a topic that the guide gives none', () => {
		expect(topicsOf('Acidente na estrada causa um morto e dois feridos')).toEqual([]);
		expect(topicsOf('Polícia prende militares suspeitos de fraude')).toEqual([]);
	});
});
