// The young-generation sizes of the background threads that analyse: the briefing worker and the analysis pool's helper.

/**
 * V8 lets a thread's young generation grow to 32 MB of semi-spaces, which a stream of short-lived analysis
 * garbage fills and RSS keeps; with 4 MB the app's computation peaked at 211–214 MB against 228–230 MB with
 * V8's default, CPU within noise (bench/RESULTS-analysis.md). A young-generation limit only makes
 * scavenges more frequent; unlike an old-generation limit it cannot make a thread run out of memory.
 * A module of its own: the app's start (briefing/background.ts) needs the number, not the analysis pool's modules.
 */
export const helperYoungGenerationMb = 4;

/**
 * The analysis pool's helper (analysis-pool.ts) takes a larger one: it runs only in batch computations (`lagebild brief`,
 * the benchmarks, an update of the app's hundreds of articles that is not put off; never in a first launch, whose quotes
 * the briefing worker reads alone), and with 4 MB it scavenged so often that it took ~1.6 s more CPU over the 10,000
 * generated articles, for no lower peak: with 16 MB the process's peak RSS was 14–25 MB lower (6 interleaved pairs each,
 * bench/findings.md, nineteenth session; 32 MB: CPU −1.1 s, RSS the same).
 */
export const poolHelperYoungGenerationMb = 16;
