import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../importers/extract/index.ts';

const agencyNames = (title: string, text: string) =>
  extractArticle({ title, text, file: 'a.md' })
    .entities.filter((e) => e.type === 'Agency')
    .map((e) => e.name)
    .sort();

describe('extraction of one article', () => {
  it('names the bodies after a bare 省 by the home its first placed body sets, where the title names no place', () => {
    expect(agencyNames('打造一流营商环境', '南京市委召开大会，认真落实省委、省政府决策部署。')).toEqual([
      '中共南京市委',
      '中共江苏省委',
      '江苏省人民政府',
    ]);
  });
});
