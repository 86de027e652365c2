import { describe, expect, it } from 'vitest';
import { findMetrics } from '../../../importers/extract/metrics.ts';

const props = (text: string) => findMetrics(text).map((m) => m.props);

describe('figures', () => {
  it('keeps 万, 亿 and 万亿 in the unit, as written (1.88万亿元, 10.8亿人, 5.11万Gbps)', () => {
    expect(props('跨境电商进出口1.88万亿元，用户超过10.8亿人，带宽达到5.11万Gbps')).toMatchObject([
      { value: 1.88, unit: '万亿元' },
      { value: 10.8, unit: '亿人', qualifier: '超过' },
      { value: 5.11, unit: '万Gbps', qualifier: '达到' },
    ]);
  });

  it('reads amounts in other currencies after 万亿 or 亿 (1.5万亿韩元, 30亿澳元)', () => {
    expect(props('日本计划投入1.5万亿韩元，澳大利亚拨款30亿澳元')).toMatchObject([
      { value: 1.5, unit: '万亿韩元' },
      { value: 30, unit: '亿澳元' },
    ]);
  });

  it('dates no result by a target year the text names only after it (上半年… then 力争到2027年)', () => {
    expect(props('上半年，全省软件收入达到3000亿元。力争到2027年突破8000亿元。')).toEqual([
      expect.not.objectContaining({ year: expect.anything() }),
      expect.objectContaining({ year: 2027, kind: 'target' }),
    ]);
  });

  it('dates the figures of a passage on part of a year by that year (根据2021年上半年数据，…同比增长28.6%)', () => {
    expect(props('2020年，全市经济平稳。根据2021年上半年经济数据，全市GDP比去年同期增长28.6%。')).toEqual([
      expect.objectContaining({ value: 28.6, year: 2021 }),
    ]);
  });

  it('dates no change by the year of its base (比2019年同期增长3.5%)', () => {
    expect(props('全市GDP比2019年同期增长3.5%。')).toEqual([expect.not.objectContaining({ year: 2019 })]);
  });

  it('reads no count in the field a rank is taken in (跻身全国169个国家级新区第11位)', () => {
    expect(props('高新区综合实力跻身全国169个国家级新区第11位。')).toEqual([]);
  });

  it('reads a count shared with 各 as one figure for each thing named (“秒批”服务和“不见面审批”事项各200项)', () => {
    const found = findMetrics('新推出“秒批”服务和“不见面审批”事项各200项。');
    expect(found.map((m) => [m.name, m.props.value])).toEqual([
      ['新推出“秒批”服务', 200],
      ['“不见面审批”事项', 200],
    ]);
  });

  it('counts cases and incidents in 起 (处置风险事件1800余起)', () => {
    expect(props('全市共处置网络安全风险事件1800余起')).toMatchObject([
      { value: 1800, unit: '起', qualifier: '余' },
    ]);
  });

  it('measures data volumes in GB after 亿 (接入流量2980亿GB)', () => {
    expect(props('移动互联网接入流量达到2980亿GB')).toMatchObject([{ value: 2980, unit: '亿GB' }]);
  });

  it('reads a range from its first bound, in the unit written after the second (达到8—10EFlops, 3至5个)', () => {
    expect(props('到2028年，智能算力达到8—10EFlops，建设3至5个数据产业园')).toMatchObject([
      { value: 8, unit: 'EFlops', qualifier: '达到', year: 2028 },
      { value: 3, unit: '个', year: 2028 },
    ]);
  });

  it('takes no figure from the count that closes a list of bodies (A、B等30余家单位)', () => {
    expect(props('市数据局联合甲公司、乙协会等30余家单位共同发布倡议，参与企业超过200家')).toMatchObject([
      { value: 200, unit: '家' },
    ]);
  });

  it('dates a figure by the year that opens its sentence, not by a target year named later', () => {
    expect(
      props(
        '记者获悉，2024年南山区增加值突破2100亿元，同比增长9.6%。全区建成5G基站1.2万个。力争到2026年突破3000亿元。',
      ),
    ).toMatchObject([{ year: 2024 }, { year: 2024 }, { year: 2024 }, { year: 2026, kind: 'target' }]);
  });

  it('reads counts and currencies after 万 or 亿 (30万标准机架, 6000亿次, 2.6万P, 2700亿欧元)', () => {
    expect(props('机架规模达到30万标准机架，调用超过6000亿次，算力规模2.6万P，带来2700亿欧元')).toMatchObject(
      [
        { value: 30, unit: '万标准机架' },
        { value: 6000, unit: '亿次' },
        { value: 2.6, unit: '万P' },
        { value: 2700, unit: '亿欧元' },
      ],
    );
  });

  it('normalises computing units (150Efllops → EFlops) and percentages (％ → %)', () => {
    expect(props('算力规模达到150Efllops，占比超95％')).toMatchObject([
      { value: 150, unit: 'EFlops' },
      { value: 95, unit: '%' },
    ]);
  });

  it('reads 百分之 and Chinese numerals before 万 or 亿', () => {
    expect(props('增长百分之二十，投资三千亿元')).toMatchObject([
      { value: 20, unit: '%' },
      { value: 3000, unit: '亿元' },
    ]);
  });

  it('takes 力争 and 到2027年 as a target for that year, and a result otherwise', () => {
    expect(props('到2027年，年均复合增长率超过20%。')).toMatchObject([{ kind: 'target', year: 2027 }]);
    expect(props('2024年，贵阳大数据交易所交易额突破75亿元。')).toMatchObject([
      { kind: 'actual', year: 2024 },
    ]);
  });

  it('dates a figure by its own clause first (较2023年底的24EFlops), else by the year that opens the passage', () => {
    expect(props('2024年，算力方面成效明显。算力规模达53EFlops，较2023年底的24EFlops实现翻番')).toMatchObject(
      [
        { value: 53, year: 2024 },
        { value: 24, year: 2023 },
      ],
    );
  });

  it('reads 以上 and 余 after the figure as its qualifier', () => {
    expect(props('集聚企业1000家以上，接入单位1200余个')).toMatchObject([
      { value: 1000, qualifier: '以上' },
      { value: 1200, qualifier: '余' },
    ]);
  });

  it('skips counts of a text’s own parts, per-beneficiary grants, years and ordinals', () => {
    expect(
      props('从9个方面提出25条共计98项具体举措，10个工作日内办理，最高给予1000万元，第1709号，2025年'),
    ).toEqual([]);
  });

  it('names what is measured from the words before the figure, or else the noun after it', () => {
    expect(findMetrics('全省算力规模达到150EFlops；打造10个以上高质量数据集').map((m) => m.name)).toEqual([
      '算力规模',
      '高质量数据集数量',
    ]);
  });

  it('reads times (7小时, 3个工作日) unless a rule allows them (在10个工作日内办理) or they name a reach (15分钟生活圈)', () => {
    expect(props('承诺企业开办7小时办结，审批时限压缩至3个工作日内，打造15分钟生活圈')).toMatchObject([
      { value: 7, unit: '小时' },
      { value: 3, unit: '个工作日' },
    ]);
  });

  it('reads areas in 平方米 and 平米 (3.5亿平方米以上, 100万平米)', () => {
    expect(props('完成节能改造面积3.5亿平方米以上，建设100万平米的标准厂房')).toMatchObject([
      { value: 3.5, unit: '亿平方米', qualifier: '以上' },
      { value: 100, unit: '万平米' },
    ]);
  });

  it('dates a change by its target year, not by the base year it is measured from (比2020年下降13.5%)', () => {
    expect(props('到2025年，单位地区生产总值能耗比2020年下降13.5%。')).toMatchObject([
      { value: 13.5, year: 2025, qualifier: '下降' },
    ]);
  });

  it('dates a result by 截至2024年底', () => {
    expect(props('据统计，截至2024年底，注册用户已超过1亿人。')).toMatchObject([
      { year: 2024, kind: 'actual' },
    ]);
  });

  it('takes a promise or a requirement as a target (承诺…7小时办结, 要求…应具备6项)', () => {
    expect(props('高新区承诺企业开办7小时办结。河南省要求智慧停车场应具备6项公众服务功能。')).toMatchObject([
      { kind: 'target' },
      { kind: 'target' },
    ]);
  });

  it('gives a figure restated later (a summary, then its chapter) the first statement’s name and kind', () => {
    const found = findMetrics(
      '规划提出，到2025年，建筑能耗中电力消费比例超过55%。到2025年，建筑用能中电力消费比例超过55%。',
    );
    expect(found.map((m) => m.name)).toEqual(['建筑能耗中电力消费比例', '建筑能耗中电力消费比例']);
  });

  it('counts 20多万 before what it counts (20多万华商), and takes no long run of digits as an amount', () => {
    expect(props('圣保罗有20多万华商。id=20240918084858多项标准征求意见')).toMatchObject([
      { value: 20, unit: '万', qualifier: '多' },
    ]);
  });

  it('reads an amount before a fund in 元 (新设百亿产业基金)', () => {
    expect(props('新设百亿产业基金')).toMatchObject([{ value: 100, unit: '亿元' }]);
  });

  it('takes no figure from a condition or a scope (如果不支付200万美元, 适用于至少装有1个单元的车辆)', () => {
    expect(
      props('黑客警告说，如果不支付200万美元，将泄露更多信息。标准适用于至少装有1个电子控制单元的车辆。'),
    ).toEqual([]);
  });

  it('names each figure after 分别 by the thing listed in its place, without the base of the change', () => {
    const found = findMetrics('到2025年，单位地区生产总值能耗、二氧化碳排放分别比2020年下降14%、19%以上。');
    expect(found.map((m) => m.name)).toEqual(['单位地区生产总值能耗', '二氧化碳排放']);
  });
});
