/** article extractor: the label at the start of a quoted-article block → its reference ("4.u", "24"). */
import type { Extractor, Found } from '../types.js';
import { RULES } from './rules.js';

interface ArticleState {
  lastNumber?: string;
}

export const articleExtractor: Extractor = {
  type: 'article',
  rules: RULES,
  extract(text, ctx): Found[] {
    if (ctx.blockKind !== 'article') return [];
    const state = (ctx.state.get('article') as ArticleState | undefined) ?? {};
    ctx.state.set('article', state);
    for (const rule of RULES) {
      const m = rule.pattern.exec(text);
      if (!m) continue;
      const value = rule.value(m.groups ?? {}, state.lastNumber);
      if (!value) continue;
      state.lastNumber = value.split('.')[0]!.match(/^\d+$/) ? value.split('.')[0] : state.lastNumber;
      return [{ start: m.index, end: m.index + m[0].length, value, rule: rule.id }];
    }
    return [];
  },
};
