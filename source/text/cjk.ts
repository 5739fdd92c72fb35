// Which characters are Chinese, Japanese or Korean: the search index and the topic matcher must agree on them.

/** Han (with 々 and 〇), kana with the prolonged sound mark (not the middle dot that parts names: ドナルド・トランプ), Hangul. */
const cjkRun = /[\u1100-\u11FF\u3005\u3007\u3041-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]+/gu;

/** Where the text's first CJK character stands, or -1. */
export function firstCjkIndex(text: string): number {
	// search() starts at 0 and leaves lastIndex alone, so the one global expression serves every function here.
	return text.search(cjkRun);
}

/** Whether the text holds a CJK character: most texts do not, and pay only this test. */
export function hasCjk(text: string): boolean {
	return firstCjkIndex(text) !== -1;
}

/** The CJK runs of a text, in order. */
export function cjkRuns(text: string): string[] {
	return text.match(cjkRun) ?? [];
}
