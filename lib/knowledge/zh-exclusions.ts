/**
 * Chinese look-alikes: longer words that contain an entry's Chinese name but mean something
 * else. "公安部门" (public security departments, generic) contains "公安部" (the Ministry of
 * Public Security); a match inside one of these is not a mention.
 */
export const ZH_EXCLUSIONS: string[] = [
  '公安部门', '商务部门', '教育部门', '司法部门', '财政部门', '交通运输部门', '自然资源部门', '国家安全部门',
  '科学技术部门', '住房和城乡建设部门', '文化和旅游部门', '网络安全法律', '网络安全法规', '数据安全法律',
  '数据安全法规', '广告法律', '广告法规', '个人信息保护法律', '个人信息保护法规', '国务院各部门',
  // 最高法 is the Supreme People's Court's short name, but 最高法院 is any country's supreme court (美国最高法院).
  '最高法院',
  // 网安法 and 电商法 are the laws' short names; 网安法规 and 电商法规 are laws and regulations of the field.
  '网安法规', '网安法律', '电商法规', '电商法律',
  // 科技部 and 工信部 are the ministries' short names; 科技部门 and 工信部门 are any level's departments of the field.
  '科技部门', '工信部门',
  // 关注名单 is the export-control watch list; 重点关注名单 and its kin are any regulator's or bank's lists of entities to watch.
  '重点关注名单', '特别关注名单', '风险关注名单',
  // Laws (法律) whose Chinese names sit inside other laws' names or words of the field: 教育法 in
  // 职业教育法 or 教育法规, 环境保护法 in 海洋环境保护法, 医师法 in the repealed 执业医师法, 律师法 in
  // 律师法律服务, 法官法 in 法官法袍.
  '职业教育法', '义务教育法', '学前教育法', '国防教育法', '爱国主义教育法', '教育法律', '教育法规', '教育法学', '教育法治',
  '海洋环境保护法', '环境保护法律', '环境保护法规', '环境保护法庭', '执业医师法', '医师法律', '医师法规',
  '律师法律', '律师法规', '律师法庭', '法官法律', '法官法规', '法官法庭', '法官法袍', '法官法槌',
  '审计法律', '审计法规', '工会法律', '工会法规', '海商法律', '海商法规', '海商法学', '旅游法律', '旅游法规',
  '电力法律', '电力法规', '土地管理法律', '土地管理法规', '慈善法律', '慈善法规', '文物保护法律', '文物保护法规',
  '国防法律', '国防法规', '国防法治', '道路交通安全法律', '道路交通安全法规', '印花税法规', '进出口商品检验法规',
  // …and before 法定 (statutory) or 法人 (legal person): 合规审计法定义务, 工会法定代表人, 工会法人资格.
  '审计法定', '工会法定', '工会法人', '律师法定', '医师法定', '教育法定', '教育法人', '慈善法定', '慈善法人', '旅游法定',
  '电力法定', '国防法定', '法官法定', '印花税法定', '消防法律', '消防法规', '高等教育法律', '高等教育法规',
  // 宪法 (the Constitution) inside other words: its amendments (宪法修正案, a document of its own), the field
  // (宪法学), other countries' constitutions and courts (美国宪法, 宪法法院); 劳动合同法 inside its implementing regulations.
  '宪法修正案', '宪法学', '宪法法院', '宪法性', '美国宪法', '宪法第一修正案', '劳动合同法实施条例',
  // 合同法 (the repealed Contract Law) sits inside the names of other laws: 技术合同法, 经济合同法, 涉外经济合同法
  // (劳动合同法 is an entry of its own); it and the other repealed civil laws sit in words of the field (合同法律关系, 婚姻法学) and
  // before 法定 in principles (物权法定, 预算法定, 合同法定解除). Not …法规: 合同法规定 is the law providing.
  '技术合同法', '经济合同法', '涉外经济合同法', '合同法律', '合同法学', '合同法定',
  '婚姻法律', '婚姻法学', '继承法律', '继承法学', '担保法律', '物权法律', '物权法学', '物权法定',
  '预算法律', '预算法定', '建筑法律', '刑事诉讼法律', '刑事诉讼法学',
  // The courts' interpretations of these laws, which the graph does not hold: 婚姻法司法解释 is not the Marriage Law.
  '刑事诉讼法解释', '刑事诉讼法司法解释', '合同法解释', '合同法司法解释', '婚姻法解释', '婚姻法司法解释',
  '物权法解释', '物权法司法解释', '担保法解释', '担保法司法解释', '继承法解释', '继承法司法解释',
  // 企业会计准则 (the Accounting Standards for Business Enterprises) sits inside 小企业会计准则, the separate standards for small enterprises.
  '小企业会计准则',
  // The short names of further laws inside words of their field (体育法学, 公证法律服务, 矿产资源法规), their
  // implementing rules the graph does not hold (矿产资源法实施细则) and 刑诉法 (the Criminal Procedure Law)
  // inside its judicial interpretation (刑诉法解释) or its discipline (刑诉法学).
  '体育法学', '体育法律', '体育法规', '体育法治', '公证法律', '公证法学', '公证法定', '检察官法律', '检察官法定',
  '矿产资源法律', '矿产资源法规', '矿产资源法实施细则', '资产评估法律', '资产评估法规', '职业病防治法律', '职业病防治法规',
  '特种设备安全法律', '特种设备安全法规', '农产品质量安全法律', '农产品质量安全法规', '国防动员法律', '国防动员法规',
  '人民调解法律', '残疾人保障法律', '护照法律', '刑诉法学', '刑诉法解释', '刑诉法司法解释', '刑诉法律',
  // 拍卖法 (the Auction Law) inside words of its field (拍卖法律制度, 拍卖法学) and before 法定; not …法规, as 拍卖法规定 is the law providing.
  '拍卖法律', '拍卖法学', '拍卖法定',
];
