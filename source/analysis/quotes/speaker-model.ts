// Weights of the learned speaker ranker (speaker-ranker.ts), written by `npm run train:speakers`; do not edit by hand.

import type {LinearModel} from '../learn/linear-model.js';

export const speakerModel: LinearModel = {"bias":0,"weights":{}};
