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
		// Everyday words are no topic's term on their own, in Portuguese or in English (review V15 #3): only phrases are.
		for (const headline of [
			'GNR realiza ações de fiscalização nas estradas',
			'Estudo revela que portugueses leem menos jornais',
			'Nova lei sobre tratamento de dados pessoais aprovada',
			'Processo de seleção de professores atrasado',
			'Governo aprova plano para o planalto central',
			'Sporting events draw record crowds',
		]) expect(topicsOf(headline), headline).toEqual([]);
		// "SNS" is Portugal's health service only in Portuguese text, never a social network's users (the app is Technology).
		expect(topicsOf('Korean SNS users flock to new app', '', 'en')).not.toContain('Science & health');
	});
	it('the phrases that stand for those words still name their topics', () => {
		expect(topicsOf('Queda no mercado de ações assusta investidores')).toContain('Economy & markets');
		expect(topicsOf('Seleção nacional vence a Espanha')).toContain('Sport');
		expect(topicsOf('Lula recebe ministros no Palácio do Planalto')).toContain('Latin America');
	});
});
