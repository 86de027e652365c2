// The words that end a Chinese body's name, by the kind of body they usually make. A grammar
// reads names as [region | 中共 | 国家] + words + one of these; where a longer suffix and a
// shorter one both fit (纪律检查委员会, 委员会), the longer one tells the kind.

import type { AgencyKind } from '../../../core/model.ts';

export const AGENCY_SUFFIXES: Record<AgencyKind, readonly string[]> = {
  government: [
    ...['人民政府', '政府', '办公厅', '办公室', '委员会', '管委会', '领导小组', '指挥部', '总局'],
    ...['管理局', '监督管理局', '分局', '局', '厅', '署', '部', '委', '办', '海关', '分行'],
    // task forces set up for one job
    ...['工作专班', '专班'],
  ],
  party: [
    ...['党委', '党组', '省委', '市委', '区委', '县委', '州委', '纪委', '纪律检查委员会', '组织部'],
    ...['宣传部', '统战部', '统一战线工作部', '政法委', '网信办', '工委', '党校'],
  ],
  court: ['人民法院', '高级人民法院', '中级人民法院', '法院', '法庭', '知识产权法庭'],
  procuratorate: ['人民检察院', '检察院'],
  legislature: ['人民代表大会', '人大常委会', '常务委员会', '人大', '众议院', '参议院', '议会', '国会'],
  association: [
    ...['协会', '学会', '联合会', '商会', '联盟', '促进会', '研究会', '基金会'],
    // a region's branch of a people's organisation: 市总工会, 区妇联, 省科协
    ...['总工会', '妇联', '残联', '科协', '工商联', '文联', '侨联', '红十字会'],
  ],
  institute: [
    ...['研究院', '研究所', '研究中心', '科学院', '工程院', '实验室', '中心', '院', '大学', '学院'],
    ...['智库', '标准化技术委员会'],
  ],
  company: ['有限责任公司', '股份有限公司', '有限公司', '公司', '集团', '交易所', '银行'],
  // foreign bodies take the suffixes above after a foreign region (美国商务部); 省 is left out
  // (日本经济产业省 is in the table) because after a Chinese region it is the region itself
  foreign: [],
  other: ['组织', '理事会'],
};
