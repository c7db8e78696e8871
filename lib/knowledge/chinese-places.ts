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
