import type { CoreInstrument } from './types';

/**
 * Data-element and digital-economy policy documents, and the early internet-security rules, that
 * Chinese pages about data law keep citing: the Digital China layout plan, the 2020 factor-market
 * opinions, the "Data Elements ×" action plan, the 2015 big-data outline and opinions, the MPS and
 * state-secrets rules on international networking (1997, 2000), the 14th Five-Year Plan for the
 * digital economy, the MOF's accounting rules for data resources and the 2023 institutional reform
 * plan that created the National Data Administration.
 */
export const CORE_DATA_POLICY_RULES: CoreInstrument[] = [
  // ───────────── Digital China layout plan (CPC Central Committee and State Council, 2023) ─────────────
  {
    id: 'document:plan-for-overall-layout-of-building-digital-china',
    name: 'Plan for the Overall Layout of Building a Digital China',
    nameZh: '数字中国建设整体布局规划',
    aliases: [
      'Overall Layout Plan for the Construction of Digital China',
      'Overall Layout Plan for Digital China Construction',
      'Digital China Construction Overall Layout Plan',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    // Xinhua published it on 27 February 2023 and says only that it was "recently" issued, so the month.
    promulgated: '2023-02',
    summary:
      'Party and State Council blueprint for a Digital China: digital infrastructure and data resources as its base, important progress by 2025 and the global forefront of digital development by 2035.',
    sources: [
      {
        url: 'https://digichina.stanford.edu/work/translation-plan-for-the-overall-layout-of-building-a-digital-china/',
        title: 'DigiChina (Stanford University)',
        quote:
          'Central Committee, State Council issue ‘Plan for the Overall Layout of Building a Digital China’\n\nFeb. 27, 2023, 6:43 p.m. – Source: Xinhua News Agency\n\nBEIJING, Feb. 27 (Xinhua) —  The Central Committee of the Communist Party of China and the State Council recently issued the “Plan for the Overall Layout of Building a Digital China” (hereafter, the “Plan”) and issued a notice requiring all regions and departments to integrate it with reality and earnestly carry it out.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://doc.cserver.com.cn/doc_173d3fb5-a904-467c-b589-b1303296ff60.html',
        title: 'doc.cserver.com.cn (新华社)',
        quote:
          '近日,中共中央、国务院印发了《数字中国建设整体布局规划》(以下简称《规划》),并发出通知,要求各地区各部门结合实际认真贯彻落实。 《规划》提出,到2025年,基本形成横向打通、纵向贯通、协调有力的一体化推进格局,数字中国建设取得重要进展。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.laitimes.com/en/article/4fwrj_4wjmy.html',
        title: 'laitimes (Xinhua)',
        quote:
          'Beijing, 27 Feb (Xinhua) -- Recently, the CPC Central Committee and the State Council issued the "Overall Layout Plan for the Construction of Digital China" (hereinafter referred to as the "Plan"), and issued a circular requiring all regions and departments to seriously implement it in light of actual conditions.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://shiyibao.com/cnu/transNewsDetails/04jGslx9PfJLxn',
        title: 'shiyibao.com (Xinhua, bilingual)',
        quote:
          '中共中央、国务院印发《数字中国建设整体布局规划》\nThe CPC Central Committee and the State Council issued the "Overall Layout Plan for Digital China Construction"',
        supports: ['nameZh', 'aliases', 'issuers'],
      },
      {
        url: 'https://awnchina.cn/the-overall-layout-planning-of-digital-china-construction/',
        title: 'awnchina.cn',
        quote:
          'Recently, the CPC Central Committee and The State Council issued the Digital China Construction Overall Layout Plan (hereinafter referred to as the“Plan”), and issued a notice, requiring all regions and departments to conscientiously implement in accordance with the actual situation.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://news.cgtn.com/news/2023-02-28/China-unveils-plan-to-promote-digital-development-1hNd3hNcrUQ/index.html',
        title: 'CGTN',
        quote:
          "According to the plan, important progress will be made in the construction of a digital China by 2025, with effective interconnectivity in digital infrastructure, a significantly improved digital economy, and major breakthroughs achieved in digital technology innovation.\n\nBy 2035, China will be at the global forefront in terms of digital development",
        supports: ['summary'],
      },
      {
        url: 'https://fx361.cc/page/2023/0530/21912836.shtml',
        title: 'fx361.cc',
        quote:
          '规划指出,数字中国建设按照“2522”的整体框架进行布局,即夯实数字基础设施和数据资源体系“两大基础”,推进数字技术与经济、政治、文化、社会、生态文明建设“五位一体”深度融合,强化数字技术创新体系和数字安全屏障“两大能力”,优化数字化发展国内国际“两个环境”。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Factor-market opinions (CPC Central Committee and State Council, 2020) ─────────────
  {
    id: 'document:opinions-on-improving-systems-and-mechanisms-for-market-based-allocation-of-factors-of-production',
    name: 'Opinions on Improving the Systems and Mechanisms for Market-based Allocation of Factors of Production',
    nameZh: '关于构建更加完善的要素市场化配置体制机制的意见',
    aliases: [
      'Opinions of the CPC Central Committee and the State Council on Improving the Systems and Mechanisms for Market-based Allocation of Factors of Production',
      'Opinions Regarding Improving Market-based Production Factors Allocation Mechanism',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    // Dated 30 March 2020; published on 9 April 2020 (Science and Technology Daily, TMTPost).
    promulgated: '2020-03-30',
    summary:
      'Party and State Council reform of the markets for land, labour, capital, technology and data; the first central document on factor markets, it names data a factor of production and calls for a data-factor market.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/display.aspx?id=32683&lib=law&SearchKeyword=&SearchCKeyword=',
        title: 'lawinfochina.com',
        quote:
          'Opinions of the CPC Central Committee and the State Council on Improving the Systems and Mechanisms for Market-based Allocation of Factors of Production [Effective]\n中共中央、国务院关于构建更加完善的要素市场化配置体制机制的意见 [现行有效]\nOpinions of the CPC Central Committee and the State Council on Improving the Systems and Mechanisms for Market-based Allocation of Factors of Production \n\n\n(March 30, 2020) (2020年3月30日)',
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-04/13/content_443182.htm?div=-1',
        title: '科技日报',
        quote:
          '4月9日晚,《中共中央国务院关于构建更加完善的要素市场化配置体制机制的意见》(以下简称《意见》)对外公布,作为中央第一份关于要素市场化配置的文件,明确了要素市场制度建设的方向和重点改革任务。 … 这一次,数据作为一种新型生产要素写入文件中,与土地、劳动力、资本、技术等传统要素并列为要素之一。《意见》明确,加快培育数据要素市场,推进政府数据开放共享、提升社会数据资源价值、加强数据资源整合和安全保护。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://demowww.tipost.com/4308800.html',
        title: 'TMTPost',
        quote:
          'BEIJING, April 9 (TMTPOST) China released guidelines on Thursday evening aiming to improve the market-based allocation of production factors in an effort to speed up the free and orderly flow of the factors and stimulate its economy.\nThe guidelines, titled “The Communist Party of China (CPC) Central Committee and the State Council’s Opinions Regarding Improving Market-based Production Factors Allocation Mechanism”, was hailed by some observers as a milestone in China’s economic reform and opening-up.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── "Data Elements ×" three-year action plan (NDA and 16 departments, 2023) ─────────────
  {
    id: 'document:data-elements-x-three-year-action-plan-2024-2026',
    name: 'Three-Year Action Plan for “Data Factor of Production ×” (2024-2026)',
    nameZh: '“数据要素×”三年行动计划(2024—2026年)',
    aliases: ['“Data Elements ×” Three-Year Action Plan (2024-2026)', '"Data Element ×" Three-Year Action Plan (2024-2026)', 'Three Year Action Plan of "Data Elements ×" (2024-2026)'],
    // Pages also name it without the years.
    zhShortNames: ['“数据要素×”三年行动计划'],
    kind: 'plan',
    status: 'final',
    issuers: ['nda', 'central-cyberspace-affairs-commission', 'most', 'miit', 'mofcom', 'nhc', 'pboc', 'nfra'],
    // The notice (国数政策〔2023〕11号) is dated 31 December 2023; it was published on 4 January 2024.
    promulgated: '2023-12-31',
    summary:
      'Plan of the National Data Administration and other departments (17 bodies in all) to put data to use as a factor of production in 12 sectors, from industrial manufacturing and financial services to green and low-carbon development, with over 300 typical application scenarios by the end of 2026 and average annual data-industry growth of 20%.',
    relations: [{ type: 'implements', target: 'document:opinions-on-building-basic-systems-for-data-to-maximize-role-of-data', source: 0 }],
    sources: [
      {
        url: 'http://www.zrcfjt.com/article/36/951.html',
        title: '国家数据局等部门关于印发《“数据要素×”三年行动计划(2024—2026年)》的通知 (转载)',
        quote:
          '国家数据局等部门关于印发《“数据要素×”三年行动计划(2024—2026年)》的通知\n\n国数政策〔2023〕11号 … 落实《中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见》,充分发挥数据要素乘数效应,赋能经济社会发展,国家数据局会同有关部门制定了《“数据要素×”三年行动计划(2024—2026年)》,现印发给你们,请认真组织实施。\n国 家 数 据 局\n中 央 网 信 办\n科     技     部\n工业和信息化部 … 2023年12月31日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/china-data-3-year-action-plan-2024-2026/',
        title: 'CSET (Georgetown University)',
        quote:
          'The following Chinese government plan calls for making data more plentiful and accessible in industries such as manufacturing, agriculture, transportation, finance, scientific research, and healthcare. The plan covers the years 2024-2026 … Three-Year Action Plan for “Data Factor of Production ×” (2024-2026)',
        supports: ['name', 'kind', 'summary'],
      },
      {
        url: 'https://www.breakinglatest.news/business/17-departments-jointly-issued-a-three-year-action-plan-to-promote-the-multiplier-effect-of-data-elements_china-net/',
        title: 'Breaking Latest News (China.com)',
        quote:
          'the National Data Administration, in conjunction with the Central Cyberspace Administration of China, the Ministry of Science and Technology, the Ministry of Industry and Information Technology, and several other departments, has jointly issued the “Data Elements ×” Three-Year Action Plan (2024 —2026) (referred to as the “Action Plan”).',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.laitimes.com/en/article/6buwy_6s77r.html',
        title: 'laitimes (Great River Finance Cube)',
        quote:
          'On January 4, the National Data Bureau, together with the Cyberspace Administration of the People\'s Republic of China, the Ministry of Science and Technology, the Ministry of Industry and Information Technology, … the Ministry of Commerce, … the National Health Commission, the Ministry of Emergency Management, the People\'s Bank of China, the State Administration of Financial Regulation, … jointly issued the "Data Element ×" Three-Year Action Plan (2024-2026) (hereinafter referred to as the "Action Plan") )。',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://digitalpaper.stdaily.com/http_www.kjrb.com/ywtk/html/2024-01/20/content_565941.htm?div=-1',
        title: 'Science and Technology Daily',
        quote:
          'The action plan was jointly released by 17 government bodies, including the National Data Administration (NDA) and the Ministry of Science and Technology. … The projected average annual growth rate of the data industry is expected to reach 20 percent, according to the action plan.\nTo achieve these goals, the action plan has selected 12 sectors to promote the use of data, including industrial manufacturing, modern agriculture, commercial circulation, transport and financial services.',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://hniat.com/en/news/new-12-492.html',
        title: 'hniat.com',
        quote:
          'According to the official Wechat of the National Data Administration, recently, the National Data Administration, together with the Central Cyberspace Office, the Ministry of Science and Technology, the Ministry of Industry and Information Technology, … and other departments, jointly issued the Three Year Action Plan of "Data Elements ×" (2024-2026).',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://fapeng.com/Ajax/knews.aspx?Fjka=CO6.html',
        title: '人民网 (reprint)',
        quote:
          '加快推进《“数据要素×”三年行动计划(2024—2026年)》,充分发挥数据要素乘数效应,赋能经济社会发展,国家数据局等有关部门对外宣布,2024年“数据要素×”大赛将于5月正式启动。\n记者了解到,2024年“数据要素×”大赛主题为“数据赋能 乘数而上”,大赛通过围绕“数据要素×”三年行动计划,聚焦实际问题',
        supports: ['nameZh', 'zhShortNames'],
      },
      {
        url: 'https://www.laitimes.com/en/article/6buwy_6s77r.html',
        title: 'laitimes (Great River Finance Cube)',
        quote:
          'The Action Plan selects 12 industries and fields, including industrial manufacturing, modern agriculture, commerce and trade circulation, transportation, financial services, scientific and technological innovation, cultural tourism, medical and health, emergency management, meteorological services, urban governance, and green and low-carbon … The goal is that by the end of 2026 … creating more than 300 typical application scenarios with strong demonstration, high visibility and wide driving force.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Big-data action outline (State Council, 2015) ─────────────
  {
    id: 'document:action-outline-for-promoting-development-of-big-data',
    name: 'Action Outline for Promoting the Development of Big Data',
    nameZh: '促进大数据发展行动纲要',
    aliases: [
      'Outline to Promote Big Data Development',
      'Outline of Operations to Stimulate the Development of Big Data',
      'Action Plan for Promoting Big Data Development',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    // The notice (国发〔2015〕50号) is dated 31 August 2015; gov.cn published it on 5 September 2015.
    promulgated: '2015-08-31',
    effective: '2015-08-31',
    summary:
      'State Council outline for big data: open and share government data (data sharing across departments by the end of 2017, a unified open government data platform by the end of 2018), grow a big-data industry and secure it.',
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?id=26624&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Notice of the State Council on Issuing the Action Outline for Promoting the Development of Big Data [Effective]\n国务院关于印发促进大数据发展行动纲要的通知 [现行有效] … (No. 50 [2015] of the State Council) (国发〔2015〕50号) … The Action Outline for Promoting the Development of Big Data is hereby issued to you for your conscientious compliance and implementation. 现将《促进大数据发展行动纲要》印发给你们,请认真贯彻落实。\nState Council \n\n\nAugust 31, 2015 2015年8月31日',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.shndlaw.com/post/1550',
        title: 'shndlaw.com',
        quote:
          'Notice of the State Council on Issuing the Action Outline for Promoting the Development of Big Data … Level of Authority Regulatory Documents of the State Council\n  • Date issued08-31-2015\n  • Effective Date08-31-2015\n  • Issuing Authority State Council\n  • Status Effective',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://ccprjournal.com.cn/news/9449.htm',
        title: 'China Communist Party Review (CCPR)',
        quote:
          'The State Council recently issued the Outline to Promote Big Data Development (referred to as the Outline hereafter), for systematic deployment of big data development. The Outline proposed a 5 – 10 year goal on China’s big data development and application, which is to form a trans-departmental data resource sharing by the end of 2017 and to construct a united and open platform for government data by the end of 2018.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2015/08/31/outline-of-operations-to-stimulate-the-development-of-big-data/',
        title: 'China Copyright and Media',
        quote:
          'State Council Notice concerning Printing and Issuance of the Outline of Operations to Stimulate the Development of Big Data\n\nGF No. (2015)50 … Hereby, the “Outline of Operations to Stimulate the Development of Big Data” is printed and issued to you, please implement it earnestly.\n\nState Council\n\n31 August 2015',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.ppdoc.com/periodical/7c4e587cee88052ba85b131ecc5779d7.html',
        title: 'ppdoc.com (abstract)',
        quote:
          'Recently, the State Council printed and distributed the “Action Plan for Promoting Big Data Development” (hereinafter referred to as the “Outline”) and systematically deployed the development of big data.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://taiyuan.baogaosu.com/xinwen/%E5%8D%B0%E5%8F%91%E4%BF%83%E8%BF%9B%E5%A4%A7%E6%95%B0%E6%8D%AE%E5%8F%91%E5%B1%95%E8%A1%8C%E5%8A%A8%E7%BA%B2%E8%A6%81/37417931/',
        title: '国务院印发《促进大数据发展行动纲要》 (新华社)',
        quote:
          '经李克强总理签批,国务院日前印发《促进大数据发展行动纲要》(以下简称《纲要》),系统部署大数据发展工作。 《纲要》部署三方面主要任务。一要加快政府数据开放共享,推动资源整合,提升治理能力。 … 二要推动产业创新发展,培育新兴业态,助力经济转型。 … 三要强化安全保障,提高管理水平,促进健康发展。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Big data for serving and supervising market entities (State Council General Office, 2015) ─────────────
  {
    id: 'document:several-opinions-on-using-big-data-to-strengthen-service-and-supervision-of-market-entities',
    name: 'Several Opinions on Strengthening the Service for and Supervision of Market Subjects by Utilizing Big Data',
    nameZh: '关于运用大数据加强对市场主体服务和监管的若干意见',
    aliases: [
      'Some Opinions concerning the Use of Big Data to Strengthen Service to and Supervision of Market Subjects',
      'Opinions of the General Office of the State Council on Strengthening Service and Supervision of Market Subjects by Using Big Data',
    ],
    zhShortNames: ['国办发〔2015〕51号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    // Released on 1 July 2015 (USITO, gov.cn); no source found here gives the year beside the date.
    summary:
      'State Council General Office opinions on using big data to serve and supervise market entities: credit-based supervision with blacklists, open and shared government data, and a stronger government capacity to use big data.',
    sources: [
      {
        url: 'http://usito.org/news/state-council-promotes-government-utilization-big-data-technologies',
        title: 'USITO',
        quote:
          'On July 1, the State Council General Office released Several Opinions on Strengthening the Service for and Supervision of Market Subjects by Utilizing Big Data, aiming to increase the effectiveness of government services and regulation by expanding utilization of advanced information technologies including big data and cloud computing. … Promote opening and sharing of government and social information resources … introducing "blacklist" exposure systems for low-credit or illegal market subjects',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://apgei.org/News_Page.aspx?ID=4528&Type=011001&int=1',
        title: '广东省人民政府办公厅关于运用大数据加强对市场主体服务和监管的实施意见',
        quote:
          '为贯彻落实《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》(国办发〔2015〕51号),充分运用大数据先进理念、技术和资源,加强对市场主体的服务和监管,提高政府治理能力',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2015/06/24/some-opinions-concerning-the-use-of-big-data-to-strengthen-service-to-and-supervision-of-market-subjects/',
        title: 'China Copyright and Media',
        quote:
          'Some Opinions concerning the Use of Big Data to Strengthen Service to and Supervision of Market Subjects\n\nPosted on Updated on\n\nState Council General Office\n\nGBF No. (2015)51',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://km-go.cn/aa/1681',
        title: 'km-go.cn (Guangdong implementing opinions, translation)',
        quote:
          'In order to implement the Opinions of the General Office of the State Council on Strengthening Service and Supervision of Market Subjects by Using Big Data (Guo Ban Fa [2015] No.51), make full use of advanced concepts, technologies and resources of big data, strengthen service and supervision of market subjects',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://english.www.gov.cn/policies/latestreleases/201507/01/content_WS5d157331c6d03ce67878e8dc.html',
        title: 'english.www.gov.cn',
        quote:
          'The State Council on July 1 issued an Opinion on using big data technology to improve the government’s supervisory responsibilities and services for market entities. … The government will provide one-stop service for checking the credit status of market entities through a Credit China (creditchina.gov.cn) website',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Security protection of international networking (MPS Order No. 33, 1997) ─────────────
  {
    id: 'document:measures-for-security-protection-administration-of-international-networking-of-computer-information-networks',
    name: 'Measures for Security Protection Administration of the International Networking of Computer Information Networks',
    nameZh: '计算机信息网络国际联网安全保护管理办法',
    aliases: [
      'Computer Information Network International Interconnection Security Protection Management Rules',
      'Administrative Measures on Security Protection for International Connections to Computer Information Networks',
      'Measures for the Administration of Security Protection of Computer Information Networks with International Interconnections',
      'Ministry of Public Security Decree No. 33',
    ],
    // Approved by the State Council before the MPS promulgated it (PKULaw).
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['mps'],
    // Approved by the State Council on 11 December 1997.
    adopted: '1997-12-11',
    // The order is dated 16 December 1997 (PKULaw); DigiChina and the CECC give 30 December 1997,
    // the day it took effect, as its promulgation date.
    promulgated: '1997-12-16',
    effective: '1997-12-30',
    amended: ['2011-01-08'],
    summary:
      'MPS rules for the security of international network connections: no one may use them to endanger state security or divulge state secrets, and connecting and access units must register with public security.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-security-protection-of-computer-information-systems', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/Display.aspx?lib=law&Cgid=19579',
        title: 'PKULaw (北大法宝)',
        quote:
          "Measures for Security Protection Administration of the International Networking of Computer Information Networks [Revised]\n计算机信息网络国际联网安全保护管理办法 [已被修订] … The Measures for Security Protection Administration of the International Networking of Computer Information Networks, approved by the State Council on December 11, 1997, are hereby promulgated and shall come into force as of December 30, 1997. … Minister of the Ministry of Public Security: Tao Siju … December 16, 1997 … Article 1 These Measures are formulated in accordance with the provisionsof the Regulations of the People's Republic of China for the Security Protection of Computer Information Systems",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://digichina.stanford.edu/work/computer-information-network-international-interconnection-security-protection-management-rules',
        title: 'DigiChina (China Copyright and Media translation)',
        quote:
          'Computer Information Network International Interconnection Security Protection Management Rules … Ministry of Public Security Decree No. 33\n\nPromulgated by the Ministry of Public Security on 30 December 1997\n\nThe “Computer Information Network International Interconnection Security Protection Management Rules” were approved by the State Council on 11 December 1997, are hereby promulgated, and take effect on 30 December 1997',
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/administrative-measures-on-security-protection-for-international-connections-to-computer-information-networks-2011-revision/',
        title: 'AppInChina',
        quote:
          'Administrative Measures on Security Protection for International Connections to Computer Information Networks (2011 Revision) … Release Date: 01-08-2011 … Chinese Title: 计算机信息网络国际联网安全保护管理办法(2011修订)',
        supports: ['aliases', 'nameZh', 'amended'],
      },
      {
        url: 'https://www.cecc.gov/pages/virtualAcad/index.phpd?showsingle=14389',
        title: 'Congressional-Executive Commission on China',
        quote:
          'Measures for the Administration of Security Protection of Computer Information Networks with International Interconnections … Article 12: Networking units, access units and legal persons and other organizations … shall, within 30 days of formally connecting to a network, go to the  processing center designated by the people\'s municipal government public security agency in their jurisdiction to undertake registration procedures.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://enread.com/job/law/28932.html',
        title: 'enread.com',
        quote:
          'Article 4 No unit or individual shall use the international networking to endanger state security, divulge state secrets, nor shall it/he/she infringe on national, social and collective interests and the legitimate rights and interests of citizens, nor shall it/he/she engage in illegal criminal activities.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Secrecy administration of international networking (NASSP, 2000) ─────────────
  {
    id: 'document:provisions-on-secrecy-administration-of-international-networking-of-computer-information-systems',
    name: 'State Secrecy Protection Regulations for Computer Information Systems on the Internet',
    nameZh: '计算机信息系统国际联网保密管理规定',
    aliases: ['Provisions on Secrecy Management of Computer Information Systems on the Internet'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['national-administration-of-state-secrets-protection'],
    effective: '2000-01-01',
    summary:
      'State secrets rules for the internet: computer systems that hold state secrets must be physically isolated from the internet and other public networks, and information put online needs a secrecy review.',
    relations: [{ type: 'based_on', target: 'document:law-on-guarding-state-secrets', source: 1 }],
    sources: [
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/ssprfcisoti915',
        title: 'AsianLII',
        quote:
          'STATE SECRECY PROTECTION REGULATIONS FOR COMPUTER\nINFORMATION SYSTEMS ON THE INTERNET\n\n(Promulgated and Issued by the State Secrecy Bureau\nand takes effect on January 1, 2000)',
        supports: ['name', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://linas.org/mirrors/cryptome.org/2001.11.13/china-netsec.htm',
        title: 'Cryptome (FBIS translation of Xinhua)',
        quote:
          'Provisions on Secrecy Management of Computer Information Systems on the Internet\n\n(Promulgated by the State Secrecy Bureau)\n\nChapter I -- General Provisions\n\nArticle 1 -- To strengthen secrecy management of computer information systems on the Internet and ensure the safety of state secrets, these provisions are drawn up in compliance with the "Law of the People\'s Republic of China on Guarding States Secrets"',
        supports: ['aliases', 'issuers', 'relations'],
      },
      {
        url: 'https://jxxfw.com/periodical/47830907baed5eb8c2e522bd3155adda.html',
        title: 'jxxfw.com',
        quote:
          '国家保密局发布了《计算机信息系统国际联网保密管理规定》,以确保国家秘密的安全。这一规定共四章二十条,已于2000年1月1日起施行。文件规定,涉及国家秘密的电脑信息系统,不得直接或间接地与国际互联网或其他公共信息网络相联接,并实行物理隔离。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://www.lawbridge.org/LAW/20051/1611541012436.html',
        title: '法律桥',
        quote:
          '发布机关:国家保密局 … 第六条 涉及国家秘密的计算机信息系统,不得直接或间接地与国际互联网或其它公共信息网络相联接,必须实行物理隔离。 … 凡向国际联网的站点提供或发布信息,必须经过保密审查批准。',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://enread.com/job/law/30796.html',
        title: 'enread.com',
        quote: '计算机信息系统国际联网保密管理规定 … 颁布日期:20000101  实施日期:20000101  颁布单位:国家保密局',
        supports: ['nameZh', 'issuers', 'effective'],
      },
    ],
  },

  // ───────────── 14th Five-Year Plan for the digital economy (State Council, 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-digital-economy-development',
    name: '14th Five-Year Plan for Digital Economy Development',
    nameZh: '“十四五”数字经济发展规划',
    aliases: ['14th Five-Year Plan for Digital Economy'],
    zhShortNames: ['国发〔2021〕29号'],
    kind: 'plan',
    status: 'final',
    issuers: ['state-council'],
    // The notice is dated 12 December 2021; it was published on 12 January 2022.
    promulgated: '2021-12-12',
    summary:
      "State Council plan for the digital economy in 2021-2025, the first national plan for it: core digital-economy industries to reach 10% of GDP by 2025 (7.8% in 2020), with tasks in eight areas from digital infrastructure and data to governance and security.",
    sources: [
      {
        url: 'http://ygacjh.org.cn/Item/2851.aspx',
        title: '国家发展改革委负责同志就《“十四五”数字经济发展规划》答记者问 (转载)',
        quote:
          '近日,国务院印发了《“十四五”数字经济发展规划》(国发〔2021〕29号,以下简称《规划》),这是我国数字经济领域的首部国家级专项规划。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://cpajim.blogspot.com/2022/01/14th-five-year-digital-economy.html',
        title: 'cpajim.blogspot.com (translation)',
        quote:
          'Guofa [2021] No. 29 … The "14th Five-Year Plan for Digital Economy Development" is hereby issued to you, please implement it conscientiously.\nState Council of PRC\nDecember 12, 2021',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'http://i-artifacts.com/news/705.html',
        title: '國務院關于印發“十四五”數字經濟發展規劃的通知 (转载)',
        quote: '國務院關于印發 “十四五”數字經濟發展規劃的通知 國發〔2021〕29號 … 國務院 2021年12月12日 (此件公開發布)',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://sesec.eu/2022/news-events/news/14th-five-year-plan-for-digital-economy-the-added-value-of-the-digital-economys-core-industries-to-reach-10-of-gdp-by-2025/',
        title: 'SESEC',
        quote:
          'On 12 January 2022, according to the Xinhua News Agency, the State Council issued the 14th Five-Year Plan for Digital Economy (hereinafter referred to as the “Plan”) which specifies the guiding philosophy, fundamental principles, goals, key tasks and safeguarding measures for advancing the digital economy during the 14th Five-Year period (2021-2025).',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://english.news.cn/20220112/4a0801b5429144a7b390e868ee6c23fb/c.html',
        title: 'Xinhua',
        quote:
          "BEIJING, Jan. 12 (Xinhua) -- China's State Council on Wednesday rolled out a plan to facilitate the development of the digital economy in the 14th Five-Year Plan period (2021-2025).\n\nThe country aims to raise the proportion of the added value of core digital economy industries in its GDP to 10 percent in 2025, up from 7.8 percent in 2020, according to the plan. … It details key tasks in eight areas, including optimizing and upgrading digital infrastructure",
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Accounting for enterprise data resources (MOF, 2023) ─────────────
  {
    id: 'document:interim-provisions-on-accounting-treatment-of-enterprise-data-resources',
    name: 'Interim Provisions on Accounting Treatment of Enterprise Data Resources',
    nameZh: '企业数据资源相关会计处理暂行规定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mof'],
    // 财会〔2023〕11号, issued in August 2023 and announced on 21 August 2023.
    promulgated: '2023-08',
    effective: '2024-01-01',
    summary:
      'MOF rules for putting data resources on the balance sheet: data an enterprise uses may be recognised as an intangible asset and data held for sale as inventory, with disclosures on their nature and value.',
    sources: [
      {
        url: 'https://www.waitang.com/report/70910963.html',
        title: '开源证券:计算机行业点评报告 (waitang.com)',
        quote:
          '财政部制定印发了《企业数据资源相关会计处理暂行规定》,节奏符合预期2023年8月,财政部制定印发了《企业数据资源相关会计处理暂行规定》,自2024年1月1日起施行。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://ahac.com.cn/a/xingyezixun/18626.html',
        title: '财政部会计司有关负责人就印发《企业数据资源相关会计处理暂行规定》答记者问 (转载)',
        quote:
          '2023年8月21日 來源:會計司\n為規(guī)范企業(yè)數(shù)據(jù)資源相關(guān)會計處理,強化相關(guān)會計信息披露,近日,財政部制定印發(fā)了《企業(yè)數(shù)據(jù)資源相關(guān)會計處理暫行規(guī)定》(財會〔2023〕11號,以下簡稱《暫行規(guī)定》),自2024年1月1日起施行。',
        supports: ['kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.hellenicshippingnews.com/accounting-rules-stress-importance-of-data/',
        title: 'Hellenic Shipping News (China Daily)',
        quote:
          'The Ministry of Finance released the Interim Provisions on Accounting Treatment of Enterprise Data Resources on Monday. … When meeting relevant requirements in accounting standards, data resources utilized by enterprises could be recognized as intangible assets, while data resources held for sale in the ordinary course of business could be recognized as inventories',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/14393-implemented-interim-provisions-on-accounting-treatment-of-enterprise-data-resources-introducing-operating-conditions',
        title: 'Digital Policy Alert',
        quote:
          'On 1 January 2024, the Chinese Ministry of Finance implemented the Interim Provisions on Accounting Treatment of Enterprise Data Resources. … The Interim Provisions include precise provisions on the accounting of data, requiring extensive disclosures including the nature of the data, its scale, source, ownership, acquisition method, and book value.',
        supports: ['name', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Reform plan for Party and state institutions (2023) ─────────────
  {
    id: 'document:reform-plan-for-party-and-state-institutions-2023',
    name: 'Reform Plan for Party and State Institutions',
    nameZh: '党和国家机构改革方案',
    aliases: ['Plan on reforming Party and state institutions', 'Plan for the Reform of Party and State Institutions'],
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    // Approved at the Central Committee's second plenary session (26-28 February 2023); Xinhua published
    // it on 16 March 2023.
    adopted: '2023-02',
    promulgated: '2023-03',
    summary:
      'The 2023 reorganisation of Party and state bodies: two new commissions overseeing finance, a new Party body for technology policy, a weakened Ministry of Science and Technology and a new National Data Administration.',
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/reform-plan-for-party-and-state-institutions',
        title: 'CSET (Georgetown University)',
        quote:
          'The following document is the full text of a significant Party and government reorganization plan that China’s parliament, the National People’s Congress, passed in March 2023. Highlights of the plan include two new commissions to oversee the financial industry, a new Party body that oversees technology policy, a weakened Ministry of Science and Technology, and the creation of a new National Data Bureau.',
        supports: ['kind', 'status', 'summary'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/reform-plan-for-party-and-state-institutions/',
        title: 'CSET (Georgetown University)',
        quote: 'Translation\n\nReform Plan for Party and State Institutions\n\n党和国家机构改革方案\n\nMay 4, 2023',
        supports: ['name', 'nameZh'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Plan_on_reforming_Party_and_state_institutions',
        title: 'Wikipedia',
        quote:
          'The plan on reforming Party and state institutions () was a large-scale reform of the institutions of the Chinese Communist Party (CCP) and the People\'s Republic of China (PRC) that was initiated by the 20th CCP Central Committee in 2023. … The second plenary session of the 20th CCP Central Committee was held in Beijing from February 26 to 28, 2023. The plenary session reviewed and approved the "Plan for the Reform of Party and State Institutions". In March 2023, the CP Central Committee issued the "Reform Plan for Party and State Institutions"',
        supports: ['name', 'aliases', 'issuers', 'adopted', 'promulgated'],
      },
      {
        url: 'https://wikiwand.com/en/articles/Plan_on_reforming_Party_and_state_institutions',
        title: 'Wikiwand (Wikipedia)',
        quote:
          "The plan on reforming Party and state institutions (Chinese: 党和国家机构改革方案; pinyin: Dǎng hé guójiā jīgòu gǎigé fāng'àn) was a large-scale reform of the institutions of the Chinese Communist Party (CCP) and the People's Republic of China (PRC) that was initiated by the 20th CCP Central Committee in 2023.",
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'http://bmcg.com.cn/details/578.html',
        title: '每周热点丨《党和国家机构改革方案》印发,组建中央金融委员会等5机构',
        quote: '近日,中共中央、国务院印发了《党和国家机构改革方案》,并发出通知,要求各地区各部门结合实际认真贯彻落实。',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────── Plan for deepening the reform of Party and state institutions (2018) ─────────────
  // Kept beside the 2023 plan: its title contains the 2023 plan's (深化 + 党和国家机构改革方案), so without
  // it pages about the 2018 reform would be read as naming the 2023 one.
  {
    id: 'document:plan-for-deepening-reform-of-party-and-state-institutions-2018',
    name: 'Plan on Deepening Party and State Institutional Reform',
    nameZh: '深化党和国家机构改革方案',
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee'],
    // Xinhua published it on 21 March 2018 and says it was "recently" issued, so the month.
    promulgated: '2018-03',
    summary:
      'The 2018 reorganisation of Party and state bodies; among other changes it turned the central leading group for cybersecurity and informatization into the Central Cyberspace Affairs Commission.',
    sources: [
      {
        url: 'https://yiqinfu.github.io/posts/party-state-reform/',
        title: 'Summary Translation: CCP Party and State Institutional Reform Plan (Yiqin Fu)',
        quote:
          'Mar 22, 2018 · 90 words · 1 minute read #china #ccp #government document #law #translation\n\nOn March 21, the Chinese Communist Party (CCP) Central Committee released a document titled the Plan on Deepening Party and State Institutional Reform.',
        supports: ['name', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'http://3g.china.com/act/news/945/20180321/32211247.html',
        title: '中华网 (新华社)',
        quote:
          '中共中央印发《深化党和国家机构改革方案》\n\n2018-03-21 17:03:03 … 新华社北京3月21日电近日,中共中央印发了《深化党和国家机构改革方案》,并发出通知,要求各地区各部门结合实际认真贯彻执行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://opnir.cn/2018/03/central-leading-group-for-cyberspace-affairs-change-to-committee.html',
        title: '中央网络安全和信息化领导小组改为委员会',
        quote:
          '2018年3月中共中央印发《深化党和国家机构改革方案》,为加强党中央对涉及党和国家事业全局的重大工作的集中统一领导,强化决策和统筹协调职责,将中央网络安全和信息化领导小组改为中央网络安全和信息化委员会',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
];
