// The briefing model: what `lagebild brief` prints and what the app renders.

import type {PersonKind, QuoteKind} from './quote.js';

export interface BriefingArticleRef {
	id: string; // Article.uid
	title: string;
	url: string;
	feed: string; // outlet name
	published: string;
	/** In a story's timeline: the other feeds that carried the same article (its copies, folded into this report). Absent when none did. */
	alsoIn?: string[];
}

export interface BriefingQuote {
	text: string;
	speaker: string;
	/** The speaker's role in the story: the one the quote's sentence names, else the story's one role for them (speaker-roles.ts). */
	role: string;
	kind: QuoteKind;
	articleId: string; // Article.uid
	outlet: string;
	start: number;
	end: number;
}

export interface BriefingPerson {
	name: string;
	role: string;
	aliases: string[];
	quoteCount: number;
	/** 'organisation' for a body or state (see Person.kind); absent for a person and in snapshots of older builds. */
	kind?: PersonKind;
}

export interface Story {
	id: string;
	headline: string;
	summary: string;
	/** Topic names; the first is the primary topic. */
	topics: string[];
	outlets: string[];
	/** Ordered by publication time, oldest first: the story's timeline. */
	articles: BriefingArticleRef[];
	quotes: BriefingQuote[];
	people: BriefingPerson[];
	firstPublished: string;
	lastPublished: string;
	score: number;
	/** True when any article arrived after the last time the reader looked. */
	isNew: boolean;
	unread: boolean;
	/**
	 * True while the story's quotes, people and summary are still being read (a first briefing over many articles
	 * nobody analysed yet is shown before its quote pass; an update follows). Absent once they are complete.
	 */
	analysing?: boolean;
}

export interface TopicBriefing {
	name: string;
	stories: Story[];
}

export interface Briefing {
	generatedAt: string;
	window: {from: string; to: string};
	topics: TopicBriefing[];
}
