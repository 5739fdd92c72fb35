// The reader keeps its place when the terminal is resized: the words at the top of the screen stay at the top.

import {useEffect, useRef, type Dispatch} from 'react';
import {listKey} from '../state/list-keys.js';
import {sameTextRow, type ReaderDocument} from '../state/reader-lines.js';
import type {UiAction} from '../state/reducer.js';

/*
 * The reader's place is a row number, and the rows are the article wrapped at the width: a resize kept "line 59" while
 * line 59 now held text from a page earlier (walk 11). For a new width the row that showed the same words is looked up
 * in the rebuilt document. Only then: a document rebuilt for another text (F loads the whole page) has other words at
 * those offsets, and its rows start again from the top the row number keeps.
 */
export function useReaderAnchor(uid: string | undefined, document: ReaderDocument | null | undefined, width: number, offset: number, height: number, dispatch: Dispatch<UiAction>): void {
	const last = useRef<{uid: string; document: ReaderDocument; width: number; top: number} | undefined>(undefined);
	useEffect(() => {
		const before = last.current;
		if (uid === undefined || !document) {
			last.current = undefined;
			return;
		}

		// The row on top of the screen: the kept offset may lie past the last page (the reader shows that page).
		const top = Math.min(offset, Math.max(0, document.lines.length - height));
		last.current = {uid, document, width, top};
		if (before?.uid !== uid || before.document === document || before.width === width) return;
		const row = sameTextRow(before.document, before.top, document);
		if (row !== top) {
			last.current = {uid, document, width, top: row};
			dispatch({type: 'scroll', list: listKey.reader(uid), movement: {delta: row - offset}, total: document.lines.length, height});
		}
	}, [uid, document, width, offset, height, dispatch]);
}
