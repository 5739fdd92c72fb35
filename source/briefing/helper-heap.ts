// The young-generation size of the background threads that analyse (the analysis helper and the briefing worker).

/**
 * V8 lets a thread's young generation grow to 32 MB of semi-spaces, which a stream of short-lived analysis
 * garbage fills and RSS keeps; with 4 MB the app's computation peaked at 211–214 MB against 228–230 MB with
 * V8's default, CPU within noise (bench/RESULTS-analysis.md). A young-generation limit only makes
 * scavenges more frequent; unlike an old-generation limit it cannot make a thread run out of memory.
 * A module of its own: the app's start (briefing/background.ts) needs the number, not the analysis pool's modules.
 */
export const helperYoungGenerationMb = 4;
