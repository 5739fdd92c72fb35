// The name the briefing's per-article analyses are cached under: a new engine's output gets a new one.

/**
 * Bump when what the quote engine, people, topics or stories produce changes. Analyses cached under an older name are
 * computed again, and the stored briefing snapshot and session carry the name in their keys, so a briefing the older
 * engine made is shown only while the new one is computed, never as current (it was until a refresh brought articles).
 */
export const briefingAnalyzer = 'briefing-v21';
