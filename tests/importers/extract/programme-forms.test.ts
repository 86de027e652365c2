import { describe, expect, it } from 'vitest';
import { findInitiatives } from '../../../importers/extract/initiatives.ts';
import { findRegions } from '../../../importers/extract/regions.ts';

const names = (text: string) => findInitiatives(text, '', findRegions(text)).map((i) => i.name);

describe('programmes read by the form of their name', () => {
  it('takes a designated zone from the start of its clause or after the verb that builds it', () => {
    expect(names('今年以来，我省跨境电商综试区进出口保持增长。')).toEqual(['跨境电商综试区']);
    expect(names('全力推进长株潭人工智能产业集聚区建设。')).toEqual(['长株潭人工智能产业集聚区']);
    expect(names('依托海峡两岸数字经济融合发展示范区核心区，引进一批项目。')).toEqual([
      '海峡两岸数字经济融合发展示范区核心区',
    ]);
  });

  it('takes no zone of a kind: counted, spread over places or built in batches', () => {
    expect(names('支持合肥、芜湖等地建设算力产业集聚区。')).toEqual([]);
    expect(names('各市要打造人工智能应用示范区。')).toEqual([]);
    expect(names('到2026年建成15个以上数字乡村先行区。')).toEqual([]);
    expect(names('建设一批大数据产业集聚区和先导区。')).toEqual([]);
    expect(names('打造具有全国影响力的数据产业集聚区。')).toEqual([]);
  });

  it('takes a fair by its short name (2023 进博会) or its full name (…博览会), with the year as an alias', () => {
    const [short] = findInitiatives('2023 进博会期间签约项目86个。');
    expect(short?.name).toBe('进博会');
    expect(short?.aliases).toEqual(['2023进博会']);
    expect(names('中国国际数字和软件服务交易会暨中国国际软件博览会在大连开幕。')).toContain(
      '中国国际软件博览会',
    );
  });

  it('takes the events a text says are held, down the list after 举办/举行, the final being the contest', () => {
    expect(names('每年举办世界数字经济峰会、全球开发者大会、数字丝路文化节等活动。')).toEqual([
      '世界数字经济峰会',
      '全球开发者大会',
      '数字丝路文化节',
    ]);
    expect(names('将举行专题论坛，湖北数据安全创新大赛总决赛等活动。')).toEqual(['湖北数据安全创新大赛']);
    expect(names('全区召开动员大会。')).toEqual([]);
  });

  it('takes a publicity week by its form, with its year, and not the words of time before it', () => {
    const [week] = findInitiatives('9月在2025年国家数据安全宣传周上发布。');
    expect([week?.name, week?.aliases]).toEqual(['2025年国家数据安全宣传周', ['国家数据安全宣传周']]);
    expect(names('今年数据安全宣传周由多部门共同举办。')).toEqual(['数据安全宣传周']);
  });

  it('takes the slogans that name one national programme, quoted or not, but not a figure named after one', () => {
    expect(names('群众办事“一网通办”，城市治理一网统管，部门之间一网协同。')).toEqual([
      '一网通办',
      '一网统管',
      '一网协同',
    ]);
    expect(names('全省政务服务事项一网通办率达到95%。')).toEqual([]);
    expect(names('主动融入长江经济带发展，深度参与京津冀协同发展。')).toEqual([
      '长江经济带',
      '京津冀协同发展',
    ]);
  });

  it('takes the programme that a notice on carrying it out names, without the batch', () => {
    const [pilot] = findInitiatives('两部门印发《关于组织开展第二批数据标注基地试点工作的通知》。');
    expect(pilot?.name).toBe('数据标注基地试点');
    expect(pilot?.aliases).toEqual(['第二批数据标注基地试点']);
    expect(names('印发《关于加强数据资产管理的指导意见》。')).toEqual([]);
  });
  it('takes a zone named after 为 (新增A、B为X试验区), not the places made one', () => {
    expect(names('新增合肥高新区、庐阳区为市级数字经济产业创新试验区。')).toEqual([
      '市级数字经济产业创新试验区',
    ]);
  });

  it('takes a reach of services by its form (10分钟政务圈, 15分钟便民生活圈)', () => {
    expect(names('推进便民服务中心全覆盖，全力打造10分钟政务圈。')).toEqual(['10分钟政务圈']);
    expect(names('建设15分钟便民生活圈。')).toEqual(['15分钟便民生活圈']);
  });
  it('takes the campaign a notice without 《》 names, its issuer before it and its year kept (…检查的通知)', () => {
    expect(names('**北京市通信管理局关于开展2024年电信和互联网行业网络与数据安全检查的通知**')).toEqual([
      '2024年电信和互联网行业网络与数据安全检查',
    ]);
  });
  it('takes the work a document does on a higher body’s deployment (根据X关于Y工作的总体部署)', () => {
    expect(
      names('根据教育部、北京市教委关于义务教育免试就近入学工作的总体部署，结合实际制定本细则。'),
    ).toEqual(['义务教育免试就近入学']);
    expect(names('根据市政府关于加强数据管理的要求')).toEqual([]);
  });
  it('takes an event whose name holds 向 inside a word (双向经贸投资推介会)', () => {
    expect(names('成功举办中国（山西）－巴西双向经贸投资推介会。')).toEqual([
      '中国（山西）－巴西双向经贸投资推介会',
    ]);
  });
});
