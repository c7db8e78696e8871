/**
 * Places of China, in English, as newsletters write them: the parser reads an authority's level
 * from them ("Zhejiang Provincial …" is provincial, "Wuhan Municipal …" municipal), and the
 * content script takes them as a sign that a page is about China (lib/page/china-context.ts).
 */

/** The 31 provincial-level divisions of the mainland. */
export const PROVINCES: readonly string[] = [
  'Beijing', 'Shanghai', 'Tianjin', 'Chongqing', 'Guangdong', 'Zhejiang', 'Jiangsu', 'Shandong', 'Fujian', 'Hainan',
  'Sichuan', 'Hubei', 'Hunan', 'Henan', 'Hebei', 'Shanxi', 'Shaanxi', 'Anhui', 'Jiangxi', 'Yunnan', 'Guizhou',
  'Guangxi', 'Liaoning', 'Jilin', 'Heilongjiang', 'Gansu', 'Qinghai', 'Ningxia', 'Xinjiang', 'Tibet', 'Inner Mongolia',
];

/** Cities and districts of the mainland that newsletters name. */
export const MAINLAND_CITIES: readonly string[] = [
  'Shenzhen', 'Guangzhou', 'Hangzhou', 'Wuhan', 'Chengdu', 'Nanjing', 'Suzhou', 'Xiamen', 'Kunming', 'Xi’an', 'Qingdao',
  'Dalian', 'Ningbo', 'Hefei', 'Changsha', 'Zhengzhou', 'Jinan', 'Harbin', 'Shenyang', 'Pudong', 'Lingang',
];

/** The special administrative regions, which have their own law and courts. */
export const SPECIAL_REGIONS: readonly string[] = ['Hong Kong', 'Macau'];

/**
 * The provinces and the cities above, in Chinese: before a national body's short name (江苏网信办,
 * 深圳网信办) they make it that place's office.
 */
export const PLACES_ZH: readonly string[] = [
  '北京', '上海', '天津', '重庆', '广东', '浙江', '江苏', '山东', '福建', '海南', '四川', '湖北', '湖南', '河南', '河北', '山西',
  '陕西', '安徽', '江西', '云南', '贵州', '广西', '辽宁', '吉林', '黑龙江', '甘肃', '青海', '宁夏', '新疆', '西藏', '内蒙古',
  '深圳', '广州', '杭州', '武汉', '成都', '南京', '苏州', '厦门', '昆明', '西安', '青岛', '大连', '宁波', '合肥', '长沙', '郑州',
  '济南', '哈尔滨', '沈阳', '浦东', '临港',
];
