// Terminal columns and rows, updated on every 'resize' of stdout (Ink 6 has no useWindowSize).

import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export interface TerminalSize {
	columns: number;
	rows: number;
}

export function useTerminalSize(fallback: TerminalSize = {columns: 80, rows: 24}): TerminalSize {
	const {stdout} = useStdout();
	const read = (): TerminalSize => ({
		columns: stdout.columns || fallback.columns,
		rows: stdout.rows || fallback.rows,
	});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => {
			const next = read();
			setSize(previous => (previous.columns === next.columns && previous.rows === next.rows ? previous : next));
		};

		stdout.on('resize', onResize);
		// The size may have changed between first render and subscribing.
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [stdout]);
	return size;
}
