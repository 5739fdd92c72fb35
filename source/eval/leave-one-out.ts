// Leave-one-group-out cross-validation: each annotated set is scored by a model trained on all the others, the honest measure of how a learned rule does on articles it never saw.

export interface Fold<Item> {
	readonly name: string;
	readonly items: readonly Item[];
}

export interface FoldResult<Score> {
	readonly name: string;
	readonly score: Score;
}

export function leaveOneOut<Item, Model, Score>(
	folds: readonly Fold<Item>[],
	train: (items: readonly Item[]) => Model,
	evaluate: (model: Model, items: readonly Item[]) => Score,
): FoldResult<Score>[] {
	return folds.map(fold => {
		const rest = folds.filter(other => other !== fold).flatMap(other => other.items);
		return {name: fold.name, score: evaluate(train(rest), fold.items)};
	});
}
