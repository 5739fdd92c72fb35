// The quote evaluation as a floor: the engine's figures on the seed, dev and held-out gold folders must not drop.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {evaluateFolder} from '../../source/eval/quotes-run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalRoot = path.resolve(repoRoot, '..', 'shared', 'eval');

describe('quote evaluation', () => {
	it('gets every quoted passage of the seed article with the right speaker, and its indirect speech', () => {
		const {total} = evaluateFolder(path.join(evalRoot, 'seed'));
		expect(total.quoted.truePositives).toBe(9);
		expect(total.quoted.falsePositives).toBe(0);
		expect(total.quoted.speakerRight).toBe(9);
		// Indirect F1 0.99 → 0.96 in the eighteenth session: "Er versprach, … Selenskij anzurufen" is read as Trump's
		// announcement (15 of 15 found, one report the seed's gold leaves out: P 0.94, F1 0.968). Every other opened set's
		// gold marks announcements (18 of 18), and the fresh German sets gained with the rule (train-3/4 indirect 114 → 117
		// found, speakers 85 → 87, one false report more).
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.96);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
	});

	it('stays above the floor on the dev articles', () => {
		const {total, documents} = evaluateFolder(path.join(evalRoot, 'quotes-dev'));
		expect(documents.length).toBeGreaterThanOrEqual(6);
		expect(total.quoted.f1).toBeGreaterThanOrEqual(0.99);
		expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(0.96);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.98);
		// 0.975 → 0.96 in the eighth session: "Jürgen Pföhler (CDU)" is read as the person now (brackets after a person's
		// name give the party), and a cue-less Konjunktiv sentence opening with a person is that person's report by an
		// earlier rule — here it is an accusation against him (gold: nobody). 51 of 53.
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.96);
	});

	/*
	 * The held-out sets (bench/RESULTS-quotes-heldout.md): each was scored blind first, then opened to look at its
	 * misses, so from then on it guards against regressions like the dev set. Floors just under the figures.
	 * Indirect floors include the learned reported-speech detector (reported-detector.ts), trained on all of these sets:
	 * a floor on a training set is no evidence that it works — its nested leave-one-set-out figures in
	 * bench/RESULTS-quotes.md ("Learned reported-speech detector") are.
	 * Speaker floors include the learned speaker ranker (speaker-ranker.ts), which is trained on all of these sets: a
	 * floor on a training set is no evidence that it works — its leave-one-set-out figures in bench/RESULTS-quotes.md
	 * ("Learned speaker ranker") are. They only guard against a change that breaks it.
	 * Raised in the eighth session to one quote under each figure reached (bench/RESULTS-quotes.md, "Eighth session").
	 */
	const heldOut: Array<{folder: string; about: string; documents: number; quotedF1: number; quotedSpeaker: number; indirectF1: number; indirectSpeaker: number; indirectPrecision?: number}> = [
		// Short real feed texts.
		{folder: 'quotes-heldout', about: 'the held-out articles', documents: 12, quotedF1: 0.95, quotedSpeaker: 0.98, indirectF1: 0.98, indirectSpeaker: 0.83},
		// Feed texts, scored blind three times.
		{folder: 'quotes-heldout-2', about: 'the second held-out set', documents: 18, quotedF1: 0.99, quotedSpeaker: 0.94, indirectF1: 0.905, indirectSpeaker: 0.95, indirectPrecision: 0.95},
		// 16 whole articles, blind at 1d10bb5: quoted F1 0.914, speaker 0.858; indirect F1 0.813, speaker 0.750.
		// Indirect F1 0.95 → 0.945 at the tenth session's close: "Das Gesetz stimme nicht …" was found only with "die Warnung"
		// as its speaker; a speech-act noun is never a speaker now (92 of 98 reports found, one fewer).
		{folder: 'quotes-heldout-3', about: 'the third held-out set', documents: 16, quotedF1: 0.96, quotedSpeaker: 0.93, indirectF1: 0.945, indirectSpeaker: 0.835},
		// 12 whole articles, blind at 58e39a7: quoted F1 0.953, speaker 0.670; indirect F1 0.792, speaker 0.579. Indirect speaker
		// floor 0.815 → 0.80 when the ranker's window reached back to the paragraph's start (the model trained on all sets
		// gives 59 of 73 here, was 61; leave-one-set-out it stays at 58 of 73, and its totals rose).
		// Indirect speaker 0.875 → 0.86 in the eleventh session, after the blind scoring: the ranker retrained on twenty-two
		// sets (16–18 opened) moves two reports of this set between speakers from one retraining to the next (65 ↔ 63 of 73,
		// 0.890 / 0.863); no rule changed a quote here.
		// Seventeenth session: indirect speaker 0.86 → 0.835 — the speaker ranker retrained at the end over the session's
		// rules' candidates gives two English reports of this set to another candidate (63 → 61 of 73 = 0.836); with the
		// rules and the models of the opening retraining it was 63, so no rule moved them.
		{folder: 'quotes-heldout-4', about: 'the fourth held-out set', documents: 12, quotedF1: 0.955, quotedSpeaker: 0.92, indirectF1: 0.96, indirectSpeaker: 0.835},
		// 12 whole articles, blind at 40ccc28: quoted F1 0.958, speaker 0.711; indirect F1 0.726 (P 0.813), speaker 0.718.
		// Indirect P 0.91 → 0.90 at the tenth session's close: the detector retrained on eighteen sets (threshold 0.8 → 0.75 by
		// nested CV) adds two reports here (fp 8 → 10) while it finds five more over the sixteen sets before.
		// Nineteenth session: quoted speaker 0.905 → 0.895 — the speaker ranker retrained with sets 30 and 31 as folds gives one
		// quote of this set to another candidate (107 → 106 of 118 = 0.898), at the opening's and at the end's retraining alike;
		// no rule changed a quote here. Fresh German train-3 rose at the end (indirect speaker 31 → 32 of 50).
		{folder: 'quotes-heldout-5', about: 'the fifth held-out set', documents: 12, quotedF1: 0.965, quotedSpeaker: 0.895, indirectF1: 0.83, indirectSpeaker: 0.88, indirectPrecision: 0.9},
		// 12 whole articles, blind at 40ccc28: quoted F1 0.959, speaker 0.676; indirect F1 0.748, speaker 0.633 (0.704 / 0.660 at aec3fab).
		{folder: 'quotes-heldout-6', about: 'the sixth held-out set', documents: 12, quotedF1: 0.965, quotedSpeaker: 0.89, indirectF1: 0.87, indirectSpeaker: 0.87, indirectPrecision: 0.94},
		// 12 whole articles, training data of the learned models since the fifth session: blind at 40ccc28 quoted F1 0.942, speaker 0.777; indirect F1 0.747, speaker 0.565;
		// at b968d2d 0.942 / 0.800, 0.754 (P 0.872) / 0.633. Floors under the last blind run; speakers since under the
		// ranker trained with this set (0.838 / 0.661; 0.831 / 0.643 when it is left out of training).
		// Fifteenth session: indirect speaker 0.755 → 0.745 — the ranker retrained at the end (sets 21–23 as folds, the session's
		// rules' candidates) gives one German report of this set to another candidate (102 → 101 of 135 = 0.748); no rule moved it.
		// Seventeenth session: 0.745 → 0.74 — the detector retrained with sets 26 and 27 as folds finds one German report more
		// here (135 → 136) whose speaker is wrong (101 of 136 = 0.743); no rule moved it.
		{folder: 'quotes-heldout-7', about: 'the seventh held-out set', documents: 12, quotedF1: 0.96, quotedSpeaker: 0.865, indirectF1: 0.87, indirectSpeaker: 0.74, indirectPrecision: 0.92},
		// Set 8, blind at the end of the fifth session (c70d995, never trained on): quoted F1 0.973, speaker 0.843; indirect
		// P 0.848, F1 0.821, speaker 0.675.
		{folder: 'quotes-heldout-8', about: 'the eighth held-out set', documents: 12, quotedF1: 0.97, quotedSpeaker: 0.92, indirectF1: 0.86, indirectSpeaker: 0.77, indirectPrecision: 0.86},
		// Set 9, blind at the start (6c0bf2f) and the end (df71ef5) of the sixth session, training data since: quoted F1 0.920
		// (P 0.899: named terms in quotation marks taken as partial quotes), speaker 0.900; indirect P 0.859, F1 0.806, speaker 0.882.
		// Named-term rules (named-terms.ts, written after reading set 9's errors): quoted P 1.000, F1 0.970.
		// Indirect speaker 0.92 → 0.91 at the tenth session's close: three more reports found (88 → 91), 83 of them right (82 before).
		{folder: 'quotes-heldout-9', about: 'the ninth held-out set', documents: 12, quotedF1: 0.96, quotedSpeaker: 0.91, indirectF1: 0.815, indirectSpeaker: 0.91, indirectPrecision: 0.85},
		// Set 10, blind at the start of the seventh session (75d0ac5): quoted F1 0.874 (German recall 0.725), speaker 0.897;
		// indirect F1 0.807, speaker 0.699. Training data of both models since the seventh session (twelve opened sets).
		// Quoted speaker 0.925 → 0.915 in the tenth session: the ranker retrained on sixteen sets gives the two letters of
		// "ein Anwalt der Kanzlei Höcker im Auftrag von Andreas Keith" to Keith (the rules give them to the lawyer); 101 of 110.
		{folder: 'quotes-heldout-10', about: 'the tenth held-out set', documents: 12, quotedF1: 0.935, quotedSpeaker: 0.915, indirectF1: 0.805, indirectSpeaker: 0.82, indirectPrecision: 0.85},
		// Set 11, blind at the start (75d0ac5) and the end (08946dd) of the seventh session, training data since (thirteen sets):
		// quoted F1 0.983, speaker 0.888 → 0.897; indirect P 0.943, F1 0.868, speaker 0.864 → 0.848.
		{folder: 'quotes-heldout-11', about: 'the eleventh held-out set', documents: 12, quotedF1: 0.975, quotedSpeaker: 0.92, indirectF1: 0.86, indirectSpeaker: 0.88, indirectPrecision: 0.93},
		// Set 12, blind at the start (3343c1a) and the end (fa70ebf) of the eighth session with identical figures: quoted F1
		// 0.969, speaker 0.848 (German 0.700); indirect P 0.875, F1 0.718, speaker 0.714. Training data of both models since the
		// ninth session (fourteen opened sets; the detector's threshold stays 0.8, chosen with a one-report tolerance). End of
		// the ninth session (rules from its errors, models trained on it): quoted speaker 0.937, indirect F1 0.734, speaker 0.793.
		// Indirect P 0.87 → 0.85 in the eleventh session: the detector retrained with German training set 2 (nineteen sets,
		// threshold still 0.75) adds one report here (fp 4 → 5, P 0.857), a retraining effect of one quote.
		{folder: 'quotes-heldout-12', about: 'the twelfth held-out set', documents: 12, quotedF1: 0.96, quotedSpeaker: 0.92, indirectF1: 0.72, indirectSpeaker: 0.74, indirectPrecision: 0.835},
		// Set 13, blind at the start (1b48aaa) and the end (3d3d23a) of the ninth session with identical figures: quoted P 0.974,
		// F1 0.981, speaker 0.921 (German 0.833); indirect P 0.905, F1 0.869, speaker 0.721 (German 0.606). Opened in the second half
		// of the ninth session (fifteen opened sets, both models trained on it): the floors are an opened set's now, no blind
		// measure — one quote under the figures after its rules (quoted speaker 0.947, indirect speaker 0.779).
		// Indirect P 0.9 → 0.89 in the eleventh session, after the blind scoring: the detector retrained on twenty-two sets adds
		// one report here (fp 9 → 10, P 0.896), a retraining effect of one quote.
		{folder: 'quotes-heldout-13', about: 'the thirteenth held-out set', documents: 12, quotedF1: 0.975, quotedSpeaker: 0.945, indirectF1: 0.86, indirectSpeaker: 0.81, indirectPrecision: 0.89},
		// Set 14, blind at the end of the tenth session (c6c983f): quoted F1 0.959, speaker 0.819 (five English speakers cut at a
		// middle initial: "C", "Robert M", "William G"); indirect P 0.915, F1 0.882, speaker 0.744. Opened in the tenth session's
		// close (initials rule, German speech-act nouns; both models trained on it): one quote under the figures reached
		// (quoted speaker 0.872, indirect P 0.896, F1 0.873).
		{folder: 'quotes-heldout-14', about: 'the fourteenth held-out set', documents: 12, quotedF1: 0.95, quotedSpeaker: 0.86, indirectF1: 0.86, indirectSpeaker: 0.74, indirectPrecision: 0.885},
		// Set 15, blind at the end of the tenth session (c6c983f): quoted F1 0.963, speaker 0.924; indirect P 0.905, F1 0.874,
		// speaker 0.816 ("Mitteilung" ×3, "Ähnlich", "Demokrat" as speakers). Opened with set 14: one quote under the figures
		// reached (quoted speaker 0.935, indirect P 0.921, F1 0.893, speaker 0.821).
		// Fifteenth session: indirect speaker 0.81 → 0.85 (98 → 100 of 116: "Europas größtem Autobauer Volkswagen": the firm named by its trade, which "das Unternehmen" later means).
		{folder: 'quotes-heldout-15', about: 'the fifteenth held-out set', documents: 12, quotedF1: 0.955, quotedSpeaker: 0.92, indirectF1: 0.885, indirectSpeaker: 0.85, indirectPrecision: 0.905},
		// Sets 16, 17 and 18, blind at the eleventh session's start (88ad1e9) and end (6025e55): set 16 quoted F1 0.957, speaker
		// 0.727 (German 0.549), indirect F1 0.809, speaker 0.771; set 17 0.952 / 0.840, 0.813 / 0.810; set 18 0.885 / 0.883,
		// 0.863 / 0.841 (bench/RESULTS-quotes-heldout.md). Opened after (twenty-two sets, both models trained on them): floors
		// an opened set's, one quote under the figures reached then. Set 16 with the described-complement rule ("die Betreiber
		// des Lokals", written from its errors) and retrained: quoted speaker 91 of 121, indirect speaker 57 of 71.
		// Thirteenth session: indirect precision 0.84 → 0.825 (71 / 14 fp, one quote under): a report inside another's ("Past work has found
		// that …, Expert said") is now read as both reports, the outer one with its right speaker (indirect speaker 62 → 63
		// of 71); this set's annotator marked only the outer one, so the inner one counts as one false positive.
		// Fifteenth session: indirect F1 0.81 → 0.80 — the reported-speech detector retrained with sets 21–23 as folds (no
		// rule changed) finds one report of this set fewer (tp 71 → 70, fp 14, fn 19 → 20: F1 0.811 → 0.805).
		{folder: 'quotes-heldout-16', about: 'the sixteenth held-out set', documents: 12, quotedF1: 0.95, quotedSpeaker: 0.79, indirectF1: 0.80, indirectSpeaker: 0.87, indirectPrecision: 0.825},
		{folder: 'quotes-heldout-17', about: 'the seventeenth held-out set', documents: 12, quotedF1: 0.945, quotedSpeaker: 0.84, indirectF1: 0.805, indirectSpeaker: 0.79, indirectPrecision: 0.89},
		// Fourteenth session (German bodies with their seats, firms' legal forms, media named by kind): set 18 quoted speaker
		// 68 → 71 of 77 and indirect 51 → 54 of 62, set 19 indirect speaker 62 → 65 of 80, train-1 quoted 40 → 42 of 45 —
		// those floors raised to one quote under.
		{folder: 'quotes-heldout-18', about: 'the eighteenth held-out set', documents: 12, quotedF1: 0.88, quotedSpeaker: 0.9, indirectF1: 0.855, indirectSpeaker: 0.85, indirectPrecision: 0.865},
		// Sets 19 and 20, blind at the twelfth session's start and end (4a29b7e = f335d9f): set 19 quoted F1 0.984, speaker
		// 0.769, indirect P 0.819, F1 0.735, speaker 0.765; set 20 0.950 / 0.882, 0.893 / 0.798 / 0.827. Opened in the
		// thirteenth session (English reported-speech rules read from their errors, both models trained on them): floors one
		// quote under the figures reached then (set 19 indirect P 0.898, F1 0.832, speaker 0.772; set 20 0.901 / 0.841 / 0.854).
		{folder: 'quotes-heldout-19', about: 'the nineteenth held-out set', documents: 12, quotedF1: 0.975, quotedSpeaker: 0.755, indirectF1: 0.82, indirectSpeaker: 0.8, indirectPrecision: 0.88},
		{folder: 'quotes-heldout-20', about: 'the twentieth held-out set', documents: 12, quotedF1: 0.94, quotedSpeaker: 0.87, indirectF1: 0.83, indirectSpeaker: 0.84, indirectPrecision: 0.885},
		// Sets 21–23, blind until the fifteenth session (bench/RESULTS-quotes-heldout.md: 21 and 22 at 707f3b3, 23 at 7129eb1),
		// opened then and fitted by its rules (British single marks over paragraphs, "Mann", German bodies by seat or trade):
		// floors one quote under the end figures (21: quoted F1 0.960, speaker 108/132, indirect 73/10/14, speaker 55/73;
		// 22: 0.934, 57/71, 58/10/15, 46/58; 23: 0.915, 86/97, 76/13/9, 53/76).
		{folder: 'quotes-heldout-21', about: 'the twenty-first held-out set', documents: 12, quotedF1: 0.955, quotedSpeaker: 0.81, indirectF1: 0.85, indirectSpeaker: 0.74, indirectPrecision: 0.86},
		{folder: 'quotes-heldout-22', about: 'the twenty-second held-out set', documents: 12, quotedF1: 0.925, quotedSpeaker: 0.785, indirectF1: 0.81, indirectSpeaker: 0.775, indirectPrecision: 0.84},
		{folder: 'quotes-heldout-23', about: 'the twenty-third held-out set', documents: 12, quotedF1: 0.905, quotedSpeaker: 0.875, indirectF1: 0.865, indirectSpeaker: 0.68, indirectPrecision: 0.84},
		// Sets 24 and 25, blind until the sixteenth session (bench/RESULTS-quotes-heldout.md: scored by the fifteenth session's
		// start ecf8f8a and end b0a8b44), opened then; the session's rules were read from their errors (the story's town as
		// a spokesperson's body, a seated body after the verb): floors one quote under the end figures (24: quoted F1 0.971,
		// speaker 84/100, indirect 91/11/17, speaker 76/91; 25: 0.995, 83/105, 99/4/17, 82/99).
		{folder: 'quotes-heldout-24', about: 'the twenty-fourth held-out set', documents: 12, quotedF1: 0.965, quotedSpeaker: 0.83, indirectF1: 0.86, indirectSpeaker: 0.82, indirectPrecision: 0.88},
		{folder: 'quotes-heldout-25', about: 'the twenty-fifth held-out set', documents: 12, quotedF1: 0.99, quotedSpeaker: 0.78, indirectF1: 0.895, indirectSpeaker: 0.815, indirectPrecision: 0.95},
		// Sets 26 and 27, blind until the seventeenth session (bench/RESULTS-quotes-heldout.md: scored by the sixteenth session's
		// start 88958d5 and end 23346bd), opened then and both models retrained with them as folds: floors one quote under the
		// figures after that retraining (26: quoted 79/2/5, speaker 66/79, indirect 67/14/14, speaker 51/67; 27: 69/0/4, 53/69,
		// 64/16/11, 47/64); raised at the session's end, where its rules (read from these sets) reached 26: 67/79, 69/14/12,
		// 55/69; 27: 55/69, 47/64 (58/69 with a pronoun-chain rule read from one article of 27, taken back: review V17 #1).
		{folder: 'quotes-heldout-26', about: 'the twenty-sixth held-out set', documents: 12, quotedF1: 0.95, quotedSpeaker: 0.835, indirectF1: 0.83, indirectSpeaker: 0.78, indirectPrecision: 0.815},
		{folder: 'quotes-heldout-27', about: 'the twenty-seventh held-out set', documents: 12, quotedF1: 0.96, quotedSpeaker: 0.78, indirectF1: 0.81, indirectSpeaker: 0.715, indirectPrecision: 0.785},
		// Sets 28 and 29 (eleven articles each), blind until the eighteenth session (bench/RESULTS-quotes-heldout.md: scored by
		// the seventeenth session's start 845515a and end a43d862: 28 quoted F1 0.933, speaker 61/70, indirect 58/7/17, speaker
		// 43/58; 29 0.974, 66/74, 59/6/30, 43/59), opened then and both models retrained with them as folds (no change on
		// them); the session's rules (German announcements, long roles before a name, sources opening a clause, read from their
		// errors) reached 28: 64/70, 61/7/14, 49/61; 29: 66/74, 63/5/26, 48/63 — floors one quote under those.
		{folder: 'quotes-heldout-28', about: 'the twenty-eighth held-out set', documents: 11, quotedF1: 0.925, quotedSpeaker: 0.9, indirectF1: 0.845, indirectSpeaker: 0.785, indirectPrecision: 0.88},
		{folder: 'quotes-heldout-29', about: 'the twenty-ninth held-out set', documents: 11, quotedF1: 0.965, quotedSpeaker: 0.875, indirectF1: 0.795, indirectSpeaker: 0.745, indirectPrecision: 0.91},
		// Sets 30 (ten articles) and 31 (twelve), blind until the nineteenth session (bench/RESULTS-quotes-heldout.md: scored by
		// the eighteenth session's start 046edd6 and end 2f10407/471b60f, identical: 30 quoted 74/1/5, speaker 63/74, indirect
		// 82/4/10, speaker 60/82; 31 85/3/5, 67/85, 85/15/25, 65/85), opened then and both models retrained with them as folds
		// (no change on them); the session's rules (a role's place before the apposed name, "Präfekt", modals; read from their
		// errors) reached 30: indirect speaker 61/82; 31: quoted speaker 68/85 — floors one quote under those.
		{folder: 'quotes-heldout-30', about: 'the thirtieth held-out set', documents: 10, quotedF1: 0.95, quotedSpeaker: 0.835, indirectF1: 0.91, indirectSpeaker: 0.73, indirectPrecision: 0.94},
		{folder: 'quotes-heldout-31', about: 'the thirty-first held-out set', documents: 12, quotedF1: 0.945, quotedSpeaker: 0.785, indirectF1: 0.8, indirectSpeaker: 0.75, indirectPrecision: 0.84},
		// Sixteenth session: sets 24 and 25 opened and the reported-speech detector retrained with them as folds (no rule
		// changed): it finds more reports on the opened sets (indirect tp 2111 → 2126 over the 29 sets) at the cost of more false ones (209 →
		// 226), one quote each here — set 12 indirect P 0.85 → 0.835 (31/6/15, P 0.838) and speaker 0.75 → 0.74 (23 of 31,
		// the new report's speaker wrong); set 15 P 0.91 → 0.905 (117/12/18); set 19 0.885 → 0.88 (81/11/21); set 21 0.865 →
		// 0.86 (74/12/13). Indirect F1 rose on each.
		// German training set 1 (annotator C, tenth session): never blind — opened at once, training data of both models. At
		// the session's start engine quoted F1 0.978, speaker 0.756; indirect F1 0.916, speaker 0.583; with the grammar-matrix
		// rules the same; after retraining and the session's later rules quoted speaker 0.844, indirect F1 0.924, speaker 0.623.
		// Indirect speaker 0.6 → 0.70 in the eleventh session (bodies named in full: "Staatskanzlei Brandenburg", "Feuerwehr
		// Nürnberg", "… des Bundesarbeitsministeriums"; 44 of 61), one quote under.
		{folder: 'quotes-train-1', about: 'the first German training set', documents: 6, quotedF1: 0.97, quotedSpeaker: 0.91, indirectF1: 0.91, indirectSpeaker: 0.7, indirectPrecision: 0.93},
		// German training set 2 (annotator J, eleventh session): scored fresh when it landed, then opened as training data of
		// both models. Session-start engine (88ad1e9): quoted P 1.000, F1 0.943, speaker 0.939 (31 of 33); indirect P 0.930,
		// F1 0.883, speaker 0.755 (40 of 53); the session's rules before it joined: the same but indirect speaker 39 of 53 (a
		// ranker shift); trained on it: 31 / 33 and 40 / 53; with the clipped short form written from its errors ("Fed" →
		// "Federal Reserve (Fed)") 49 / 53. Floors one quote under.
		{folder: 'quotes-train-2', about: 'the second German training set', documents: 8, quotedF1: 0.925, quotedSpeaker: 0.9, indirectF1: 0.87, indirectSpeaker: 0.9, indirectPrecision: 0.91},
	];
	for (const set of heldOut) {
		it(`stays above the floor on ${set.about}`, () => {
			const {total, documents} = evaluateFolder(path.join(repoRoot, 'test', 'fixtures', set.folder));
			expect(documents.length).toBeGreaterThanOrEqual(set.documents);
			expect(total.quoted.f1).toBeGreaterThanOrEqual(set.quotedF1);
			expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(set.quotedSpeaker);
			expect(total.indirect.f1).toBeGreaterThanOrEqual(set.indirectF1);
			expect(total.indirect.precision).toBeGreaterThanOrEqual(set.indirectPrecision ?? 0);
			expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(set.indirectSpeaker);
		});
	}
});
