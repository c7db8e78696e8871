/**
 * White papers, yearly reports and typical-case releases that China TMT pages cite as documents:
 * the SCIO white paper on law-based cyberspace governance (March 2023), the CAC's first yearly report
 * on the development of the internet rule of law (2024 edition), the Beijing Internet Court's data and
 * algorithm top ten cases and its 2023 white paper on minors online, and the SPC and SPP work reports to
 * the NPC by year (each year's report is its own entry, under the title with its date that the full text
 * carries). The Hangzhou Internet Court's 个人信息保护十大典型案例 is left out: other courts publish
 * releases under the same title, so the title alone does not say whose it is.
 */
import type { CoreInstrument } from './types';

export const CORE_CASES_19: CoreInstrument[] = [
  // ─────────────────────── SCIO white paper on law-based cyberspace governance (March 2023) ───────────────────────
  {
    id: 'document:white-paper-chinas-law-based-cyberspace-governance-in-the-new-era',
    name: 'China’s Law-Based Cyberspace Governance in the New Era',
    nameZh: '新时代的中国网络法治建设',
    kind: 'report',
    status: 'final',
    issuers: ['state-council-information-office'],
    promulgated: '2023-03-16',
    summary:
      'The first white paper on China’s cyberspace rule of law, by the State Council Information Office: it reviews the ideas and practice of building the rule of law online since China’s full access to the internet in 1994, including over 140 cyberspace laws and rules.',
    sources: [
      {
        url: 'https://news.cctv.com/2023/03/16/ARTIUb10e8vxu10Db138sFwf230316.shtml',
        title: '央视网 – 国务院新闻办公室发布《新时代的中国网络法治建设》白皮书',
        quote:
          '央视网消息:国务院新闻办公室3月16日发布《新时代的中国网络法治建设》白皮书,并举行新闻发布会,相关负责人介绍白皮书有关情况。 … 白皮书介绍,中国制定出台网络领域立法140余部',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://en.moj.gov.cn/2023-03/17/c_870140.htm',
        title: 'Ministry of Justice of the PRC (Xinhua)',
        quote:
          'said Cao Shumin, deputy head of the CAC, at a press conference on a white paper titled "China\'s Law-Based Cyberspace Governance in the New Era" released by the State Council Information Office.',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://news.shi-fen.com/china/202303/50-1475596.html',
        title: '中央纪委国家监委网站 (转载)',
        quote:
          '3月16日,国务院新闻办发布《新时代的中国网络法治建设》白皮书并举行新闻发布会。白皮书系统总结1994年中国全功能接入国际互联网以来,特别是新时代以来网络法治建设的理念和实践。这是我国第一部关于网络法治建设的白皮书。',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'https://chinadaily.pressreader.com/china-daily-global-weekly/20230602/281861532890317',
        title: 'China Daily – China’s Law-Based Cyberspace Governance in the New Era',
        quote:
          'China’s Law-Based Cyberspace Governance in the New Era\n\nEditor’s note: China’s State Council Information Office released on March 16 a white paper on the nation’s law-based cyberspace governance.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://www.ipcun.net/newsen/2528.cshtml',
        title: 'ipcun.net (Xinhua full text)',
        quote:
          'Beijing, March 16 (Xinhua) - The State Council Information Office released a white paper on the construction of the rule of law in China\'s network in the new era on March 16. The full text is as follows:\n\nThe Construction of China\'s Internet Rule of Law in the New Era\n\n(March 2023)',
        supports: ['promulgated', 'issuers'],
      },
    ],
  },


  // ─────────────────────── Beijing Internet Court, data and algorithm top ten typical cases (2023) ───────────────────────
  {
    id: 'document:bic-data-algorithm-top-ten-typical-cases',
    name: 'Beijing Internet Court Data Algorithm Top Ten Typical Cases',
    nameZh: '数据算法十大典型案件',
    aliases: ['Data Algorithm Top Ten Typical Cases'],
    kind: 'case_list',
    status: 'final',
    issuers: ['beijing-internet-court'],
    summary:
      'Ten cases on data and algorithms the Beijing Internet Court released for its fifth anniversary, among them the first “secret traffic inflating” contract case, which held such contracts void.',
    sources: [
      {
        url: 'https://english.bjinternetcourt.gov.cn/2023-12/14/c_681.htm',
        title: 'Beijing Internet Court – Beijing Internet Court Data Algorithm Top Ten Typical Cases',
        quote:
          'Beijing Internet Court Data Algorithm Top Ten Typical Cases\n\nenglish.bjinternetcourt.gov.cn | Updated: 2023-12-14 … This is the first case of “secret traffic inflating” transaction in China. The judgment of this case has made it clear that contracts concluded for the purpose of “secret traffic inflating” transactions, having violated public order and good morals and damaged the public interest of the society, shall be invalid.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://freewechat.com/a/MzU1NDk0NjE3MA==/2247510374/1',
        title: '北京互联网法院 (微信公众号转载) – 北京互联网法院数据算法十大典型案件丨砥砺五载·典型案例篇',
        quote:
          '北京互联网法院数据算法十大典型案件丨砥砺五载·典型案例篇 … 8月31日,北京互联网法院召开新闻发布会,聚焦数字版权、数字消费、平台治理、数据算法、网络权益保护等领域,发布了五类十大典型案例。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── Beijing Internet Court, white paper on minors online (May 2023) ───────────────────────
  {
    id: 'document:bic-white-paper-on-online-judicial-protection-of-minors-2023',
    name: 'Beijing Internet Court White Paper on the Judicial Protection of Minors on the Internet',
    nameZh: '北京互联网法院未成年人网络司法保护白皮书',
    aliases: ['White Paper on the Judicial Protection of Minors on the Internet'],
    zhShortNames: ['未成年人网络司法保护白皮书'],
    kind: 'report',
    status: 'final',
    issuers: ['beijing-internet-court'],
    promulgated: '2023-05-25',
    summary:
      'The Beijing Internet Court’s white paper on the 143 civil disputes involving minors it accepted from June 2022 to May 2023 (mostly over top-ups and tips, online shopping and online speech), released with nine typical cases.',
    sources: [
      {
        url: 'https://m.desk33.com/p-443055.html',
        title: '课桌文档 (copy of the white paper)',
        quote:
          '北京互联网法院未成年人网络司法保护白皮书(2022.6-2023.5)北京互联网法院MlJIMG INTfaNCT COIMT2023年5月25日北京互联网法院未成年人网络司法保护白皮书-1 -附件:北京互联网法院涉未成年人典型案例',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://ywww.dizo.com.cn/ywww/20230608/0894018.html',
        title: 'dizo.com.cn (reprint of 北京互联网法院)',
        quote: '召开未成年人网络司法保护新闻发布会\n\n发布《未成年人网络司法保护白皮书》\n\n对近一年来涉未成年人案件的审理情况、裁判思路、典型案例进行通报\n\n发布9个涉未成年人纠纷典型案例',
        supports: ['zhShortNames', 'kind', 'summary'],
      },
      {
        url: 'http://www.bbtel.com.cn/tag/%e7%88%b1%e4%b8%8a%e6%b5%b7%e5%90%8c%e5%9f%8e%e4%ba%a4%e5%8f%8b',
        title: 'bbtel.com.cn (reprint)',
        quote:
          'Recently, Beijing Internet Court issued the White Paper on the Judicial Protection of Minors on the Internet. From June 2022 to May 2023, the hospital accepted 143 civil disputes involving minors. Internet cases involving minors are mainly caused by recharging rewards, online shopping, online speech, etc.',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC work report to the second session of the 14th NPC (8 March 2024) ───────────────────────
  {
    id: 'document:spc-work-report-2024',
    name: '2024 Work Report of the Supreme People’s Court',
    nameZh: '最高人民法院工作报告——二〇二四年三月八日在第十四届全国人民代表大会第二次会议上',
    kind: 'report',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2024-03-08',
    summary:
      'The SPC President’s report on the courts’ work in 2023 to the NPC’s March 2024 session: it covers the cases courts at all levels accepted and concluded and the punishment of online violence.',
    sources: [
      {
        url: 'https://www.dawenge.com/document/detail.html?id=631044',
        title: 'dawenge.com (copy of 人民日报, 16 March 2024)',
        quote:
          '人民日报/2024 年/3 月/16 日/第 004 版要闻\n最高人民法院工作报告\n——二〇二四年三月八日在第十四届全国人民代表大会第二次会议上\n最高人民法院院长 张军',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0308/c90000-20142487.html',
        title: 'People’s Daily Online (Xinhua) – Chinese lawmakers deliberate work report of top court',
        quote:
          'BEIJING, March 8 (Xinhua) -- China\'s national lawmakers on Friday started deliberating a work report of the Supreme People\'s Court (SPC).\n\nSPC President Zhang Jun delivered the report at the second plenary meeting of the second session of the 14th National People\'s Congress.',
        supports: ['name', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0309/c90000-20142841.html',
        title: 'People’s Daily Online (Xinhua) – China’s legislature, judiciary vow high-quality work to drive modernization',
        quote:
          'Delivering the work report of the top court, SPC President Zhang Jun said Chinese courts at all levels accepted 45.57 million cases and concluded 45.27 million cases in 2023',
        supports: ['summary'],
      },
      {
        url: 'https://zm.sm-tc.cn/?src=l4uLj4zF0NCImpadkNGckJLQzcfPzMzPzsjPztCwy86IuJC%2Br7k%3D&uid=f3dbd48e6f443845c079464a9806e213&restype=1&from=derive&depth=5&link_type=60&wap=false&force=true&bu=ss_doc&v=1',
        title: '微博 (转码页) – 最高法:严惩网暴按键伤人',
        quote:
          '最高人民法院工作报告明确提出,公权力要为受害者撑腰,网暴行为必须付出代价。报告显示,2023年,针对网络暴力“按键伤人”“按键杀人”,严重扰乱社会秩序,最高法会同最高检、公安部出台司法政策,严惩网暴恶意发起者、组织者及屡教不改者。',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── SPP work report to the first session of the 14th NPC (7 March 2023) ───────────────────────
  {
    id: 'document:spp-work-report-2023',
    name: '2023 Work Report of the Supreme People’s Procuratorate',
    nameZh: '最高人民检察院工作报告——2023年3月7日在第十四届全国人民代表大会第一次会议上',
    kind: 'report',
    status: 'final',
    issuers: ['spp'],
    promulgated: '2023-03-07',
    summary:
      'The Procurator-General’s report on five years of procuratorial work to the first session of the 14th NPC (March 2023): prosecutions for using the internet to commit fraud, gamble and distribute obscene material rose by an average of 43.3 percent a year, and prosecutions for helping fraudsters, 137 in 2018, multiplied by 2022.',
    sources: [
      {
        url: 'https://qxxrkj.cn/cheyou-977.html',
        title: 'qxxrkj.cn (reprint of 新华社) – (两会受权发布)最高人民检察院工作报告',
        quote:
          '(两会受权发布)最高人民检察院工作报告\n新华社北京3月17日电\n最高人民检察院工作报告\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n最高人民检察院检察长 张军',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinaservicesinfo.com/s/202303/08/WS64080001498ea274927b17a5/crackdown-on-cybercrime-nets-results.html',
        title: 'China Daily (chinaservicesinfo.com) – Crackdown on cybercrime nets results',
        quote:
          'Prosecutors initiated lawsuits against 719,000 people for using the internet to commit fraud, gamble and distribute obscene materials over the past five years, with an average annual increase of 43.3 percent in lawsuits each year, according to the annual work report of the Supreme People\'s Procuratorate. … The number of those prosecuted for offering support to fraudsters increased from 137 in 2018 to 130,000 in 2022.',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
    ],
  },
];
