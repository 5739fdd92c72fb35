// Fills a message template's {name} placeholders: the one template rule of every language table.

/** Replaces {name} placeholders; unknown names stay visible so a missing value is noticed. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
