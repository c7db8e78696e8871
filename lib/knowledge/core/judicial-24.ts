import type { CoreInstrument } from './types';

/**
 * SPC and SPP judicial interpretations that China data, platform and cybercrime pages cite and the
 * graph lacked: the Civil Code interpretations (General Provisions 法释〔2022〕6号, General Provisions
 * of Contracts 法释〔2023〕13号, Tort Liability (I) 法释〔2024〕12号, Marriage and Family (I)
 * 法释〔2020〕22号, temporal effect 法释〔2020〕15号), the SPC's 2021 interpretation of the Criminal
 * Procedure Law (法释〔2021〕1号), the SPP's 2019 Criminal Procedure Rules (高检发释字〔2019〕4号),
 * the SPC/SPP interpretation on procuratorial public interest litigation (法释〔2018〕6号), the SPC's
 * interpretation on consumer civil public interest litigation (法释〔2016〕10号) and the SPC/SPP
 * reply on cloud disks and obscene electronic information (法释〔2017〕19号).
 */
export const CORE_JUDICIAL_24: CoreInstrument[] = [
  // The SPC interpretation of Book One (General Provisions) of the Civil Code (法释〔2022〕6号).
  {
    id: 'document:spc-interpretation-civil-code-general-provisions',
    name: "Interpretation by the Supreme People's Court of Several Issues Concerning the Application of Book One General Provisions of the Civil Code",
    nameZh: '最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释',
    aliases: ['Interpretation on Several Issues Concerning the Application of the General Principles of the Civil Code'],
    zhShortNames: ['法释〔2022〕6号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2021-12-30',
    promulgated: '2022-02-24',
    effective: '2022-03-01',
    summary:
      'SPC interpretation of the Civil Code’s General Provisions: 39 articles on civil capacity, guardianship, declarations of disappearance and death, civil juristic acts, agency, civil liability and limitation periods.',
    sources: [
      {
        url: 'https://faxianglawfirm.com/news/article-825.htm',
        title: '法翔律师事务所 – 最高人民法院发布关于适用《中华人民共和国民法典》总则编若干问题的解释,2022年3月1日起实施',
        quote:
          '《最高人民法院关于适用〈中华人民共和国民法典〉总则编若干问题的解释》已于2021年12月30日由最高人民法院审判委员会第1861次会议通过,现予公布,自2022年3月1日起施行。\n\n  最高人民法院\n\n  2022年2月24日\n\n\n最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释\n\n法释〔2022〕6号',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://freewechat.com/a/MjM5NTc5NTU4Ng==/2652237782/3',
        title: "北大法律信息网 – Interpretation by the Supreme People's Court of Several Issues Concerning the Application of Book One General Provisions of the Civil Code",
        quote:
          "Interpretation by the Supreme People's Court of Several Issues Concerning the Application of Book One General Provisions of the Civil Code of the People's Republic of China",
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-releases-judicial-interpretation-on-general-principles-of-civil-code',
        title: 'China Justice Observer – SPC Releases Judicial Interpretation on General Principles of Civil Code',
        quote:
          'On 24 Feb. 2022, China’s Supreme People’s Court (SPC) released the “Interpretation on Several Issues Concerning the Application of the General Principles of the Civil Code” (hereinafter “the Interpretation”, 适用<中华人民共和国民法典>总则编若干问题的解释), with effect on 1 March 2022.\n\nThe Interpretation consists of 39 articles, covering matters such as the capacity for civil rights and capacity for civil conduct, guardianship, declaration of disappearance and death, civil legal acts, agency, civil liability, and statute of limitations.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // The SPC interpretation of the General Provisions of the Civil Code's contracts book (法释〔2023〕13号).
  {
    id: 'document:spc-interpretation-civil-code-contracts-general-provisions',
    name: "Interpretation by the Supreme People's Court of Several Issues Concerning the Application of Title One General Provisions of Book Three Contracts of the Civil Code",
    nameZh: '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释',
    aliases: ['Interpretation on Several Issues Concerning the Application of the General Provisions of the Contract Section of China’s Civil Code'],
    zhShortNames: ['法释〔2023〕13号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2023-05-23',
    promulgated: '2023-12-04',
    effective: '2023-12-05',
    summary:
      'SPC interpretation of the general part of the Civil Code’s contracts book: 69 articles on the conclusion, validity, performance, preservation, modification, assignment and termination of contracts and on liability for breach.',
    sources: [
      {
        url: 'http://fxcxw.org.cn/html/68/2023-12/content-26537.html',
        title: '人民法院报 (法治创新网) – 最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释(附答记者问)',
        quote:
          '《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》已于2023年5月23日由最高人民法院审判委员会第1889次会议通过,现予公布,自2023年12月5日起施行。\n\n    最高人民法院  \n\n    2023年12月4日  \n\n    法释〔2023〕13号\n最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=231348',
        title: "csrcare.com – Interpretation by the Supreme People's Court of Several Issues Concerning the Application of Title One General Provisions of Book Three Contracts of the Civil Code",
        quote:
          "The Interpretation by the Supreme People's Court of Several Issues Concerning the Application of Title One General Provisions of Book Three Contracts of the Civil Code of the People's Republic of China, as adopted at the 1,889th meeting of the Judicial Committee of the Supreme People's Court on May 23, 2023, is hereby issued, and shall come into force on December 5, 2023.",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-releases-judicial-interpretation-on-contract-law',
        title: 'China Justice Observer – SPC Releases Judicial Interpretation on Contract Law',
        quote:
          'On 4 Dec. 2023, China’s Supreme People’s Court (SPC) issued the “Interpretation on Several Issues Concerning the Application of the General Provisions of the Contract Section of China’s Civil Code” (hereinafter the “Interpretation”, 关于适用〈中国民法典〉合同编通则若干问题的解释). … The Interpretation comprises 69 articles and is divided into several parts: General Provisions, Conclusion of Contracts, Effect of Contracts, Performance of Contracts, Preservation of Contracts, Modification and Assignment of Contracts, Termination of Rights and Obligations under Contracts, Liability for Breach of Contract, and Supplementary Provisions.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // The SPC interpretation (I) of the Civil Code's tort liability book (法释〔2024〕12号).
  {
    id: 'document:spc-interpretation-i-civil-code-tort-liability',
    name: "Interpretation on the Application of the Part on Tort Liability in the Civil Code of the People's Republic of China (I)",
    nameZh: '最高人民法院关于适用《中华人民共和国民法典》侵权责任编的解释(一)',
    aliases: ["Interpretation by the Supreme People's Court of the Application of Book Seven Tort Liability of the Civil Code of the People's Republic of China (I)"],
    zhShortNames: ['法释〔2024〕12号', '民法典侵权责任编解释(一)'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2023-12-18',
    promulgated: '2024-09-25',
    effective: '2024-09-27',
    summary:
      'First SPC interpretation of the Civil Code’s tort liability book: 26 articles, among them liability for unlawfully removing a ward from a guardian, no exemption where prohibited dangerous animals such as ferocious dogs cause harm, and objects thrown or falling from heights.',
    sources: [
      {
        url: 'https://focustax.cn/home/index/article?id=25444&types=1',
        title: '法释[2024]12号 最高人民法院发布《关于适用〈中华人民共和国民法典〉侵权责任编的解释(一)》',
        quote:
          '《最高人民法院关于适用〈中华人民共和国民法典〉侵权责任编的解释(一)》已于2023年12月18日由最高人民法院审判委员会第1909次会议通过,现予公布,自2024年9月27日起施行。\n\n  最高人民法院\n\n  2024年9月25日\n\n最高人民法院关于适用《中华人民共和国民法典》侵权责任编的解释(一)',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=233491',
        title: "csrcare.com – Interpretation by the Supreme People's Court of the Application of Book Seven Tort Liability of the Civil Code (I)",
        quote:
          "Interpretation by the Supreme People's Court of the Application of Book Seven Tort Liability of the Civil Code of the People's Republic of China (I)\n\n中文\nDocument Number:法释〔2024〕12号 Issuing Authority:Supreme People's Court",
        supports: ['aliases', 'zhShortNames', 'issuers'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=1e404165a1484dda9f3c8b178711f20e',
        title: 'Watson & Band – SPC Publishes Judicial Interpretation on the Part on Tort Liability in the Civil Code (I)',
        quote:
          'On September 26, the Supreme People\'s Court (SPC) released the Interpretation on the Application of the Part on Tort Liability in the Civil Code of the People\'s Republic of China (I) (the "Interpretation"), effective from September 27, 2024.\n\nThe Interpretation consists of 26 articles … (1) clarifying the tort liability on the unlawful removal of a person under guardianship from their guardian; … (6) clarifying that no liability exemption shall apply in cases where a person is harmed by any prohibited dangerous animals, such as ferocious dogs; and (7) specifying the substantive and procedural rules for liability in cases where harm is caused by any objects thrown or falling from a height.',
        supports: ['name', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://jsjc.gov.cn/ds/sz/202411/t20241106_1674890.shtml',
        title: '江苏检察网 – 《最高人民法院民法典侵权责任编司法解释理解与适用》前言',
        quote:
          '2024年9月27日施行的《最高人民法院关于适用〈中华人民共和国民法典〉侵权责任编的解释(一)》(以下简称《民法典侵权责任编解释(一)》)是民法典施行后最高人民法院首次针对第七编“侵权责任”作出的司法解释',
        supports: ['zhShortNames', 'kind', 'effective'],
      },
    ],
  },

  // The SPC's 2021 interpretation of the Criminal Procedure Law (法释〔2021〕1号).
  {
    id: 'document:spc-interpretation-criminal-procedure-law-2021',
    name: 'Interpretation on the Application of the Criminal Procedure Law',
    nameZh: '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释',
    zhShortNames: ['法释〔2021〕1号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-12-07',
    promulgated: '2021-01-26',
    effective: '2021-03-01',
    summary:
      'SPC interpretation of the Criminal Procedure Law in 655 articles, including rules on reviewing and assessing audio-visual materials and electronic data.',
    sources: [
      {
        url: 'https://www.sxls.com/xingsufajieshi.html',
        title: '最新刑诉法司法解释(2021)',
        quote:
          '《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》已于2020年12月7日由最高人民法院审判委员会第1820次会议通过,现予公布,自2021年3月1日起施行。\n\n最高人民法院\n2021年1月26日\n\n最高人民法院\n关于适用《中华人民共和国刑事诉讼法》的解释\n\n法释〔2021〕1号 … 第七节 视听资料、电子数据的审查与认定',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/interpretation-on-the-application-of-the-criminal-procedure-law-20210126',
        title: 'China Laws Portal (CJO) – Interpretation on the Application of the Criminal Procedure Law of China (2021)',
        quote:
          "Interpretation on the Application of the Criminal Procedure Law of China (2021)\n\n关于适用《中华人民共和国刑事诉讼法》的解释\n\nType of laws Judicial interpretation\n\nIssuing body Supreme People's Court\n\nPromulgating date Jan 26, 2021\n\nEffective date Mar 01, 2021 … There are 655 articles in total.",
        supports: ['name', 'kind', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/spccplinterp2021/',
        title: 'China Law Translate – Interpretation on the Application of the "Criminal Procedure Law of the PRC"',
        quote:
          "Title: Chinese Title: 最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释\nPromulgating Entities:Supreme People's Court\nReference number: 法释〔2021〕1号\nPromulgation Date: 2021-1-26",
        supports: ['nameZh', 'zhShortNames', 'issuers', 'promulgated'],
      },
    ],
  },

  // The SPP's 2019 Criminal Procedure Rules of the People's Procuratorates (高检发释字〔2019〕4号).
  {
    id: 'document:spp-criminal-procedure-rules-2019',
    name: "Rules of Criminal Procedure for the People's Procuratorates",
    nameZh: '人民检察院刑事诉讼规则',
    zhShortNames: ['高检发释字〔2019〕4号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spp'],
    adopted: '2019-12-02',
    promulgated: '2019-12-30',
    effective: '2019-12-30',
    summary:
      'SPP rules on how procuratorates handle criminal cases under the Criminal Procedure Law, revised in 2019 for the third time after 1998 and 2012.',
    sources: [
      {
        url: 'http://pkulaw.cn/fulltext_form.aspx?Db=chl&Gid=3ac1ab4c036fa907bdfb&keyword=&EncodingName=big5&Search_Mode=&Search_IsTitle=0',
        title: '北大法宝 – 人民檢察院刑事訴訟規則(2019修訂)',
        quote:
          '人民檢察院刑事訴訟規則(2019修訂)\n【發布部門】 最高人民檢察院【發文字號】 高檢發釋字[2019]4號\n【發布日期】 2019.12.30【實施日期】 2019.12.30\n【時效性】 現行有效【效力級別】 司法解釋 … 《人民檢察院刑事訴訟規則》已經2019年12月2日最高人民檢察院第十三屆檢察委員會第二十八次會議通過,現予公布,自2019年12月30日起施行。 … 自2019年12月30日起施行 高檢發釋字〔2019〕4號)',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://xsba.vip/sfjs/ljsy/jc-ssgz2019-1.htm',
        title: '最高人民检察院法律政策研究室 – 修订后的《人民检察院刑事诉讼规则》主要内容解读',
        quote:
          '2019年12月30日,修订后的《人民检察院刑事诉讼规则》(以下简称《规则》)公布,并自公布之日起施行。 … 《规则》是检察机关全面正确适用刑事诉讼法和有关法律的重要司法解释和规范司法办案的重要规范依据。此次《规则》修订是继1998年和2012年之后的第三次修订',
        supports: ['name', 'nameZh', 'kind', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // The SPC/SPP interpretation on procuratorial public interest litigation (法释〔2018〕6号).
  {
    id: 'document:spc-spp-interpretation-procuratorial-public-interest-litigation',
    name: "Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Application of Law in Procuratorial Public Interest Litigation Cases",
    nameZh: '最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释',
    zhShortNames: ['法释〔2018〕6号', '关于检察公益诉讼案件适用法律若干问题的解释'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2018-03-02',
    summary:
      'Joint SPC/SPP interpretation on the procedure for public interest suits brought by procuratorates under the Civil and Administrative Procedure Laws and on the procuratorates’ rights and duties in them.',
    sources: [
      {
        url: 'https://wangkanglawyer.com/tag/%e6%b3%95%e9%87%8a%e3%80%942018%e3%80%956%e5%8f%b7',
        title: '王康律师 – 《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》的理解与适用',
        quote:
          '2018年3月2日,最高人民法院、最高人民检察院联合发布了法释〔2018〕6号《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》(以下简称《解释》)。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://freewechat.com/a/MjM5NTc5NTU4Ng==/2652149433/1',
        title: '北大法律信息网 – 两高发布关于检察公益诉讼案件司法解释及典型案例',
        quote:
          '最高人民法院、最高人民检察院今日联合召开主题为“公益诉讼,为了您的美好生活”的新闻发布会,发布《最高人民法院最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》(以下简称《解释》) … 《解释》根据民事诉讼法和行政诉讼法的规定,对办理检察公益诉讼案件的程序、检察机关的权利义务等内容作出规定',
        supports: ['zhShortNames', 'issuers', 'summary'],
      },
    ],
  },

  // The SPC interpretation on consumer civil public interest litigation (2016).
  {
    id: 'document:spc-interpretation-consumer-civil-public-interest-litigation',
    name: "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Consumer Civil Public Interest Litigation Cases",
    nameZh: '最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释',
    zhShortNames: ['关于审理消费民事公益诉讼案件适用法律若干问题的解释'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2016-04-24',
    effective: '2016-05-01',
    summary:
      'SPC interpretation on consumer civil public interest suits: who may sue, which harms to consumers’ common interests qualify, which court hears them and how they relate to private suits.',
    sources: [
      {
        url: 'https://www.leetsai.com/%e4%bb%b2%e8%a3%81-%e8%af%89%e8%ae%bc/%e6%9c%80%e9%ab%98%e4%ba%ba%e6%b0%91%e6%b3%95%e9%99%a2%e5%85%b3%e4%ba%8e%e5%ae%a1%e7%90%86%e6%b6%88%e8%b4%b9%e6%b0%91%e4%ba%8b%e5%85%ac%e7%9b%8a%e8%af%89%e8%ae%bc%e6%a1%88%e4%bb%b6%e9%80%82%e7%94%a8?lang=zh-hans',
        title: '理律法律事务所 – 最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释(中国大陆)',
        quote:
          '最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释(中国大陆)\n\n程玉祥律师\n2016年4月24日最高人民法院发布了《关于审理消费民事公益诉讼案件适用法律若干问题的解释》(以下简称《解释》),以切实推进消费民事公益诉讼制度,保护消费者合法权益,构建和谐公平诚信消费市场秩序。该《解释》将自2016年5月1日起施行。\n《解释》主要明确了消费民事公益诉讼原告资格、适用范围、消费领域社会公共利益类型化、管辖法院、原告处分权的限制、公益诉讼与私益诉讼的关系、请求权类型及责任承担方式、裁判既判力等问题。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=8079bc24-df1c-454d-a1f2-4c4c1940e0e0',
        title: 'Lexology – 《关于审理消费民事公益诉讼案件适用法律若干问题的解释》解读',
        quote:
          '2016 年 4 月 24 日,最高人民法院公布《关于审理消费民事公益诉讼案件适用法律若干问题的解释》(下称《解释》),该《解释》即将于 2016 年 5 月 1 日起正式实施。',
        supports: ['zhShortNames', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },

  // The SPC/SPP reply on cloud disks and obscene electronic information (法释〔2017〕19号).
  {
    id: 'document:spc-spp-reply-cloud-disk-obscene-electronic-information',
    name: "Reply of the Supreme People's Court and the Supreme People's Procuratorate on Conviction and Sentencing for Using Network Cloud Disks to Produce, Reproduce, Sell or Disseminate Obscene Electronic Information for Profit",
    nameZh: '最高人民法院、最高人民检察院关于利用网络云盘制作、复制、贩卖、传播淫秽电子信息牟利行为定罪量刑问题的批复',
    zhShortNames: ['法释〔2017〕19号', '关于利用网络云盘制作、复制、贩卖、传播淫秽电子信息牟利行为定罪量刑问题的批复'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2017-11-22',
    effective: '2017-12-01',
    summary:
      'SPC/SPP reply applying the Criminal Law and the 2004 interpretation on obscene electronic information (Fa Shi [2004] No. 11) to people who use network cloud disks to spread obscene material for profit.',
    relations: [{ type: 'cites', target: 'document:spc-spp-interpretation-on-obscene-electronic-information-criminal-cases', source: 0 }],
    sources: [
      {
        url: 'http://www.xiamensm.jcy.gov.cn/zxfg/201712/t20171201_2112305.shtml',
        title: '厦门市思明区人民检察院 – 两高关于利用网络云盘制作、复制、贩卖、传播淫秽电子信息牟利行为定罪量刑问题的批复',
        quote:
          '《最高人民法院、最高人民检察院关于利用网络云盘制作、复制、贩卖、传播淫秽电子信息牟利行为定罪量刑问题的批复》已于2017年8月28日由最高人民法院审判委员会第1724次会议、2017年10月10日由最高人民检察院第十二届检察委员会第70次会议通过,现予公布,自2017年12月1日起施行。\n\n  最高人民法院      最高人民检察院\n\n  2017年11月22日\n\n  法释〔2017〕19号 … 一、对于以牟利为目的,利用网络云盘制作、复制、贩卖、传播淫秽电子信息的行为,是否应当追究刑事责任,适用刑法和《最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释》(法释〔2004〕11号)',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'http://examw.com/zj/zixun/gonggao/449512',
        title: '考试吧 (人民日报) – 网络云盘涉黄 依法可追刑责',
        quote:
          '近日从最高人民法院获悉:《最高人民法院最高人民检察院关于利用网络云盘制作、复制、贩卖、传播淫秽电子信息牟利行为定罪量刑问题的批复》将于2017年12月1日起施行。',
        supports: ['zhShortNames', 'effective'],
      },
    ],
  },

  // The SPC provisions on the temporal effect of the Civil Code (法释〔2020〕15号).
  {
    id: 'document:spc-provisions-civil-code-temporal-effect',
    name: "Several Provisions of the Supreme People's Court on the Time Effect of Applying the Civil Code",
    nameZh: '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定',
    aliases: [
      "Several Provisions of the Supreme People's Court on the Application of the Time Validity of the Civil Code of the People's Republic of China",
      "Several Provisions of the Supreme People's Court on the Retroactivity in the Application of the Civil Code of the People's Republic of China",
    ],
    zhShortNames: ['法释〔2020〕15号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-12-14',
    promulgated: '2020-12-29',
    effective: '2021-01-01',
    summary:
      'SPC provisions on when courts apply the Civil Code or the laws it replaced to facts that arose before it took effect on 1 January 2021.',
    sources: [
      {
        url: 'https://iread.qq.com/read/1044617805/4',
        title: 'QQ阅读 – 最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定',
        quote:
          '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定\n\n(2020年12月14日最高人民法院审判委员会第1821次会议通过 2020年12月29日最高人民法院公告公布 自2021年1月1日起施行 法释〔2020〕15号)',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://fdi-law.com/en/m/view.php?id=2778',
        title: "fdi-law.com – Several Provisions of the Supreme People's Court on the Time Effect of Applying the Civil Code",
        quote:
          "Several Provisions of the Supreme People's Court on the Time Effect of Applying the Civil Code of the P. R. China\n(Adopted at the 1821st meeting of the Judicial Committee of the Supreme People's Court on December 14, 2020 and effective as of January 1, 2021)",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://goldenhelm.cn/en/news_view.php?id=19',
        title: "Golden Helm Law Firm – Several Provisions of the Supreme People's Court on the Application of the Time Validity of the Civil Code",
        quote:
          'The "Several Provisions of the Supreme People\'s Court on the Application of the Time Validity of the Civil Code of the People\'s Republic of China" were adopted at the 1821st meeting of the Judicial Committee of the Supreme People\'s Court on December 14, 2020',
        supports: ['aliases', 'adopted'],
      },
      {
        url: 'https://rudelvshi.com/en/d/306.html',
        title: "rudelvshi.com – Several Provisions of the Supreme People's Court on the Retroactivity in the Application of the Civil Code",
        quote:
          "Several Provisions of the Supreme People's Court on the Retroactivity in the Application of the Civil Code of the People's Republic of China (Article20-28)",
        supports: ['aliases'],
      },
      {
        url: 'http://rmft.court.gov.cn:80/1850/ywzd/2967.jhtml',
        title: '人民法院 (人民司法) – 《最高人民法院关于适用<中华人民共和国民法典>时间效力的若干规定》的理解与适用',
        quote:
          '为确保民法典统一正确适用,妥善解决民法典施行后新旧法律衔接适用问题,2020年12月14日,最高人民法院审判委员会第1821次全体会议审议通过了《最高人民法院关于适用<中华人民共和国民法典>时间效力的若干规定》(以下简称《规定》),自2021年1月1日起施行。',
        supports: ['issuers', 'adopted', 'effective', 'summary'],
      },
    ],
  },

  // The SPC interpretation (I) of the Civil Code's marriage and family book (法释〔2020〕22号).
  {
    id: 'document:spc-interpretation-i-civil-code-marriage-family',
    name: "Interpretation (I) of the Supreme People's Court on the Application of the Marriage and Family Book of the Civil Code",
    nameZh: '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释(一)',
    zhShortNames: ['法释〔2020〕22号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-12-25',
    promulgated: '2020-12-29',
    effective: '2021-01-01',
    summary: 'SPC interpretation for trying marriage and family disputes under the Civil Code’s marriage and family book, in force with the Civil Code.',
    sources: [
      {
        url: 'http://yylawyer.net/files/news3129.htm',
        title: '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释(一)',
        quote:
          '《最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释(一)》已于2020年12月25日由最高人民法院审判委员会第1825次会议通过,现予公布,自2021年1月1日起施行。 最高人民法院 2020年12月29日 法释〔2020〕22号 最高人民法院关于适用 《中华人民共和国民法典》婚姻家庭编的解释(一) (2020年12月25日最高人民法院审判委员会 第1825次会议通过,自2021年1月1日起施行) 为正确审理婚姻家庭纠纷案件,根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》等相关法律规定,结合审判实践,制定本解释。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
];
