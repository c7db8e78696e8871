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
];
