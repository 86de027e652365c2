import { describe, expect, it } from 'vitest';
import { findInitiatives } from '../../../importers/extract/initiatives.ts';
import { findRegions } from '../../../importers/extract/regions.ts';

const names = (text: string, title = '') =>
  findInitiatives(text, title, findRegions(text)).map((i) => i.name);

describe('named programmes', () => {
  it('joins a quoted name to the programme word after it: “数据要素×”三年行动 → 数据要素×三年行动', () => {
    const [found] = findInitiatives('纵深推进“数据要素×”三年行动。');
    expect(found?.name).toBe('数据要素×三年行动');
    expect(found?.aliases).toContain('数据要素×');
    expect(names('深入实施“东数西算”工程')).toEqual(['东数西算工程']);
  });

  it('takes every name of a quoted list when one of them is a programme (推进“一网通办”“跨省通办”)', () => {
    expect(names('深入推进“一网通办”“跨省通办”。')).toEqual(['一网通办', '跨省通办']);
    expect(names('围绕“一网通办”“一网统管”“一网协同”持续发力。', '“一网通办”建设')).toEqual([
      '一网通办',
      '一网统管',
      '一网协同',
    ]);
    expect(names('坚持“稳中求进”“以进促稳”。')).toEqual([]);
  });

  it('reads a national node with its place in brackets, and a data-centre cluster named for its place', () => {
    expect(names('建设全国一体化算力网络成渝国家枢纽节点（四川）和天府数据中心集群。')).toEqual([
      '全国一体化算力网络成渝国家枢纽节点（四川）',
      '天府数据中心集群',
    ]);
    expect(names('建设数据中心集群')).toEqual([]);
  });

  it('takes no programme from the title of its own plan: 《“数据要素×”三年行动计划（2024—2026年）》', () => {
    expect(names('落实《“数据要素×”三年行动计划（2024—2026年）》')).toEqual([]);
  });

  it('does not join a programme word that begins a longer word (“东数西算”战略机遇)', () => {
    expect(names('抢抓“东数西算”战略机遇')).toEqual([]);
  });

  it('takes a quoted name that is carried out, or followed by 改革/建设', () => {
    expect(names('部署开展“高效办成一件事”')).toEqual(['高效办成一件事']);
    expect(names('“高效办成一件事”改革持续深化')).toEqual(['高效办成一件事']);
  });

  it('skips quoted slogans, lists and principles', () => {
    expect(names('坚持“存算一体、智算优先”，落实“一二三四”工作思路，按照“守正创新”的要求')).toEqual([]);
  });

  it('takes an unquoted project, strategy or pilot that is carried out', () => {
    expect(names('深入实施数字化转型工程')).toEqual(['数字化转型工程']);
    expect(names('成为全国第二批中小企业数字化转型试点城市')).toEqual(['中小企业数字化转型试点']);
  });

  it('takes a campaign or scheme that is launched (开展X行动, 推广X计划), not a chapter that is 实施ed', () => {
    expect(names('开展城市更新示范行动。同时，推广社区养老服务计划。')).toEqual([
      '城市更新示范行动',
      '社区养老服务计划',
    ]);
    expect(names('实施数据资源建设行动。')).toEqual([]);
  });

  it('keeps a verb that names the programme before its programme word (智慧校园创建行动, 虚拟电厂建设试点)', () => {
    expect(names('开展智慧校园创建行动。')).toEqual(['智慧校园创建行动']);
    expect(names('积极开展城市虚拟电厂建设试点。')).toEqual(['城市虚拟电厂建设试点']);
  });

  it('takes a battle that is fought (打好X攻坚战) and a quoted campaign a mobilisation meeting launches', () => {
    expect(names('深入打好蓝天保卫战。')).toEqual(['蓝天保卫战']);
    expect(names('全市召开“作风建设提升年”动员会。')).toEqual(['作风建设提升年']);
  });

  it('takes no programme from a phrase under a preposition or a quoted name of a team (坚持把X改革作为…)', () => {
    expect(names('坚持把要素市场改革作为一号任务，打造“三支人才”队伍。')).toEqual([]);
  });

  it('takes a programme joined to one already read under the same verb (实施“X”战略和Y行动), down a list', () => {
    expect(names('深入实施“乡村振兴”战略和数字惠农提升行动，推进电商进村。')).toEqual([
      '乡村振兴战略',
      '数字惠农提升行动',
    ]);
    expect(names('稳步开展医疗数据授权运营试点、交通数据资产入表试点和气象数据产品定价试点。')).toEqual([
      '医疗数据授权运营试点',
      '交通数据资产入表试点',
      '气象数据产品定价试点',
    ]);
  });

  it('takes a quoted service platform or app (“皖事通”APP, “苏服办”“苏企通”两大平台)', () => {
    expect(names('“皖事通”APP注册用户突破8000万。')).toEqual(['皖事通']);
    expect(names('建成“苏服办”“苏企通”两大平台。')).toEqual(['苏服办', '苏企通']);
  });

  it('takes a quoted name the text serves (为“生态立省”提供坚实保障), not a quoted kind of firm', () => {
    expect(names('为“生态立省”提供坚实保障。')).toEqual(['生态立省']);
    expect(names('为“小巨人”企业提供融资服务。')).toEqual([]);
  });

  it('takes an unquoted campaign (实施…专项行动) and a digital province or city (数字江西建设)', () => {
    expect(names('组织实施工业互联网安全深度行专项行动。')).toEqual(['工业互联网安全深度行专项行动']);
    const [digital] = findInitiatives('全面推进数字江西建设。', '', findRegions('全面推进数字江西建设。'));
    expect(digital?.name).toBe('数字江西');
    expect(digital?.aliases).toEqual(['数字江西建设']);
  });

  it('takes a project named with its place in brackets (加快建设东部（苏州）数字港), without the 建设 after it', () => {
    expect(names('加快建设东部（苏州）数字港，推进长三角（合肥）算力调度中心建设。')).toEqual([
      '东部（苏州）数字港',
      '长三角（合肥）算力调度中心',
    ]);
    expect(names('印发管理办法（试行）。')).toEqual([]);
  });

  it('reads the short name a programme is given (以下简称“…”) as that programme wherever it stands after', () => {
    const found = findInitiatives(
      '启动数据跨境流动便利化试点（以下简称“跨境试点”）。跨境试点首批覆盖5个城市。',
    );
    expect(found.map((i) => [i.name, i.form])).toEqual([
      ['数据跨境流动便利化试点', '数据跨境流动便利化试点'],
      ['数据跨境流动便利化试点', '跨境试点'],
    ]);
    expect(found[0]?.aliases).toContain('跨境试点');
  });

  it('takes national platforms and networks, and a region’s data port or valley', () => {
    expect(names('积极参与全国一体化算力网建设')).toEqual(['全国一体化算力网']);
    expect(names('加快建设厦门数据港')).toEqual(['厦门数据港']);
  });

  it('names a national strategy by its root: 数字中国建设 and 数字中国 are one', () => {
    expect(names('实现数字中国建设目标，为网络强国、数字中国保驾护航')).toEqual([
      '数字中国',
      '网络强国',
      '数字中国',
    ]);
  });

  it('takes the names a title quotes, and reads no programme inside a document title', () => {
    expect(names('“中国数谷”影响力持续增强', '“中国数谷”影响力持续增强')).toEqual(['中国数谷']);
    expect(names('印发《推动广州市数字人民币工作行动方案》')).toEqual([]);
  });
  it('takes a quoted name with 、 in it only before a programme word (“一网、一门、一次”改革)', () => {
    expect(names('深入推进“一网、一门、一次”改革。')).toEqual(['一网、一门、一次']);
    expect(names('建设“西部最优、全国一流”营商环境高地。')).toEqual([]);
  });

  it('takes a quoted name before a platform, project or event word, and one that frames the work', () => {
    expect(names('依托“冀云”大数据平台，统筹推进应用。')).toEqual(['冀云']);
    expect(names('郑州市启动了“城市大脑”项目。')).toEqual(['城市大脑']);
    expect(names('以“浙政钉”为载体，推进业务协同。')).toEqual(['浙政钉']);
    expect(names('以“三高四新”作为引领，发展数字经济。')).toEqual(['三高四新']);
  });

  it('takes no count of things as a programme (“两个提升”, “四个专员”)', () => {
    expect(names('努力实现“两个提升”，做好“四个专员”工作。')).toEqual([]);
  });

  it('reads a programme unquoted after 加快, with digits and letters, and through a verb inside a word', () => {
    expect(names('加快高速宽带网络工程建设，率先开展5G商用试点。')).toEqual([
      '高速宽带网络工程',
      '5G商用试点',
    ]);
    expect(names('深化工程建设项目审批制度改革试点。')).toEqual(['工程建设项目审批制度改革试点']);
  });

  it('takes no phrase with 的 in it, nor a programme word that begins a longer word (战略合作)', () => {
    expect(names('首先是相关部门在本领域开展的专项改革。')).toEqual([]);
    expect(names('双方签署了深化数字城市建设战略合作协议。')).toEqual([]);
  });

  it('ends a project named with its place in brackets before the sentence goes on (…对接会在X举行)', () => {
    expect(names('黑龙江（哈尔滨）数字经济投资对接会在哈尔滨市举行。')).toEqual([
      '黑龙江（哈尔滨）数字经济投资对接会',
    ]);
  });

  it('takes a national platform by its name, not 国家平台 nor 国家和省监管平台', () => {
    expect(names('实现与国家平台的对接，并与国家和省监管平台联网。')).toEqual([]);
    expect(names('接入国家网络身份认证公共服务平台。')).toEqual(['国家网络身份认证公共服务平台']);
  });
  it('takes a build-out carried out as a campaign (开展X建设), not one only pushed on (推进X建设)', () => {
    expect(names('要开展绿色低碳城市建设，树立标杆。')).toEqual(['绿色低碳城市建设']);
    expect(names('推进基础设施建设。')).toEqual([]);
  });
  it('takes a quoted programme word with the field a verb puts before it (狠抓招商引资“一号工程”)', () => {
    const [found] = findInitiatives('狠抓招商引资“一号工程”，精准做好服务。');
    expect(found?.name).toBe('招商引资一号工程');
    expect(found?.aliases).toContain('一号工程');
    expect(names('精准实施数字经济“一号工程”')).toEqual(['数字经济一号工程']);
  });
  it('takes a service a government brings out (新推出“秒批”服务)', () => {
    expect(names('新推出“秒批”服务200项。')).toEqual(['秒批']);
  });
});
