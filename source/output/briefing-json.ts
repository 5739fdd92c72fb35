// The briefing as JSON: the stable, documented schema that `lagebild brief --format json` prints.

import type {Briefing} from '../model/briefing.js';

/**
 * Schema (version 1). Fields are only ever added, never renamed or removed:
 *
 * {
 *   "version": 1,
 *   "generatedAt": ISO time,
 *   "window": {"from": ISO, "to": ISO},            // the articles considered; "to" = newest article
 *   "topics": [{                                    // ordered by their top stories; "Other" last
 *     "name": string,
 *     "stories": [{                                 // ordered by score (outlets, recency, unread)
 *       "id": string,                               // stable while the story's first report stays
 *       "headline": string, "summary": string,
 *       "topics": [string],                         // first = primary topic; [] = none fits ("Other")
 *       "outlets": [string],                        // in order of their first report
 *       "articles": [{"id","title","url","feed","published",    // the timeline, oldest first
 *                     "alsoIn"?: [string]}],         // other feeds that carried the same article; absent when none
 *       "quotes": [{"text","speaker","role","kind","articleId","outlet"}],  // kind: direct|partial|indirect
 *                                                   // role: the speaker's in this story — the one the quote's sentence
 *                                                   // names, else the one the story gives them ('' when none); the app,
 *                                                   // text and Markdown show the same
 *       "people": [{"name","role","aliases":[string],"quoteCount"}],
 *       "firstPublished": ISO, "lastPublished": ISO,
 *       "score": number, "isNew": boolean, "unread": boolean
 *     }]
 *   }]
 * }
 */
export interface BriefingJson {
	version: 1;
	generatedAt: string;
	window: {from: string; to: string};
	topics: Array<{
		name: string;
		stories: Array<{
			id: string;
			headline: string;
			summary: string;
			topics: string[];
			outlets: string[];
			articles: Array<{id: string; title: string; url: string; feed: string; published: string; alsoIn?: string[]}>;
			quotes: Array<{text: string; speaker: string; role: string; kind: string; articleId: string; outlet: string}>;
			people: Array<{name: string; role: string; aliases: string[]; quoteCount: number}>;
			firstPublished: string;
			lastPublished: string;
			score: number;
			isNew: boolean;
			unread: boolean;
		}>;
	}>;
}

export function briefingToJson(briefing: Briefing): BriefingJson {
	return {
		version: 1,
		generatedAt: briefing.generatedAt,
		window: {from: briefing.window.from, to: briefing.window.to},
		topics: briefing.topics.map((topic) => ({
			name: topic.name,
			stories: topic.stories.map((story) => ({
				id: story.id,
				headline: story.headline,
				summary: story.summary,
				topics: [...story.topics],
				outlets: [...story.outlets],
				articles: story.articles.map((article) => ({id: article.id, title: article.title, url: article.url, feed: article.feed, published: article.published, ...(article.alsoIn?.length ? {alsoIn: [...article.alsoIn]} : {})})),
				quotes: story.quotes.map((quote) => ({text: quote.text, speaker: quote.speaker, role: quote.role, kind: quote.kind, articleId: quote.articleId, outlet: quote.outlet})),
				people: story.people.map((person) => ({name: person.name, role: person.role, aliases: [...person.aliases], quoteCount: person.quoteCount, ...(person.kind ? {kind: person.kind} : {})})),
				firstPublished: story.firstPublished,
				lastPublished: story.lastPublished,
				score: story.score,
				isNew: story.isNew,
				unread: story.unread,
			})),
		})),
	};
}

export function renderBriefingJson(briefing: Briefing): string {
	return `${JSON.stringify(briefingToJson(briefing), null, 2)}\n`;
}
