// One comparable form of an article link, so the same page reached through two feeds is known to be the same.

const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|at_medium|at_campaign|at_custom\d*|wt_mc|wt\.mc_id|cmp|ref|xtor)$/i;
const httpLink = /^https?:\/\/([^/?#]+)([^?#]*)(?:\?([^#]*))?/i;

/** Scheme-less, lower-case host without www., no trailing slash, no fragment, no tracking parameters. String work only: this runs for every stored article. */
export function canonicalUrl(link: string): string {
	const trimmed = link.trim();
	const match = httpLink.exec(trimmed);
	if (!match) {
		return trimmed;
	}

	const host = (match[1] ?? '').toLowerCase().replace(/^www\./, '').replace(/:(80|443)$/, '');
	const path = (match[2] ?? '').replace(/\/+$/, '');
	const query = (match[3] ?? '')
		.split('&')
		.filter(pair => pair !== '' && !trackingParameter.test(pair.split('=', 1)[0] ?? ''))
		.sort()
		.join('&');
	return `//${host}${path}${query ? `?${query}` : ''}`;
}
