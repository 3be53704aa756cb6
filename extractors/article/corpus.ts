import { examples, type Corpus } from '../corpus-types.js';

const article = { blockKind: 'article' };
const under = (n: string) => ({ blockKind: 'article', state: new Map<string, unknown>([['article', { lastNumber: n }]]) });

export const corpus: Corpus = {
  examples: [
    examples('4.u', ['Article 4.u', 'Article 4. u', 'Article 4 . u'], { context: article }),
    examples('17', ['Article 17', 'Article  17'], { context: article }),
    examples('2', ['Article 2'], { context: article }),
    examples('29', ['Article 29'], { context: article }),
    examples('4.k', ['Article 4.k', 'Article 4. k', 'Article 4 .k'], { context: article }),
    examples('4.m', ['Article 4.m', 'Article 4. m'], { context: article }),
    examples('4.a', ['Article 4.a'], { context: article }),
    examples('123', ['Article 123'], { context: article }),
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
    ...[
      ['Article 30.\nWe will work together so that criminals cannot enjoy the proceeds of their crimes.', 'Article 30', '30'],
      ['Article 25.  We shall combat transnational organized crime in all its forms.', 'Article 25', '25'],
      ['Article 4. f:\nEducation for peace and the promotion of a democratic culture.', 'Article 4. f', '4.f'],
      ['Article 4.j:  Traditional threats to security remain important.', 'Article 4.j', '4.j'],
      ['Article 38.\nWe note that inadequate health care exacerbates the problem.', 'Article 38', '38'],
      ['7.\nWe reaffirm our commitment to the peaceful settlement of disputes.', '7', '7'],
      ['20.\nWe reaffirm our support for a Hemisphere free of antipersonnel landmines.', '20', '20'],
      ['15.\nWe will strive to limit military spending.', '15', '15'],
    ].map(([text, mention, value]) => ({ text: text!, mention: mention!, value: value!, only: true, context: article })),
    { text: 'u.\nConfidence-building measures contribute to stability.', mention: 'u', value: '4.u', only: true, context: under('4') },
    { text: 'a)\nEach state has the right to identify its own priorities.', mention: 'a', value: '4.a', only: true, context: under('4') },
    { text: 'j.\nTraditional threats and the mechanisms to address them.', mention: 'j', value: '12.j', only: true, context: under('12') },
  ],
  negatives: [
    'Article 4 was quoted at length by several delegations during the debate.',
    'Under article 17 of the Convention, states exchange information.',
    { text: '2014 was a year of many workshops.', context: article },
    { text: 'The Secretariat held 24 workshops.', context: article },
    { text: '… The new threats are cross-cutting problems.', context: article },
    { text: 'Paragraph 4 of the resolution asks the Secretariat to report.', context: article },
    { text: 'Section 4.2 describes the method.', context: article },
    'As stated in Article 4 of the Declaration, security is multidimensional.',
    'Article 24 of the Charter was cited in the debate.',
    { text: 'We emphasize the need to reinforce existing efforts.', context: article },
    { text: 'Peace is a value and a principle in itself.', context: article },
    { text: '2007 was a year of intense activity.', context: article },
  ],
};
