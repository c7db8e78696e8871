import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

/**
 * Provincial and municipal laws and government rules that TMT pages cite beside the national ones:
 * the social credit regulations of Shanghai, Guangdong, Gansu, Jilin, Hunan, Chongqing and Xinjiang,
 * Hubei's social credit information and Zhejiang's public credit information regulations, and the
 * public credit information rules of the Shanghai, Guangzhou and Wuhan governments; the business
 * environment regulations of Beijing, Shanghai and the Shenzhen SEZ; Beijing's law on its international
 * science and technology innovation centre and Zhejiang's e-commerce regulation; Guizhou's and Guiyang's
 * government data sharing laws, Guizhou's big data security law and Guangzhou's government information
 * sharing rules; and the driverless and intelligent connected vehicle laws of Shanghai's Pudong New Area
 * and Hangzhou.
 */
export const CORE_LOCAL_22: CoreInstrument[] = [
  // ───────────── Shanghai social credit regulations (2017) ─────────────
  {
    id: 'document:shanghai-social-credit-regulations',
    name: 'Shanghai Social Credit Regulations',
    nameZh: '上海市社会信用条例',
    aliases: ['Regulations of Shanghai Municipality on Social Credit'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shanghai-people-s-congress-standing-committee'],
    adopted: '2017-06-23',
    effective: '2017-10-01',
    summary:
      'Shanghai\'s comprehensive local regulation on the social credit system: social credit information, credit incentives and restrictions, the rights of information subjects and the credit services industry.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/shanghai-municipal-social-credit-regulations/',
        title: 'China Law Translate',
        quote:
          'Public Announcement No. 54 of the Standing Committee of the Shanghai People\'s Congress\nThe "Shanghai Social Credit Regulations" were passed by the 38th meeting of the Standing Committee of the 14th Session of the Shanghai People\'s Congress on June 23, 2017, and are hereby released, to take effect on October 1, 2017',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/shanghai-municipal-social-credit-regulations/',
        title: 'China Law Translate',
        quote:
          'Chapter II: Social Credit Information\nChapter III: Credit incentives and restrictions\nChapter IV: Protection of Information Subjects\' Rights and Interests\nChapter V: Regulating and Advancing the Development of the Credit Services Industry',
        supports: ['summary'],
      },
      {
        url: 'http://www.shanghai.gov.cn/nw48050/20200824/0001-48050_112971.html',
        title: 'Shanghai Municipal People’s Government (English)',
        quote:
          'Regulations of Shanghai Municipality on Social Credit were adopted at the 38th Session of the Standing Committee of the 14th Shanghai Municipal People’s Congress on June 23, 2017, and are hereby promulgated. They shall be effective as of October 1, 2017.',
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.ppdoc.com/periodical/364ea4beffa93355b1e1d0bc9f774ef1.html',
        title: 'ppdoc.com (journal abstract)',
        quote:
          '2017年6月23日,《上海市社会信用条例》(以下简称条例)经市十四届人大常委会表决通过,成为全国首部综合性地方信用法规。',
        supports: ['nameZh', 'kind', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Guangdong social credit regulations (2021) ─────────────
  {
    id: 'document:guangdong-social-credit-regulations',
    name: 'Guangdong Provincial Social Credit Regulations',
    nameZh: '广东省社会信用条例',
    aliases: ['Regulations of Guangdong Province on Social Credit', 'Regulations on Social Credit of the Guangdong Province'],
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-03-18',
    effective: '2021-06-01',
    summary:
      "Guangdong's law on social credit information: public and market credit information, rewards for the trustworthy and punishments for the untrustworthy, the rights of credit subjects (consent to the collection of personal market credit information) and the credit services industry.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/guandong-provincial-social-credit/',
        title: 'China Law Translate',
        quote:
          'Guangdong Provincial Social Credit Regulations … Article 2: These Regulations apply to activities in this province\'s administrative region such as the establishment of a social credit environment, the management of Social Credit Information; credit rewards for the trustworthy, punishments for the untrustworthy; the protection of credit subjects\' rights and interests; and the regulation and development of the credit services industry.',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://www.dataguidance.com/news/guangdong-government-passes-social-credit-regulations',
        title: 'DataGuidance',
        quote:
          "The Standing Committee of the Thirteenth People's Congress of Guangdong Province announced, on 25 March 2021, that it had passed Regulations on Social Credit of the Guangdong Province. … Specifically, the regulation provides that the collection of market credit information involving the personal information of natural persons must be subject to the consent of the credit subject … The measures will enter into effect on 1 June 2021.",
        supports: ['aliases', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://sfj.gz.gov.cn/ztlm/xzlf/gzwwzb/content/post_9584320.html',
        title: 'Guangzhou Municipal Bureau of Justice (English)',
        quote:
          'Article 1 These Rules are formulated in accordance with Regulations of Guangdong Province on Social Credit and other relevant laws and regulations',
        supports: ['aliases'],
      },
      {
        url: 'https://csrcare.com/Law/Show?id=231829',
        title: 'csrcare.com (广州市公共信用信息管理规定)',
        quote:
          '第一条 为了规范公共信用信息管理,保障公共信用信息安全,保护自然人、法人和非法人组织等信用主体的合法权益,优化营商环境,营造诚实守信的社会环境,根据《广东省社会信用条例》等有关法律、法规,结合本市实际,制定本规定。',
        supports: ['nameZh'],
      },
      {
        url: 'http://xlyzsl.cn/gdqy/newxxgk/fgwj/bmwj/content/post_1392524.html',
        title: 'xlyzsl.cn (廣東省社會信用條例)',
        quote:
          '(2021年3月18日廣東省第十三屆人民代表大會常務委員會第三十次會議通過)',
        supports: ['kind', 'status', 'adopted'],
      },
    ],
  },
  // ───────────── Gansu social credit regulations (2021) ─────────────
  {
    id: 'document:gansu-social-credit-regulations',
    name: 'Gansu Province Social Credit Regulations',
    nameZh: '甘肃省社会信用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-11-26',
    effective: '2022-01-01',
    summary:
      "Gansu's law on social credit: the recording, collection, sharing, disclosure and use of social credit information, rewards for trustworthiness and punishment for untrustworthiness, and the protection of credit subjects' rights.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/gansu-social-credit-regs/',
        title: 'China Law Translate',
        quote:
          "(Adopted at the 27th meeting of the Standing Committee of the 13th Provincial People's Congress on November 26, 2021) … Gansu Province Social Credit Regulations … Article 2: These Regulations apply to activities in this province such as the recording, collection, aggregation, organization, processing, sharing, disclosure, querying, and use of Social Credit Information; rewards for trustworthiness and punishments for untrustworthiness, protection of credit subjects' rights and interests",
        supports: ['name', 'kind', 'adopted', 'summary'],
      },
      {
        url: 'http://gansu.gansudaily.com.cn/system/2021/12/21/030469010.shtml',
        title: '每日甘肃网 (甘肃日报)',
        quote:
          '甘肃省人民代表大会常务委员会公告\n\n  (第88号)\n\n  《甘肃省社会信用条例》已由甘肃省第十三届人民代表大会常务委员会第二十七次会议于2021年11月26日通过,现予公布,自2022年1月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────── Shanghai public credit information procedures (2015) ─────────────
  {
    id: 'document:shanghai-public-credit-information-collection-and-use-procedures',
    name: 'Procedures of Shanghai Municipality on the Management of Public Credit Information Collection and Use',
    nameZh: '上海市公共信用信息归集和使用管理办法',
    aliases: ['Procedures of Shanghai Municipality for Administration of Public Credit Information Collection and Use'],
    kind: 'local_government_rule',
    status: 'final',
    issuers: ['shanghai-municipal-government'],
    promulgated: '2015-12-30',
    summary:
      'Shanghai government rules (Decree No. 38) on collecting and using public credit information, with the municipal economic informatisation department in charge.',
    sources: [
      {
        url: 'https://shndlaw.com/post/1849',
        title: 'shndlaw.com (English translation)',
        quote:
          "Procedures of Shanghai Municipality on the Management of Public Credit Information Collection and Use … (Promulgated by Decree No. 38 of Shanghai Municipal People's\n\nGovernment on December 30, 2015) … Article 4 (Management Department)\n\nThe municipal economic informatization department is the competent administrative department for the work of collection and use of public credit information",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/3027618/procedures-of-shanghai-municipality-for-administration-of-public-credit-information-collection-and-use.html',
        title: 'Global-Regulation',
        quote:
          "Procedures Of Shanghai Municipality For Administration Of Public Credit Information Collection And Use\n\nOriginal Language Title: 上海市公共信用信息归集和使用管理办法 … (Please No. 38 of the Order of the People's Government of Shanghai, 30 December 2015)",
        supports: ['aliases', 'nameZh', 'kind', 'issuers', 'promulgated'],
      },
    ],
  },
  // ───────────── Guangzhou public credit information rules (2019, revised 2024) ─────────────
  {
    id: 'document:guangzhou-public-credit-information-management-rules',
    name: 'Rules of Guangzhou Municipality on the Management of Public Credit Information',
    nameZh: '广州市公共信用信息管理规定',
    kind: 'local_government_rule',
    status: 'final',
    promulgated: '2019-05-23',
    amended: ['2024-01-30'],
    summary:
      "Guangzhou government rules on the collection, disclosure, sharing, inquiry and application of public credit information, made under Guangdong's social credit regulations.",
    relations: [{ type: 'based_on', target: 'document:guangdong-social-credit-regulations', source: 0 }],
    sources: [
      {
        url: 'https://sfj.gz.gov.cn/ztlm/xzlf/gzwwzb/content/post_9584320.html',
        title: 'Guangzhou Municipal Bureau of Justice (English)',
        quote:
          'Rules of Guangzhou Municipality on the Management of Public Credit Information\n(Issued in accordance with Decree No. 166 of the People’s Government of Guangzhou Municipality on May 23, 2019 and amended in accordance with Decree No. 204 of the People’s Government of Guangzhou Municipality on January 30, 2024)\nArticle 1 These Rules are formulated in accordance with Regulations of Guangdong Province on Social Credit … Article 2 These Rules shall apply to the collection, disclosure, sharing, inquiry and application of public credit information within the administrative area of this Municipality.',
        supports: ['name', 'kind', 'status', 'promulgated', 'amended', 'summary', 'relations'],
      },
      {
        url: 'https://csrcare.com/Law/Show?id=231829',
        title: 'csrcare.com',
        quote:
          '广州市公共信用信息管理规定(2024修订)\n\n颁布机构: 广州市人民政府\n生效状态: 在用 所属类型: 地方政府规章\n适用地区: 广州市 适用领域: 公共信息利用\n生效日期: 2024/04/01 颁布日期: 2024/01/30',
        supports: ['nameZh', 'kind', 'status', 'amended'],
      },
    ],
  },
  // ───────────── Beijing business environment regulation (2020) ─────────────
  {
    id: 'document:beijing-optimizing-business-environment-regulation',
    name: 'Regulation of Beijing Municipality on Optimizing the Business Environment',
    nameZh: '北京市优化营商环境条例',
    aliases: ['Regulation of Beijing Municipality on Optimizing Doing Business Environment'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['beijing-people-s-congress-standing-committee'],
    adopted: '2020-03-27',
    effective: '2020-04-28',
    amended: ['2022-08-29', '2024-11-29'],
    summary:
      'Beijing\'s local regulation on the business environment: a pledge-based approval system, credit-based oversight, standardised government services and data sharing across departments.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-optimizing-business-environment', source: 1 }],
    sources: [
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/Environment/bus_env_policy/202503/t20250325_4044514.html',
        title: 'Beijing Municipal People’s Government (English)',
        quote:
          'Regulation of Beijing Municipality on Optimizing the Business Environment … (Adopted by the Standing Committee of the 15th Beijing Municipal People’s Congress at its 20th meeting on March 27, 2020, amended for the first time in accordance with the Decision on Amending the Regulation of Beijing Municipality on Optimizing the Business Environment adopted by the Standing Committee of the 15th Beijing Municipal People’s Congress at its 42nd meeting on August 29, 2022, and revised for the first time by the Standing Committee of the 16th Beijing Municipal People’s Congress at its 13th meeting on November 29, 2024)',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/Environment/bus_env_policy/202503/t20250325_4044514.html',
        title: 'Beijing Municipal People’s Government (English)',
        quote:
          'Article 1 The Regulation is formulated in accordance with laws and administrative regulations, such as the Regulation on Optimizing the Business Environment promulgated by the State Council, and in light of the reality of Beijing',
        supports: ['relations'],
      },
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/Environment/bus_env_policy/202503/t20250325_4044514.html',
        title: 'Beijing Municipal People’s Government (English)',
        quote:
          'Efforts shall be made to establish an approval system based on applicants’ pledges of compliance, a credit-based oversight system, a standardized government service system, a data-sharing and business collaboration system leveraging new-generation information technologies, and a law-based policy support system',
        supports: ['summary'],
      },
      {
        url: 'https://www.bjcourt.gov.cn/ssfw/yshjen/gjpcgk210.htm;jsessionid=node025ukeqnzkp0611hcr9qjm5ajw10889963.node0',
        title: 'Beijing Courts (English)',
        quote:
          'The Regulation of Beijing Municipality on Optimizing Doing Business Environment, adopted by the Standing Committee of the 15th Beijing Municipal People’s Congress at its 20th meeting on March 27, 2020, is hereby promulgated and shall come into force as of April 28, 2020.',
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://taowenge.com/d-72180366.html',
        title: 'taowenge.com (document copy)',
        quote:
          '北京市优化营商环境条例(2020年3月27日北京市 第十五届人民代表大会常务 委员会第二十次会议通过',
        supports: ['nameZh', 'kind', 'adopted'],
      },
    ],
  },
  // ───────────── Shanghai business environment regulations (2020) ─────────────
  {
    id: 'document:shanghai-optimizing-business-environment-regulations',
    name: 'Regulations of Shanghai Municipality on Optimizing Doing Business Environment',
    nameZh: '上海市优化营商环境条例',
    aliases: ['Regulations of Shanghai on Optimizing Business Environment'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shanghai-people-s-congress-standing-committee'],
    adopted: '2020-04-10',
    effective: '2020-04-10',
    amended: ['2021-10-28', '2023-11-22'],
    summary:
      "Shanghai's business environment law (eight chapters, 80 articles) made under the State Council's business environment regulation: market environment, government services, public services, regulation and law enforcement.",
    relations: [{ type: 'based_on', target: 'document:regulations-on-optimizing-business-environment', source: 0 }],
    sources: [
      {
        url: 'https://sthj.sh.gov.cn/english1430/20210525/be6c9f7254ba48d79f936d06bbf09bef.html',
        title: 'Shanghai Municipal Bureau of Ecology and Environment (English)',
        quote:
          'Shanghai has formulated the Regulations of Shanghai Municipality on Optimizing Doing Business Environment. The “Regulations” are formulated in light of the reality of this Municipality, and in strict accordance with the requirements of the Regulations on Optimizing Business Environment (Decree of the State Council of the People\'s Republic of China (No. 722)), expanding the scope of matters covered and setting higher standards. The “Regulations” have eight chapters and 80 articles, including General Provisions, Market Environment, Government Services, Public Services, Regulation and Law Enforcement, Safeguard by Rule of Law, Legal Liability, and Supplementary Provisions',
        supports: ['name', 'summary', 'relations'],
      },
      {
        url: 'https://sthj.sh.gov.cn/english1430/20210525/be6c9f7254ba48d79f936d06bbf09bef.html',
        title: 'Shanghai Municipal Bureau of Ecology and Environment (English)',
        quote: 'The “Regulations” were approved by the Shanghai Municipal People’s Congress on April 10, 2020, and came into force on the same day.',
        supports: ['kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'https://global.chinadaily.com.cn/m/shanghai/jiading/2020-04/21/content_37535479.htm',
        title: 'China Daily',
        quote:
          "(Adopted at the 20th Routine Meeting of the Standing Committee of the 15th Shanghai Municipal People's Congress on April 10, 2020)",
        supports: ['kind', 'issuers', 'adopted'],
      },
      {
        url: 'https://grandwaylaw.com/en/Legalupdate/4255.html',
        title: 'Grandway Law Offices',
        quote:
          'On November 23, 2023, Shanghai Municipal People’s Congress released the Decision on Revising the Regulations of Shanghai on Optimizing Business Environment (the “Decision”), to be effective on December 1, 2023.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.xcfz.org.cn/cms/show-146506.html',
        title: '乡村发展网 (观点网)',
        quote:
          '11月22日,上海市十六届人大常委会第八次会议表决通过《上海市人民代表大会常务委员会关于修改<上海市优化营商环境条例>的决定》,将于2023年12月1日起施行。\n据了解,2020年4月10日,上海市人大常委会审议通过《上海市优化营商环境条例》(以下简称条例),2021年10月28日,根据国家最新要求,上海及时对条例作了修正,此次是第二次修正。',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'amended'],
      },
    ],
  },
  // ───────────── Shenzhen SEZ business environment regulations (2020) ─────────────
  {
    id: 'document:shenzhen-sez-optimizing-business-environment-regulations',
    name: 'Regulations of the Shenzhen Special Economic Zone on Improving Business Environment',
    nameZh: '深圳经济特区优化营商环境条例',
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shenzhen-people-s-congress-standing-committee'],
    adopted: '2020-10-29',
    effective: '2021-01-01',
    summary:
      "Shenzhen's business environment law (nine chapters, 130 articles): market entities over their life cycle, government services, financing, standardised supervision and the protection of rights and interests.",
    sources: [
      {
        url: 'https://fgw.sz.gov.cn/ztzl/qtztzl/szyshj/content/post_8942868.html',
        title: 'Shenzhen Municipal Development and Reform Commission (bilingual text)',
        quote:
          'Regulations of the Shenzhen Special Economic Zone on Improving Business Environment\n目 录\n第一章 总则\nChapter I General Provisions\n第二章 市场主体\nChapter II Market Entities\n第三章 政务服务\nChapter III Government Services\n第四章 经营环境\nChapter IV Business Environment\n第五章 融资便利\nChapter V Financing Facilitation\n第六章 规范监管\nChapter VI Standardized Supervision\n第七章 权益保障\nChapter VII Rights Protection',
        supports: ['name', 'summary'],
      },
      {
        url: 'http://zhtax.cn/?news/newsview/66701/ShenChouShiDiLiuJieRenMinDaiBiaoDaHuiChang',
        title: 'zhtax.cn (announcement copy)',
        quote: '深圳市第六届人民代表大会常务委员会公告第二一九号深圳经济特区优化营商环境条例',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://xypdian.cn/docs/69.html',
        title: 'xypdian.cn (深圳市市场监督管理局 copy)',
        quote:
          '《深圳經(jīng)濟特區(qū)優(yōu)化營商環(huán)境條例》經(jīng)深圳市第六屆人民代表大會常務(wù)委員會第四十五次會議于2020年10月29日通過,現(xiàn)予公布,自2021年1月1日起施行。',
        supports: ['kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.eyeshenzhen.com/content/2020-12/29/content_23847871.htm',
        title: 'EyeShenzhen (Shenzhen Daily)',
        quote:
          'The city’s recently enacted regulations on optimizing the business environment will become effective Jan. 1, 2021 … The new set of regulations is comprised of nine chapters and 130 clauses in six areas, which include focusing on the key links in the life cycle of market entities, providing efficient and convenient government services',
        supports: ['effective', 'summary'],
      },
    ],
  },
  // ───────────── Pudong driverless intelligent connected vehicle provisions (2022) ─────────────
  {
    id: 'document:pudong-driverless-intelligent-connected-vehicles-provisions',
    name: 'Provisions of Pudong New Area of Shanghai Municipality on Promoting the Innovative Application of Driverless Intelligent Connected Vehicles',
    nameZh: '上海市浦东新区促进无驾驶人智能网联汽车创新应用规定',
    aliases: ['Regulations on Promoting Innovative Application of Driverless Intelligent Networked Automobile in Pudong New Area of Shanghai'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shanghai-people-s-congress-standing-committee'],
    adopted: '2022-11-23',
    summary:
      'A Pudong New Area law that lets intelligent connected vehicles with no driver or safety officer on board be road-tested, demonstrated and operated commercially on designated roads in Pudong.',
    sources: [
      {
        url: 'https://english.shanghai.gov.cn/en-LocalRules/20240920/a00d11955e30489895606e8f9900dda0.html',
        title: 'Shanghai Municipal People’s Government (English) — local rules',
        quote:
          "Provisions of Pudong New Area of Shanghai Municipality on Promoting the Innovative Application of Driverless Intelligent Connected Vehicles\n(November 23,2022)\nNo.141\n(Adopted at the 46th Session of the Standing Committee of the 15th Shanghai People's Congress on November 23, 2022 )",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted'],
      },
      {
        url: 'https://english.shanghai.gov.cn/en-LocalRules/20240920/a00d11955e30489895606e8f9900dda0.html',
        title: 'Shanghai Municipal People’s Government (English) — local rules',
        quote:
          'These Provisions shall apply to the innovative application activities such as road testing, demonstration application, demonstration operation and commercial operation of driverless intelligent connected vehicles in the designated road sections and areas within the administrative region of Pudong New Area … The term “driverless intelligent connected vehicle” in these Provisions means the intelligent connected vehicle with no driver or test safety officer in the vehicle.',
        supports: ['summary'],
      },
      {
        url: 'http://english.sheitc.sh.gov.cn/news/695227.htm',
        title: 'Shanghai Municipal Commission of Economy and Informatization (English)',
        quote:
          'Shanghai formulated and promulgated the Regulations on Promoting Innovative Application of Driverless Intelligent Networked Automobile in Pudong New Area of Shanghai, which cleared the institutional obstacles for innovative application of driverless intelligent networked automobile.',
        supports: ['aliases'],
      },
      {
        url: 'http://koukouw.cn/a/yuancheng/2023/0708/22387.html',
        title: 'koukouw.cn (中新社)',
        quote:
          '依托《上海市浦东新区促进无驾驶人智能网联汽车创新应用规定》立法成果,临港新片区管委会在当日现场发布了《中国(上海)自由贸易试验区临港新片区促进无驾驶人智能网联汽车创新应用实施细则》',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Hangzhou intelligent connected vehicle testing and application regulations (2023) ─────────────
  {
    id: 'document:hangzhou-intelligent-connected-vehicle-testing-application-regulations',
    name: 'Regulations on Promotion of the Testing and Application of Intelligent Connected Vehicles in Hangzhou City',
    nameZh: '杭州市智能网联车辆测试与应用促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2023-12-29',
    effective: '2024-05-01',
    summary:
      "Hangzhou's law regulating and promoting road testing and innovative application of intelligent connected vehicles (connected cars and functional unmanned vehicles).",
    sources: [
      {
        url: 'https://hzdaily.hangzhou.com.cn/dskb/2024/04/25/article_detail_2_20240425C023.html',
        title: 'Hangzhou Daily (English)',
        quote:
          'The recently approved "The Regulations on Promotion of the Testing and Application of Intelligent Connected Vehicles (ICVs) in Hangzhou City" by Zhejiang Provincial People\'s Congress will take effect on May 1, 2024.',
        supports: ['name', 'kind', 'status', 'effective'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%9D%AD%E5%B7%9E%E5%B8%82%E6%99%BA%E6%85%A7%E5%9E%8B%E7%B6%B2%E8%81%AF%E8%BB%8A%E8%BC%9B%E6%B8%AC%E8%A9%A6%E8%88%87%E5%A5%97%E7%94%A8%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/63903687',
        title: 'newton.com.tw (wiki)',
        quote:
          '(2023年12月29日杭州市第十四屆人民代表大會常務委員會第十五次會議通過 2024年3月29日浙江省第十四屆人民代表大會常務委員會第九次會議批准)\n第一條 為了規範和促進智慧型網聯車輛道路測試、創新套用活動,維護道路交通安全,支持技術創新,推動產業高質量發展',
        supports: ['kind', 'adopted', 'summary'],
      },
      {
        url: 'http://www.mainepantry.com/hznews/44659.html',
        title: 'mainepantry.com (浙江网 copy)',
        quote:
          '杭州市智能網聯車輛測試與應用促進條例\n\n2024-04-17 09:05:38\n\n(2023年12月29日杭州市第十四屆人民代表大會常務委員會第十五次會議通過  2024年3月29日浙江省第十四屆人民代表大會常務委員會第九次會議批準) … 本條例所稱智能網聯車輛,包括智能網聯汽車和功能型無人車。',
        supports: ['nameZh', 'kind', 'adopted', 'summary'],
      },
      {
        url: 'https://www.hangzhou.gov.cn/art/2025/6/11/art_1229063382_1851892.html',
        title: 'Hangzhou Municipal People’s Government',
        quote:
          '为规范智能网联车辆创新应用,推动新质生产力发展,根据《杭州市智能网联车辆测试与应用促进条例》(以下简称《促进条例》)',
        supports: ['nameZh', 'status'],
      },
    ],
  },
  // ───────────── Jilin social credit regulations (2021) ─────────────
  {
    id: 'document:jilin-social-credit-regulations',
    name: 'Jilin Province Social Credit Regulations',
    nameZh: '吉林省社会信用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-09-28',
    effective: '2022-01-01',
    summary:
      "Jilin's law on social credit: the collection, sharing, disclosure and use of social credit information, rewards for trustworthiness and punishments for untrustworthiness, credit subjects' rights and the credit services industry.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/%E5%90%89%E6%9E%97%E7%9C%81%E7%A4%BE%E4%BC%9A%E4%BF%A1%E7%94%A8%E6%9D%A1%E4%BE%8B/',
        title: 'China Law Translate',
        quote:
          "Jilin Province Social Credit Regulations\n\n(2021年9月28日吉林省第十三届人民代表大会常务委员会第三十次会议通过) … Article 2: These Regulations apply to activities in this province's administrative region such as the aggregation, collection, sharing, disclosure, querying, and use of Social Credit Information; rewards for trustworthiness and punishments for untrustworthiness; the protection of credit subjects' rights and interests; and the regulation and management of the credit services industry",
        supports: ['name', 'kind', 'adopted', 'summary'],
      },
      {
        url: 'http://xinyong12345.com/a/zhengcefagui/difangfagui/2021/1102/331.html',
        title: 'xinyong12345.com (吉林人大网)',
        quote:
          '吉林省第十三届人民代表大会\n\n常务委员会公告\n\n第73号\n\n  《吉林省社会信用条例》经吉林省第十三届人民代表大会常务委员会第三十次会议于2021年9月28日通过,现予公布,自2022年1月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────── Xinjiang social credit regulations (2024) ─────────────
  {
    id: 'document:xinjiang-social-credit-regulations',
    name: 'Xinjiang Uyghur Autonomous Region Social Credit Regulations',
    nameZh: '新疆维吾尔自治区社会信用条例',
    aliases: ['Xinjiang Social Credit Regulations'],
    kind: 'local_regulation',
    status: 'final',
    adopted: '2024-03-31',
    promulgated: '2024-04-02',
    effective: '2024-10-01',
    summary:
      "Xinjiang's law on the social credit system: the management and use of social credit information and the protection of credit subjects' rights and interests.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/xj-sc-regs/',
        title: 'China Law Translate',
        quote:
          "Xinjiang Social Credit Regulations\n\nPromulgation Date: 2024-4-2\nTitle: Xinjiang Uyghur Autonomous Region Social Credit Regulations\nDocument Number:\nExpiration date: \nPromulgating Entities: Standing Committee of the Xinjiang Uygur Autonomous Region People's Congress … Chapter II: Establishment of the Social Credit System\n\nChapter III: Management of Social Credit Information\n\nChapter IV: Use of Social Credit information\n\nChapter V: Protections for the Rights and Interests of Credit Subjects",
        supports: ['name', 'aliases', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%96%B0%E7%96%86%E7%B6%AD%E5%90%BE%E7%88%BE%E8%87%AA%E6%B2%BB%E5%8D%80%E7%A4%BE%E6%9C%83%E4%BF%A1%E7%94%A8%E6%A2%9D%E4%BE%8B/64233263',
        title: 'newton.com.tw (wiki)',
        quote:
          '新疆維吾爾自治區第十四屆人民代表大會常務委員會公告\n(第24號)\n《新疆維吾爾自治區社會信用條例》已由新疆維吾爾自治區第十四屆人民代表大會常務委員會第九次會議於2024年3月31日通過,現予公布,自2024年10月1日起施行。\n特此公告。\n新疆維吾爾自治區人民代表大會常務委員會\n2024年4月2日',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────── Guizhou government data sharing and opening regulations (2020) ─────────────
  {
    id: 'document:guizhou-government-data-sharing-and-opening-regulations',
    name: 'Regulations on Sharing Government Data in Guizhou Province',
    nameZh: '贵州省政府数据共享开放条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2020-09-25',
    effective: '2020-12-01',
    summary:
      "Guizhou's law on the sharing of government data between administrative organs and its opening to citizens and organisations, to build the data element market and improve public services.",
    sources: [
      {
        url: 'https://en.prnasia.com/releases/global/guizhou-brings-big-data-industry-under-law-based-governance-319404.shtml',
        title: 'PR Newswire Asia (China SCIO transcript)',
        quote:
          "in 2016, we released China's first local law on big data, the Regulations on Promoting Big Data Development and Application in Guizhou Province, and later introduced the Regulations on Safeguarding Big Data Security in Guizhou Province, and the Regulations on Sharing Government Data in Guizhou Province.",
        supports: ['name', 'kind'],
      },
      {
        url: 'http://cbdio.com/BigData/2020-10/21/content_6161008.htm',
        title: '中国大数据产业观察网 (cbdio.com)',
        quote:
          '贵州省政府数据共享开放条例\n\n(2020年9月25日贵州省第十三届人民代表大会常务委员会第十九次会议通过) … 第一条 为了推动政府数据共享开放,加快政府数据汇聚、融通、应用,培育发展数据要素市场,提升政府社会治理能力和公共服务水平,促进经济社会发展',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E8%B2%B4%E5%B7%9E%E7%9C%81%E6%94%BF%E5%BA%9C%E6%95%B8%E6%93%9A%E5%85%B1%E4%BA%AB%E9%96%8B%E6%94%BE%E6%A2%9D%E4%BE%8B',
        title: 'newton.com.tw (wiki)',
        quote: '中文名:貴州省政府數據共享開放條例\n  • 外文名:Regulations of Guizhou provincial government on open data sharing\n  • 頒布時間:2020年9月25日\n  • 實施時間:2020年12月1日',
        supports: ['nameZh', 'effective'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E8%B2%B4%E5%B7%9E%E7%9C%81%E6%94%BF%E5%BA%9C%E6%95%B8%E6%93%9A%E5%85%B1%E4%BA%AB%E9%96%8B%E6%94%BE%E6%A2%9D%E4%BE%8B',
        title: 'newton.com.tw (wiki)',
        quote: '本條例所稱的政府數據共享,是指行政機關因履行職責需要使用其他行政機關政府數據和為其他行政機關提供政府數據的行為。\n本條例所稱的政府數據開放,是指行政機關面向公民、法人或者其他組織依法提供政府數據的行為。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guizhou big data security protection regulations (2019) ─────────────
  {
    id: 'document:guizhou-big-data-security-protection-regulations',
    name: 'Regulations on Big Data Security Protection of Guizhou Province',
    nameZh: '贵州省大数据安全保障条例',
    aliases: ['Regulations on Safeguarding Big Data Security in Guizhou Province'],
    kind: 'local_regulation',
    status: 'final',
    adopted: '2019-08-01',
    effective: '2019-10-01',
    summary:
      "China's first regional regulation on big data security: it sets big data security responsibilities and systems of protection organisation, prevention, supervision and emergency response, under the Cybersecurity Law.",
    sources: [
      {
        url: 'https://eng.yidaiyilu.gov.cn/DigitalValley/DigitalValley/InvestmentAttraction/107689.htm',
        title: 'Belt and Road Portal',
        quote:
          "Updated: October 25, 2019 Source: Belt and Road Portal … China’s first regional regulation on big data security protection of Regulations on Big Data Security Protection of Guizhou Province (hereinafter referred to as the Regulations) was formally put into practice on October 1 … The Regulations include the eight major systems of protection organization system, preventive protection system, regulatory protection system, emergency response system",
        supports: ['name', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://en.prnasia.com/releases/global/guizhou-brings-big-data-industry-under-law-based-governance-319404.shtml',
        title: 'PR Newswire Asia (China SCIO transcript)',
        quote:
          "and later introduced the Regulations on Safeguarding Big Data Security in Guizhou Province, and the Regulations on Sharing Government Data in Guizhou Province.",
        supports: ['aliases'],
      },
      {
        url: 'https://zh.wikisource.org/wiki/%E8%B4%B5%E5%B7%9E%E7%9C%81%E5%A4%A7%E6%95%B0%E6%8D%AE%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E6%9D%A1%E4%BE%8B',
        title: 'Wikisource (维基文库)',
        quote:
          '贵州省大数据安全保障条例 制定机关:贵州省人民代表大会常务委员会 |\n|\n贵州省大数据安全保障条例\n(2019年8月1日贵州省第十三届人民代表大会常务委员会第十一次会议通过) … 第一条 为了保障大数据安全和个人信息安全,明确大数据安全责任,促进大数据发展应用,根据《中华人民共和国网络安全法》和有关法律、法规的规定,结合本省实际,制定本条例。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'summary', 'relations'],
      },
    ],
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 2 }],
  },
  // ───────────── Guiyang government data sharing and opening regulations (2017) ─────────────
  {
    id: 'document:guiyang-government-data-sharing-and-opening-regulations',
    name: 'Regulations on Government Data Sharing and Opening of Guiyang',
    nameZh: '贵阳市政府数据共享开放条例',
    kind: 'local_regulation',
    status: 'final',
    effective: '2017-05-01',
    summary:
      "China's first local law on government data sharing and opening: management, departmental duties, platforms, the boundaries of sharing and opening, supervision and the security of government data in Guiyang.",
    sources: [
      {
        url: 'https://eng.yidaiyilu.gov.cn/p/91266.html',
        title: 'Belt and Road Portal',
        quote:
          'On April 11, 2017, the Standing Committee of the People’s Congress of Guiyang held a press conference to announce that the Regulations on Government Data Sharing and Opening of Guiyang (hereinafter referred to as the “Regulations”) would come into effect on May 1, 2017. This is the first local regulation of government data sharing and opening in China … It also regulates the management mechanism, department responsibilities, platform construction and maintenance, collection and convergence, boundaries of sharing and opening and the specific requirements in usage, supervision and management, and security of government data sharing and opening.',
        supports: ['name', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://scholarmate.com/S/aZNJGt',
        title: 'scholarmate.com (journal abstract)',
        quote:
          '为规范政府数据共享,在《贵阳市政府数据共享开放条例》《贵阳市政府数据共享开放实施办法》《贵阳市政府数据共享开放考核暂行办法》立法探索基础上',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Hunan social credit regulations (2022) ─────────────
  {
    id: 'document:hunan-social-credit-regulations',
    name: 'Hunan Provincial Social Credit Regulations',
    nameZh: '湖南省社会信用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-05-26',
    effective: '2022-09-01',
    summary:
      "Hunan's first local regulation on building the social credit system.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/hunan-social-credit/',
        title: 'China Law Translate',
        quote:
          'The "Hunan Provincial Social Credit Regulations" were adopted at the 31st meeting of the Standing Committee of the Thirteenth People\'s Congress of Hunan Province on May 26, 2022, and are hereby promulgated, to come into force on September 1, 2022.',
        supports: ['name', 'kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'http://m.bqcyf.com/tsg/info/1061/3980.htm',
        title: 'bqcyf.com (library news)',
        quote:
          '2022年5月26日,湖南省第十三屆人大常務(wù)委員會第三十一次會議通過《條例》,2022年9月1日起正式施行。是湖南省第一部關(guān)于社會信用建設(shè)的地方性法規(guī)',
        supports: ['kind', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://m.bqcyf.com/tsg/info/1061/3980.htm',
        title: 'bqcyf.com (library news)',
        quote: '9月30日下午,圖書館組織全館職工分部門集中學(xué)習(xí)了《湖南省社會信用條例》',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Zhejiang e-commerce regulation (2021) ─────────────
  {
    id: 'document:zhejiang-e-commerce-regulation',
    name: 'Regulation of Zhejiang Province on E-commerce',
    nameZh: '浙江省电子商务条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-09-29',
    effective: '2022-03-01',
    summary:
      'Zhejiang’s provincial e-commerce regulation, made under the E-Commerce Law; among other things it bars operators from using big data analysis or algorithms to treat consumers with the same transaction conditions differently on price.',
    relations: [{ type: 'based_on', target: 'document:e-commerce-law', source: 1 }],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-passes-first-local-e-commerce-legislation',
        title: 'China Justice Observer',
        quote:
          'On 29 Sept. 2021, the Standing Committee of the 13th Zhejiang Provincial People\'s Congress passed the “Regulation of Zhejiang Province on E-commerce” (referred to as the “Regulation”, 浙江省电子商务条例), which will take effect on 1 Mar. 2022. … E-commerce business operators shall not make use of technical means such as big data analysis or algorithms to implement unreasonable differential treatment for consumers with the same transaction conditions in terms of transaction price etc.',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.sh1j2.com/cj/content/2021-10/12/content_8740284.htm',
        title: 'sh1j2.com (announcement copy)',
        quote:
          '浙江省第十三屆人民代表大會常務委員會公告第57號\n《浙江省電子商務條例》已于2021年9月29日經(jīng)浙江省第十三屆人民代表大會常務委員會第三十一次會議通過,現(xiàn)予公布,自2022年3月1日起施行。 … 根據(jù)《中華人民共和國電子商務法》和其他有關法律、行政法規(guī),結(jié)合本省實際,制定本條例。',
        supports: ['kind', 'adopted', 'effective', 'relations'],
      },
    ],
  },
  // ───────────── Beijing international science and technology innovation centre regulation (2024) ─────────────
  {
    id: 'document:beijing-international-science-technology-innovation-center-regulation',
    name: 'Regulation on the Construction of the Beijing International Science and Technology Innovation Center',
    nameZh: '北京国际科技创新中心建设条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2024-01-25',
    effective: '2024-03-01',
    summary:
      "Beijing's framework law (seven chapters, 76 articles) for building an international science and technology innovation centre: strategic planning and layout, innovators and innovation activities, talent, the innovation ecosystem and international cooperation.",
    sources: [
      {
        url: 'https://desk33.com/d-1218261.html',
        title: 'desk33.com (bilingual document copy)',
        quote:
          "北京国际科技创新中心建设条例RegulationontheConstructionoftheBeijingInternationalScienceandTechnologyInnovationCenter制定机关:北京市人大(含常委会)发文字号:北京市人民代表大会公告第1号公布日期:2024.01.25施行日期:2024.03.01效力位阶:省级地方性法规",
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'http://stock.hexun.com/2024-01-25/211760227.html',
        title: '和讯网 (Hexun)',
        quote:
          '北京市第十六届人民代表大会第二次会议于1月25日通过了《北京国际科技创新中心建设条例》。此条例共分为七章七十六条,包括总则、战略规划与建设布局、创新主体与创新活动、创新人才、创新生态、国际开放合作、附则等七个部分。',
        supports: ['nameZh', 'kind', 'summary'],
      },
    ],
  },
  // ───────────── Chongqing social credit regulations (2021) ─────────────
  {
    id: 'document:chongqing-social-credit-regulations',
    name: 'Chongqing Municipal Social Credit Regulations',
    nameZh: '重庆市社会信用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-05-27',
    summary:
      "Chongqing's basic law on credit: the credit environment, collection and disclosure of credit information, its use, safeguards for credit subjects' rights and the regulation of credit services, with cybersecurity, data security and personal information rules applying to credit data.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/%E9%87%8D%E5%BA%86%E5%B8%82%E7%A4%BE%E4%BC%9A%E4%BF%A1%E7%94%A8%E6%9D%A1%E4%BE%8B/',
        title: 'China Law Translate',
        quote:
          "Chongqing Municipal Social Credit Regulations\n\n(2021年5月27日重庆市第五届人民代表大会常务委员会第二十六次会议通过) … Chapter II: The Establishment of a Credit Environment\n\nChapter III: The Collection and Disclosure of Credit Information\n\nChapter IV: The Use of Credit information\n\nChapter V: Safeguards for Credit Subjects' Rights and Interests\n\nChapter VI: Regulation of Credit Services",
        supports: ['name', 'kind', 'adopted', 'summary'],
      },
      {
        url: 'http://cqlp.gov.cn/jtj/zwgk_28970/zcwj/qtwj/202412/t20241218_13902431.html',
        title: 'Chongqing Liangping District Government',
        quote:
          '重庆市社会信用条例\n(2021年5月27日重庆市第五届人民代表大会常务委员会第二十六次会议通过) … 社会信用信息的归集、采集、保存、整理、查询、开放和应用等应当严格执行法律、行政法规中有关网络安全、数据安全、个人信息保护和未成年人保护的规定。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Zhejiang public credit information regulations (2017) ─────────────
  {
    id: 'document:zhejiang-public-credit-information-management-regulations',
    name: 'Zhejiang Provincial Regulations on the Management of Public Credit Information',
    nameZh: '浙江省公共信用信息管理条例',
    aliases: ['Zhejiang Province Regulations on Managing Public Credit Information'],
    kind: 'local_regulation',
    status: 'final',
    summary:
      "Zhejiang's law on the collection, disclosure and use of public credit information produced by state organs and other public bodies, with incentives for creditworthiness and punishments for breaches of trust.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/zhejiang-provincial-regulations-on-the-management-of-public-credit-information/',
        title: 'China Law Translate',
        quote:
          'Zhejiang Provincial Regulations on the Management of Public Credit Information … Article 1: These regulations are formulated on the basis of relevant laws, administrative regulations, and State Council provisions, together with that actual conditions of the Province, so as to standardize the accumulation, disclosure, and use of public credit information, and to incentivize creditworthiness and punish those who break credit',
        supports: ['name', 'summary'],
      },
      {
        url: 'http://china-social-credit.com/2017/10/zhejiang-province-regulations-managing-public-credit-information/',
        title: 'china-social-credit.com (translation)',
        quote:
          'Zhejiang Province Regulations on Managing Public Credit Information … The public credit information in the present Regulations refers to data and materials on the credit status of natural persons, legal persons and unincorporated organizations with full civil capacity (hereinafter referred to as information subjects) produced during the performance of their functions by state institutions',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%B5%99%E6%B1%9F%E7%9C%81%E5%85%AC%E5%85%B1%E4%BF%A1%E7%94%A8%E4%BF%A1%E6%81%AF%E7%AE%A1%E7%90%86%E6%A2%9D%E4%BE%8B/22711587',
        title: 'newton.com.tw (wiki)',
        quote:
          '浙江省公共信用信息管理條例\n目 錄\n第一章 總 則\n第二章 信息歸集與披露\n第三章 激勵與懲戒\n第四章 信息主體的權益保護 … 第二條 本省行政區域內公共信用信息的歸集、披露、使用及其管理活動,適用本條例。',
        supports: ['nameZh', 'kind', 'status'],
      },
    ],
  },
  // ───────────── Hubei social credit information regulations (2017) ─────────────
  {
    id: 'document:hubei-social-credit-information-management-regulations',
    name: 'Hubei Provincial Social Credit Information Management Regulations',
    nameZh: '湖北省社会信用信息管理条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2017-03-30',
    effective: '2017-07-01',
    summary:
      "Hubei's regulations on the aggregation, disclosure and use of social credit information in the province, and on its management.",
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/hubei-provincial-social-credit-information-management-regulations-revised-draft-for-solicitation-of-public-comments/',
        title: 'China Law Translate (draft)',
        quote:
          'In order to further promote scientific lawmaking and democratic lawmaking, and to increase the quality of local legislations, the "Hubei Provincial Social Credit Information Management Regulations (Revised Draft)" is hereby released to publicly solicit opinion from the society.',
        supports: ['name'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/hubei-social-credit-information-management-regulations/',
        title: 'China Law Translate',
        quote:
          "(Passed on March 30, 2017 by the 27th Meeting of the Standing Committee of the 12th Hubei Provincial People's Congress) … Article 2: These Regulations apply to the aggregation, disclosure, and use of Social Credit Information, and the management activities thereof, within the administrative region of this Province.",
        supports: ['kind', 'status', 'adopted', 'summary'],
      },
      {
        url: 'http://law.foodmate.net/show-190737.html',
        title: 'foodmate.net (法规库)',
        quote:
          '湖北省社会信用信息管理条例 … 发布单位\n湖北省人民代表大会常务委员会\n湖北省人民代表大会常务委员会\n发布文号 湖北省人民代表大会常务委员会公告第214号\n发布日期 2017-03-30 生效日期 2017-07-01\n有效性状态 废止日期 暂无\n属性 地方性法规',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'http://jtj.wuhan.gov.cn/zwgk/zcfg/bmgfwj/202111/t20211119_1854563.shtml',
        title: 'Wuhan Municipal Transport Bureau',
        quote: '国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见(国办发〔202049号)、《湖北省社会信用信息管理条例》等规定,结合我市交通运输实际,制定本办法。',
        supports: ['nameZh', 'status'],
      },
    ],
  },
  // ───────────── Wuhan public credit information measures (2016) ─────────────
  {
    id: 'document:wuhan-public-credit-information-management-measures',
    name: 'Measures of Wuhan Municipality for the Management of Public Credit Information',
    nameZh: '武汉市公共信用信息管理办法',
    kind: 'local_government_rule',
    status: 'final',
    adopted: '2016-06-12',
    promulgated: '2016-07-20',
    effective: '2016-09-01',
    summary:
      'Wuhan government rules (Order No. 272) on the collection, disclosure, use and supervision of public credit information in the municipality.',
    sources: [
      {
        url: 'http://english.wh.gov.cn/zfgz/201801/t20180102_170523.html',
        title: 'Wuhan Municipal People’s Government (English)',
        quote:
          'No. 272 Order of Wuhan Municipal People’s Government … It is hereby promulgated that the Measures of Wuhan Municipality for the Management of Public Credit Information have been adopted at the 176th Executive Meeting of Wuhan Municipal People’s Government on June 12, 2016, and shall be implemented as of September 1, 2016. \n\n  \n\n  \n\nMayor:   Wan Yong \n\nJuly 20, 2016 … Article 2   These Measures are applicable to the collection, disclosure, use and supervision of public credit information within the administrative areas of this Municipality.',
        supports: ['name', 'kind', 'status', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://wuhan.baogaosu.com/xinwen/%E6%AD%A6%E6%B1%89%E5%B8%82%E5%85%AC%E5%85%B1%E4%BF%A1%E7%94%A8%E4%BF%A1%E6%81%AF%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95%E8%A7%A3%E8%AF%BB/49424579',
        title: 'baogaosu.com (《武汉市公共信用信息管理办法》解读)',
        quote:
          '《武汉市公共信用信息管理办法》(以下简称《办法》)已经2016年6月12日市人民政府第176次常务会议审议通过,市政府令第272号颁布,自2016年9月1日起施行。',
        supports: ['nameZh', 'kind', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────── Guangzhou government affairs information sharing regulations (2019) ─────────────
  {
    id: 'document:guangzhou-government-affairs-information-sharing-regulations',
    name: 'Regulations on the Administration of Sharing of Government Affairs Information in Guangzhou',
    nameZh: '广州市政务信息共享管理规定',
    kind: 'local_government_rule',
    status: 'final',
    adopted: '2018-12-06',
    promulgated: '2019-04-10',
    effective: '2019-07-01',
    summary:
      'Guangzhou government rules (Decree No. 165) on sharing government affairs information between municipal departments, with sharing as the rule and non-sharing the exception, through a government information sharing platform.',
    sources: [
      {
        url: 'https://www.gz.gov.cn/guangzhouinternational/businessenvironmentoptimization/policies/content/post_5799452.html',
        title: 'Guangzhou Municipal People’s Government (English)',
        quote:
          'Regulations on the Administration of Sharing of Government Affairs Information in Guangzhou\n\n  Decree No. 165 of Guangzhou Municipal People’s Government\n\n \n\n  The Regulations on the Administration of Sharing of Government Affairs Information in Guangzhou has been deliberated and adopted at the 59th Executive Meeting of the 15th Municipal Government on December 6, 2018. It is hereby promulgated and shall come into force as of July 1, 2019.\n\n\n  Mayor Wen Guohui\n\n  April 10, 2019',
        supports: ['name', 'kind', 'status', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://gxj.gz.gov.cn/zw/zfxxgkml/xxgkml/gzsgyhxxhfggzjzcwj/content/post_7393189.html',
        title: 'Guangzhou Municipal Bureau of Industry and Information Technology',
        quote:
          '广州市人民政府令\n第165号\n《广州市政务信息共享管理规定》已经2018年12月6日市政府第15届59次常务会议审议通过,现予公布,自2019年7月1日起施行。\n市长:温国辉\n2019年4月10日 … 第四条 政务信息共享应当遵循以下原则:\n(一)以共享为原则,不共享为例外。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
];

/** English renderings pages use for local laws the graph already holds. */
export const OTHER_NAMES_LOCAL_22: CoreOtherNames[] = [
  {
    id: 'document:guizhou-big-data-development-and-application-promotion-regulations',
    aliases: ['Regulations on Promoting Big Data Development and Application in Guizhou Province'],
    sources: [
      {
        url: 'https://en.prnasia.com/releases/global/guizhou-brings-big-data-industry-under-law-based-governance-319404.shtml',
        title: 'PR Newswire Asia (China SCIO transcript)',
        quote:
          "To bring the big data industry under law-based governance, in 2016, we released China's first local law on big data, the Regulations on Promoting Big Data Development and Application in Guizhou Province",
        supports: ['aliases'],
      },
    ],
  },
];
