// What the quote engine finds in one article.

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
	kind: QuoteKind;
	/** The quoted words (for indirect speech: the reported clause). */
	text: string;
	/** Canonical name of the speaker ("Pete Hegseth"), or "" when nobody could be named. */
	speaker: string;
	/** The speaker's role as the text gives it ("US-Verteidigungsminister"), or "". */
	role: string;
	/** The speech verb or cue that ties the quote to its speaker ("sagte", "according to"). */
	cue: string;
	/** Character offsets of `text` in the article text (title + "\n\n" + body, as `analyze --format text` prints). */
	start: number;
	end: number;
}

export interface Person {
	/** Canonical full name. */
	name: string;
	role: string;
	/** Other spellings and mentions seen for this person. */
	aliases: string[];
	/**
	 * 'organisation' for a body that speaks as one (an organisation, authority or state: "Pentagon", "Russland",
	 * "WHO"); absent for a person. Optional, so analyses stored by older builds (which have none) still load.
	 */
	kind?: PersonKind;
}

/** What a people-list entry that is no person is. */
export type PersonKind = 'organisation';

export interface QuoteAnalysis {
	people: Person[];
	quotes: Quote[];
}
