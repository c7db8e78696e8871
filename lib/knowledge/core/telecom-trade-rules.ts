import type { CoreInstrument } from './types';

/**
 * Instruments China TMT pages cite beside the data laws: the Criminal Law and its judicial
 * interpretation on personal information, telecoms licensing and foreign investment in telecoms,
 * the trade countermeasures (unreliable entities, blocking rules), and the general laws and
 * regulations (administrative penalties, counter-terrorism, standards, commercial cryptography,
 * computer systems, torts) that TMT enforcement and compliance rest on.
 */
export const CORE_TELECOM_TRADE_RULES: CoreInstrument[] = [
  // ───────────────────────────── Criminal Law ─────────────────────────────
  {
    id: 'document:criminal-law',
    name: 'Criminal Law',
    nameZh: '刑法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1979-07-01',
    promulgated: '1979-07-06',
    effective: '1980-01-01',
    // The 1997 recodification by the NPC, then Amendments IX (2015, the personal-information crime) and XI (2020).
    amended: ['1997-03-14', '2015-08-29', '2020-12-26'],
    summary:
      'China’s criminal code (1979, revised 1997); Amendment IX (2015) merged the offences of selling or illegally providing or obtaining citizens’ personal information into the crime of infringing citizens’ personal information.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/law/display.asp?id=3',
        title: 'lawinfochina.com (PKULaw)',
        quote:
          "CRIMINAL LAW OF THE PEOPLE'S REPUBLIC OF CHINA\n(Adopted at the Second Session of the Fifth National People's Congress on July 1, 1979, promulgated by Order No.5 of the Chairman of the Standing Committee of the National People's Congress on July 6, 1979, and effective as of January 1,1980) … 中华人民共和国刑法\n(1979年7月1日第五届全国人民代表大会第二次会议通过 1979年7月6日全国人民代表大会常务委员会委员长令第五号公布 自1980年1月1日起施行)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://uianet.net/dictionary/b2219169.html',
        title: 'uianet.net',
        quote:
          '《中华人民共和国刑法》由中华人民共和国第五届全国人民代表大会第二次会议于1979年7月1日通过,自1980年1月1日起施行。最新修订是由中华人民共和国第八届全国人民代表大会第五次会议于1997年3月14日修订,自1997年10月1日起施行。2020年12月26日,中华人民共和国第十三届全国人民代表大会常务委员会第二十四次会议通过《中华人民共和国刑法修正案(十一)》,自2021年3月1日起施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'effective', 'amended', 'summary'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-1403367-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Adopted at the second meeting of the Fifth National Congress of the People's Republic of China on July 1, 1979; revised at the fifth meeting of the Eighth National Congress of the People's Republic of China on March 14, 1997; … and amended in accordance with the Amendment IX to the Criminal Law of the People's Republic of China on August 29, 2015.",
        supports: ['name', 'adopted', 'amended'],
      },
      {
        url: 'https://globethesis.com/?t=2416330614954258',
        title: 'Global Thesis',
        quote:
          'the Legislative Assembly passed the Criminal Law Amendment(IX)in 2015,which punishes the crime of selling,illegally providing citizens’ personal information,and illegally obtaining citizens’ personalities as stipulated in Article 253.The crime of information is integrated into the crime of infringement of citizens’ personal information.',
        supports: ['amended', 'summary'],
      },
    ],
  },

  // ──────────── SPC/SPP interpretation on the personal-information crime ────────────
  {
    id: 'document:spc-spp-interpretation-on-criminal-cases-of-infringing-citizens-personal-information',
    name: "Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues concerning the Application of Law in the Handling of Criminal Cases of Infringing on Citizens' Personal Information",
    nameZh: '最高人民法院 最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释',
    aliases: [
      'Interpretation on Several Issues Concerning the Application of the Law in the Handling of Criminal Cases Involving the Infringement of the Personal Information of Citizens',
      "Interpretation of Several Issues Concerning the Application of Laws in Handling Criminal Cases of Infringement of Citizens' Personal Information",
    ],
    // Pages usually cite it without the two courts' names in front, or by its number.
    zhShortNames: ['关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释', '法释〔2017〕10号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    // Adopted by the SPC Judicial Committee on 20 March 2017 and by the SPP Procuratorial Committee on 26 April 2017 (shndlaw).
    adopted: '2017-03-20',
    promulgated: '2017-05-08',
    effective: '2017-06-01',
    summary:
      'SPC/SPP judicial interpretation of the personal-information crime: what counts as citizens’ personal information, and the 50/500/5,000-record thresholds for “serious circumstances”.',
    relations: [{ type: 'based_on', target: 'document:criminal-law', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2017/07/27/interpretation-on-several-issues-concerning-the-application-of-the-law-in-the-handling-of-criminal-cases-involving-the-infringement-of-the-personal-information-of-citizens',
        title: 'China Law & Practice',
        quote:
          "Interpretation on Several Issues Concerning the Application of the Law in the Handling of Criminal Cases Involving the Infringement of the Personal Information of Citizens\n\n关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释 … (Promulgated by the Supreme People's Court and the Supreme People's Procuratorate on May 8 2017 and effective as of June 1 2017.) … 法释〔2017〕10号 … 根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》的有关规定,现就办理此类刑事案件适用法律的若干问题解释如下:",
        supports: ['aliases', 'zhShortNames', 'issuers', 'promulgated', 'effective', 'status', 'relations'],
      },
      {
        url: 'https://shndlaw.com/index.php/post/1503',
        title: 'shndlaw.com',
        quote:
          "Level of Authority: Judicial Interpretation\n- Date issued:05-08-2017 … Issuing Authority: Supreme People's Court Supreme People's Procuratorate\n- Status: Effective … The Interpretation of the Supreme People's Court and the Supreme People's\nProcuratorate on Several Issues concerning the Application of Law in the\nHandling of Criminal Cases of Infringing on Citizens' Personal Information,\nasadopted at the 1712th meeting of the Judicial Committee of the Supreme\nPeople's Court on March 20, 2017 and at the 63rd meeting of the Twelfth Procuratorial\nCommittee of the Supreme People's Procuratorate on April 26, 2017, is hereby\nissued and shall come into force on June 1, 2017.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://xxgl.hati.edu.cn/info/1072/1075.htm',
        title: '两高发布司法解释 严格办理侵犯公民个人信息刑事案件',
        quote:
          '最高人民法院5月9日上午发布了《最高人民法院 最高人民检察院 关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》,明确了公民个人信息定义、范围、种类 … 基于不同类型公民个人信息的重要程度,《解释》分别设置了“五十条以上”“五百条以上”“五千条以上”的入罪标准,以体现罪责刑相适应。',
        supports: ['nameZh', 'issuers', 'kind', 'summary'],
      },
      {
        url: 'https://globethesis.com/?t=2416330614954258',
        title: 'Global Thesis',
        quote:
          'on May 8,2017,the Supreme People’s Court and the Supreme People’s Procuratorate jointly issued the "Interpretation of Several Issues Concerning the Application of Laws in Handling Criminal Cases of Infringement of Citizens’ Personal Information",which stipulated unified regulations on the determination criteria of "serious circumstances".',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────── Telecommunications business licensing ───────────────────
  {
    id: 'document:administrative-measures-for-licensing-of-telecommunications-business',
    name: 'Administrative Measures for the Licensing of Telecommunications Business',
    nameZh: '电信业务经营许可管理办法',
    aliases: [
      'Administrative Measures on Telecommunications Business Permits',
      'Measures on the Administration of Telecommunications Business Operating Licences',
      'Administrative Measure for the Licensing of Telecom Service Operation',
      'Administrative Measures for the Licensing of Telecommunication Business Operation',
      'Ministry of Industry and Information Technology Order No. 42',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2017-06-21',
    // MIIT Order No. 42 is dated 3 July 2017; MIIT published it on 13 July 2017 (Lexology, hk-lawyer.org).
    promulgated: '2017-07-03',
    effective: '2017-09-01',
    summary: 'MIIT rules on applying for, approving, using and supervising telecoms business operating licences; the 2017 text replaced the 2009 measures.',
    relations: [{ type: 'based_on', target: 'document:telecommunications-regulations', source: 0 }],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3117487-T.html',
        title: 'LexisNexis China',
        quote:
          "Order of the Ministry of Industry and Information Technology of the People's Republic of China No.42\n\nJuly 3, 2017\n\nThe Administrative Measures for the Licensing of Telecommunications Business were deliberated and adopted at the 31st ministerial affairs meeting of the Ministry of Industry and Information Technology on June 21, 2017, which are hereby promulgated for implementation as of September 1, 2017. … these Measures have been instituted in accordance with the provisions of the Telecommunications Regulations of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://appinchina.co/government-documents/administrative-measures-on-telecommunications-business-permits-2017',
        title: 'AppInChina',
        quote:
          'Effective Date: 09-01-2017\nChinese Title: 电信业务经营许可管理办法\nMinistry of Industry and Information Technology Order No. 42\nThe Administrative Measures on Telecommunications Business Permits passed by the 31st ministerial session on 21 June 2017 of the Ministry of Industry and Information Technology is hereby promulgated and shall be implemented with effect from 1 September 2017.',
        supports: ['nameZh', 'aliases', 'kind', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://hk-lawyer.org/content/miit-issues-revised-telecoms-licensing-measures',
        title: 'Hong Kong Lawyer',
        quote:
          'On 13 July 2017, the Ministry for Industry and Information Technology (“MIIT”) issued the Measures on the Administration of Telecommunications Business Operating Licences, which took effect 1 September 2017, replacing the old measures of the same name issued in 2009.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=3a6bb480-32b8-4c7f-819b-eae99afb0a19',
        title: 'Lexology',
        quote:
          'The Ministry of Industry and Information Technology published the revised Administrative Measure for the Licensing of Telecom Service Operation (“Measures”) on 13 July 2017. The Measures govern the application, approval, use and administration of telecom service operation licences within China.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://aq.juming.cn/show/252.html',
        title: 'aq.juming.cn (工业和信息化部官网转载)',
        quote: '电信业务经营许可管理办法 … 第二条 在中华人民共和国境内申请、审批、使用和管理电信业务经营许可证(以下简称经营许可证),适用本办法。',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'https://www.chinalawvision.com/2017/05/intellectual-property/telecommunication-miit-seeks-public-comments-on-revised-administrative-measures-for-the-licensing-of-telecommunication-business-operation/',
        title: 'China Law Vision',
        quote:
          'Recently the revised version of the Administrative Measures for the Licensing of Telecommunication Business Operation (Draft) (“the Draft”) was published by the Ministry of Industry and Information Technology (“MIIT”) for public comments.',
        supports: ['aliases'],
      },
    ],
  },

  // ──────────────── Foreign investment in telecoms enterprises ────────────────
  {
    id: 'document:provisions-on-administration-of-foreign-invested-telecommunications-enterprises',
    name: 'Provisions on Administration of Foreign-Invested Telecommunications Enterprises',
    nameZh: '外商投资电信企业管理规定',
    aliases: [
      'Provisions for the Administration of Foreign-Invested Telecommunications Enterprises',
      'Administrative Provisions on Foreign-funded Telecommunications Enterprises',
      'Provisions on the Administration of Foreign-Funded Telecommunications Enterprises',
      'Decree No. 333 of the State Council',
    ],
    zhShortNames: ['国务院令第333号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2001-12-05',
    promulgated: '2001-12-11',
    effective: '2002-01-01',
    // Revised in 2008 and 2016; the third revision (State Council Order No. 752) took effect on 1 May 2022.
    amended: ['2008-09-10', '2016-02-06', '2022-03-29'],
    summary:
      'State Council rules for foreign investors in Chinese telecoms businesses: minimum registered capital, and foreign stakes capped at 49% for basic and 50% for value-added services.',
    relations: [{ type: 'based_on', target: 'document:telecommunications-regulations', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2022/04/22/provisions-for-the-administration-of-foreign-invested-telecommunications-enterprises-revised-in-2022',
        title: 'China Law & Practice',
        quote:
          'Provisions for the Administration of Foreign-Invested Telecommunications Enterprises (Revised in 2022)\n\n外商投资电信企业管理规定 (2022年修訂) … (国务院于二零二二年三月二十九日修订,自二零二二年五月一日起施行。)\n\n(Revised by the State Council on, effective as of, March 29, 2022, and effective as of May 1, 2022.)\n\n国务院令 第752号 … 第一条 为了适应电信业对外开放的需要,促进电信业的发展,根据有关外商投资的法律、行政法规和《中华人民共和国电信条例》(以下简称电信条例),制定本规定。',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'amended', 'relations'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/china-eases-restrictions-for-foreign-invested-telecommunications-enterprises',
        title: 'China Justice Observer',
        quote:
          'On 7 Apr. 2022, the State Council issued a relevant decision to make substantial amendments to the “Provisions on Administration of Foreign-invested Telecommunications Enterprises” (hereinafter “the Provisions on Administration”, 外商投资电信企业管理规定) … “The ultimate proportion of capital contribution made by foreign investors in a foreign-invested telecommunications enterprise providing basic telecommunications services … shall not exceed 49%, except as otherwise provided by the state. The ultimate proportion of capital contribution made by foreign investors in a foreign-invested telecommunications enterprise providing value-added telecommunications services … shall not exceed 50%',
        supports: ['name', 'nameZh', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://appinchina.co/government-documents/administrative-provisions-on-foreign-funded-telecommunications-enterprises',
        title: 'AppInChina',
        quote:
          '(Promulgated on 11 December 2001 under Decree No. 333 of the State Council of the People’s Republic of China, revised for the first time on 10 September 2008 pursuant to the Decision of the State Council on the Revision to the Administrative Provisions on Foreign-funded Telecommunications Enterprises, revised for the second time on 6 February 2016 pursuant to the Decision of the State Council on the Revision to Certain Administrative Regulations, and revised for the third time on 29 March 2022',
        supports: ['aliases', 'issuers', 'kind', 'promulgated', 'amended'],
      },
      {
        url: 'http://www.jhzsvip.com/business/2007-06/22/content_18672924.htm',
        title: 'jhzsvip.com',
        quote:
          "Provisions on Administration of Foreign-Invested Telecommunications Enterprises … (Adopted at the 49th Executive Meeting of the State Council on December 5, 2001, promulgated by Decree No. 333 of the State Council of the People's Republic of China on December 11, 2001 and effective as of January 1, 2002)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://m.desk33.com/p-1300273.html',
        title: 'desk33.com (中英对照外商投资电信企业管理规定(2022修订))',
        quote:
          'ProvisionsontheAdministrationofForeign-FundedTelecommunicationsEnterprises(2022Revision)DocumentNumber:OrderNo.752oftheStateCouncilofthePeoplesRepublicofChina',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.zgfllt.com/news/zhengce/63867.html',
        title: 'zgfllt.com (来源:中央人民政府)',
        quote:
          '外商投资电信企业管理规定\n\n(2001年12月11日中华人民共和国国务院令第333号公布 根据2008年9月10日《国务院关于修改〈外商投资电信企业管理规定〉的决定》第一次修订 根据2016年2月6日《国务院关于修改部分行政法规的决定》第二次修订 根据2022年3月29日《国务院关于修改和废止部分行政法规的决定》第三次修订) … 第五条 外商投资电信企业的注册资本应当符合下列规定',
        supports: ['nameZh', 'issuers', 'kind', 'promulgated', 'amended', 'summary', 'zhShortNames'],
      },
    ],
  },
  // ──────────────── Negative list for foreign investment access ────────────────
  {
    id: 'document:special-administrative-measures-negative-list-for-foreign-investment-access-2024',
    name: 'Special Administrative Measures (Negative List) for Foreign Investment Access (Edition 2024)',
    nameZh: '外商投资准入特别管理措施(负面清单)(2024年版)',
    aliases: [
      'Special Management Measures for Foreign Investment Access (Negative List) (2024 Edition)',
      'Special Administrative Measures for Foreign Investment Access (Negative List) (2024 Version)',
      'Order No. 23 of the National Development and Reform Commission and the Ministry of Commerce',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    adopted: '2024-04-08',
    // NDRC/MOFCOM Order No. 23 is dated 6 September 2024; the NDRC released it on 8 September 2024 (China Securities Journal).
    promulgated: '2024-09-06',
    effective: '2024-11-01',
    summary:
      'NDRC/MOFCOM list of the sectors closed or restricted to foreign investors; the 2024 edition cut the measures from 31 to 29 and lifted every restriction on manufacturing.',
    sources: [
      {
        url: 'https://appinchina.co/government-documents/special-administrative-measures-negative-list-for-foreign-investment-access-edition-2024/',
        title: 'AppInChina',
        quote:
          'Promulgation Authorities: National Development and Reform Commission, Ministry of Commerce, Decree No. 23 of the National Development and Reform Commission and the Ministry of Commerce\n\nRelease Date: 2024-09-06\n\nEffective on: 2024-11-01\n\nChinese Name: 外商投资准入特别管理措施（负面清单）（2024年版） … The Special Administrative Measures (Negative List) for Foreign Investment Access (Edition 2024), adopted upon deliberation at the 10th executive meeting of the National Development and Reform Commission and reviewed and signed by the Ministry of Commerce on April 8, 2024, and approved by the CPC Central Committee and the State Council, are hereby promulgated, effective November 1, 2024.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hainanpolicy.com/policies2.asp?id=115&m=4&type=7',
        title: 'Hainan Policy',
        quote:
          'Special Management Measures for Foreign Investment Access\n\n(Negative List) (2024 Edition)\n\n(Approved by the 10th Executive Meeting of the National Development and Reform Commission on April 8, 2024, promulgated by Order No. 23 of the National Development and Reform Commission and the Ministry of Commerce on September 6, 2024, and effective from November 1, 2024)',
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.serviceonnewgrounds.com/2024-negative-list-for-foreign-investment-access/',
        title: 'Service on New Grounds',
        quote:
          'On 8 September 2024, the National Development and Reform Commission (NDRC) and the Ministry of Commerce (MOFCOM) issued the Special Administrative Measures for Foreign Investment Access (Negative List) (2024 Version), which came into effect on 1 November 2024, with a reduction of restrictive measures on the national negative list from 31 to 29, and the abolition of restrictive measures on foreign investment access in the manufacturing sector.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://epaper.cs.com.cn/zgzqb/html/2024-09/09/nw.D110000zgzqb_20240909_3-A01.htm',
        title: '中国证券报',
        quote:
          '国家发展改革委网站消息,国家发展改革委、商务部9月8日发布《外商投资准入特别管理措施(负面清单)(2024年版)》,自2024年11月1日起施行。 … “本次修订后,全国外资准入负面清单的限制措施由31条压减至29条,制造业领域外资准入限制措施全面取消。”',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── Unreliable Entity List ─────────────────────────
  {
    id: 'document:provisions-on-unreliable-entity-list',
    name: 'Provisions on the Unreliable Entity List',
    nameZh: '不可靠实体清单规定',
    aliases: ['Regulations on Unreliable Entity List', 'Provisions on the Unreliable Entities List'],
    // Cited by its order number as well.
    zhShortNames: ['商务部令2020年第4号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2020-09-19',
    effective: '2020-09-19',
    summary:
      'MOFCOM rules for listing foreign entities that endanger China’s security or cut off or discriminate against Chinese firms, and restricting their China-related trade and investment.',
    relations: [{ type: 'based_on', target: 'document:national-security-law', source: 0 }],
    sources: [
      {
        url: 'http://en.commerce.shandong.gov.cn/art/2021/1/5/art_25363_10271579.html',
        title: 'Shandong Provincial Department of Commerce',
        quote:
          'Order of the Ministry of Commerce of the People’s Republic of China 2020 No. 4 The Provisions on the Unreliable Entity List, approved by the State Council, are hereby promulgated and shall be effective as of the date of the promulgation. Minister of Commerce Zhong Shan September 19, 2020 Provisions on the Unreliable Entity List Article 1 These Provisions are formulated in accordance with the Foreign Trade Law of the People’s Republic of China, the National Security Law of the People’s Republic of China and other relevant laws',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://xrxxw.com/article/view/259518.html',
        title: 'xrxxw.com (来源:商务部网站)',
        quote:
          '商务部令2020年第4号 不可靠实体清单规定 … 《不可靠实体清单规定》已经国务院批准,现予公布,自公布之日起施行。\n部 长 钟 山\n2020年9月19日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.squirepattonboggs.com/en/insights/publications/2020/09/china-publishes-regulations-on-unreliable-entity-list',
        title: 'Squire Patton Boggs',
        quote:
          'On September 19, 2020, the Ministry of Commerce of the People’s Republic of China (the MOFCOM) published the Regulations on Unreliable Entity List (Regulations), which became effective the same day.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.wilmerhale.com/en/insights/client-alerts/~/link.aspx?_id=839626862FA4451B94203D5F1A5B9ED6&_z=z',
        title: 'WilmerHale',
        quote: 'On September 19, 2020, China’s Ministry of Commerce (MOFCOM) promulgated the Provisions on the Unreliable Entities List (the Provisions).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://info.expeditors.com/newsflash/china-publishes-management-measures-for-unreliable-foreign-entities',
        title: 'Expeditors',
        quote:
          'This regulation mandates the establishment of a mechanism to take actions in response to foreign entities that:\n\n  • Endanger China\'s national sovereignty, security, and development interests; or\n  • Suspend normal transactions with, or apply discriminatory measures against, a Chinese enterprise, organization, or individual, which violate normal market transaction principles and causes serious damage to their legitimate rights.\n\nFollowing an investigation, the actions that can be taken include, but are not limited to:\n\n  • Restricting that entity’s trade activities relating to China;\n  • Restricting that entity’s investment in China;',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────────────── Blocking Rules ───────────────────────────────
  {
    id: 'document:rules-on-counteracting-unjustified-extra-territorial-application-of-foreign-legislation',
    name: 'Rules on Counteracting Unjustified Extra-territorial Application of Foreign Legislation and Other Measures',
    nameZh: '阻断外国法律与措施不当域外适用办法',
    aliases: [
      'Rules on Blocking Unjustified Extraterritorial Application of Foreign Legislation and Measures',
      'Measures for Blocking the Improper Extraterritorial Application of Foreign Laws and Measures',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom'],
    // MOFCOM Order No. 1 of 2021 is dated 9 January 2021; one law-firm note gives 10 January 2021, the day after.
    promulgated: '2021-01-09',
    effective: '2021-01-09',
    summary:
      'MOFCOM blocking rules: Chinese parties report foreign measures that bar them from normal trade with third countries within 30 days, and MOFCOM may prohibit compliance with them.',
    relations: [{ type: 'based_on', target: 'document:national-security-law', source: 1 }],
    sources: [
      {
        url: 'https://webiis05.mondaq.com/china/government-contracts-procurement-ppp/1038602/mofcom-issued-the-rules-on-counteracting-unjustified-extra-territorial-application-of-foreign-legislation-and-other-measures?type=related',
        title: 'Mondaq',
        quote:
          'On January 9, 2021, the Rules on Counteracting Unjustified Extra-Territorial Application of Foreign Legislation and Other Measures ("Rules"), are hereby promulgated by Ministry of Commerce of the People\'s Republic of China ("MOFCOM") and shall be effective as of the date of the promulgation. … he/it shall truthfully report such matters to the competent department of commerce of the State Council within 30 days. … it may decide that the competent department of commerce of the State Council shall issue a prohibition order to the effect that, the relevant foreign legislation and other measures are not accepted, executed, or observed ("prohibition order").',
        supports: ['name', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://freewechat.com/a/Mzg5MTAzNTk4Ng==/2247490588/{{href}}',
        title: '合规小叨客 (freewechat.com)',
        quote:
          '1月9日,商务部在官网发布2021年第1号令,全文如下: … 《阻断外国法律与措施不当域外适用办法》已经国务院批准,现予公布,自公布之日起施行。 … 2021年1月9日 … 根据《中华人民共和国国家安全法》等有关法律,制定本办法。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.lockelord.com/newsandevents/publications/2021/02/locke-lord-quickstudy-blocking-statute',
        title: 'Locke Lord',
        quote:
          'On January 9, 2021, China’s Ministry of Commerce (MOFCOM) issued its No. 1 Order of 2021 titled “The Rules on Blocking Unjustified Extraterritorial Application of Foreign Legislation and Measures” (hereinafter, the “Chinese Blocking Rules”). Because MOFCOM has yet to interpret these departmental rules',
        supports: ['aliases', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.pst.ag/single-post/china-approves-new-blocking-legislation-against-foreign-laws-and-measures',
        title: 'PST.AG',
        quote:
          'On 9th January 2021, the Ministry of Commerce of the People’s Republic of China approved Order No. 1 of 2021 entitled “Measures for Blocking the Improper Extraterritorial Application of Foreign Laws and Measures.”',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
    ],
  },
  // ───────────────────────────── Administrative Penalty Law ─────────────────────────────
  {
    id: 'document:administrative-penalty-law',
    name: 'Administrative Penalty Law',
    nameZh: '行政处罚法',
    aliases: ['Administrative Punishments Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1996-03-17',
    promulgated: '1996-03-17',
    effective: '1996-10-01',
    // Amended in 2009 and 2017; the 2021 revision by the NPC Standing Committee took effect on 15 July 2021.
    amended: ['2009-08-27', '2017-09-01', '2021-01-22'],
    summary:
      'Sets the kinds of administrative penalty (warnings, fines, confiscation, suspension of business or licences, detention) and how authorities impose them, incl. hearings.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/administrative-punishments-law',
        title: 'NPC Observer',
        quote:
          'Administrative Punishments Law of the People’s Republic of China\n中华人民共和国行政处罚法 … (adopted Mar. 17, 1996, effective Oct. 1, 1996; amended and effective Aug. 27, 2009; amended Sept. 1, 2017, effective Jan. 1, 2018; revised Jan. 22, 2021, effective July 15, 2021)',
        supports: ['aliases', 'nameZh', 'status', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3888856-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "(Adopted at the Fourth Session of the Eighth National People's Congress on March 17, 1996; amended for the first time in accordance with the Decision on Amending Certain Laws passed at the Tenth Session of the Standing Committee of the 11th National People's Congress on August 27, 2009; amended for the second time in accordance with the Decision on Amending Eight Laws Including the Judges Law of the People's Republic of China passed at the 29th Session of the Standing Committee of the 12th National People's Congress on September 1, 2017; revised at the 25th Session of the Standing Committee of the 13th National People's Congress on January 22, 2021) … Section 4 Procedure of Hearings",
        supports: ['kind', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://www.shndlaw.com/post/66',
        title: 'shndlaw.com',
        quote: "Law of the People's Republic of China on Administrative Penalties\n\n  Order of the President of the People's Republic of China [1996] No. 63\n\n  March 17, 1996",
        supports: ['kind', 'promulgated'],
      },
      {
        url: 'https://www.haynesboone.com/news/alerts/china-amended-administrative-penalty-law-took-effect-on-july-15',
        title: 'Haynes Boone',
        quote:
          'In January 2021, China’s National People’s Congress Standing Committee amended the Administrative Penalty Law (the “2021 APL” or “amended APL”) from its last amendment in 2017 (the “2017 APL”). The amended APL became effective July 15, 2021',
        supports: ['name', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/administrative-penalty-law-20170901',
        title: 'China Justice Observer',
        quote:
          'The Administrative Penalty Law was promulgated in 1996 and amended in 2009 and 2017 respectively. … 5.Types of administrative penalty shall include:\n(1) disciplinary warning;\n(2) fine;\n(3) confiscation of illegal gains or confiscation of unlawful property or things of value;\n(4) ordering for suspension of production or business;\n(5) temporary suspension or rescission of permit or temporary suspension or rescission of license;\n(6) administrative detention; and\n(7) others as prescribed by laws and administrative rules and regulations.',
        supports: ['name', 'promulgated', 'amended', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Counter-Terrorism Law ─────────────────────────────
  {
    id: 'document:counter-terrorism-law',
    name: 'Counter-Terrorism Law',
    nameZh: '反恐怖主义法',
    aliases: ['Anti-Terrorism Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2015-12-27',
    promulgated: '2015-12-27',
    effective: '2016-01-01',
    amended: ['2018-04-27'],
    summary:
      'China’s counter-terrorism law; Article 18 obliges telecoms operators and internet service providers to give police and state security technical interfaces and decryption support.',
    sources: [
      {
        url: 'https://www.mayerbrown.com/china-passes-counter-terrorism-law-01-04-2016/',
        title: 'Mayer Brown',
        quote:
          'On 27 December 2015, the National People’s Congress Standing Committee passed China’s new Counter-Terrorism Law (New Law), which came into effect on 1 January 2016. … Specifically, Article 18 of the New Law requires that ISPs “shall provide technical interfaces, decryption and other technical support and assistance to public security organs and state security organs conducting prevention and investigation of terrorist activities in accordance with the law.”',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://loc.gov/law/foreign-news/article/china-provisions-on-decryption-of-communications-in-anti-terrorism-law/',
        title: 'Library of Congress (Global Legal Monitor)',
        quote:
          'On December 27, 2015, the Standing Committee of China’s National People’s Congress (NPC) adopted the Anti-Terrorism Law of the People’s Republic of China, which took effect on January 1, 2016. … The article requires telecommunications companies and Internet service providers “to provide technical interfaces, decryption, and other technical support and assistance” to public security organs (police) and state security organs',
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://m.tftnews.com/news6589935',
        title: 'tftnews.com',
        quote:
          '《中華人民共和國反恐怖主義法》為了防範和懲治恐怖活動,加強反恐怖主義工作,維護國家安全、公共安全和人民生命财産安全,根據憲法制定。由中華人民共和國主席于2015年12月27日發布,2016年1月1日起施行。根據2018年4月27日第十三屆全國人民代表大會常務委員會第二次會議《關于修改〈中華人民共和國國境衛生檢疫法〉等六部法律的決定》修正。',
        supports: ['promulgated', 'effective', 'amended'],
      },
      {
        url: 'http://www.fww.org.cn/2017/0922/27880_5.html',
        title: '法务网 (来源:法制日报)',
        quote:
          '《中华人民共和国反恐怖主义法》第十八条规定,电信业务经营者、互联网服务提供者应当为公安机关、国家安全机关依法进行防范、调查恐怖活动提供技术接口和解密等技术支持和协助。',
        supports: ['nameZh', 'kind', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Standardization Law ─────────────────────────────
  {
    id: 'document:standardization-law',
    name: 'Standardization Law',
    nameZh: '标准化法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1988-12-29',
    // The revised text took effect on 1 January 2018.
    amended: ['2017-11-04'],
    summary:
      'Framework for China’s standards; under the revised law only national standards can be mandatory, and only for human health and personal safety, state security, ecological security and basic needs of social and economic administration.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3168753-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Standardization Law of the People's Republic of China was revised and adopted at the 30th meeting of the Standing Committee of the 12th National People's Congress of the People's Republic of China on November 4, 2017, and the revised Standardization Law of the People's Republic of China is hereby promulgated for implementation as of January 1, 2018. … (Adopted at the fifth session of the Standing Committee of the Seventh National People's Congress on December 29, 1988",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://appinchina.co/government-documents/standardization-law-of-the-peoples-republic-of-china-2017-revision',
        title: 'AppInChina',
        quote:
          'Effective Date: 01-01-2018\nSource: Government Website\nChinese Title: 中华人民共和国标准化法 (2017修订)\nPresidential Decree Order No. 78 … (Passed by the fifth session of the Standing Committee of the Seventh National People’s Congress on 29 December 1988\nRevised by the 30th Session of the Standing Committee of the Twelfth National People’s Congress on 4 November 2017)',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=dc14088b-9061-48d6-9ee4-0be8bd610e3d',
        title: 'Lexology',
        quote:
          'The new Standardization Law optimizes the compulsory standards system: only national standards issued by the Standardization Administration of China (SAC) and, more specifically, only those providing technical requirements for safeguarding human health and the safety of the person, state security, ecological environment security, and meeting fundamental needs of social and economic administration, can now be compulsory.',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ─────────────────── Regulations on commercial cryptography ───────────────────
  {
    id: 'document:regulations-on-administration-of-commercial-cryptography',
    name: 'Regulations on the Administration of Commercial Cryptography',
    nameZh: '商用密码管理条例',
    aliases: [
      'Regulation on the Administration of Commercial Cryptography',
      'Regulations on the Management of Commercial Cryptography',
      'Commercial Cryptography Management Regulations',
      'Order No. 273 of the State Council',
      'Order No. 760 of the State Council',
    ],
    zhShortNames: ['国务院令第273号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1999-10-07',
    effective: '1999-10-07',
    // Fully revised in 2023 (State Council Order No. 760, dated 27 April 2023; in force 1 July 2023).
    amended: ['2023-04-27'],
    summary:
      'State Council rules on commercial cryptography (encryption and security certification for information that is not a state secret): testing and certification, e-authentication, and import and export management.',
    relations: [{ type: 'based_on', target: 'document:cryptography-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=230044',
        title: 'csrcare.com (PKULaw translation)',
        quote:
          "Regulation on the Administration of Commercial Cryptography (2023 Revision)\nOrder of the State Council of the People's Republic of China\n(No. 760)\nThe Regulation on the Administration of Commercial Cryptography, as revised and adopted at the 4th executive meeting of the State Council on April 4, 2023, is hereby issued and shall come into force on July 1, 2023. … (Issued by Order No. 273 of the State Council of the People's Republic of China on October 7, 1999 and revised by Order No. 760 of the State Council of the People's Republic of China on April 27, 2023) … This Regulation is developed in accordance with the Cryptography Law of the People's Republic of China",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'relations'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=7967958da566415399d1bdcfcb80c51b',
        title: 'Watson & Band',
        quote:
          'On May 25, the State Council distributed the Regulations on the Administration of Commercial Cryptography (Revised in 2023) (the "Regulations"), with effect from July 1, 2023. … (3) establishing a sound testing and certification system for commercial cryptography; (4) strengthening the use of cryptography in electronic authentication services and the management of e-government electronic authentication service activities; (5) standardizing import and export management for commercial cryptography',
        supports: ['name', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://grandwaylaw.com/en/Legalupdate/4085.html',
        title: 'Grandway Law Offices',
        quote:
          'State Council Issued Revised Commercial Cryptography Management Regulations … On May 24, 2023, the Chinese government’s website released the revised Regulations on the Management of Commercial Cryptography (the “Regulations”), which will be effective from July 1, 2023.',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-to-regulate-commercial-cryptography',
        title: 'China Justice Observer',
        quote:
          'On 27 Apr. 2023, China’s State Council issued the revised “Regulation on the Administration of Commercial Cryptography” (hereinafter the “Regulation”, 商用密码管理条例).\nCommercial cryptography refers to the technologies, products, and services that provide encryption-based protection and security certification of the information that is not state secret.',
        supports: ['aliases', 'nameZh', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://chinabwips.org/jszq-zc-4-1.htm',
        title: 'chinabwips.org',
        quote: '中华人民共和国国务院令\n第273号\n\n  现发布《商用密码管理条例》,自发布之日起施行。\n\n  总理 朱镕基\n1999年10月7日',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'effective', 'zhShortNames'],
      },
      {
        url: 'http://paper.ce.cn/pc/content/202305/25/content_274612.html',
        title: '经济日报 (新华社)',
        quote:
          '新华社北京5月24日电 国务院总理李强日前签署国务院令,公布修订后的《商用密码管理条例》(以下简称《条例》),自2023年7月1日起施行。',
        supports: ['nameZh', 'issuers', 'amended'],
      },
    ],
  },

  // ───────────── Regulations on security protection of computer information systems ─────────────
  {
    id: 'document:regulations-on-security-protection-of-computer-information-systems',
    name: 'Regulations for Safety Protection of Computer Information Systems',
    nameZh: '计算机信息系统安全保护条例',
    // Cited by its order number as well (State Council Order No. 147).
    zhShortNames: ['国务院令第147号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1994-02-18',
    effective: '1994-02-18',
    summary:
      'State Council regulation putting the Ministry of Public Security in charge of computer information system security and introducing graded security protection.',
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?EncodingName=gb2312&id=12136&lib=law',
        title: 'lawinfochina.com (PKULaw)',
        quote:
          "Regulations of the People's Republic of China for Safety Protection of Computer Information Systems [Revised]\n中华人民共和国计算机信息系统安全保护条例 [已被修订]\nDecree of the State Council of the People's Republic of China\n(No. 147)\nThe Regulations of the People's Republic of China for Safety Protection of Computer Information Systems are hereby promulgated and shall go into effect as of the date of promulgation.\nPremier Li Peng\nFebruary 18, 1994",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.for68.com/new/2006/5/pa4430304149161560024960-0.html',
        title: '外语教育网 (for68.com)',
        quote:
          "中华人民共和国计算机信息系统安全保护条例 REGULATIONS OF THE PEOPLE'S REPUBLIC OF CHINA FOR SAFETY PROTECTION OF COMPUTER INFORMATION SYSTEMS … 国务院令第147号\n(Promulgated by Decree No. 147 of the State Council of the People's Republic of China and effective as of February 18, 1994)\n颁布日期:19940218  实施日期:19940218  颁布单位:国务院",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://asianlii.org/cn/legis/cen/laws/rfspocis719',
        title: 'AsianLII',
        quote:
          "Organ of Promulgation | The State Council | Status of Effect | In Force |\nDate of Promulgation | 1994-02-18 | Effective Date | 1994-02-18 |\nRegulations of the People's Republic of China for Safety Protection of Computer Information Systems",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.bookstack.cn/read/goslion-security-notes/spilt.6.spilt.2.notes.md',
        title: 'BookStack (security notes)',
        quote: '《中华人民共和国计算机信息系统安全保护条例》 … 第六条 公安部主管全国计算机信息系统的安全保护工作 … 第九条 计算机信息系统实行安全等级保护。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Tort Liability Law ─────────────────────────────
  {
    id: 'document:tort-liability-law',
    name: 'Tort Liability Law',
    nameZh: '侵权责任法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2009-12-26',
    promulgated: '2009-12-26',
    effective: '2010-07-01',
    repealed: '2021-01-01',
    summary:
      'China’s 2009 tort law; its Article 36 made network service providers liable with users for infringements they were notified of or knew about. The Civil Code replaced it in 2021.',
    sources: [
      {
        url: 'http://www.npc.gov.cn/zgrdw/englishnpc/Law/2011-02/16/content_1620761.htm',
        title: 'National People’s Congress',
        quote:
          'Tort Liability Law of the People’s Republic of China\n\nOrder of the President of the People’s Republic of China\n\nNo. 21\n\nThe Tort Liability Law of the People’s Republic of China, adopted at the 12th Meeting of the Standing Committee of the Eleventh National People’s Congress of the People’s Republic of China on December 26, 2009, is hereby promulgated and shall go into effect as of July 1, 2010.\n\nHu Jintao\n\nPresident of the People’s Republic of China\n\nDecember 26, 2009',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinalawandpractice.com/2010/06/17/online-accountability',
        title: 'China Law & Practice',
        quote:
          "On December 26 2009, the Standing Committee of the PRC People's Congress promulgated the PRC Tort Liability Law (中华人民共和国侵权责任法) , which will become effective on July 1 2010. Sub-clauses 2 and 3 of Article 36 of the Tort Liability Law (the Clauses) require network service providers to take necessary measures to prevent the expansion of the infringement committed by network service users in any of the following two circumstances: (i) where it receives a notice of infringement from the party who claims that his rights have been infringed (Sub-clause 2); and (ii) where it knows that the infringement has taken place by using its network services (Sub-clause 3).",
        supports: ['name', 'nameZh', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=92266777-ff0d-48d0-8b52-f83b8372135a',
        title: 'Lexology',
        quote:
          'A network service provider who is aware of an infringement but fails to take any necessary corrective measure shall bear joint and several liability with the infringer.',
        supports: ['summary'],
      },
      {
        url: 'http://fdi-law.com/en/view.php?id=2777',
        title: 'FDI Law',
        quote:
          'The Civil Code of China was adopted by the National People\'s Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.',
        supports: ['repealed', 'summary'],
      },
    ],
  },
];
