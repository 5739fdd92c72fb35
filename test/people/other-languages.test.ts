// An article in a language the quote engine has no rules for (Portuguese, Spanish, French…) gets no people and no
// quotes — English word lists made its capitalised words names ("O Governo", "Nasceu Lourenço") — but it stays in its
// story and topic.

import {describe, expect, it} from 'vitest';
import {peopleInWindow} from '../../source/briefing/people-window.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import type {Article} from '../../source/model/article.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from '../store/make-article.js';

const texts = {
	pt: {
		title: 'Governo anuncia novo plano para a Saúde em Lisboa',
		content: 'O Governo anunciou nesta terça-feira um novo plano para o Serviço Nacional de Saúde.\n\nO ministro Rui Tavares disse aos jornalistas em Lisboa: "Não vamos recuar perante as dificuldades."\n\nSegundo a Ordem dos Médicos, o plano chega tarde. Nasceu Lourenço, o filho de Marta Sousa, no Hospital de Santa Maria.',
	},
	es: {
		title: 'El Gobierno aprueba la reforma de las pensiones en Madrid',
		content: 'El Consejo de Ministros aprobó este martes la reforma de las pensiones.\n\n"No vamos a dar marcha atrás", dijo la ministra Elena Ruiz en la rueda de prensa en Madrid.\n\nSegún la Confederación Sindical, la medida llega tarde para los jubilados de Castilla.',
	},
	fr: {
		title: 'Le Gouvernement présente la réforme des retraites à Paris',
		content: 'Le Premier Ministre a présenté mardi la réforme des retraites devant l\'Assemblée Nationale.\n\n"Nous ne reculerons pas", a déclaré la ministre Claire Dubois aux journalistes à Paris.\n\nSelon la Confédération Générale du Travail, la réforme arrive trop tard.',
	},
};

function articleIn(language: 'pt' | 'es' | 'fr' | 'en', base: keyof typeof texts): Article {
	const {title, content} = texts[base];
	return makeArticle('https://noticias.example/feed', `${base}-${language}`, {language, title, summary: '', content});
}

describe('articles in a language the quote engine does not read', () => {
	it.each(['pt', 'es', 'fr'] as const)('%s: no people and no quotes from English rules', (language) => {
		expect(quoteAnalysisOf(articleIn(language, language))).toEqual({people: [], quotes: []});
	});

	it('the same text tagged English is still read with the English rules (the guard is the language, not the text)', () => {
		const read = quoteAnalysisOf(articleIn('en', 'pt'));
		expect(read.people.length + read.quotes.length).toBeGreaterThan(0);
	});

	it('stays in its story, with its headline and reports, and lists no one', () => {
		const members = (['pt', 'es'] as const).map((language) => {
			const article = articleIn(language, language);
			return memberOf(article, Date.parse(article.published), {topics: [], quotes: quoteAnalysisOf(article)}, '');
		});
		const {story} = buildStory(members, () => undefined, {});
		expect(story.articles).toHaveLength(2);
		expect(story.headline).not.toBe('');
		expect(story.people).toEqual([]);
		expect(story.quotes).toEqual([]);
	});

	it('the wider People windows leave out what older rules cached for such an article', () => {
		const store = new ArticleStore(':memory:');
		try {
			const portuguese = articleIn('pt', 'pt');
			store.commitFeed(okState(portuguese.feedUrl, {articleCount: 1}), [portuguese]);
			// An engine that still reads it with English rules, as the cached analyses of older builds did.
			const english = () => quoteAnalysisOf({...portuguese, language: 'en'});
			const window = peopleInWindow(store, {window: 'all', now: new Date('2026-11-21T00:00:00Z'), quoteEngine: english});
			expect(english().quotes.filter((quote) => quote.speaker !== '')).not.toEqual([]);
			expect(window.articles).toBe(1);
			expect(window.people).toEqual([]);
		} finally {
			store.close();
		}
	});
});
