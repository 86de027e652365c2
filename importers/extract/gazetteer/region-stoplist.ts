// Forms that are ordinary words far more often than places. They stay in an entry's `forms` and
// `regionCandidates` still answers for them, but `scanRegions` does not report them; a division
// whose own name is one of them (城区, 老城区) is named with its parent (阳泉市城区).
//
// How the list was made: every two-character form was looked up in jieba's dictionary, and
// those tagged as ordinary words (not ns, place) with a high frequency were read one by one; the
// ones a policy text uses as words (会同有关部门, 中方, 资源, 惠民, 合作, 比如) are here, famous
// places that are also words (江南, 海南, 黄山, 中山, 大兴) are not. Add to it when a scan of
// real articles shows a false region.
export const COMMON_WORD_FORMS: ReadonlySet<string> = new Set([
  // generic district names, never a place without their city
  ...['城区', '郊区', '矿区', '老城区', '城北区', '城东区', '城西区', '城中区', '港口区', '解放区'],
  ...['东区', '西区', '南区', '北区', '中区', '市中', '市南', '市北', '城关', '城厢', '城东', '城西'],
  ...['城中', '城北', '新城', '新市'],
  // words of policy and news text
  ...['中方', '会同', '资源', '合作', '比如', '南部', '延长', '公安', '惠民', '富民', '安居', '共和'],
  ...['和平', '新华', '复兴', '振兴', '友谊', '友好', '前进', '解放', '东风', '新兴', '兴业', '光明'],
  ...['红旗', '平安', '互助', '同心', '安定', '通道', '港口', '东方', '大方', '长寿', '新建', '高明'],
  ...['麒麟', '灯塔', '方正', '平房', '回民', '爱民', '同仁', '新星', '清流', '高密', '新会', '天元'],
  ...['工农', '宏伟', '富裕', '向阳', '元宝', '丰满', '二道', '二七', '六合', '平和', '光泽', '莲花'],
  ...['万年', '无为', '大观', '三元', '台前', '民权', '芙蓉', '洞口', '前锋', '名山', '宝塔'],
  ...['清水', '高台', '温泉', '大堂', '白云', '青山', '长安', '西湖', '吉利', '江山', '路桥', '滨江'],
  ...['滨海', '天台', '鼓楼', '钟楼', '和顺', '龙凤', '江岸', '七星', '海棠', '天涯', '白玉', '民乐'],
  ...['天心', '博爱', '紫金', '阳春', '云霄', '威信', '南岸', '运河', '双桥', '大名', '长子', '平定'],
  ...['永和', '太和', '石门', '凤凰', '新平', '新和', '金安', '阿里', '来宾', '平原', '朝天'],
  ...['中西', '乐业', '大化'],
  // 全州 is the whole prefecture (自治州) far more often than 全州县
  '全州',
  // a foreign country's form that is a Chinese abbreviation (中非 = 中国和非洲)
  '中非',
]);

// Ordinary words that contain a region form: the scan consumes them whole and reports nothing,
// so 沿海地区 does not yield 海地 (Haiti) and 长治久安 does not yield 长治. Found like the list above,
// plus every frequent jieba word that contains a form.
export const NOT_REGION_WORDS: readonly string[] = [
  ...['海地区', '加纳入', '朝阳产业', '朝鲜族', '蒙古族', '长治久安', '大同小异', '幸福安康'],
  ...['保定期', '大连接', '大通道', '示范县', '模范县', '大理石', '太平洋'],
];
