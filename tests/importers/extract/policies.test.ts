import { describe, expect, it } from 'vitest';
import { docTypeOf, findPolicies, titleDocument } from '../../../importers/extract/policies.ts';

const names = (text: string) => findPolicies(text).map((p) => p.name);

describe('documents named in 《》', () => {
  it('takes 《办法》 for the article’s own document, not the repealed one named since', () => {
    const found = findPolicies(
      '印发《江苏省政务数据共享管理办法》。《江苏省政务信息资源共享管理暂行办法》同时废止。《办法》明确',
    );
    expect(found.at(-1)?.name).toBe('江苏省政务数据共享管理办法');
  });

  it('keeps a national basis apart from the local document of the same words (根据《X》 vs 江苏省X)', () => {
    expect(
      names('印发《江苏省政务信息资源共享管理暂行办法》。根据《政务信息资源共享管理暂行办法》制定'),
    ).toEqual(['江苏省政务信息资源共享管理暂行办法', '政务信息资源共享管理暂行办法']);
  });

  it('reads a title and its document type, without the marks', () => {
    const [p] = findPolicies('省政府印发《贵州省推动人工智能高质量发展行动方案（2025—2027年）》。');
    expect(p?.name).toBe('贵州省推动人工智能高质量发展行动方案（2025—2027年）');
    expect(p?.props.docType).toBe('行动方案');
  });

  it('reads a standard by its number before or after its title, whatever its last word', () => {
    const [before, after] = findPolicies(
      'GB 12345—2024《汽车数据安全技术要求》和《信息安全技术 基本要求》GB/T 22239-2019',
    );
    expect(before?.props.docType).toBe('标准');
    expect(before?.aliases).toContain('GB 12345—2024');
    expect(after?.aliases).toContain('GB/T 22239-2019');
  });

  it('reads a title by the kind named before it or by a draft after it (国家标准《…》, 《…协议》征求意见稿)', () => {
    expect(names('发布国家标准《网络安全技术 数据服务基本要求》')).toEqual(['网络安全技术数据服务基本要求']);
    expect(names('《网络安全技术 证书管理协议》征求意见稿')).toEqual(['网络安全技术证书管理协议']);
    expect(names('观看电影《流浪地球》')).toEqual([]);
  });

  it('reads a law cited as a basis without 《》 by its full national name (依据我国价格法)', () => {
    const laws = findPolicies('并依据我国价格法建立干预机制，依照有关法律处理。');
    expect(laws.map((p) => [p.name, p.aliases])).toEqual([['中华人民共和国价格法', ['价格法']]]);
  });

  it('joins a title that a line break cut in two', () => {
    expect(names('发布了《网络信息内容多渠道分发服务机构\n相关业务活动管理规定》')).toEqual([
      '网络信息内容多渠道分发服务机构相关业务活动管理规定',
    ]);
  });

  it('takes the status written after the title as a status and another name', () => {
    const [p] = findPolicies('发布《安徽省公共数据资源登记实施细则（试行）》（公开征求意见稿）');
    expect(p?.props.status).toBe('consultation');
    expect(p?.aliases).toContain('安徽省公共数据资源登记实施细则（试行）（公开征求意见稿）');
    expect(findPolicies('《负责任的人工智能治理法案》审议稿')[0]?.props.status).toBe('review');
  });

  it('reads a document number in brackets after the title', () => {
    const [p] = findPolicies(
      '对《数字经济若干政策措施实施细则（试行）》（黑工信信软联发〔2022〕25号）进行修订',
    );
    expect(p?.props.number).toBe('黑工信信软联发〔2022〕25号');
    expect(p?.props.status).toBe('trial');
  });

  it('resolves 以下简称《X》 and later 《X》 to the full title', () => {
    const found = findPolicies(
      '印发《关于加快建设厦门数据港的实施意见》（以下简称《实施意见》）。《实施意见》提出',
    );
    expect(found.map((p) => p.name)).toEqual([
      '关于加快建设厦门数据港的实施意见',
      '关于加快建设厦门数据港的实施意见',
    ]);
    expect(found[0]?.aliases).toContain('实施意见');
  });

  it('resolves a short title whose characters the full one holds in order (《措施》)', () => {
    expect(names('《贵州省加快发展生产性服务业的若干政策措施》日前印发，《措施》旨在')).toEqual([
      '贵州省加快发展生产性服务业的若干政策措施',
      '贵州省加快发展生产性服务业的若干政策措施',
    ]);
  });

  it('resolves 该法案 to the latest bill before it', () => {
    const found = findPolicies('众议院将《负责任的人工智能治理法案》提交审议。该法案规定了义务。');
    expect(found.at(-1)?.form).toBe('该法案');
    expect(found.at(-1)?.name).toBe('负责任的人工智能治理法案');
  });

  it('reads a nested title as a document of its own', () => {
    expect(names('印发《<推动数字经济高质量发展若干政策措施>有关实施细则》')).toEqual([
      '推动数字经济高质量发展若干政策措施有关实施细则',
      '推动数字经济高质量发展若干政策措施',
    ]);
  });

  it('takes a quoted nickname with a document type as a document (“智算券”管理办法)', () => {
    expect(names('出台“智算券”管理办法，建立首席数据官制度')).toEqual(['“智算券”管理办法']);
  });

  it('reads a joint appeal (倡议) and a resolution typed after its title (《X》决议) as documents', () => {
    const found = findPolicies(
      '行业组织共同发出《人工智能企业安全自律倡议》。大会表决通过《数字包容全球合作》决议。',
    );
    expect(found.map((p) => [p.name, p.props.docType])).toEqual([
      ['人工智能企业安全自律倡议', '倡议'],
      ['数字包容全球合作', '决议'],
    ]);
  });

  it('reads a judicial interpretation (…若干问题的解释) as a document', () => {
    expect(names('两高发布《关于办理网络暴力刑事案件适用法律若干问题的解释》')).toEqual([
      '关于办理网络暴力刑事案件适用法律若干问题的解释',
    ]);
  });

  it('resolves 该标准 to a 规范 published as a standard (《X规范》地方标准)', () => {
    const found = findPolicies('省市场监管局发布《数据资产登记规范》地方标准。该标准由省标准化研究院起草。');
    expect(found.map((p) => [p.name, p.form])).toEqual([
      ['数据资产登记规范', '《数据资产登记规范》'],
      ['数据资产登记规范', '该标准'],
    ]);
  });

  it('reads a statistical communiqué as a document, not a gazette (《官方公报》)', () => {
    expect(names('发布《2025年国民经济和社会发展统计公报》，刊登于欧盟《官方公报》')).toEqual([
      '2025年国民经济和社会发展统计公报',
    ]);
  });

  it('ignores 《》 around what is no document: a gazette, a book', () => {
    expect(names('在《官方公报》上发布；出版《块数据》')).toEqual([]);
  });

  it('reads a title that is itself a document: bodies, then 关于…的意见', () => {
    const found = titleDocument('中共中央办公厅 国务院办公厅关于加快公共数据资源开发利用的意见');
    expect(found?.policy.name).toBe('关于加快公共数据资源开发利用的意见');
    expect(found?.issuers).toBe('中共中央办公厅 国务院办公厅');
    expect(titleDocument('最高法发布以高质量审判服务保障科技创新的意见')).toBeUndefined();
  });

  it('names the document type by the longest ending', () => {
    expect(docTypeOf('杭州市人工智能全产业链高质量发展行动计划（2024—2026年）')).toBe('行动计划');
    expect(docTypeOf('中华人民共和国网络安全法')).toBe('法');
  });
});

describe('documents named without 《》', () => {
  it('takes a title after the verb that issues or discusses it, as far as a type that ends a title', () => {
    expect(names('会议研究推动保险业高质量发展的若干意见，审议通过其他事项。')).toEqual([
      '推动保险业高质量发展的若干意见',
    ]);
    expect(names('出台新一代人工智能发展行动计划和芯片产业发展政策。')).toEqual([
      '新一代人工智能发展行动计划',
    ]);
  });

  it('takes no kind of document, no task to draw one up, and no line the converter doubled', () => {
    expect(names('出台相关政策措施，印发实施方案，制定公共数据授权运营管理办法。')).toEqual([]);
    expect(names('出台优化营商环境15条措施条措施')).toEqual([]);
  });

  it('joins a title written without 《》 to the one named in 《》 it shortens', () => {
    const found = findPolicies(
      '发布《西安高新区2020年优化营商环境15条措施》。据介绍，高新区出台了优化营商环境15条措施。',
    );
    expect(found.map((p) => p.name)).toEqual([
      '西安高新区2020年优化营商环境15条措施',
      '西安高新区2020年优化营商环境15条措施',
    ]);
  });

  it('takes a government work report by its year and place, the place by its full name', () => {
    const [report] = findPolicies('1月18日，深圳2019年政府工作报告明确，打造国际一流智慧城市。');
    expect(report?.name).toBe('深圳市2019年政府工作报告');
    expect(report?.aliases).toContain('深圳2019年政府工作报告');
    expect(names('2022年江苏省政府工作报告强调要深化改革。')).toEqual(['2022年江苏省政府工作报告']);
    expect(docTypeOf('2022年江苏省政府工作报告')).toBe('工作报告');
  });
});
