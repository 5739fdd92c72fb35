// The reader keeps its place when the terminal is resized: the words at the top of the screen stay at the top.

import {useEffect, useRef, type Dispatch} from 'react';
import {listKey} from '../state/list-keys.js';
import {sameTextRow, type ReaderDocument} from '../state/reader-lines.js';
import type {UiAction} from '../state/reducer.js';

/*
 * The reader's place is a row number, and the rows are the article wrapped at the width: a resize kept "line 59" while
 * line 59 now held text from a page earlier (walk 11). The document is rebuilt for a new width (and for new quote
 * marks, which move no row), so the row that showed the same words is looked up in the new one.
 */
export function useReaderAnchor(uid: string | undefined, document: ReaderDocument | null | undefined, offset: number, height: number, dispatch: Dispatch<UiAction>): void {
	const last = useRef<{uid: string; document: ReaderDocument; top: number} | undefined>(undefined);
	useEffect(() => {
		const before = last.current;
		if (uid === undefined || !document) {
			last.current = undefined;
			return;
		}

		// The row on top of the screen: the kept offset may lie past the last page (the reader shows that page).
		const top = Math.min(offset, Math.max(0, document.lines.length - height));
		last.current = {uid, document, top};
		if (before?.uid !== uid || before.document === document) return;
		const row = sameTextRow(before.document, before.top, document);
		if (row !== top) {
			last.current = {uid, document, top: row};
			dispatch({type: 'scroll', list: listKey.reader(uid), movement: {delta: row - offset}, total: document.lines.length, height});
		}
	}, [uid, document, offset, height, dispatch]);
}
