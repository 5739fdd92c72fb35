// The one article shape every stage after parsing works with.

export type ArticleLanguage = string; // ISO 639-1 ("de", "en", "pt", …) or "und" when unknown

export interface Article {
	/** Globally unique key: short hash of feedUrl + itemId. Used by store, analysis and UI. */
	uid: string;
	/** Stable id inside its feed: guid, else link, else hash of title + date. */
	itemId: string;
	feedUrl: string;
	/** The outlet's name as the feed (or the user) calls it. */
	feedTitle: string;
	url: string;
	title: string;
	author: string;
	/** ISO 8601. Falls back to the fetch time when the feed gave none (see publishedEstimated). */
	published: string;
	publishedEstimated: boolean;
	/** Clean plain text of the teaser. */
	summary: string;
	/** Clean plain text of the body; paragraphs separated by a blank line ("\n\n"). May equal summary. */
	content: string;
	language: ArticleLanguage;
	/** ISO time this article was first stored, or when its feed last gave it a new title (a retitled item is news again). */
	fetchedAt: string;
	/**
	 * The http(s) links of `content`, numbered by their place here (the first is [1]); absent when it has none. Only
	 * the reader reads them: lists of articles (the briefing's) are read from the store without them.
	 */
	links?: ArticleLink[];
}

/** A link of an article's text. */
export interface ArticleLink {
	/** An http(s) address, sanitised as the article's own address is for `o`. */
	url: string;
	/** The words of its first anchor, one clean line. */
	text: string;
	/** Offsets in the article's text just after each anchor of this address, in order; empty when none is in the text. */
	at: number[];
}
