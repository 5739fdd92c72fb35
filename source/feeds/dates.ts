// Feed dates: what Date.parse reads, plus RFC 822 dates with localized names or two-digit years.

const months: Record<string, number> = {};
const monthNames: string[][] = [
	['jan', 'janeiro', 'januar', 'janvier', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'jän', 'jänner'],
	['feb', 'fev', 'fevereiro', 'februar', 'février', 'fév', 'febrero', 'febbraio', 'februari'],
	['mar', 'março', 'mär', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'mrt'],
	['apr', 'abr', 'abril', 'april', 'avril', 'avr', 'aprile'],
	['may', 'mai', 'maio', 'mayo', 'maggio', 'mag', 'mei'],
	['jun', 'junho', 'juni', 'juin', 'junio', 'giugno', 'giu'],
	['jul', 'julho', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
	['aug', 'ago', 'agosto', 'august', 'août', 'aout', 'augustus'],
	['sep', 'sept', 'set', 'setembro', 'september', 'septembre', 'septiembre', 'settembre'],
	['oct', 'out', 'outubro', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre'],
	['nov', 'novembro', 'november', 'novembre', 'noviembre'],
	['dec', 'dez', 'dezembro', 'dezember', 'décembre', 'déc', 'dic', 'diciembre', 'dicembre', 'december'],
];
monthNames.forEach((names, index) => {
	for (const name of names) months[name] = index;
});

const zones: Record<string, number> = {gmt: 0, ut: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, cet: 60, cest: 120, mez: 60, mesz: 120, bst: 60};

// [weekday,] day month year [hh[:]mm[:ss]] [zone]
const rfc822 = /^(?:[\p{L}.]+,?\s+)?(\d{1,2})\.?\s+([\p{L}]+)\.?\s+(\d{2,4})(?:\s+(\d{1,2}):?(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]+)?\s*$/iu;

/** Parses a feed date; returns undefined when it cannot be read. */
export function parseFeedDate(raw: string): Date | undefined {
	const value = raw.trim();
	if (!value || value.length > 80) return undefined;
	const match = rfc822.exec(value);
	if (match) {
		const month = months[match[2]!.toLowerCase()];
		if (month !== undefined) {
			let year = Number(match[3]);
			if (year < 100) year += year < 70 ? 2000 : 1900;
			const zone = match[7]?.toLowerCase() ?? 'gmt';
			let offset = zones[zone];
			if (/^[+-]\d{4}$/.test(zone)) offset = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
			if (offset !== undefined) {
				const time = Date.UTC(year, month, Number(match[1]), Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)) - offset * 60_000;
				const date = new Date(time);
				if (!Number.isNaN(time) && date.getUTCDate() > 0) return date;
			}
		}
	}
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}
