/**
 * Court cases and agency enforcement decisions TMT pages cite by their parties or number, with the
 * number and other names real pages use, each backed by a quote from a stored public page. An
 * enforcement decision is a case whose `court` is the deciding agency.
 */
import type { CoreCase } from './types';

export const CORE_CASES: CoreCase[] = [
  {
    // The bundled newsletters call it "the first copyright infringement case of AI-generated images"; that
    // title is not given as an alias, as no stored page quoted here uses it.
    id: 'case:judgement-of-the-first-copyright-infringement-case-of-ai-generated',
    name: 'Li v. Liu',
    // Chinese pages name it by its (anonymised) parties or as the first AI-image copyright case.
    aliases: ['“AI文生图”著作权案', '李某与刘某侵害著作权纠纷案', '李某诉刘某侵犯信息网络传播权一案', '国内AI生成图片著作权侵权第一案'],
    caseNumber: '(2023) Jing 0491 Min Chu No. 11279',
    court: 'Beijing Internet Court',
    decidedBy: 'beijing-internet-court',
    date: '2023-11-27',
    summary: 'The Beijing Internet Court held that an image made with Stable Diffusion was a work protected by the Copyright Law, owned by the user who made it.',
    sources: [
      {
        url: "https://www.chinajusticeobserver.com/a/landmark-ruling-china's-court-upholds-copyright-for-ai-generated-images",
        title: 'China Justice Observer',
        quote:
          'In November 2023, China’s Beijing Internet Court ruled that the author owns the copyright to AI-generated images (Li v. Liu (2023) Jing 0491 Min Chu No. 11279). … On 27 Nov. 2023, the Beijing Internet Court rendered a first-instance judgment, holding that the AI-generated image, in this case, possessed originality and should be protected as works under the Copyright Law.',
        supports: ['name', 'caseNumber', 'court', 'date', 'summary'],
      },
      {
        url: 'https://www.quimbee.com/cases/li-v-liu',
        title: 'Quimbee',
        quote: 'Li v. Liu\nBeijing Internet Court\n(2023) Jing 0491 Min Chu No. 11279 (2023) … Li (plaintiff) used Stable Diffusion, an artificial-intelligence (AI) image generator, to create a picture of a young Asian woman.',
        supports: ['name', 'caseNumber', 'court', 'summary'],
      },
      {
        url: 'https://peking.bjd.com.cn/content/s65adb860e4b0f6c5abd51015.html',
        title: '北京日报 – 北京互联网法院2023年度十大典型案件',
        quote: '(2023)京0491民初11279号\n\n“AI文生图”著作权案\n\n——李某与刘某侵害著作权纠纷案',
        supports: ['aliases', 'caseNumber'],
      },
      {
        url: 'https://www.hanspub.org/journal/paperinformation?paperid=100318',
        title: '汉斯出版社 (Hans Publishers)',
        quote: '近期,北京互联网法院审理完结李某诉刘某侵犯信息网络传播权一案[案号:(2023)京0491民初11279号]。这一号称“国内AI生成图片著作权侵权第一案”的裁判',
        supports: ['aliases', 'caseNumber', 'court'],
      },
    ],
  },
  {
    // SAMR's decision on Alibaba's "choose one of two" (二选一), the first big platform antitrust
    // penalty. The press release's headline (市场监管总局依法对阿里巴巴集团控股有限公司……作出行政处罚)
    // is not a name: pages that reprint it name the regulator in it, which a headline-long match
    // would hide.
    id: 'case:samr-penalty-decision-against-alibaba',
    name: 'Penalty Decision against Alibaba',
    aliases: ['国市监处〔2021〕28号'],
    caseNumber: 'Guo Shi Jian Chu [2021] No. 28',
    court: 'State Administration for Market Regulation',
    decidedBy: 'samr',
    date: '2021-04-10',
    summary:
      'SAMR fined Alibaba RMB 18.228 billion, 4% of its 2019 sales in China, for abusing its dominant position in online retail platform services by making merchants “choose one out of two” platforms, and by an administrative guidance letter ordered it to rectify and report on its compliance for three years.',
    sources: [
      {
        url: 'https://webiis06.mondaq.com/china/cartels-monopolies/1057990/alibaba-hit-with-record-28-billion-fine-for-antitrust-violations-in-china',
        title: 'Mondaq – Alibaba Hit With Record $2.8 Billion Fine For Antitrust Violations In China',
        quote:
          'On April 10, 2021, the State Administration for Market Regulation ("SAMR"), the national antitrust enforcement agency of China, released its penalty decision against Alibaba, one of the world\'s largest e-commerce companies. SAMR held that Alibaba has abused its dominant position in China\'s online retail platform market by a practice called "choose one from two"',
        supports: ['name', 'court', 'date', 'summary'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2021/04/samr-imposed-record-fine-on-alibaba-for-abuse-of-dominant-position',
        title: 'CMS Law-Now – SAMR Imposed Record Fine on Alibaba for Abuse of Dominant Position',
        quote:
          'According to the Administrative Penalty Decision (Guo Shi Jian Chu [2021] No. 28) of 10 April 2021("Decision") available on the website of the State Administration for Market Regulation ("SAMR"), the SAMR imposed a record fine, i.e. RMB 18.228 billion (approximately EUR 2.315 billion), on Alibaba Group Holding Limited ("Alibaba") for its abuse of a dominant position. The fine amounted to 4% of Alibaba\'s annual sales within the territory of China in 2019.',
        supports: ['caseNumber', 'court', 'date', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/Article/1056958',
        title: 'Mondaq',
        quote:
          'According to SAMR\'s investigation, since 2015, Alibaba Group has abused its dominant position and has imposed "choose one out of two" requirements on merchants on the platform, prohibiting merchants on the platform from opening stores or participating in promotional activities on other competitive platforms',
        supports: ['summary'],
      },
      {
        url: 'https://www.sec.gov/Archives/edgar/data/1577552/000110465921049093/a21-12710_1ex99d1.htm',
        title: 'Alibaba Group announcement (SEC filing)',
        quote:
          'On April 10, 2021, the SAMR issued an Administrative Penalty Decision (the “Decision”) of the Anti-Monopoly Investigation into Alibaba Group. … The SAMR also issued an administrative guidance, instructing Alibaba Group to implement a comprehensive program of rectification … The administrative guidance requires Alibaba Group to submit a self-assessment and compliance report to the SAMR for three consecutive years.',
        supports: ['court', 'date', 'summary'],
      },
      {
        url: 'http://wenrenren.com/c/0S02WJ02021.html',
        title: '反垄断法全文 (reprint of the decision)',
        quote: '国家市场监管总局依法对阿里巴巴集团控股有限公司在中国境内网络零售平台服务市场实施"二选一"垄断行为作出行政处罚 。同一时间,国家市场监管总局一并公布了对于阿里巴巴集团的行政处罚决定书,全文如下:\n国家市场监督管理总局\n行政处罚决定书\n国市监处〔2021〕28号',
        supports: ['aliases', 'caseNumber'],
      },
      {
        url: 'http://txnews.zjol.com.cn/guoneiguoji/redianguanzhu/202104/t20210410_3927134.html',
        title: '浙江在线 (新华社)',
        quote: '市场监管总局依法对阿里巴巴集团控股有限公司在中国境内网络零售平台服务市场实施“二选一”垄断行为作出行政处罚\n\n2021-04-10 09:08   来源: 新华网',
        supports: ['date'],
      },
    ],
  },
  {
    // No source here gives the decision's number; Chinese pages cite it by the press release's
    // headline, which is not a name (see the Alibaba entry).
    id: 'case:samr-administrative-penalty-decision-against-meituan',
    name: 'Administrative Penalty Decision against Meituan',
    court: 'State Administration for Market Regulation',
    decidedBy: 'samr',
    date: '2021-10-08',
    summary:
      'SAMR fined Meituan RMB 3.442 billion, 3% of its 2020 sales in China, for abusing its dominant position in online food delivery platform services by making merchants “pick one from two”, ordered it to refund RMB 1.289 billion of exclusive cooperation deposits, and by an Administrative Guidance Letter ordered it to rectify and report on its compliance for three years.',
    sources: [
      {
        url: 'https://www.holobase.io/research/616554ed6fb1d3f849a8ace4',
        title: 'Holobase – Meituan faces second antitrust fine: what does this mean?',
        quote: 'Recently, the State Administration for Market Regulation (SAMR) issued an administrative penalty decision against Meituan with an amount of 3.4 billion yuan ($528 million).',
        supports: ['name', 'court'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-fines-meituan-530-million-for-abusing-its-dominant-market-position',
        title: 'China Justice Observer – China Fines Meituan $ 530 Million for Abusing Its Dominant Market Position',
        quote:
          'On 8 Oct. 2021, the State Administration for Market Regulation (SAMR) announced an administrative penalty decision on the grounds that Meituan had abused its dominant market position within the Chinese online food delivery service market … The SAMR ordered Meituan to stop its unlawful acts and fully refund the exclusive cooperation deposits of CNY 1.289 billion. In addition, it was imposed a fine of CNY 3.442 billion (approx. USD 530 million), representing 3% of its revenue generated within China in 2020.\n\nAt the same time, the SAMR issued an Administrative Guidance Letter (“the Letter”) … The Letter also requires the company to submit a self-assessment and compliance report to the SAMR for three consecutive years.',
        supports: ['court', 'date', 'summary'],
      },
      {
        url: 'https://www.verdict.co.uk/china-meituan-clickfood-crackdown-533m-fine-sends-shares-up-by-8/',
        title: 'Verdict',
        quote: 'The SAMR cited Meituan’s monopolistic “pick one from two” practice as the main reason for the fine.',
        supports: ['summary'],
      },
      {
        url: 'https://tech.gmw.cn/2021-10/08/content_35216735.htm',
        title: '光明网 (新华社)',
        quote: '市场监管总局依法对美团在中国境内网络餐饮外卖平台服务市场实施“二选一”垄断行为作出行政处罚\n\n来源:新华社2021-10-08 16:39',
        supports: ['date'],
      },
    ],
  },
  {
    // The CAC's decision after the cybersecurity review of DiDi: a data-protection penalty, not an
    // antitrust one, reasoned on the PIPL's turnover-based fines.
    id: 'case:cac-decision-on-didi-global',
    name: 'DiDi Decision',
    aliases: [
      'Decision of the Cyberspace Administration of China on Administrative Punishment Related to the Conduct According to the Law of a Cybersecurity Review of DiDi Global Inc.',
      '对滴滴全球股份有限公司依法作出网络安全审查相关行政处罚的决定',
    ],
    court: 'Cyberspace Administration of China',
    decidedBy: 'cac',
    date: '2022-07-21',
    summary:
      'After a cybersecurity review, the CAC fined DiDi Global RMB 8.026 billion, and its chairman and CEO and its president RMB 1 million each, for violating the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.',
    sources: [
      {
        url: 'https://digichina.stanford.edu/work/forum-unpacking-the-didi-decision/',
        title: 'DigiChina – Forum: Unpacking the DiDi Decision',
        quote:
          'Forum: Unpacking the DiDi Decision … The Cyberspace Administration of China (CAC) this week announced the outcome of its year-long "cybersecurity review" of the Chinese ride-hailing giant DiDi.',
        supports: ['name', 'court'],
      },
      {
        url: 'https://digichina.stanford.edu/work/translation-chinese-authorities-announce-2b-fine-in-didi-case-describe-despicable-data-abuses/',
        title: 'DigiChina – Translation: Chinese Authorities Announce $1.2B Fine in DiDi Case',
        quote:
          'Decision of the Cyberspace Administration of China on Administrative Punishment Related to the Conduct According to the Law of a Cybersecurity Review of DiDi Global Inc.\n\nJuly 21, 2022, 1:00 p.m.  Source: Zhongguo Wangxin Wang',
        supports: ['aliases', 'court', 'date'],
      },
      {
        url: 'https://www.twobirds.com/en/capabilities/practices/digital-rights-and-assets/apac-dra/apac-dsd/cybersecurity/china/recent-regulatory-action',
        title: 'Bird & Bird – China: Recent Regulatory Action - DiDi Case',
        quote:
          'On July 21, 2022, the CAC issued its penalty decision to Didi Global Inc. (Didi) after over 12 months’ investigation since it launched a cybersecurity review over Didi and two other companies last July. The penalties include a fine of CNY 8.026 billion on Didi and a fine of CNY 1 million on each of the Chairman and CEO.\n\n\nAccording to the news release issued by the CAC, Didi had violated the CSL, the DSL and the PIPL.',
        supports: ['court', 'date', 'summary'],
      },
      {
        url: 'https://news.china.com/domestic/945/20220721/42877095.html',
        title: '中华网 – 滴滴被罚80.26亿元,存在哪些违法违规行为?',
        quote:
          '7月21日,国家互联网信息办公室依据《网络安全法》《数据安全法》《个人信息保护法》《行政处罚法》等法律法规,对滴滴全球股份有限公司处人民币80.26亿元罚款,对滴滴全球股份有限公司董事长兼CEO程维、总裁柳青各处人民币100万元罚款。 … 国家互联网信息办公室有关负责人就对滴滴全球股份有限公司依法作出网络安全审查相关行政处罚的决定答记者问',
        supports: ['aliases', 'court', 'summary'],
      },
    ],
  },
];
