import { describe, expect, it } from 'vitest';
import type { Article, RelationType } from '../../../core/model.ts';
import { extractArticle } from '../../../importers/extract/index.ts';

function relations(text: string, title = '测试', extra: Partial<Article> = {}) {
  const found = extractArticle({ title, text, file: 'test.md', ...extra });
  return (type: RelationType) =>
    found.relations
      .filter((r) => r.type === type)
      .map((r) => `${r.from.replace(/^\w+:/, '')} → ${r.to.replace(/^\w+:/, '')}`);
}

describe('relations read from an article', () => {
  it('ISSUED_BY: every co-issuer listed before the verb', () => {
    const of = relations(
      '近日，国家发展改革委、国家数据局联合印发《关于促进数据标注产业高质量发展的实施意见》。',
    );
    expect(of('ISSUED_BY')).toEqual([
      '关于促进数据标注产业高质量发展的实施意见 → 国家发展和改革委员会',
      '关于促进数据标注产业高质量发展的实施意见 → 国家数据局',
    ]);
  });

  it('ISSUED_BY: each regional branch that 发出 a joint notice, not the national body its name opens with', () => {
    const of = relations(
      '浙江省自然资源厅、中国银保监会浙江监管局发出《关于协同推进不动产抵押登记的通知》。',
    );
    expect(of('ISSUED_BY')).toEqual([
      '关于协同推进不动产抵押登记的通知 → 浙江省自然资源厅',
      '关于协同推进不动产抵押登记的通知 → 中国银行保险监督管理委员会浙江监管局',
    ]);
  });

  it('ISSUED_BY: not from a body that acts on a document through a preposition (…研究中心对《条例》开展评估)', () => {
    const of = relations('国务院发展研究中心对《优化营商环境条例》实施情况开展了第三方评估。');
    expect(of('ISSUED_BY')).toEqual([]);
  });

  it('ISSUED_BY: not for a title past a clause break after the verb (发布报告，称赞《条例》)', () => {
    const of = relations('世界银行发布专题报告，专门称赞《优化营商环境条例》提出的改革原则。');
    expect(of('ISSUED_BY')).toEqual([]);
  });

  it('ISSUED_BY: for a title that renames the verb’s object after 即 (发布“…”，即《X》)', () => {
    const of = relations(
      '美国国防部于3月28日发布“DIB Cybersecurity Strategy”，即《国防工业基础网络安全战略》。',
    );
    expect(of('ISSUED_BY')).toEqual(['国防工业基础网络安全战略 → 美国国防部']);
  });

  it('APPLIES_TO: the regions that are themselves the subject of the issuing verb (安徽与上海、江苏三省市印发《X》)', () => {
    const of = relations(
      '2018年，安徽与上海、江苏三省市印发了《区域一体化发展三年行动计划》。',
      '合肥数字经济',
    );
    expect(of('APPLIES_TO')).toEqual([
      '区域一体化发展三年行动计划 → 安徽省',
      '区域一体化发展三年行动计划 → 上海市',
      '区域一体化发展三年行动计划 → 江苏省',
    ]);
  });

  it('ISSUED_BY: the body between the document and a passive verb (《办法》已经在…局务会议审议通过)', () => {
    const of = relations('《电子认证服务管理办法》已经在8月26日国家密码管理局局务会议审议通过。');
    expect(of('ISSUED_BY')).toEqual(['电子认证服务管理办法 → 国家密码管理局']);
  });

  it('ISSUED_BY: the body whose decree number follows the title (国家密码管理局令第4号)', () => {
    const of = relations('日前，《电子认证服务管理办法》（国家密码管理局令第4号）自11月1日起施行。');
    expect(of('ISSUED_BY')).toEqual(['电子认证服务管理办法 → 国家密码管理局']);
  });

  it('ISSUED_BY: the bodies after 由, up to the verb (该标准由A牵头，联合B等单位共同起草)', () => {
    const of = relations(
      '协会发布《数据中心能效评价方法》团体标准。该标准由中国信息通信研究院牵头，联合华为技术有限公司等单位共同起草。',
    );
    expect(of('ISSUED_BY')).toEqual(
      expect.arrayContaining([
        '数据中心能效评价方法 → 中国信息通信研究院',
        '数据中心能效评价方法 → 华为技术有限公司',
      ]),
    );
  });

  it('ISSUED_BY: the bodies after 由 that follows a list of titles and a word for all of them', () => {
    const of = relations(
      '近日，GB 1—2024《汽车数据安全要求》和GB 2—2024《汽车软件升级要求》两项国家标准由国家市场监督管理总局、国家标准化管理委员会批准发布。',
    );
    expect(of('ISSUED_BY')).toEqual(
      expect.arrayContaining([
        '汽车数据安全要求 → 国家市场监督管理总局',
        '汽车数据安全要求 → 国家标准化管理委员会',
        '汽车软件升级要求 → 国家市场监督管理总局',
        '汽车软件升级要求 → 国家标准化管理委员会',
      ]),
    );
  });

  it('SETS_TARGET: the document that states, not the one it cites as its basis', () => {
    const of = relations(
      '日前，广西壮族自治区大数据发展局印发《广西壮族自治区公共数据管理办法》。《办法》依据《广西壮族自治区大数据发展条例》等规定制定，明确到2025年底，全区开放数据集超过5000个。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^广西壮族自治区公共数据管理办法 → /)]);
  });

  it('AMENDS: a document repealed (同时废止) when the article’s document is issued', () => {
    const of = relations(
      '近日，浙江省人民政府办公厅印发《浙江省公共数据开放管理办法》。2020年印发的《浙江省公共数据开放暂行办法》同时废止。',
    );
    expect(of('AMENDS')).toEqual(['浙江省公共数据开放管理办法 → 浙江省公共数据开放暂行办法']);
  });

  it('APPLIES_TO and IMPLEMENTS: a local plan that 贯彻《X》 carries out a national X', () => {
    const of = relations(
      '近日，四川省经济和信息化厅印发《四川省算力基础设施行动方案》。《方案》是贯彻《算力基础设施高质量发展行动计划》的具体举措。',
    );
    expect(of('APPLIES_TO')).toContain('算力基础设施高质量发展行动计划 → 中国');
    expect(of('IMPLEMENTS')).toContain('四川省算力基础设施行动方案 → 算力基础设施高质量发展行动计划');
  });

  it('IMPLEMENTS: the programmes of the document issued in the lead, past a link line before it', () => {
    const of = relations(
      '原文链接：\n近日，住房和城乡建设部印发《城市更新发展规划》。\n规划提出，要推广老旧小区改造工程。',
    );
    expect(of('IMPLEMENTS')).toEqual(['城市更新发展规划 → 老旧小区改造工程']);
  });

  it('IMPLEMENTS: the document the title names, when the lead issues none', () => {
    const of = relations(
      '9月1日起，《北京市物业管理条例》正式施行。\n《条例》要求开展物业服务提升行动。',
      '『北京市物业管理条例』施行',
    );
    expect(of('IMPLEMENTS')).toEqual(['北京市物业管理条例 → 物业服务提升行动']);
  });

  it('AMENDS and BASED_ON: 本文件 is the document of the section it stands in', () => {
    const of = relations(
      '网安标委发布一批标准征求意见稿。\n***《网络安全技术 时间戳规范》征求意见稿***\n本文件代替GB/T 20520—2006《信息安全技术 时间戳规范》。\n***《网络安全技术 应用接入规范》征求意见稿***\n按照《中华人民共和国网络安全法》等法律要求，并参考《信息安全技术 基本要求》等国家标准制定本标准。',
    );
    expect(of('AMENDS')).toEqual(['网络安全技术时间戳规范 → 信息安全技术时间戳规范']);
    expect(of('BASED_ON')).toEqual(['网络安全技术应用接入规范 → 中华人民共和国网络安全法']);
  });

  it('BASED_ON: a law cited without 《》 by the document the article keeps naming', () => {
    const of = relations(
      '租房乱象时有发生，相关业态亟待规范。\n9月1日起，《上海市住房租赁条例》施行。《条例》明确租房合同应当网签。\n《条例》禁止哄抬租金，并依据我国价格法建立干预机制。',
    );
    expect(of('BASED_ON')).toEqual(['上海市住房租赁条例 → 中华人民共和国价格法']);
    expect(of('APPLIES_TO')).toContain('中华人民共和国价格法 → 中国');
  });

  it('ISSUED_BY: not for the document cited as the basis of the one issued (依据《X》…制定本细则)', () => {
    const of = relations(
      '现将《东城区入学工作实施细则》印发给你们。\n根据教育部的总体部署，依据《北京市教育委员会关于入学工作的意见》文件精神，东城区教育委员会制定本细则。',
    );
    expect(of('ISSUED_BY')).not.toContain(expect.stringMatching(/^北京市教育委员会关于入学工作的意见 → /));
    expect(of('BASED_ON')).toEqual(['东城区入学工作实施细则 → 北京市教育委员会关于入学工作的意见']);
  });

  it('MEASURES: a count of those taking part is about the programme named after it', () => {
    const of = relations('我国已有32个省（区、市）部署开展“高效办成一件事”。');
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 高效办成一件事$/)]);
  });

  it('MEASURES: a clause of aim (力争…) keeps the subject of its sentence, not what the clause before builds', () => {
    const of = relations(
      '合肥市将加快建设合肥高新区人工智能产业集聚区，力争到2027年人工智能产业规模突破2000亿元。',
      '合肥市人工智能产业发展',
    );
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 合肥市$/)]);
  });

  it('MEASURES: of two names written together the last is the subject (枢纽节点中卫数据中心集群)', () => {
    const of = relations(
      '截至2024年底，全国一体化算力网络宁夏枢纽节点中卫数据中心集群已建成标准机架8.2万架，存储能力突破500PB。',
    );
    expect(of('MEASURES')).toEqual([
      expect.stringMatching(/ → 中卫数据中心集群$/),
      expect.stringMatching(/ → 中卫数据中心集群$/),
    ]);
  });

  it('MEASURES: a figure about a power that is a region (欧盟) is about the region', () => {
    const found = extractArticle({
      title: '欧盟数据法案',
      text: '欧盟委员会估计，该法案将为欧盟带来2700亿欧元。',
      file: 't.md',
    });
    expect(found.relations.filter((r) => r.type === 'MEASURES').map((r) => r.to)).toEqual(['Region:欧盟']);
  });

  it('MEASURES: a sentence with a subject of its own does not take the topic of the one before', () => {
    const of = relations(
      '贵阳城市运行管理中心处置事件超3.1万件。电子政务网接入政务部门及企事业单位1200余个。',
      '贵阳数字政府建设',
    );
    expect(of('MEASURES')).toEqual([
      expect.stringMatching(/ → 贵阳城市运行管理中心$/),
      expect.stringMatching(/ → 贵阳市$/),
    ]);
  });

  it('ISSUED_BY: the body before a verb that follows the document (X将《Y》提交)', () => {
    const of = relations('美国德克萨斯州众议院将《负责任的人工智能治理法案》提交议会审议。');
    expect(of('ISSUED_BY')).toEqual(['负责任的人工智能治理法案 → 美国得克萨斯州众议院']);
  });

  it('ISSUED_BY: the 来源 body, for the article’s document when the text names no issuer', () => {
    const of = relations('《贵州省加快发展生产性服务业的若干政策措施》日前印发。', '贵州出台措施', {
      source: '贵州省人民政府办公厅',
    });
    expect(of('ISSUED_BY')).toEqual(['贵州省加快发展生产性服务业的若干政策措施 → 贵州省人民政府办公厅']);
  });

  it('ISSUED_BY: the bodies a title puts before 关于印发《X》的通知 when the text names none', () => {
    const of = relations(
      '《新一代人工智能发展规划》已经国务院同意，现印发给你们。',
      '国务院办公厅关于印发《新一代人工智能发展规划》的通知',
    );
    expect(of('ISSUED_BY')).toEqual(['新一代人工智能发展规划 → 国务院办公厅']);
  });

  it('dates a document by the day written before the verb that issues it, in the article’s year', () => {
    const found = extractArticle({
      title: '测试',
      text: '12月31日，国家数据局发布《数据工作方案》；1月8日，财政部印发《数据资产管理办法》。',
      file: 'test.md',
      date: '2025-01-13',
    });
    const dates = found.entities
      .filter((e) => e.type === 'Policy')
      .map((e) => [e.name, (e.props as { date?: string }).date]);
    expect(dates).toEqual([
      ['数据工作方案', '2024-12-31'],
      ['数据资产管理办法', '2025-01-08'],
    ]);
  });

  it('APPLIES_TO: the region in the title, else the issuer’s, and none for a report', () => {
    const of = relations(
      '国家互联网信息办公室发布《网络数据安全管理规定》与《杭州市数据条例》，信通院发布《互联网法治研究报告》。',
    );
    expect(of('APPLIES_TO')).toEqual(['网络数据安全管理规定 → 中国', '杭州市数据条例 → 杭州市']);
  });

  it('BASED_ON: the documents after 根据 in the sentence that issues one', () => {
    const of = relations(
      '根据《中华人民共和国网络安全法》等法律法规，国家互联网信息办公室起草并发布了《管理规定》。',
    );
    expect(of('BASED_ON')).toEqual(['管理规定 → 中华人民共和国网络安全法']);
  });

  it('IMPLEMENTS: a 实施细则 of a nested title, and the programmes the issued document carries out', () => {
    const of = relations(
      '近日，贵州省人民政府办公厅印发《<推动数字经济发展若干政策措施>实施细则》。深入实施“东数西算”工程。',
    );
    expect(of('IMPLEMENTS')).toEqual([
      '推动数字经济发展若干政策措施实施细则 → 推动数字经济发展若干政策措施',
      '推动数字经济发展若干政策措施实施细则 → 东数西算工程',
    ]);
  });

  it('IMPLEMENTS: the issued document carries out only the programmes a verb of doing puts to work', () => {
    const of = relations(
      '近日，山东省人民政府办公厅印发《山东省数字政府建设行动方案》。方案提出，依托全国一体化政务服务平台，深化“一网通办”。到2025年，国家政务数据共享平台调用量超过1亿次。',
    );
    expect(of('IMPLEMENTS')).toEqual(['山东省数字政府建设行动方案 → 一网通办']);
  });

  it('IMPLEMENTS: the verb must stand in the programme’s own clause (开展X试点，依托Y平台…)', () => {
    const of = relations(
      '近日，四川省人民政府办公厅印发《四川省数据资产管理实施方案》。方案提出，稳步开展数据资产登记试点，依托全国一体化政务服务平台推动数据共享。',
    );
    expect(of('IMPLEMENTS')).toEqual(['四川省数据资产管理实施方案 → 数据资产登记试点']);
  });

  it('IMPLEMENTS: not a pilot that cities seek (争创) nor one a statistic reports (据统计…已有…参与)', () => {
    const of = relations(
      '近日，湖南省人民政府办公厅印发《湖南省数字乡村发展行动方案》。长沙市要争创国家数字乡村试点。据统计，全省已有60家企业参与“数字工匠”培育工程。',
    );
    expect(of('IMPLEMENTS')).toEqual([]);
  });

  it('IMPLEMENTS: a notice on carrying out a pilot carries it out', () => {
    const of = relations('近日，财政部、商务部联合印发《关于开展第二批县域商业体系建设试点工作的通知》。');
    expect(of('IMPLEMENTS')).toEqual(['关于开展第二批县域商业体系建设试点工作的通知 → 县域商业体系建设试点']);
  });

  it('IMPLEMENTS: a document whose title holds a programme’s name (《数字中国建设整体布局规划》)', () => {
    const of = relations('扎实推进数字中国建设，完成《数字中国建设整体布局规划》目标任务。');
    expect(of('IMPLEMENTS')).toEqual(['数字中国建设整体布局规划 → 数字中国']);
  });

  it('IMPLEMENTS: of two documents issued, a programme goes to the one its passage reports (出台了X)', () => {
    const of = relations(
      '西安高新区管委会发布《西安高新区营商环境10条措施》和《西安高新区人才引进8条措施》。\n据介绍，西安高新区出台了营商环境10条措施，将深化“一网通办”改革。\n西安高新区出台了人才引进8条措施，启动全球引才计划。',
    );
    expect(of('IMPLEMENTS')).toEqual([
      '西安高新区营商环境10条措施 → 一网通办',
      '西安高新区人才引进8条措施 → 全球引才计划',
    ]);
  });

  it('IMPLEMENTS: the documents a body issues in the programme’s sentence (为推动X，…出台了Y)', () => {
    const of = relations(
      '市政府印发《数据产业发展规划》。为推动“东数西算”工程，市数据局出台了《算力券管理办法》。',
    );
    expect(of('IMPLEMENTS')).toEqual(['算力券管理办法 → 东数西算工程']);
  });

  it('IMPLEMENTS: a programme goes not to a document its list of tasks issues (…，出台X办法，开展Y试点)', () => {
    const of = relations(
      '市政府印发《数据要素行动方案》。方案提出，完善数据基础制度，出台“智算券”管理办法，开展数据资产入表试点。',
    );
    expect(of('IMPLEMENTS')).toEqual([
      '数据要素行动方案 → 数据资产入表试点',
      '“智算券”管理办法 → 数据要素行动方案',
    ]);
  });

  it('IMPLEMENTS: a document the passage lists as a task to issue carries the passage’s document out', () => {
    const of = relations(
      '市政府印发《数据产业发展规划》。规划提出，加大招引力度，面向全球发布《数据产业招商目录》。',
    );
    expect(of('IMPLEMENTS')).toEqual(['数据产业招商目录 → 数据产业发展规划']);
  });

  it('IMPLEMENTS: a programme brought about (实现“一网通办”) or aligned with (围绕X工程)', () => {
    const of = relations(
      '市政府印发《政务服务改革方案》。方案提出，围绕东数西算工程布局算力，逐步实现“一网通办”。',
    );
    expect(of('IMPLEMENTS')).toEqual(['政务服务改革方案 → 东数西算工程', '政务服务改革方案 → 一网通办']);
  });

  it('IMPLEMENTS and APPLIES_TO: a work report that says what follows carries out its programmes', () => {
    const of = relations('1月18日，深圳市2019年政府工作报告明确，率先开展5G商用试点。');
    expect(of('IMPLEMENTS')).toEqual(['深圳市2019年政府工作报告 → 5G商用试点']);
    expect(of('APPLIES_TO')).toEqual(['深圳市2019年政府工作报告 → 深圳市']);
  });

  it('IMPLEMENTS: a digest’s later headline that names no document opens a section of its own', () => {
    const of = relations(
      '浙江发出《关于协同推进不动产抵押登记“最多跑一次”的通知》\n近日，浙江省自然资源厅发出通知。\n杭州全面开展“移动办公之城”建设\n政府工作报告中，与城科业务相关的内容如下：深入推进“最多跑一次”改革，开展“移动办公之城”建设。',
    );
    expect(of('IMPLEMENTS')).toContain('政府工作报告 → 最多跑一次');
    expect(of('IMPLEMENTS')).not.toContain('关于协同推进不动产抵押登记“最多跑一次”的通知 → 移动办公之城');
  });

  it('IMPLEMENTS: not a programme a body is said to carry out (市场监管总局推动X改革)', () => {
    const of = relations(
      '国务院印发《优化营商环境条例》。专家介绍，比如市场监管总局推动商事制度改革，税务总局牵头开展纳税便利化改革。',
    );
    expect(of('IMPLEMENTS')).toEqual([]);
  });

  it('IMPLEMENTS: a notice named only by the article’s title carries out the campaign its title names', () => {
    const title = '北京市通信管理局关于开展2024年电信和互联网行业网络与数据安全检查的通知';
    const of = relations(
      `**${title}**\n各基础电信企业：为做好网络与数据安全工作，现将有关事项通知如下。`,
      title,
    );
    expect(of('IMPLEMENTS')).toEqual([
      '关于开展2024年电信和互联网行业网络与数据安全检查的通知 → 2024年电信和互联网行业网络与数据安全检查',
    ]);
  });

  it('IMPLEMENTS: the document carries out the work it is made on a higher body’s deployment of', () => {
    const of = relations(
      '东城区教育委员会印发《东城区入学工作实施细则》。根据教育部关于义务教育免试就近入学工作的总体部署，制定本细则。',
    );
    expect(of('IMPLEMENTS')).toEqual(['东城区入学工作实施细则 → 义务教育免试就近入学']);
  });

  it('IMPLEMENTS: a digest section’s document that supports another (支撑《X》的落地实施)', () => {
    const of = relations(
      '***《网络身份认证应用接入规范》征求意见稿***\n\n为支撑《网络身份认证公共服务管理办法》的落地实施，制定本文件。',
    );
    expect(of('IMPLEMENTS')).toEqual(['网络身份认证应用接入规范 → 网络身份认证公共服务管理办法']);
  });

  it('AMENDS: the earlier document the issued one revises', () => {
    const of = relations(
      '近日，黑龙江省财政厅印发《数字经济实施细则》（以下简称《实施细则》）。\n《实施细则》对《数字经济实施细则（试行）》进行修订。',
    );
    expect(of('AMENDS')).toEqual(['数字经济实施细则 → 数字经济实施细则（试行）']);
  });

  it('SETS_TARGET and MEASURES: a target the document states, about the region it governs', () => {
    const of = relations(
      '近日，贵州省人民政府办公厅印发《贵州省人工智能行动方案》（以下简称《行动方案》）。\n《行动方案》提出，到2025年，全省算力规模达到150EFlops。',
    );
    expect(of('SETS_TARGET')).toHaveLength(1);
    expect(of('MEASURES')).toEqual([expect.stringMatching(/→ 贵州省$/)]);
  });

  it('MEASURES: the body a figure is about, and both regions written together (贵阳贵安)', () => {
    const of = relations(
      '贵阳大数据交易所交易额突破75亿元。\n贵阳贵安出省带宽达到5.11万Gbps，与北京、上海等40座城市实现直联。',
    );
    const about = of('MEASURES').map((r) => r.replace(/^.*=/, ''));
    expect(about.sort()).toEqual([
      '40座 → 贵安新区',
      '40座 → 贵阳市',
      '5.11万Gbps → 贵安新区',
      '5.11万Gbps → 贵阳市',
      '75亿元 → 贵阳大数据交易所',
    ]);
  });

  it('LOCATED_IN and PART_OF: a body’s region, and that region up to its country', () => {
    const of = relations('杭州市经济和信息化局发布《杭州市人工智能行动计划》。');
    expect(of('LOCATED_IN')).toEqual(['杭州市经济和信息化局 → 杭州市']);
    expect(of('PART_OF')).toEqual(['杭州市 → 浙江省', '浙江省 → 中国']);
  });

  it('keeps evidence: the sentence and the offsets of what was read', () => {
    const text = '近日，国家数据局印发《数据工作方案》。';
    const found = extractArticle({ title: '测试', text, file: 'test.md' });
    const issued = found.relations.find((r) => r.type === 'ISSUED_BY');
    expect(issued?.evidence[0]?.sentence).toBe(text);
    const policy = found.entities.find((e) => e.type === 'Policy');
    const at = policy?.evidence[0];
    expect(at && text.slice(at.start, at.end)).toBe('《数据工作方案》');
  });
});
