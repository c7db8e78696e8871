/**
 * Curated core layer: further national laws (法律) that pages on China cite and the graph lacked —
 * the laws on procurators and civil servants, family education, persons with disabilities and the
 * elderly, asset appraisal, notarization and people's mediation, occupational diseases, special
 * equipment, farm produce quality, sports, rural revitalization, urban and rural planning, mineral
 * resources, passports, national defence mobilization, domestic violence and intangible cultural
 * heritage. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_LAWS_24B: CoreInstrument[] = [
  // ───────────────────────── Procurators Law (1995, revised 2019) ─────────────────────────
  {
    id: 'document:procurators-law',
    name: 'Procurators Law',
    nameZh: '检察官法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-02-28',
    amended: ['2001-06-30', '2017-09-01', '2019-04-23'],
    summary:
      'Governs procurators: their duties, obligations and rights, qualifications and selection, appointment and removal, management, appraisal, awards and discipline.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3412456-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Procurators Law of the People's Republic of China (Revised in 2019) … (Adopted at the 12th Session of the Standing Committee of the 8th National People's Congress on February 28, 1995; amended for the first time … on June 30, 2001; amended for the second time … on September 1, 2017; revised at the 10th Session of the Standing Committee of the 13th National People's Congress of the People's Republic of China on April 23, 2019)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://ko.chinajusticeobserver.com/law/x/procurators-law-20190423/chn',
        title: 'China Justice Observer – China Laws Portal',
        quote: '中华人民共和国 检察官 法\n(1995年2月28日第八届全国人民代表大会常务委员会第十二次会议通过',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3412456-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Chapter II Functions and Duties, Obligations and Rights of Prosecutors\nChapter III Qualifications for and Selection of Prosecutors\nChapter IV Appointment and Removal of Procurators\nChapter V Administration of Prosecutors\nChapter VI Appraisal of, Awards for and Punishment of Procurators',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Family Education Promotion Law (2021) ─────────────────────────
  {
    id: 'document:family-education-promotion-law',
    name: 'Family Education Promotion Law',
    nameZh: '家庭教育促进法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-10-23',
    effective: '2022-01-01',
    summary:
      "Makes parents and other guardians primarily responsible for minors' family education, with guidance and support from the state, schools and society.",
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-promulgates-family-education-promotion-law',
        title: 'China Justice Observer',
        quote:
          'On 23 Oct. 2021, the Family Education Promotion Law of the People’s Republic of China (hereinafter “the Family Education Promotion Law”,中华人民共和国家庭教育促进法) was adopted by the Standing Committee of the Thirteenth National People’s Congress, which will come into effect from 1 Jan. 2022. … The law stipulates that parents or other guardians of minors shall assume primary responsibility for the implementation of family education for minors.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.chinaiplawyer.com/tag/family-education-promotion-law/',
        title: 'China IP Lawyer – China Laws and Regulations Update in November 2021',
        quote:
          '1. Family Education Promotion Law\n\nPromulgated by Standing Committee of National People’s Congress\n\nDocument number: No.98 Chinese President Order\n\nPromulgation date: 23 October 2021\n\nImplementation date: 1 January 2022',
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://en.people.cn/n3/2021/1023/c90000-9910672.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          'The law stipulates that parents or other guardians of minors shall be responsible for family education, while the state, schools and society provide guidance, support and services for family education.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Law on the Protection of Persons with Disabilities (1990, revised 2008) ─────────────────────────
  {
    id: 'document:law-on-the-protection-of-persons-with-disabilities',
    name: 'Law on the Protection of Persons with Disabilities',
    nameZh: '残疾人保障法',
    aliases: ['Law on the Protection of Disabled Persons'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1990-12-28',
    amended: ['2008-04-24'],
    summary:
      'Protects the rights and interests of persons with disabilities and forbids discrimination on the basis of disability, with provisions on rehabilitation, education, employment, cultural life, social security and accessibility.',
    sources: [
      {
        url: 'https://regional.chinadaily.com.cn/CDPF/2016-03/01/c_914835.htm',
        title: 'China Disabled Persons’ Federation (China Daily)',
        quote:
          "I hereby promulgate the Law of the People's Republic of China on the Protection of Persons with Disabilities revised at the 2nd Meeting of the Standing Committee of the Eleventh National People's Congress of the People's Republic of China on April 24th, 2008. This Law shall enter into force as of July 1st, 2008. … (Adopted at the 17th Meeting of the Standing Committee of the Seventh National People's Congress on December 28th, 1990, and revised at the 2nd Meeting of the Standing Committee of the Eleventh National People's Congress on April 24th, 2008)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://regional.chinadaily.com.cn/CDPF/2016-03/01/c_914835.htm',
        title: 'China Disabled Persons’ Federation (China Daily)',
        quote:
          'Contents\nChapter 1 General Provisions\nChapter 2 Rehabilitation\nChapter 3 Education\nChapter 4 Employment\nChapter 5 Cultural Life\nChapter 6 Social Security\nChapter 7 Accessible Environment',
        supports: ['summary'],
      },
      {
        url: 'http://dredf.org/legal-advocacy/international-disability-rights/international-laws/china-law-on-the-protection-of-disabled-persons/',
        title: 'DREDF',
        quote:
          'China – Law on the Protection of Disabled Persons … LAW OF THE PEOPLE’ S REPUBLIC\nOF CHINA ON THE PROTECTION OF\nDISABLED PERSONS\n\n(Adopted at the 17th Meeting of the Standing Committee of the\nSeventh National People’s Congress on December 28,1990. )',
        supports: ['aliases', 'issuers', 'adopted'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158803/peoples-republic-of-china-law-of-protection-of-disabled-persons.html',
        title: 'Global-Regulation',
        quote: 'People\'s Republic Of China Law Of Protection Of Disabled Persons\n\nOriginal Language Title: 中华人民共和国残疾人保障法',
        supports: ['nameZh'],
      },
      {
        url: 'https://regional.chinadaily.com.cn/CDPF/2017-07/30/c_914832.htm',
        title: 'China Disabled Persons’ Federation (China Daily)',
        quote: 'Discrimination on the basis of disability shall be prohibited.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Asset Appraisal Law (2016) ─────────────────────────
  {
    id: 'document:asset-appraisal-law',
    name: 'Asset Appraisal Law',
    nameZh: '资产评估法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2016-07-02',
    effective: '2016-12-01',
    summary:
      'Regulates asset appraisal: the assessment by appraisal organisations and their professionals of immovables, movables, intangible assets, enterprise value, asset losses and other economic interests, and the appraisal reports they issue.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?id=22382&lib=law&SearchKeyword=&SearchCKeyword=',
        title: 'PKULaw (Beida Fabao)',
        quote:
          "Asset Appraisal Law of the People's Republic of China [Effective]\n中华人民共和国资产评估法 [现行有效] … The Asset Appraisal Law of the People's Republic of China, as adopted at the 21st Session of the Standing Committee of the Twelfth National People's Congress of the People's Republic of China on July 2, 2016, is hereby issued and shall come into force on December 1, 2016.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/asset-appraisal-law-20160702',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'The Asset Appraisal Law was promulgated in 2016 and entered into force on December 1, 2016. … 1.Asset appraisal means the professional services provided by appraisal organizations and their appraisal professionals as entrusted for assessment and appraisal of immovables, movables, intangible assets, enterprise value, asset losses or other economic interests and issuance of an appraisal report thereto.',
        supports: ['name', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Notarization Law (2005) ─────────────────────────
  {
    id: 'document:notarization-law',
    name: 'Notarization Law',
    nameZh: '公证法',
    aliases: ['Notary Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2005-08-28',
    effective: '2006-03-01',
    amended: ['2015-04-24', '2017-09-01'],
    summary:
      'Governs notarization — the certification by a notary office, on a party’s application, of the authenticity and legality of civil juristic acts, facts of legal significance and documents.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-231542-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Notarization Law of the People's Republic of China, which was adopted at the 17th meeting of the Standing Committee of the 10th National People's Congress of the People's Republic of China on August 28, 2005, is hereby promulgated and shall be in effect from March 1, 2006. … Article 2 Notarization shall means an act performed by a notary office to certify the authenticity and legality of a civil juristic act, a fact of legal significance and a document in accordance with the statutory procedures upon the application of a party concerned.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=67291248ea9a7d9bbdfb&lib=law',
        title: 'PKULaw (Beida Fabao)',
        quote:
          "Notary Law of the People's Republic of China (2017 Amendment) [Effective]\n中华人民共和国公证法(2017修正) [现行有效] … (Adopted at the 17th Session of the Standing Committee of the Tenth National People's Congress of the People's Republic of China on August 28, 2005; amended for the first time … on April 24, 2015; and amended for the second time … on September 1, 2017)",
        supports: ['nameZh', 'aliases', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/notary-law-20170901',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'The Notary Law was promulgated in 2005 and amended in 2015 and 2017 respectively. The latest revision entered into force on January 1, 2018.',
        supports: ['aliases', 'adopted', 'amended'],
      },
    ],
  },
  // ───────────────────────── People's Mediation Law (2010) ─────────────────────────
  {
    id: 'document:peoples-mediation-law',
    name: "People's Mediation Law",
    nameZh: '人民调解法',
    aliases: ["Law on People's Mediation"],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2010-08-28',
    effective: '2011-01-01',
    summary:
      "Sets up people's mediation committees and mediators to settle everyday civil disputes free of charge, and governs the mediation procedure and settlement agreements.",
    sources: [
      {
        url: 'https://chinalawandpractice.com/2011/03/07/prc-peoples-mediation-law',
        title: 'China Law & Practice',
        quote:
          "PRC People's Mediation Law\n\n中华人民共和国人民调解法\n\nThe Law specifies the mediation procedure, and the roles of a people's mediation committee, people's mediator and settlement agreement.\n\nClp Reference: 1450/10.08.28 Promulgated: 2010-08-28 Effective: 2011-01-01\n\n(Adopted at the 16th Session of the Standing Committee of the 11th National People's Congress on August 28 2010 and effective as of January 1 2011.) … Article 4:A people's mediation committee shall not charge any fees for mediating a private dispute.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.loc.gov/law/foreign-news/article/china-new-law-on-mediation/',
        title: 'Library of Congress – Global Legal Monitor',
        quote:
          "China's National People's Congress Standing Committee promulgated the Law on People's Mediation on August 28, 2010; it will be in force as of January 1, 2011.",
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Law on the Prevention and Control of Occupational Diseases (2001) ─────────────────────────
  {
    id: 'document:occupational-disease-prevention-law',
    name: 'Law on the Prevention and Control of Occupational Diseases',
    nameZh: '职业病防治法',
    aliases: ['Prevention and Control of Occupational Diseases Law', 'Occupational Disease Prevention Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2001-10-27',
    effective: '2002-05-01',
    amended: ['2011-12-31', '2016-07-02', '2017-11-04'],
    summary:
      'Law for preventing, controlling and eliminating occupational disease hazards, amended three times between 2011 and 2017.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3196928-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Law of the People's Republic of China on the Prevention and Control of Occupational Diseases (Amended in 2017) … (Adopted at the 24th Session of the Standing Committee of 9th National People's Congress on October 27, 2001; amended for the first time … on December 31, 2011; amended for the second time … on July 2, 2016; and amended for the third time … on November 4, 2017) … Article 1 This Law is enacted, in accordance with the Constitution, for the purpose of preventing, controlling, and eliminating occupational disease hazards, preventing and cont",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://www.ecoi.net/en/document/1111767.html',
        title: 'ecoi.net',
        quote:
          "Prevention and Control of Occupational Diseases Law of the People's Republic of China (Chinese and English Text)\n\nIssued: October 27, 2001\nEffective: May 1, 2002\nAmended: December 31, 2011",
        supports: ['aliases', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://www.ppdoc.com/periodical/46f6f342149abfe1378eb1738582ebf7.html',
        title: 'ppdoc.com (journal abstract)',
        quote:
          '《中华人民共和国职业病防治法》已于2002年5月1日施行。 … In order to cooperate with the implementation of Law on Occupational Disease Prevention, the Ministry of Health promptly formulated the supporting regulations and occupational health standards of Occupational Disease Prevention Law.',
        supports: ['nameZh', 'aliases', 'effective'],
      },
    ],
  },
  // ───────────────────────── Special Equipment Safety Law (2013) ─────────────────────────
  {
    id: 'document:special-equipment-safety-law',
    name: 'Special Equipment Safety Law',
    nameZh: '特种设备安全法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2013-06-29',
    effective: '2014-01-01',
    summary:
      'Governs the safety of special equipment (boilers, pressure vessels and pipelines, elevators, cranes, passenger ropeways, large amusement rides) through its production, operation, use, inspection and supervision.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=8724d022f3bbf622bdfb&lib=law',
        title: 'PKULaw (Beida Fabao)',
        quote:
          "Special Equipment Safety Law of the People's Republic of China [Effective]\n中华人民共和国特种设备安全法 [现行有效] … The Special Equipment Safety Law of the People's Republic of China, as adopted at the 3rd session of the Standing Committee of the Twelfth National People's Congress of the People's Republic of China on June 29, 2013, is hereby issued and shall come into force on January 1, 2014.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1926299-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Article 2 The Law applies to the production (including design, manufacture, installation, modification and maintenance), operation, use, inspection, testing of and the supervision and administration over special equipment.\nFor the purpose of the Law, special equipment refers to boilers, pressure vessels (including gas cylinders), pressure pipelines, elevators, cranes, passenger cableways, large entertainment facilities",
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Law on Quality and Safety of Agricultural Products (2006, revised 2022) ─────────────────────────
  {
    id: 'document:agricultural-product-quality-and-safety-law',
    name: 'Law on Quality and Safety of Agricultural Products',
    nameZh: '农产品质量安全法',
    aliases: ['Agricultural Products Quality and Safety Law', 'Quality and Safety of Agricultural Products Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2006-04-29',
    amended: ['2018-10-26', '2022-09-02'],
    summary:
      'Governs the quality and safety of primary agricultural products from farm production to sale, with producer responsibility, risk management and standards, and traceability.',
    sources: [
      {
        url: 'http://subsites.chinadaily.com.cn/npc/2022-09/02/c_1000625.htm',
        title: 'National People’s Congress (China Daily NPC site)',
        quote:
          "Law of the People's Republic of China on Quality and Safety of Agricultural Products\n\n(Adopted at the 21st Meeting of the Standing Committee of the Tenth National People's Congress on April 29, 2006; amended according to the Decision on Amending the Wildlife Protection Law of the People's Republic of China and Other Fourteen Laws adopted at the 6th Meeting of the Standing Committee of the Thirteenth National People's Congress on October 26, 2018; and revised at the 36th Meeting of the Standing Committee of the Thirteenth National People's Congress on September 2, 2022)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/china-revises-law-on-quality-and-safety-of-agricultural-products',
        title: 'China Justice Observer',
        quote:
          'On 2 Sept. 2022, the Standing Committee of the 13th National People’s Congress adopted the newly revised Law on Quality and Safety of Agricultural Products (农产品质量安全法), which will come into effect on 1 Jan. 2023.\n\nThe Quality and Safety of Agricultural Products Law was promulgated in 2006 and slightly amended in 2018. … Farmers shall assume responsibility for the quality and safety of agricultural products … China will adopt traceability management of the quality and safety of agricultural products.',
        supports: ['name', 'nameZh', 'aliases', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://www.covingtonblogs.com/2023/02/16/china-issues-revised-agricultural-products-quality-and-safety-law/',
        title: 'Covington – Inside EU Life Sciences / China',
        quote:
          'On September 2, 2022, China’s National People’s Congress Standing Committee passed the newly revised Agricultural Products Quality and Safety Law (the “Revised APQSL”).  The Revised APQSL went into effect on January 1, 2023.\n\nThe Revised APQSL regulates primary agricultural products derived from crops, forestry, livestock, and fisheries',
        supports: ['aliases', 'amended', 'summary'],
      },
    ],
  },
  // ───────────────────────── Law on Physical Culture and Sports (1995, revised 2022) ─────────────────────────
  {
    id: 'document:sports-law',
    name: 'Law on Physical Culture and Sports',
    nameZh: '体育法',
    aliases: ['Sports Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-08-29',
    amended: ['2022-06-24'],
    summary:
      'The basic sports law, comprehensively revised in 2022 for the first time since 1995, with chapters on national fitness and on youth and school sports among others.',
    sources: [
      {
        url: 'http://english.news.cn/20220625/20aad4d90cc34cd8a047102072c963d6/c.html',
        title: 'Xinhua',
        quote:
          "Chinese lawmakers on Friday passed a revision to the country's sports law, in a bid to facilitate efforts to build the country into a sporting powerhouse.\n\nThe revised Law on Physical Culture and Sports was passed at a session of the National People's Congress Standing Committee and will take effect on Jan. 1, 2023.\n\nThe revision is the first comprehensive and systematic revision since the law's initial enforcement in 1995.\n\nChapters of \"Social Sports\" and \"School Physical Education\" were renamed \"National Fitness\" and \"Youth and School Sports\" respectively",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://new-sports.cn/yaowen/202206/t20220625_158405.html',
        title: '中国体育报 (China Sports Daily)',
        quote:
          '6月24日,《中华人民共和国体育法》由十三届全国人大常委会第三十五次会议修订通过,将于2023年1月1日起施行。这是该法自1995年颁布施行后,时隔27年,进行的第一次全面系统的修订。 … 1995年8月29日通过的体育法,填补了国家在体育领域的立法空白',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
      {
        url: 'https://m.zhangyue.com/readbook/12872450/3?p2=104155',
        title: '掌阅 (iReader) – 体育法修订情况介绍',
        quote:
          '2022年6月24日第十三届全国人民代表大会常务委员会第三十五次会议修订通过了《中华人民共和国体育法》,同日国家主席习近平签署第一一四号主席令,自2023年1月1日起施行。',
        supports: ['nameZh', 'issuers', 'amended'],
      },
      {
        url: 'https://zhonglunwende.com/index.php/Index/show/catid/15/id/1257.html',
        title: '中伦文德 (Zhonglun W&D) – 领域法视角下地方体育立法的重构',
        quote:
          'Since the implementation of the new Sports Law in January 2023, local regions have actively promoted local sports legislation and achieved remarkable results in aspects such as national fitness, the legal guarantee for youth sports, and the promotion of the sports industry.',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────────────────── Rural Revitalization Promotion Law (2021) ─────────────────────────
  {
    id: 'document:rural-revitalization-promotion-law',
    name: 'Rural Revitalization Promotion Law',
    nameZh: '乡村振兴促进法',
    aliases: ['Law on the Promotion of Rural Revitalization'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-04-29',
    effective: '2021-06-01',
    summary:
      'Puts the rural revitalization strategy into law: upgrading agriculture, progress in rural areas and the development of farmers, with assessment, annual reporting and supervision systems.',
    sources: [
      {
        url: 'https://www.dcz-china.org/2021/05/07/china-adopts-new-law-to-promote-rural-vitalization/',
        title: 'DCZ (Deutsch-Chinesisches Zentrum)',
        quote:
          'On 29 April 2021, the Law of the People’s Republic of China on the Promotion of Rural Revitalization was adopted after the third review at the 28th session of the 13th National People’s Congress Standing Committee, China’s top legislature. … The law containing 74 articles will come into force on 1 June 2021. … The Rural Revitalization Promotion Law has established important legal principles and specific systems.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.zgcxtc.cn/news/225279.html',
        title: '城乡统筹发展网 (Xinhua)',
        quote:
          '经过三次审议,4月29日,十三届全国人大常委会第二十八次会议表决通过乡村振兴促进法。从此,我国促进乡村振兴有法可依了。这部法律自2021年6月1日起施行。乡村振兴促进法包括10章,共74条。 … 建立乡村振兴考核评价制度、工作年度报告制度和监督检查制度',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://chinajusticeobserver.com/a/law-on-the-promotion-of-rural-revitalization-of-china',
        title: 'China Justice Observer',
        quote:
          'Law on the Promotion of Rural Revitalization was adopted on 29 Apr. 2021, and entered into force on 1 June 2021.\nThere are 74 articles in total. The Law aims to fully implement the strategy for rural revitalization, promote the comprehensive upgrading of agriculture, comprehensive progress in rural areas and overall development of farmers, and accelerate the modernization of agriculture and rural areas.',
        supports: ['aliases', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Anti-Domestic Violence Law (2015) ─────────────────────────
  {
    id: 'document:anti-domestic-violence-law',
    name: 'Anti-Domestic Violence Law',
    nameZh: '反家庭暴力法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2015-12-27',
    effective: '2016-03-01',
    summary:
      'Prohibits domestic violence — physical, psychological and other harm between family members or people living together — and provides for prevention, handling and personal safety protection orders.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3068960-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Anti-domestic Violence Law of the People's Republic of China, as adopted at the 18th session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on December 27, 2015, is hereby issued for implementation as of March 1, 2016. … Chapter II Prevention of Domestic Violence\nChapter III Handling of Domestic Violence\nChapter IV Personal Safety Protection Orders",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.law.cornell.edu/gender-justice/resource/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%8F%8D%E5%AE%B6%E5%BA%AD%E6%9A%B4%E5%8A%9B%E6%B3%95-2015',
        title: 'Cornell Law School – Gender Justice',
        quote:
          'On December 27, 2015, China adopted the Anti-domestic Violence Law, which became effective on March 1st, 2016 (the “Law”). The purpose of the Law is to prevent and curb domestic violence, which encompasses the physical, psychological, and other harms inflicted between family members or persons who live together. … 2015年12月27日,中国颁布了《中华人民共和国反家庭暴力法》,自2016年3月1日起施行。',
        supports: ['name', 'nameZh', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Intangible Cultural Heritage Law (2011) ─────────────────────────
  {
    id: 'document:intangible-cultural-heritage-law',
    name: 'Intangible Cultural Heritage Law',
    nameZh: '非物质文化遗产法',
    aliases: ['Law on Intangible Cultural Heritage'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2011-02-25',
    effective: '2011-06-01',
    summary:
      'Protects intangible cultural heritage (traditional oral literature, fine arts, calligraphy, traditional medicine, traditional calendars, sports and the like) through investigation, catalogues of representative items, and its inheritance and spread.',
    sources: [
      {
        url: 'https://english.www.gov.cn/archive/lawsregulations/201408/20/content_WS5d148af8c6d02a317183735d.html',
        title: 'The State Council of the PRC (english.gov.cn)',
        quote:
          'Intangible Cultural Heritage Law of the People’s Republic of China , as adopted at the 19th Session of the Standing Committee of the 11th National People’s Congress of the People’s Republic of China on February 25, 2011, is hereby issued, and shall come into force on June 1, 2011. … Chapter II Investigation of Intangible Cultural Heritage\nChapter III Catalogue of Representative Items of Intangible Cultural Heritage\nChapter IV Inheritance and Spread of Intangible Cultural Heritage',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.wipo.int/wipolex/en/news/2011/article_0001.html',
        title: 'WIPO Lex',
        quote:
          'China: The Intangible Cultural Heritage Law was adopted at the 19th meeting of the Standing Committee of the Eleventh National People’s Congress on February 25, 2011 and enters into force on June 1, 2011. It protects intangible cultural heritage, such as traditional oral literature, fine arts, calligraphy, traditional medicine, traditional calendars, sports, etc.',
        supports: ['name', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://english.cnipa.gov.cn/transfer/specialtopic/chinapmanual/917523.htm',
        title: 'CNIPA (China IP News)',
        quote:
          "Law on Intangible Cultural Heritage of People's Republic of China which will take effect on June 1, 2011, was recently approved by voting at the 19th Session of the 11th Standing Committee of the National People's Congress (NPC), China's top legislature",
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158769/peoples-republic-of-china-law-on-intangible-cultural-heritage.html',
        title: 'Global-Regulation',
        quote: "People's Republic Of China Law On Intangible Cultural Heritage\n\nOriginal Language Title: 中华人民共和国非物质文化遗产法",
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────────────────── Mineral Resources Law (1986, revised 2024) ─────────────────────────
  {
    id: 'document:mineral-resources-law',
    name: 'Mineral Resources Law',
    nameZh: '矿产资源法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1986-03-19',
    effective: '1986-10-01',
    amended: ['1996-08-29', '2009-08-27', '2024-11-08'],
    summary:
      'The national law on exploring for and mining mineral resources and on mining rights; the 2024 revision (in force 1 July 2025) requires action to increase reserves and production of strategic minerals.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5552988-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Mineral Resources Law of the People's Republic of China (Revised in 2024) … The Mineral Resources Law of the People's Republic of China, which has been adopted at the 12th Session of the Standing Committee of the 14th National People's Congress on November 8, 2024, is hereby promulgated and shall become effective from July 1, 2025. … (Adopted at the 15th Meeting of the Standing Committee of the Sixth National People's Congress on March 19, 1986; amended for the first time … on August 29, 1996; amended for the second time … on August 27, 2009; and revised at the 12th Session of the Standing Committee of the 14th National People's Congress on November 8, 2024)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://iclg.com/practice-areas/mining-laws-and-regulations/china',
        title: 'ICLG – Mining Laws and Regulations China',
        quote:
          'The Mineral Resources Law (“MRL”) is the national law governing the prospection for and extraction from mines in China and the registration of mining rights.  The MRL was promulgated by the Standing Committee of the National People’s Congress on March 19, 1986 and amended in 1996 and 2009.',
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'http://www.chinacpc.com.cn/info/2025-09-15/topic_10102.html',
        title: 'chinacpc.com.cn',
        quote:
          '2025 年 7 月 1 日,修订后的《矿产资源法》(以下称为新《矿产资源法》)正式颁布实施。这是时隔29 年后的首次大修。 … 1986 年 10 月 1 日,在改革开放的浪潮下,我国《矿产资源法》历经七年酝酿终于颁布实施',
        supports: ['nameZh', 'effective'],
      },
      {
        url: 'http://en.people.cn/n3/2024/1109/c90000-20239400.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          'Chinese lawmakers on Friday passed the revised Mineral Resources Law, which requires action to increase reserves of strategic minerals and boost production capacity. … The law, which consists of eight chapters and 80 articles, will take effect on July 1, 2025.',
        supports: ['name', 'summary'],
      },
    ],
  },
  // ───────────────────────── Passport Law (2006) ─────────────────────────
  {
    id: 'document:passport-law',
    name: 'Passport Law',
    nameZh: '护照法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2006-04-29',
    effective: '2007-01-01',
    summary:
      "Regulates the application for, issuance and administration of PRC passports (ordinary, diplomatic and service passports) and forbids forging, transferring or illegally holding them.",
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?SearchCKeyword=%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD&id=5143&lib=law',
        title: 'LawInfoChina (PKULaw)',
        quote:
          "Order of the President (No. 50) The Passport Law of the People's Republic of China was adopted at the 21st Session of the Standing Committee of the Tenth National People's Congress of the People's Republic of China on April 29, 2006. It is hereby promulgated and shall come into force as of January 1, 2007. … 《中华人民共和国护照法》已由中华人民共和国第十届全国人民代表大会常务委员会第二十一次会议于2006年4月29日通过,现予公布,自2007年1月1日起施行。",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://english.court.gov.cn/2015-08/17/c_761524.htm',
        title: 'Supreme People’s Court (English)',
        quote:
          "Passport Law of the People's Republic of China\n(Adopted at the 21st Meeting of the Standing Committee of the Tenth National People’s Congress on April 29, 2006)\nArticle 1 This Law is enacted with a view to regulating the application, issuance and administration of the passports of the People’s Republic of China … No organization or individual may forge, tamper with, transfer, intentionally damage or destroy or illegally seize a passport.\nArticle 3 The passports include ordinary passports, diplomatic passports and service passports.",
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────────────────── National Defense Mobilization Law (2010) ─────────────────────────
  {
    id: 'document:national-defense-mobilization-law',
    name: 'National Defense Mobilization Law',
    nameZh: '国防动员法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2010-02-26',
    effective: '2010-07-01',
    summary:
      'Governs national defence mobilization: the NPC Standing Committee may decide a general or partial mobilization when sovereignty, unification, territorial integrity or security is threatened, with reserves, strategic materials and requisition of civilian resources.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3090130-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The National Defense Mobilization Law of the People's Republic of China, adopted at the 13th meeting of the Standing Committee of the Eleventh National People's Congress of the People's Republic of China on February 26, 2010, is hereby promulgated and shall enter into force as of July 1, 2010. … Chapter V Reserve and Recruitment of Reservists\nChapter VI Strategic Material Reserves and Allocation … Chapter X Requisition of and Compensation for Civilian Resources",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/ldhd/2010-02/26/content_1542744.htm',
        title: '中国政府网 (Xinhua)',
        quote:
          '《中華人民共和國國防動員法》已由中華人民共和國第十一屆全國人民代表大會常務委員會第十三次會議于2010年2月26日通過,現予公佈,自2010年7月1日起施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.loc.gov/law/foreign-news/article/china-defense-mobilization-law-approved/',
        title: 'Library of Congress – Global Legal Monitor',
        quote:
          "China's National People's Congress Standing Committee (NPCSC) approved the National Defense Mobilization Law on February 26, 2010; it was promulgated by President Hu Jintao and will become effective on July 1. … It establishes that in such cases the NPCSC can decide on and the President can initiate a general or partial mobilization.",
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
    ],
  },
];

/** Other names for laws other files hold: 刑诉法, the short form of the Criminal Procedure Law (laws-24.ts). */
export const OTHER_NAMES_LAWS_24B: CoreOtherNames[] = [
  {
    id: 'document:criminal-procedure-law',
    zhShortNames: ['刑诉法'],
    sources: [
      {
        url: 'https://journal.pkulaw.cn/NewIssue/Detail/160378',
        title: '中外法学 (Peking University Law Journal) – 如何展开刑诉法的第四次修改?',
        quote:
          '如何展开刑诉法的第四次修改?\n左卫民,四川大学法学院{教授}\n\n导 言\n\n2023年9月7日,第十四届全国人大常委会立法规划正式公布,刑事诉讼法(第四次)修改被纳入立法议程',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.aisixiang.com/data/155820.html',
        title: '爱思想 – 左卫民:如何展开刑诉法的第四次修改?',
        quote: '左卫民:如何展开刑诉法的第四次修改? … 进入专题: 刑事诉讼法   刑事诉讼法修正案',
        supports: ['zhShortNames'],
      },
    ],
  },
];
