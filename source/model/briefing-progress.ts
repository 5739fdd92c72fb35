// How far a briefing computation has got: what the app shows while the first briefing is computed.

/** The phases of a computation, in order: per-article analysis (cache hits count at once), clustering, story building. */
export type BriefingPhase = 'analysing' | 'clustering' | 'stories';

export interface BriefingProgress {
	phase: BriefingPhase;
	/** Articles analysed (analysing) or stories built (stories) so far; 0 while clustering. */
	done: number;
	/** Articles entering the briefing (analysing), stories to build (stories), articles clustered (clustering). */
	total: number;
}
