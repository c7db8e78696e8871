/**
 * Curated core layer: other names of authorities already in the gazetteer (other English
 * renderings, former names with the years they applied, Chinese short forms). Every variant
 * string appears in a verbatim quote from a stored public page listed in its sources.
 */
import type { AuthorityVariant } from './types';

export const AUTHORITY_VARIANTS: AuthorityVariant[] = [
  // ─────────────── The two general offices: 中办 and 国办 ───────────────
  // Two characters each, so they are read only where they stand alone (page-recogniser.ts):
  // 全国办理 and 集中办理 hold them by accident.
  {
    slug: 'general-office-of-the-cpc-central-committee',
    zhShortNames: ['中办'],
    sources: [
      {
        url: 'https://zh.wikipedia.org/wiki/%E4%B8%AD%E5%85%B1%E4%B8%AD%E5%A4%AE%E5%8A%9E%E5%85%AC%E5%8E%85',
        title: 'Wikipedia – 中共中央办公厅',
        quote: '中共中央办公厅(简称“中办”),是中国共产党中央委员会的办事机构,为中共中央直属机构',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'general-office-of-the-state-council',
    zhShortNames: ['国办'],
    sources: [
      {
        url: 'https://factpedia.org/wiki/Special:%E7%A7%BB%E5%8A%A8%E7%89%88%E5%B7%AE%E5%BC%82/1141374',
        title: '求真百科 – 中华人民共和国国务院办公厅 (wiki mirror)',
        quote: "简称'''国务院办公厅'''或'''国办''',總部實際地址位于[[北京市]][[西城區]][[府右街]]2號(中南海西門),是[[中华人民共和国国务院]]的办公机构",
        supports: ['zhShortNames'],
      },
    ],
  },
  // ───────────────────────── NPPA ─────────────────────────
  {
    slug: 'nppa',
    aliases: ['State Press and Publication Administration', 'State Administration of Press and Publication', 'National Administration of Press and Publication'],
    // GAPP is the press-and-publication regulator whose remit passed (via SAPPRFT, 2013–2018)
    // to the Publicity Department / NPPA in 2018. The bare abbreviation GAPP is left out (it also
    // names the Generally Accepted Privacy Principles). SAPPRFT itself is listed under nrta only, as
    // the source calls it the NRTA's former name; the NPPA took over its press functions.
    formerNames: [
      { name: 'General Administration of Press and Publication', nameZh: '新闻出版总署' },
    ],
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/National_Press_and_Publication_Administration',
        title: 'Wikipedia – National Press and Publication Administration',
        quote:
          'On 25 October 2019, the National Press and Publication Administration issued the "Notice of the State Press and Publication Administration on Preventing Minors from Becoming Addicted to Online Games"',
        supports: ['aliases'],
      },
      {
        url: 'https://news.futunn.com/en/post/35772768/state-press-and-publication-administration-online-games-must-not-set',
        title: 'Futu News',
        quote:
          'Financial News Agency reported on December 22 that the State Administration of Press and Publication issued the “Measures for the Administration of Online Games (Draft for Comments)”, which is now publicly soliciting comments from the public.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.pillarlegalpc.com/en/news/2019/05/17/china-regulation-watch-new-game-approval-requirements/',
        title: 'Pillar Legal – China Regulation Watch',
        quote:
          'On April 19, 2019, the National Administration of Press and Publication (国家新闻出版署) (“NAPP”), also known as the National Copyright Administration (国家版权局) (“NCA”), released new game approval application documents',
        supports: ['aliases'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/General_Administration_of_Press_and_Publication',
        title: 'Wikipedia – General Administration of Press and Publication',
        quote:
          'General Administration of Press and Publication (GAPP; ) is the administrative agency responsible for regulating and distributing news, print, and Internet publications in China. This included granting publication licenses for periodicals and books. GAPP has been under the direct control of the Central Propaganda Department of the Chinese Communist Party since 2018.',
        supports: ['formerNames'],
      },
      {
        url: 'https://db0nus869y26v.cloudfront.net/en/General_Administration_of_Press_and_Publication',
        title: 'General Administration of Press and Publication (Wikipedia mirror)',
        quote:
          'General Administration of Press and Publication (GAPP; Chinese: 中华人民共和国新闻出版总署; pinyin: Zhōnghuá Rénmín Gònghéguó Xīnwén Chūbǎn Zǒngshǔ) was the administrative agency responsible for regulating and distributing news, print, and Internet publications in China.',
        supports: ['formerNames'],
      },
    ],
  },

  // ───────────────────────── NRTA ─────────────────────────
  {
    slug: 'nrta',
    aliases: ['State Administration of Radio and Television'],
    formerNames: [
      { name: 'State Administration of Press, Publication, Radio, Film and Television', nameZh: '国家新闻出版广电总局', from: 2013, to: 2018 },
      { name: 'SAPPRFT', from: 2013, to: 2018 },
      { name: 'State Administration of Radio, Film, and Television', nameZh: '国家广播电影电视总局', from: 1998, to: 2013 },
      { name: 'State Administration of Radio, Film and Television', from: 1998, to: 2013 },
      { name: 'SARFT', from: 1998, to: 2013 },
    ],
    zhShortNames: ['广电总局'],
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/National_Radio_and_Television_Administration',
        title: 'Wikipedia – National Radio and Television Administration',
        quote:
          'The administration was formerly known as the State Administration of Press, Publication, Radio, Film and Television (SAPPRFT) from 2013 to 2018, and the State Administration of Radio, Film, and Television (SARFT) from 1998 to 2013.',
        supports: ['formerNames'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/SAPPRFT?oldformat=true',
        title: 'Wikipedia – National Radio and Television Administration (redirected from SAPPRFT)',
        quote:
          'State Administration of Press, Publication, Radio, Film and Television (2013–2018) … Simplified Chinese国家新闻出版广电总局 … State Administration of Radio, Film, and Television (1998–2013) … Simplified Chinese国家广播电影电视总局',
        supports: ['formerNames'],
      },
      {
        url: 'https://infogalactic.com/info/General_Administration_of_Press_and_Publication',
        title: 'Infogalactic – General Administration of Press and Publication',
        quote:
          'It also liaises with other state authorities such as the State Administration of Radio, Film and Television (SARFT), the Publicity Department, the State Council Information Office and Xinhua.',
        supports: ['formerNames'],
      },
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fbaike.baidu.com%2Fitem%2F%E5%9B%BD%E5%AE%B6%E5%B9%BF%E6%92%AD%E7%94%B5%E8%A7%86%E6%80%BB%E5%B1%80%2F22445272%3FfromModule%3Dlemma_inlink&source=url&to=en',
        title: 'Baidu Baike (translated) – State Administration of Radio and Television',
        quote:
          "The State Administration of Radio and Television was established in accordance with the State Council's institutional reform plan approved at the first session of the 13th National People's Congress.",
        supports: ['aliases'],
      },
      {
        url: 'http://www.trycheers.com/dev_doc/7342.html',
        title: '人工智能生成合成内容标识办法 政策背景',
        quote:
          '国家网信办、工信部、公安部、广电总局联合发布的《人工智能生成合成内容标识办法》将于2025年9月1日正式施行',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── NMPA ─────────────────────────
  {
    slug: 'nmpa',
    aliases: ['State Drug Administration'],
    formerNames: [
      { name: 'China Food and Drug Administration', from: 2013, to: 2018 },
      { name: 'CFDA', from: 2013, to: 2018 },
      { name: 'State Food and Drug Administration', to: 2013 },
    ],
    zhShortNames: ['国家药监局'],
    sources: [
      {
        url: 'https://pinocchiopedia.com/wiki/State_Drug_Administration',
        title: 'National Medical Products Administration (redirected from State Drug Administration)',
        quote:
          'National Medical Products Administration … (Redirected from State Drug Administration) … The agency had multiple former names, including China Food and Drug Administration and State Food and Drug Administration.',
        supports: ['aliases', 'formerNames'],
      },
      {
        url: 'https://pinocchiopedia.com/wiki/State_Drug_Administration',
        title: 'National Medical Products Administration (redirected from State Drug Administration)',
        quote:
          "The National Medical Products Administration was founded on the basis of the former State Food and Drug Administration (SFDA). In March 2013, the former regulatory body was rebranded and restructured as the China Food and Drug Administration … In 2018, as part of China's 2018 government administration overhaul, the name was changed to 'National Medical Products Administration'",
        supports: ['formerNames'],
      },
      {
        url: 'https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/State_Administration_for_Market_Regulation',
        title: 'Wikipedia (kiwix) – State Administration for Market Regulation',
        quote:
          'the General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ), the China Food and Drug Administration (CFDA), and the State Administration of Industry and Commerce (SAIC).',
        supports: ['formerNames'],
      },
      {
        url: 'http://jianhong365.com/20/846593.htm',
        title: '中新网 – 国新办“强化药品监管”发布会 (转载)',
        quote:
          '国家药品监督管理局局长焦红介绍,国家药监局坚持以人民为中心发展思想',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── CAC ─────────────────────────
  {
    slug: 'cac',
    // Note: the gazetteer lists "Office of the Central Cyberspace Affairs Commission" under
    // central-cyberspace-affairs-commission; the source says it and the CAC are one institution.
    // "Cybersecurity Administration of China" is a common miswriting of the name on English pages;
    // no body of that name exists.
    aliases: ['Office of the Central Cyberspace Affairs Commission', 'Cybersecurity Administration of China'],
    formerNames: [
      // Renamed in English only; the Chinese name 国家互联网信息办公室 stayed the same.
      { name: 'State Internet Information Office', from: 2011, to: 2014 },
      { name: 'SIIO', from: 2011, to: 2014 },
    ],
    // 网信办 alone names local offices too (江苏网信办, 各地网信办): after a place or a word for the
    // local level it is read as that office, not the CAC (page-recogniser.ts).
    zhShortNames: ['国家网信办', '中央网信办', '网信办'],
    sources: [
      {
        url: 'http://bbs.smxe.cn/jxfw/202506/170308.html',
        title: '网信办的主要职责 (forum repost)',
        quote: '国家互联网信息办公室(简称“网信办”)作为负责全国互联网信息内容管理的重要机构,在维护网络空间安全、推动数字经济健康发展方面发挥着不可替代的作用。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://inventaire.io/entity/wd:Q20984121',
        title: 'Inventaire (Wikipedia) – Cyberspace Administration of China',
        quote:
          'The agency was initially established in 2011 by the State Council as the State Internet Information Office (SIIO), a subgroup of the State Council Information Office (SCIO). In 2014, the SIIO was renamed in English as the Cyberspace Administration of China … The CAC and the Office of the Central Cyberspace Affairs Commission are one institution with two names.',
        supports: ['aliases', 'formerNames'],
      },
      {
        url: 'https://www.china-briefing.com/news/china-passes-sweeping-recommendation-algorithm-regulations-effect-march-1-2022/?share=reddit',
        title: 'China Briefing – China Passes Sweeping Recommendation Algorithm Regulations',
        quote: 'On December 31, 2021, the Cybersecurity Administration of China (CAC), China’s internet watchdog',
        supports: ['aliases'],
      },
      {
        url: 'https://wiki.gravy.cc/wiki/Cyberspace_Administration_of_China',
        title: 'Cyberspace Administration of China (Wikipedia mirror)',
        quote:
          'The SIIO was transformed to become the external name of the Central Leading Group\'s general office.[2] It additionally changed its name in English to the Cyberspace Administration of China, while its Chinese name stayed the same.',
        supports: ['formerNames'],
      },
      {
        url: 'https://badongedu.com/shengh/202502/757311.html',
        title: '《网信办的职能与归属》',
        quote: '网信办全称为“国家互联网信息办公室”,是国务院直属机构之一。它成立于2014年',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.mondaq.com/article/1389092',
        title: 'AnJie Broad Law Firm (Mondaq) – 《生成式人工智能服务安全基本要求》(征求意见稿)要点解读',
        quote: '国家网信办和其他部门已发布',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://jxxfw.com/periodical/e3f56e5b82416edc4f8333748e60a01c.html',
        title: '关于开展App违法违规收集使用个人信息专项治理的公告 (论文摘录)',
        quote:
          '1月25日,中央网信办、工业和信息化部、公安部、市场监管总局正式发布《关于开展App违法违规收集使用个人信息专项治理的公告》',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── Central Cyberspace Affairs Commission ─────────────────────────
  {
    slug: 'central-cyberspace-affairs-commission',
    formerNames: [
      { name: 'Central Leading Group for Cybersecurity and Informatization', nameZh: '中央网络安全和信息化领导小组', from: 2014, to: 2018 },
    ],
    zhShortNames: ['中央网信委'],
    sources: [
      {
        url: 'https://inventaire.io/entity/wd:Q20984121',
        title: 'Inventaire (Wikipedia) – Cyberspace Administration of China',
        quote:
          'In 2014, the SIIO was renamed in English as the Cyberspace Administration of China, and transformed into the executive arm of the newly established Central Leading Group for Cybersecurity and Informatization of the Chinese Communist Party (CCP), which was promoted to the Central Cyberspace Affairs Commission in 2018.',
        supports: ['formerNames'],
      },
      {
        url: 'https://opnir.cn/2018/03/central-leading-group-for-cyberspace-affairs-change-to-committee.html',
        title: '中央网络安全和信息化领导小组改为委员会',
        quote:
          '2018年3月中共中央印发《深化党和国家机构改革方案》,为加强党中央对涉及党和国家事业全局的重大工作的集中统一领导,强化决策和统筹协调职责,将中央网络安全和信息化领导小组改为中央网络安全和信息化委员会',
        supports: ['formerNames'],
      },
      {
        url: 'https://wikiwand.com/zh/articles/%E5%9B%BD%E5%8A%A1%E9%99%A2%E4%BF%A1%E6%81%AF%E5%8C%96%E5%B7%A5%E4%BD%9C%E9%A2%86%E5%AF%BC%E5%B0%8F%E7%BB%84',
        title: '维基百科 (Wikiwand) – 中央网络安全和信息化委员会',
        quote: '中央网络安全和信息化委员会,简称中央网信委,是中共中央决策和议事协调机构',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── SAMR ─────────────────────────
  {
    slug: 'samr',
    aliases: ['State Market Regulatory Administration'],
    // SAIC and AQSIQ were merged into the SAMR in 2018 (not renamed); listed as predecessors. The
    // bare abbreviation SAIC is left out (it also names SAIC Motor), as is SFDA under nmpa (Saudi FDA).
    formerNames: [
      { name: 'State Administration for Industry and Commerce', nameZh: '国家工商行政管理总局', to: 2018 },
      { name: 'State Administration of Industry and Commerce', to: 2018 },
      { name: 'General Administration of Quality Supervision, Inspection and Quarantine', to: 2018 },
      { name: 'AQSIQ', to: 2018 },
    ],
    zhShortNames: ['市场监管总局'],
    sources: [
      {
        url: 'http://www.mondaq.com/china/x/688856/Life+Sciences+Biotechnology/Chinas+New+State+Market+Regulatory+Administration+What+To+Know+And+What+To+Expect',
        title: "Ropes & Gray (Mondaq) – China's New State Market Regulatory Administration",
        quote:
          "As part of the new plan, China has established a State Market Regulatory Administration (SMRA),2 which will merge and undertake the responsibilities previously held by the State Administration for Industry and Commerce (SAIC),3 General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ),4",
        supports: ['aliases', 'formerNames'],
      },
      {
        url: 'https://wiki.richxsearch.com/view_html.php?lang=en&q=State_Administration_for_Industry_and_Commerce&sq=nuclear+holocaust',
        title: 'State Administration for Industry and Commerce (Wikipedia mirror)',
        quote:
          "Prior to March 2018, the State Administration for Industry and Commerce (SAIC; Chinese: 国家工商行政管理总局) was the authority in the People's Republic of China responsible for advancing legislation concerning the administration of industry and commerce in the People's Republic. … As part of China's 2018 government administration overhaul, the SAIC was merged into the newly created State Administration for Market Regulation.",
        supports: ['formerNames'],
      },
      {
        url: 'https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/State_Administration_for_Market_Regulation',
        title: 'Wikipedia (kiwix) – State Administration for Market Regulation',
        quote:
          'The Administration consolidates in one ministry the market regulation functions previously shared by three separate ministries, the General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ), the China Food and Drug Administration (CFDA), and the State Administration of Industry and Commerce (SAIC).',
        supports: ['formerNames'],
      },
      {
        url: 'https://flfgsc.cn/law/%e7%bb%8f%e8%90%a5%e8%80%85%e9%9b%86%e4%b8%ad%e5%ae%a1%e6%9f%a5%e8%a7%84%e5%ae%9a-2023%e5%b9%b4',
        title: '经营者集中审查规定(2023年)',
        quote:
          '国家市场监督管理总局(以下简称市场监管总局)负责经营者集中反垄断审查工作,并对违法实施的经营者集中进行调查处理。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── SPC ─────────────────────────
  {
    slug: 'spc',
    // 最高法院 alone is left out: it is also the generic word for any supreme court (美国最高法院).
    zhShortNames: ['最高法'],
    sources: [
      {
        url: 'http://fengdujob.net/go/最高法民间借贷利息司法解释2023.html',
        title: '最高法民间借贷利息司法解释2023',
        quote: '最高法民间借贷利息司法解释2023',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── SPP ─────────────────────────
  {
    slug: 'spp',
    zhShortNames: ['最高检'],
    sources: [
      {
        url: 'http://love.hnmdtv.com/love/2023/0330/231348.html',
        title: '最高检发布个人信息保护检察公益诉讼典型案例 (央视新闻客户端转载)',
        quote:
          '最高检发布个人信息保护检察公益诉讼典型案例 … 最高人民检察院今天(30日)发布一批个人信息保护检察公益诉讼典型案例',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.oo7.cn/522576.html',
        title: '中国个人信息安全和隐私保护报告解读',
        quote: '最高检网站发布了中国个人信息安全和隐私保护报告',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── TC260 ─────────────────────────
  {
    slug: 'tc260',
    aliases: [
      'NISSTC',
      'National Technical Committee 260 on Cyber-security of Standardization Administration of China',
      'Technical Committee 260',
      'SAC/TC 260',
    ],
    // The committee was renamed 全国网络安全标准化技术委员会 (short 网安标委); no stored page gave
    // the year of the rename, so no end year is set for the former name.
    formerNames: [
      { name: 'National Information Security Standardization Technical Committee', nameZh: '全国信息安全标准化技术委员会', from: 2002 },
    ],
    // 全国网络安全标准化技术委员会 is the current full Chinese name; 信安标委 is the former short
    // form still used on pages for the same committee.
    zhShortNames: ['全国网络安全标准化技术委员会', '网安标委', '信安标委'],
    sources: [
      {
        url: 'https://www.itechlaw.org/latinamericadataprotection/china-22',
        title: 'ITechLaw survey (David Tang, Han Kun Law Offices)',
        quote:
          "National information security standardization technical committee (全国信息安全标准化技术委员会, TC260) was established on Apr. 15, 2002, in Beijing with the approval of Standardization Administration of the People's Republic of China.",
        supports: ['formerNames'],
      },
      {
        url: 'http://lianshiwl-zhan.songhaoyun.com/product/41606.html',
        title: '北京炼石网络技术有限公司 – 图解新国标《数据分类分级规则》',
        quote:
          '2024年3月21日,全国网络安全标准化技术委员会(原信安标委)官方重磅发布GB/T 43697-2024《数据安全技术 数据分类分级规则》 … 《数据分类分级规则》作为全国网络安全标准化技术委员会更名后,发布的第一部以“数据安全技术”命名的国家标准',
        supports: ['zhShortNames', 'formerNames'],
      },
      {
        url: 'https://globalregulatoryinsights.com/authority/national-information-security-standardization-technical-committee-tc260/',
        title: 'Global Regulatory Insights – TC260',
        quote: '2025年1月22日,全国网络安全标准化技术委员会(简称网安标委)WG1和工作组组长联席会议在北京召开。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.baikeworld.com/gb/1751126440177168.html',
        title: 'GB/T 35273-2020 信息安全技术 个人信息安全规范 (baikeworld)',
        quote: '归口单位:全国信息安全标准化技术委员会(SAC/TC 260)',
        supports: ['aliases'],
      },
      {
        url: 'http://anquan419.com/knews/24/5979.html',
        title: '《生成式人工智能服务安全基本要求》(征求意见稿)发布',
        quote: '10月11日,信安标委发布技术文件《生成式人工智能服务安全基本要求》征求意见稿',
        supports: ['zhShortNames'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=29cb1b89b40741e18953f012d63da2cf',
        title: 'Watson & Band – NISSTC Seeks Comments on Basic Security Requirements for Generative Artificial Intelligence Service',
        quote:
          'On October 12, the National Information Security Standardization Technical Committee (NISSTC) issued the Basic Security Requirements for Generative Artificial Intelligence Service (Draft for Comment)',
        supports: ['aliases'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=a1133bb1e686405290d230ac81a405e1',
        title: 'Watson & Band – TC260 Invites Public Comments on Basic Security Requirements for AIGC Services',
        quote:
          'On May 24 the National Technical Committee 260 on Cyber-security of Standardization Administration of China (TC260) issued the Cyber-security Technology - Basic Security Requirements for AIGC Services (Draft for Comment)',
        supports: ['aliases'],
      },
      {
        url: 'http://usito.org/news/tc-260-introduces-work-2018',
        title: 'USITO – TC 260 Introduces Work for 2018',
        quote:
          'On February 2, China’s cybersecurity standardization organization, Technical Committee 260 (TC260), reviewed work on cybersecurity standards in 2017 and its annual work plan for 2018.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────── MIIT ─────────────────────────
  {
    slug: 'miit',
    formerNames: [{ name: 'Ministry of Information Industry', to: 2008 }],
    zhShortNames: ['工信部'],
    sources: [
      {
        url: "https://goodnames.eth.limo/wiki/Ministry_of_Information_Industry_of_the_People's_Republic_of_China.html",
        title: 'Ministry of Industry and Information Technology (Wikipedia mirror)',
        quote:
          "Formed March 2008 … The state council announced during the 2008 National People's Congress that the Ministry of Industry and Information Technology[4] will supersede the Ministry of Information Industry.",
        supports: ['formerNames'],
      },
      {
        url: 'https://www.chinatechnews.com/2008/07/03/6954-china-formally-launches-new-miit',
        title: 'China Tech News – China Formally Launches New MIIT',
        quote:
          "China's Ministry of Industry and Information Technology was silently, formally launched on June 29 to replace the old Ministry of Information Industry.",
        supports: ['formerNames'],
      },
      {
        url: 'http://www.trycheers.com/dev_doc/7342.html',
        title: '人工智能生成合成内容标识办法 政策背景',
        quote:
          '国家网信办、工信部、公安部、广电总局联合发布的《人工智能生成合成内容标识办法》将于2025年9月1日正式施行',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── MPS ─────────────────────────
  {
    slug: 'mps',
    formerNames: [{ name: "Ministry of Public Security of the Central People's Government", from: 1949, to: 1954 }],
    sources: [
      {
        url: 'https://wiki.richxsearch.com/view_html.php?sq=Yale_School_of_Management&lang=en&q=Ministry_of_Public_Security_(China)',
        title: 'Ministry of Public Security (China) (Wikipedia mirror)',
        quote:
          "The ministry was established in 1949 after the Chinese Communist Party's victory in the Chinese Civil War as the successor to the Central Social Affairs Department and was known as Ministry of Public Security of the Central People's Government until 1954.",
        supports: ['formerNames'],
      },
    ],
  },

  // ───────────────────────── NDRC ─────────────────────────
  {
    slug: 'ndrc',
    formerNames: [
      { name: 'State Planning Commission', nameZh: '国家计划委员会', from: 1952, to: 1998 },
      { name: 'State Development Planning Commission', from: 1998, to: 2003 },
    ],
    // 发改委 alone is left out: it also names provincial/municipal commissions (省发改委 …).
    zhShortNames: ['国家发改委', '国家发展改革委'],
    sources: [
      {
        url: 'http://piglix.com/piglix/National_Development_and_Reform_Commission',
        title: 'National Development and Reform Commission (Wikipedia mirror)',
        quote:
          "The National Development and Reform Commission of the People's Republic of China (NDRC), formerly State Planning Commission and State Development Planning Commission, is a macroeconomic management agency under the Chinese State Council … The NDRC is a successor to the State Planning Commission (SPC; simplified Chinese: 国家计划委员会;",
        supports: ['formerNames'],
      },
      {
        url: 'https://www.wikiwand.com/en/National_Development_and_Reform_Commission',
        title: 'Wikiwand – National Development and Reform Commission',
        quote:
          'State Planning Commission (1952–1998) … State Development Planning Commission (1998–2003) … Commonly abbreviated as … Simplified Chinese发改委',
        supports: ['formerNames'],
      },
      {
        url: 'https://xwzx.qqzyw.com/show-82205.html',
        title: '部长通道:国家发改委主任何立峰',
        quote:
          '国家发展改革委主任何立峰首次在部长通道接受记者采访,谈中国经济形势,回答有关宏观经济形势和供给侧改革等问题。 … 国家发改委主任何立峰谈就业问题',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── NDA ─────────────────────────
  {
    slug: 'nda',
    aliases: ['National Data Bureau'],
    sources: [
      {
        url: 'https://sesec.eu/2023/news-events/news/china-establishes-national-data-bureau/',
        title: 'SESEC – China Establishes National Data Bureau',
        quote:
          'On 25 October, 2023, the National Data Bureau was officially inaugurated. … The National Data Bureau, which operates under the management of the National Development and Reform Commission (NDRC), has incorporated certain responsibilities previously held by the Cyberspace Administration of China (CAC) and the NDRC itself',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────── CPC Central Committee ─────────────────────────
  {
    slug: 'cpc-central-committee',
    aliases: ['Party Central Committee'],
    zhShortNames: ['党中央'],
    sources: [
      {
        url: 'https://www.contextualchinese.com/%E5%85%9A%E4%B8%AD%E5%A4%AE',
        title: 'Contextual Chinese – 党中央',
        quote:
          'dǎngzhōngyāng: 党中央 - Party Central Committee / CPC Central Committee … 党中央 (dǎngzhōngyāng) refers to the Central Committee of the Communist Party of China (CPC), the highest leadership and ultimate decision-making body in the country.',
        supports: ['aliases', 'zhShortNames'],
      },
    ],
  },

  // ───────────────────────── NPCSC ─────────────────────────
  {
    slug: 'npc-standing-committee',
    zhShortNames: ['全国人大常委会'],
    // English news writes the acronym inside the name; without these the NPC alone was read there.
    aliases: ["National People's Congress (NPC) Standing Committee", "Standing Committee of the National People's Congress (NPC)"],
    sources: [
      {
        url: 'http://en.people.cn/n3/2021/1024/c312369-9910712.html',
        title: "People's Daily Online – China's top legislature adopts multiple laws as standing committee session concludes",
        quote:
          "Li Zhanshu, chairman of the National People's Congress (NPC) Standing Committee, speaks at the closing meeting of the 31st session of the 13th NPC Standing Committee … The Standing Committee of the National People's Congress (NPC), China's top legislature, adopted multiple laws",
        supports: ['aliases'],
      },
      {
        url: 'https://scholarmate.com/S/I2IYsX',
        title: 'Scholarmate – 个人信息保护法',
        quote: '8月20日,全国人大常委会通过了中国首部专门针对个人信息保护的法律——《中华人民共和国个人信息保护法》。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────── CAICT ─────────────────────────
  {
    slug: 'caict',
    zhShortNames: ['中国信通院'],
    sources: [
      {
        url: 'https://app.lanjinger.com/d/151466',
        title: '蓝鲸TMT – 国家统计局:我国5G终端连接数已超过2亿',
        quote: '据中国信通院数据,2020年1-12月,国内手机市场总体出货量累计3.08亿部,同比下降20.8%',
        supports: ['zhShortNames'],
      },
    ],
  },
];
