// Text compared without case and accents: "Müller", "MULLER" and "muller" alike.

/** Lower case, accents and other combining marks removed (NFKD, so "ﬁ" is "fi" too). */
export function accentFold(text: string): string {
	return text.normalize('NFKD').replaceAll(/\p{M}/gu, '').toLowerCase();
}
