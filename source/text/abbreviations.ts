// Abbreviations whose full stop does not end a sentence (Intl.Segmenter in Node 20 breaks after "Dr." and "z. B.").

const abbreviation = /(?:(?<![\p{L}\p{N}])(?:[A-Za-zÄÖÜäöü]|Dr|Prof|St|Nr|Mr|Mrs|Ms|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Cpt|Cmdr|Cdr|Det|Insp|Maj|Adm|Cpl|Pvt|Brig|Supt|Kpt|Kptlt|Hptm|Oblt|Oberstlt|Gov|Sen|Rep|Rev|Hr|Fr|bzw|ca|vgl|z\.B|u\.a|d\.h|inkl|ggf|evtl|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez|No|Nos|vs|etc|U\.S|U\.K|U\.N|E\.U)\.)$/u;

/** Whether `text` (a segment as the segmenter cut it, trailing space trimmed) ends in an abbreviation, so the next segment continues its sentence. */
export function endsWithAbbreviation(text: string): boolean {
	// The longest abbreviation is a few characters: only the tail needs looking at.
	return abbreviation.test(text.slice(-12));
}
