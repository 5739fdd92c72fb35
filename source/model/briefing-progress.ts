// How far a briefing computation has got: what the app shows while the first briefing is computed.

/**
 * The phases of a computation, in order: per-article analysis (cache hits count at once), clustering, story building;
 * then, when a first briefing was shown before its quotes (Story.analysing), reading the quotes story by story.
 */
export type BriefingPhase = 'analysing' | 'clustering' | 'stories' | 'quotes';

export interface BriefingProgress {
	phase: BriefingPhase;
	/** Articles analysed (analysing, quotes) or stories built (stories) so far; 0 while clustering. */
	done: number;
	/** Articles entering the briefing (analysing), stories to build (stories), articles clustered (clustering), articles whose quotes are read (quotes). */
	total: number;
}
