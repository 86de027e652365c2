// Example queries preloaded in GraphiQL: the questions analysts ask first (docs/queries.md).

export const EXAMPLES = [
  `# 哪些机构发布了《关于促进数据标注产业高质量发展的实施意见》？
# Which bodies issued this policy?
query IssuersOfPolicy {
  nodeByKey(key: "Policy:关于促进数据标注产业高质量发展的实施意见") {
    name
    ... on Policy {
      date
      issuedBy { name aliases }
      mentions(first: 1) { sentence article { title url } }
    }
  }
}`,
  `# 贵州省的机构发布了什么？ What did bodies in 贵州省 issue?
# (ID arguments take a global id or a node key.)
query GuizhouIssued {
  policies(filter: { issuerRegion: "Region:贵州省", includeSubregions: true }, first: 50) {
    edges {
      node { name date docType issuedBy { name } }
    }
  }
}`,
  `# 哪些政策实施东数西算工程？ What implements 东数西算工程?
query ImplementsInitiative {
  nodeByKey(key: "Initiative:东数西算工程") {
    ... on Initiative {
      implementedBy(transitive: true) { name date issuedBy { name } }
    }
  }
}`,
  `# 杭州市经济和信息化局与贵州省人民政府办公厅之间的路径 The path between two bodies
query PathBetween {
  paths(from: "Agency:杭州市经济和信息化局", to: "Agency:贵州省人民政府办公厅") {
    nodes { id name type }
    edges { type source target }
  }
}`,
  `# 相关政策 Related policies, with reasons
query Related {
  related(policy: "Policy:杭州市人工智能全产业链高质量发展行动计划（2024—2026年）", first: 5) {
    score
    reasons
    policy { name date }
  }
}`,
  `# 最近的导入：带来了什么，哪些文件未导入 The latest imports: what they brought, what they refused
query Imports {
  imports(first: 5) {
    edges {
      node {
        startedAt endedAt command inputs
        files new updated unchanged failed nodesCreated relationsCreated
        refused { file reason }
      }
    }
  }
}`,
];
