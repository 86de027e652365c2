import { describe, expect, it } from 'vitest';
import {
  findRegions,
  homeMentions,
  namedRegions,
  regionChain,
  taskedRegions,
} from '../../../importers/extract/regions.ts';

describe('region mentions', () => {
  it('resolves short forms to the full official name', () => {
    expect(findRegions('贵州出台措施，支持内蒙古').map((r) => r.name)).toEqual(['贵州省', '内蒙古自治区']);
  });

  it('chooses between namesakes by the country the context names (美国德州)', () => {
    expect(findRegions('美国德州众议院').map((r) => r.name)).toEqual(['美国得克萨斯州']);
    expect(findRegions('总部在美国，业务在德州').map((r) => r.name)).toEqual(['美国', '美国得克萨斯州']);
    expect(findRegions('山东省德州市').map((r) => r.name)).toEqual(['山东省', '德州市']);
  });

  it('reads no short form that the segmenter finds inside other words (移民和, 在巴中国), but one ending a place (上海浦东)', () => {
    expect(findRegions('在巴中国移民和近200家中资企业').map((r) => r.name)).toEqual(['中国']);
    expect(findRegions('上海浦东印发计划').map((r) => r.name)).toEqual(['上海市', '浦东新区']);
    expect(findRegions('银保监会宁波监管局').map((r) => r.name)).toEqual(['宁波市']);
  });

  it('keeps one sense per article: a short name introduced for a region means it later', () => {
    const found = findRegions('美国德克萨斯州(以下简称“德州”)众议院。企业在德州开展业务');
    expect(found.at(-1)?.name).toBe('美国得克萨斯州');
  });

  it('reads 我市 and 全省 as the article’s home city and its province', () => {
    expect(homeMentions('我市落地场景，全省推广', ['贵阳市']).map((r) => r.name)).toEqual([
      '贵阳市',
      '贵州省',
    ]);
  });

  it('reads a bare 市 after a city its sentence names as that city, not the home (淮安市委、市政府)', () => {
    const text = '淮安市委、市政府召开大会。市政府印发通知';
    const found = homeMentions(text, ['江苏省'], findRegions(text)).map((r) => `${r.name}@${r.start}`);
    expect(found).toEqual(['淮安市@5', '江苏省@13']);
  });

  it('reads 全州 as the home prefecture, never as 全州县, and 全区 as the home itself', () => {
    expect(findRegions('全州数字经济核心产业增加值达到120亿元')).toEqual([]);
    expect(homeMentions('全州推广', ['恩施土家族苗族自治州']).map((r) => r.name)).toEqual([
      '恩施土家族苗族自治州',
    ]);
    expect(homeMentions('全区推广', ['浦东新区']).map((r) => r.name)).toEqual(['浦东新区']);
  });

  it('finds the places a document sets tasks for, not places named in passing', () => {
    const tasked = (text: string) => taskedRegions(text, findRegions(text)).map((r) => r.name);
    expect(tasked('支持贵安新区加快电力基础设施建设')).toEqual(['贵安新区']);
    expect(tasked('雅安市、宜宾市等地要发挥比较优势')).toEqual(['雅安市', '宜宾市']);
    expect(tasked('北京、成都、上海等地算力平台依次上线')).toEqual([]);
    expect(tasked('与北京、上海、广州等40座城市实现网络直联')).toEqual([]);
  });

  it('keeps the regions a sentence names in full, not short forms nor labels between spaces', () => {
    const named = (text: string) => namedRegions(text, findRegions(text)).map((r) => r.name);
    expect(named('2月8日，无锡市召开大会')).toEqual(['无锡市']);
    expect(named('郑州市、洛阳市等城市已建成平台')).toEqual(['郑州市', '洛阳市']);
    expect(named('活动将在巴西、阿根廷举行')).toEqual(['巴西', '阿根廷']);
    expect(named('新一轮太湖治理')).toEqual([]);
    expect(named('http://a.gov.cn/ 太原市 http://b.gov.cn/')).toEqual([]);
  });

  it('reads a city’s development zone as a region under the city, and the bare 高新区 after it as the same', () => {
    const found = findRegions('西安高新区举行发布会。高新区将推广线上办理，全国高新区');
    expect(found.map((r) => [r.form, r.name])).toEqual([
      ['西安高新区', '西安高新技术产业开发区'],
      ['高新区', '西安高新技术产业开发区'],
    ]);
    expect(regionChain('西安高新技术产业开发区')).toEqual([
      '西安高新技术产业开发区',
      '西安市',
      '陕西省',
      '中国',
    ]);
  });

  it('reads townships and villages under a county the text names, never alone (many share a name)', () => {
    const found = findRegions('周至县哑柏镇阳化社区开展活动');
    expect(found.map((r) => [r.form, r.props.level])).toEqual([
      ['周至县', 'county'],
      ['哑柏镇', 'township'],
      ['阳化社区', 'village'],
    ]);
    expect(regionChain(found[2]?.name ?? '')).toEqual([
      '哑柏镇阳化社区',
      '哑柏镇',
      '周至县',
      '西安市',
      '陕西省',
      '中国',
    ]);
    expect(findRegions('哑柏镇阳化社区开展活动')).toEqual([]);
  });

  it('names a township that other counties also have after its county', () => {
    expect(findRegions('北京市东城区景山街道').map((r) => r.name)).toContain('东城区景山街道');
  });

  it('chains a region up to its country for PART_OF', () => {
    expect(regionChain('贵阳市')).toEqual(['贵阳市', '贵州省', '中国']);
    expect(regionChain('美国得克萨斯州')).toEqual(['美国得克萨斯州', '美国']);
  });
});
