import { examples, type Corpus } from '../corpus-types.js';

const article = { blockKind: 'article' };
const under = (n: string) => ({ blockKind: 'article', state: new Map<string, unknown>([['article', { lastNumber: n }]]) });

export const corpus: Corpus = {
  examples: [
    examples('4.u', ['Article 4.u', 'Article 4. u', 'Article 4 . u'], { context: article }),
    examples('17', ['Article 17', 'Article  17'], { context: article }),
  ],
  embedded: [
    { text: 'Article 4.u:\nConfidence- and security-building measures contribute to stability.', mention: 'Article 4.u', value: '4.u', only: true, context: article },
    { text: 'Article 2.  Our new concept of security in the Hemisphere is multidimensional in scope.', mention: 'Article 2', value: '2', only: true, context: article },
    { text: 'Article 4. k:  The new threats, concerns, and other challenges are cross-cutting problems.', mention: 'Article 4. k', value: '4.k', only: true, context: article },
    { text: '24.\nWe emphasize the need to reinforce existing efforts in transportation security.', mention: '24', value: '24', only: true, context: article },
    { text: '12.\nWe will strengthen cooperation among our border authorities.', mention: '12', value: '12', only: true, context: article },
    { text: 'k.\nThe new threats are cross-cutting problems that require multifaceted responses.', mention: 'k', value: '4.k', only: true, context: under('4') },
    { text: '3.\nPeace is a value and a principle in itself.', mention: '3', value: '3', only: true, context: article },
    { text: 'm.\nThe security of states is affected by new threats.', mention: 'm', value: '4.m', only: true, context: under('4') },
    { text: 'k.\nThe new threats are cross-cutting.', mention: 'k', value: 'k', only: true, context: article },
    { text: 'c) The states shall exchange information on small arms.', mention: 'c', value: '9.c', only: true, context: under('9') },
  ],
  negatives: [
    'As stated in Article 4 of the Declaration, security is multidimensional.',
    'Article 24 of the Charter was cited in the debate.',
    { text: 'We emphasize the need to reinforce existing efforts.', context: article },
    { text: 'Peace is a value and a principle in itself.', context: article },
    { text: '2007 was a year of intense activity.', context: article },
  ],
};
