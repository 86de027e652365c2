import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../../importers/extract/agencies.ts';
import { findRegions, homeMentions } from '../../../importers/extract/regions.ts';

const agencies = (text: string) => findAgencies(text, findRegions(text));
const names = (text: string) => agencies(text).map((a) => a.name);

describe('the grammar of body names', () => {
  it('reads region + words + suffix, with 和 and 与 inside the name', () => {
    expect(names('黑龙江省工业和信息化厅、黑龙江省财政厅印发')).toEqual([
      '黑龙江省工业和信息化厅',
      '黑龙江省财政厅',
    ]);
    expect(names('内蒙古自治区政务服务与数据管理局正式公布')).toEqual(['内蒙古自治区政务服务与数据管理局']);
  });

  it('names a region’s party committee 中共…委, and reads 市委市政府 as the committee and the government', () => {
    expect(names('南京市委召开会议')).toEqual(['中共南京市委']);
    expect(names('南京市委市政府召开推进会')).toEqual(['中共南京市委', '南京市人民政府']);
    const home = (text: string) => findAgencies(text, homeMentions(text, ['江苏省'])).map((a) => a.name);
    expect(home('认真落实省委、省政府决策部署')).toEqual(['中共江苏省委', '江苏省人民政府']);
  });

  it('keeps the verbs of a body’s function inside its name (招生考试中心)', () => {
    expect(names('需到东城区教育招生考试中心义务教育入学办公室注册')).toEqual([
      '东城区教育招生考试中心义务教育入学办公室',
    ]);
  });

  it('reads no verb into a name: 指导银行业, 工业和信息化部组织制定, 市人民政府主办', () => {
    expect(names('指导银行业金融机构有序建设')).toEqual([]);
    expect(names('工业和信息化部组织制定的标准')).toEqual(['工业和信息化部']);
    expect(names('由黑龙江省商务厅、哈尔滨市人民政府主办')).toEqual(['黑龙江省商务厅', '哈尔滨市人民政府']);
  });

  it('reads a government’s agencies in general (俄罗斯政府机构, 市政府部门) as no body', () => {
    expect(names('对俄罗斯政府机构实施攻击')).toEqual([]);
    expect(names('苏州市政府部门要加强协同，苏州市政府印发通知')).toEqual(['苏州市人民政府']);
  });

  it('reads no kind of company as a company (金融控股公司), but a legal form names one', () => {
    expect(names('保险业金融机构和金融控股公司')).toEqual([]);
    expect(names('国家铁路集团有限公司等十一部门')).toEqual(['国家铁路集团有限公司']);
  });

  it('reads a region’s people’s organisations, offices and task forces (市总工会, 市台办, 指挥部, 专班)', () => {
    const home = (text: string) => findAgencies(text, homeMentions(text, ['苏州市'])).map((a) => a.name);
    expect(home('市总工会、市妇联召开会议')).toEqual(['苏州市总工会', '苏州市妇联']);
    expect(home('市台办牵头，市疫情防控指挥部发布通告')).toEqual(['苏州市台办', '苏州市疫情防控指挥部']);
    expect(names('哈尔滨市数字经济招商专班进行了对接')).toEqual(['哈尔滨市数字经济招商专班']);
  });

  it('places a national body’s branch in the region its name gives (中国银保监会浙江监管局)', () => {
    const placed = (text: string) => agencies(text).map((a) => `${a.name}|${a.region}`);
    expect(placed('中国银保监会浙江监管局')).toEqual([
      '中国银行保险监督管理委员会浙江监管局|浙江省',
      '中国银行保险监督管理委员会|中国',
    ]);
    expect(placed('国家税务总局苏州市税务局')[0]).toBe('国家税务总局苏州市税务局|苏州市');
  });

  it('reads a committee member (省委常委) as a person’s post, not a body', () => {
    expect(names('江苏省委常委、南京市委书记指出')).toEqual([]);
  });

  it('keeps the body whose officer issues a document in its name, and expands a zone’s 管委会', () => {
    expect(names('西安高新区管委会副主任牛恺发布《西安高新区2020年优化营商环境15条措施》')).toEqual([
      '西安高新技术产业开发区管理委员会',
    ]);
  });

  it('ends a name at 会同, 牵头 and 负责: two bodies, not one', () => {
    const found = names('国家数据局会同国务院办公厅电子政务办公室负责统筹推进');
    expect(found).toContain('国家数据局');
    expect(found).toContain('国务院办公厅电子政务办公室');
    expect(found.some((n) => n.includes('会同'))).toBe(false);
  });

  it('reads a foreign ministry’s bureau whole, though 安全局 ends like 全局, and places it', () => {
    expect(agencies('美国商务部工业与安全局（BIS）发布')).toContainEqual(
      expect.objectContaining({ name: '美国商务部工业与安全局', region: '美国', props: { kind: 'foreign' } }),
    );
  });

  it('places a governing unit of a central body where the body is (最高人民法院知识产权法庭 → 中国)', () => {
    expect(agencies('最高人民法院知识产权法庭要加强指导')).toContainEqual(
      expect.objectContaining({ name: '最高人民法院知识产权法庭', region: '中国' }),
    );
  });

  it('takes no data centre for a body (全省数据中心机架, 中卫数据中心集群), but a 大数据中心', () => {
    expect(names('到2027年，全省数据中心机架规模达到30万标准机架')).toEqual([]);
    expect(names('宁夏枢纽节点中卫数据中心集群已建成')).toEqual([]);
    expect(names('浦东新区大数据中心负责落实')).toEqual(['浦东新区大数据中心']);
  });

  it('opens a home body’s name at a bare 省 or 州 (省大数据管理中心 in a Jiangsu article)', () => {
    const text = '明确省大数据管理中心负责平台建设';
    expect(findAgencies(text, homeMentions(text, ['江苏省'])).map((a) => a.name)).toEqual([
      '江苏省大数据管理中心',
    ]);
  });

  it('opens a county’s bodies at a bare 区 or 县 only in that county’s article (经县政府同意, 县数据局)', () => {
    const text = '经县政府同意，县数据局负责推进区块链应用';
    const bodies = (home: string) =>
      findAgencies(text, homeMentions(text, [home])).map((a) => [a.name, a.region, a.aliases]);
    expect(bodies('德清县')).toEqual([
      ['德清县人民政府', '德清县', ['县政府']],
      ['德清县数据局', '德清县', ['县数据局']],
    ]);
    expect(bodies('湖州市')).toEqual([]);
  });

  it('takes the courts of a whole province (全省法院) for no one body, and 我市 + suffix for one', () => {
    const text = '全省法院审结案件5000件，我市大数据局负责统筹';
    expect(findAgencies(text, homeMentions(text, ['温州市'])).map((a) => a.name)).toEqual(['温州市大数据局']);
  });

  it('ends a name before 关于: the body heads a title, 组织 in it is no suffix', () => {
    const found = names('根据《国家数据局办公室关于组织开展数据标注基地建设工作的通知》');
    expect(found).toContain('国家数据局办公室');
    expect(found.some((n) => n.includes('关于'))).toBe(false);
  });

  it('reads a legislature named with its term (第十四届) under its name without it', () => {
    expect(agencies('山西省第十四届人民代表大会常务委员会第二十次会议表决通过').map((a) => a.name)).toEqual([
      '山西省人民代表大会常务委员会',
    ]);
  });

  it('takes 省委网信办 and 市发改委 for local offices, not the central bodies their short forms name', () => {
    const text = '省委网信办会同市发改委负责推进';
    const found = findAgencies(text, homeMentions(text, ['福州市']));
    expect(found.map((a) => a.name)).not.toContain('国家互联网信息办公室');
    expect(found.map((a) => [a.name, a.aliases])).toContainEqual(['福州市发改委', ['市发改委']]);
  });

  it('names a special administrative region’s government as written in full (澳门特区政府)', () => {
    expect(agencies('澳门特区政府发布新规').map((a) => [a.name, a.aliases])).toEqual([
      ['澳门特别行政区政府', ['澳门特区政府']],
    ]);
  });

  it('names a mainland government’s office by its 人民政府 (湖南省政府办公厅, 省政府办公厅)', () => {
    const text = '湖南省政府办公厅印发通知。省政府办公厅有关负责人表示';
    expect(
      findAgencies(text, [...findRegions(text), ...homeMentions(text, ['湖南省'])]).map((a) => a.name),
    ).toEqual(['湖南省人民政府办公厅', '湖南省人民政府办公厅']);
  });

  it('places a body by the most local of the regions written one inside the next', () => {
    expect(agencies('贵阳市观山湖区人民政府办公室印发').map((a) => [a.name, a.region])).toEqual([
      ['贵阳市观山湖区人民政府办公室', '观山湖区'],
    ]);
  });

  it('takes no branch of a quoted platform for a body (“吉事办”延边分厅)', () => {
    expect(names('“吉事办”延边分厅上线服务事项超过2000项')).toEqual([]);
  });

  it('reads a known body written after its parent (工信部中国信息通信研究院) as that body under the parent', () => {
    expect(agencies('工信部中国信息通信研究院发布白皮书').map((a) => [a.name, a.parent])).toEqual([
      ['工业和信息化部', undefined],
      ['中国信息通信研究院', '工业和信息化部'],
    ]);
  });

  it('reads a national commission’s short name listed after a province’s body as the province’s (…工信厅、发改委)', () => {
    expect(names('黑龙江省工信厅、发改委等相关部门进行了对接')).toEqual([
      '黑龙江省工信厅',
      '黑龙江省发展和改革委员会',
    ]);
  });

  it('gives each of two regions joined before one name that body (黑龙江省及哈尔滨市…专班)', () => {
    expect(names('黑龙江省及哈尔滨市数字经济招商专班进行了对接')).toEqual([
      '黑龙江省数字经济招商专班',
      '哈尔滨市数字经济招商专班',
    ]);
  });

  it('reads the bodies in reported speech (“我们与商务部、海关总署座谈。”) as bodies', () => {
    expect(names('他说：“我们与商务部、海关总署进行了座谈。”')).toEqual(['商务部', '海关总署']);
  });

  it('places a body in the region that opens its name', () => {
    expect(agencies('厦门市人民政府办公厅印发')[0]).toMatchObject({
      region: '厦门市',
      props: { kind: 'government' },
    });
  });

  it('reads a Party body: 中共 + region + 委', () => {
    expect(agencies('中共广州市委金融委员会办公室印发')[0]).toMatchObject({
      name: '中共广州市委金融委员会办公室',
      region: '广州市',
      props: { kind: 'party' },
    });
  });

  it('resolves central bodies’ short forms through the gazetteer', () => {
    expect(names('国家发展改革委、人力资源社会保障部联合印发')).toEqual([
      '国家发展和改革委员会',
      '人力资源和社会保障部',
    ]);
    expect(names('最高法发布')).toEqual(['最高人民法院']);
  });

  it('keeps a body’s other name in brackets, and a 简称 it introduces, as aliases', () => {
    expect(agencies('杭州市经济和信息化局（杭州市数字经济局）发布')[0]?.aliases).toContain(
      '杭州市数字经济局',
    );
    expect(agencies('中国信息通信研究院（简称“中国信通院”）发布')[0]?.aliases).toContain('中国信通院');
  });

  it('reads a unit of a known body as a sub-unit, past its short-name introduction', () => {
    expect(agencies('中国信息通信研究院（简称“中国信通院”）互联网法律研究中心发布')[0]).toMatchObject({
      name: '中国信息通信研究院互联网法律研究中心',
      parent: '中国信息通信研究院',
    });
  });

  it('reads a foreign body after a foreign region, past a short-name introduction', () => {
    expect(agencies('美国德克萨斯州(以下简称“德州”)众议院将法案提交')[0]).toMatchObject({
      name: '美国得克萨斯州众议院',
      region: '美国得克萨斯州',
      props: { kind: 'legislature' },
    });
  });

  it('reads a company without a region, stopping at the verb before it', () => {
    expect(names('实验室联合华为技术有限公司共同发布')).toContain('华为技术有限公司');
  });

  it('reads nothing where a body only describes a person’s post or sits in a formula', () => {
    expect(names('国家发展改革委党组书记、主任出席')).toEqual(['国家发展和改革委员会']);
    expect(names('以习近平同志为核心的党中央')).toEqual([]);
    expect(names('国务院各部委、各直属机构')).toEqual(['国务院']);
  });

  it('reads no body in words that only end like one (部署, 布局)', () => {
    expect(names('贯彻国务院决策部署，优化广州产业布局')).toEqual(['国务院']);
  });
});
