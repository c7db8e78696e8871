import type { AuthorityVariant, CoreInstrument } from './types';

/**
 * Party-central and State Council policy documents that pages about China's tech policy keep
 * citing as the frame for sector rules: the 2024 Third Plenum decision on further deepening reform,
 * the 2025 recommendations for the 15th Five-Year Plan, the 2022 opinions on a national unified
 * market, the 2021 opinions on network civilization, the 2022 guiding opinions on digital
 * government, the 2016 outline of the national informatization development strategy, the 14th
 * Five-Year Plan for national informatization (2021) and the 2022 opinions on cultural digitization.
 */
export const CORE_CENTRAL_POLICY_6: CoreInstrument[] = [
  // ───────────── Third Plenum decision (20th CPC Central Committee, July 2024) ─────────────
  {
    id: 'document:decision-on-further-deepening-reform-comprehensively-to-advance-chinese-modernization',
    name: 'Decision of the CPC Central Committee on Further Comprehensively Deepening Reform and Advancing Chinese Modernization',
    nameZh: '中共中央关于进一步全面深化改革、推进中国式现代化的决定',
    aliases: [
      'Decision of the CPC Central Committee on Further Comprehensively Deepening Reform and Promoting Chinese Style Modernization',
      'Decision of the Central Committee of the Communist Party of China on Further Comprehensively Deepening Reform and Promoting Chinese-Style Modernization',
      'Decision of the Communist Party of China Central Committee on Further Deepening All-round Reform in Pursuing China’s Modernization',
    ],
    zhShortNames: ['中共中央关于进一步全面深化改革 推进中国式现代化的决定'],
    kind: 'other',
    status: 'final',
    issuers: ['cpc-central-committee'],
    adopted: '2024-07-18',
    summary:
      'Programme adopted at the Third Plenary Session of the 20th CPC Central Committee for further deepening reform, whose reform tasks are to be completed by 2029.',
    sources: [
      {
        url: 'https://lcbackerblog.blogspot.com/2024/07/decision-of-cpc-central-committee-on.html?m=0',
        title: 'Law at the End of the Day (Larry Catá Backer)',
        quote:
          'Decision of the CPC Central Committee on Further Comprehensively Deepening Reform and Promoting Chinese Style Modernization [中共中央关于进一步全面深化改革 推进中国式现代化的决定]',
        supports: ['aliases', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://am1470.com/national_news.php?i=19782',
        title: 'AM1470 (Vancouver)',
        quote:
          '中共二十屆三中全會閉幕 審議通過全面進一步深化改革\n\n2024-07-18 15:04 … 一連四日的中共二十屆三中全會閉幕。審議通過《中共中央關於進一步全面深化改革、推進中國式現代化的決定》。 … 到2029年中華人民共和國成立80周年時,完成本決定提出的改革任務。',
        supports: ['adopted', 'summary'],
      },
      {
        url: 'http://jiyuanshuo.com/shzs/62677.html',
        title: 'jiyuanshuo.com',
        quote:
          '全会听取和讨论了习近平受中央政治局委托所作的工作报告,审议通过了《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。',
        supports: ['nameZh', 'kind', 'status'],
      },
      {
        url: 'https://generationt.asia/cpc-central-committee-adopts-decision-on-further-deepening-comprehensive-reform',
        title: 'Generation T',
        quote:
          'deliberated and approved the Decision of the Communist Party of China Central Committee on Further Deepening All-round Reform in Pursuing China’s Modernization. … The reform tasks outlined in the decision should be completed by 2029, the 80th anniversary of the founding of the People’s Republic of China, the statement said.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://guojianjituan.com/en/index.php/Index/News_details/1609.html',
        title: 'guojianjituan.com',
        quote:
          'The "Decision of the Central Committee of the Communist Party of China on Further Comprehensively Deepening Reform and Promoting Chinese-Style Modernization" (hereinafter referred to as the "Decision") adopted by the Third Plenary Session of the 20th CPC Central Committee',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://en.caapa.org/party_detial/93.html',
        title: 'CAAPA (Xinhua)',
        quote:
          'Xi Jinping: Explanation of the "Decision of the CPC Central Committee on Further Comprehensively Deepening Reform and Advancing Chinese Modernization"',
        supports: ['name'],
      },
    ],
  },
  // ───────────── Recommendations for the 15th Five-Year Plan (CPC Central Committee, October 2025) ─────────────
  {
    id: 'document:recommendations-for-formulating-15th-five-year-plan',
    name: 'Recommendations of the CPC Central Committee for Formulating the 15th Five-Year Plan for National Economic and Social Development',
    nameZh: '中共中央关于制定国民经济和社会发展第十五个五年规划的建议',
    aliases: [
      'Recommendations of the Central Committee of the Communist Party of China (CPC) for Formulating the 15th Five-Year Plan for National Economic and Social Development',
      'Recommendations of the CPC Central Committee for Formulating the 15th Five-Year Plan for Economic and Social Development',
      'Proposals of the CPC Central Committee on Formulating the 15th Five-Year Plan for National Economic and Social Development',
    ],
    zhShortNames: ['关于制定国民经济和社会发展第十五个五年规划的建议'],
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee'],
    adopted: '2025-10-23',
    summary:
      'Party recommendations adopted at the Fourth Plenary Session of the 20th Central Committee that set the direction and priorities for the 15th Five-Year Plan, which the NPC then approves.',
    sources: [
      {
        url: 'http://www.o-olink.com/a/202510/30/WS69036910a310f735438b7e4a.html',
        title: 'o-olink.com (Xinhua)',
        quote:
          'The landmark document, formally titled the Recommendations of the CPC Central Committee for Formulating the 15th Five-Year Plan for National Economic and Social Development, was adopted on Oct 23 at the fourth plenary session of the 20th CPC Central Committee … The Party leadership\'s recommendations set the overall direction and priorities for the 15th Five-Year Plan, while the final plan will be submitted for review and approval in March at the annual meeting of China\'s top legislature.',
        supports: ['name', 'issuers', 'adopted', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://www.bastillepost.com/global/article/5318868-full-text-of-recommendations-for-next-five-year-plan-released',
        title: 'Bastille Post',
        quote:
          'The Recommendations of the Central Committee of the Communist Party of China (CPC) for Formulating the 15th Five-Year Plan for National Economic and Social Development was adopted at the fourth plenary session of the 20th CPC Central Committee on Oct 23.',
        supports: ['aliases', 'adopted'],
      },
      {
        url: 'http://english.scio.gov.cn/m/topnews/2025-10/24/content_118140230.html',
        title: 'SCIO (Xinhua)',
        quote:
          'Participants at the session deliberated over and adopted the Recommendations of the CPC Central Committee for Formulating the 15th Five-Year Plan for Economic and Social Development, according to a communique of the session released on Thursday.',
        supports: ['aliases'],
      },
      {
        url: 'https://cnuktip.com/index/information/details/id/38.html',
        title: 'cnuktip.com',
        quote:
          'The plenary session reviewed and approved the "Proposals of the CPC Central Committee on Formulating the 15th Five-Year Plan for National Economic and Social Development."',
        supports: ['aliases'],
      },
      {
        url: 'https://guoqp.net/?a=show&c=articles&id=4834',
        title: 'guoqp.net',
        quote:
          '政策解读 | 中共中央关于制定国民经济和社会发展第十五个五年规划的建议 … 2025年10月,中国共产党第二十届中央委员会第四次全体会议审议通过《关于制定国民经济和社会发展第十五个五年规划的建议》',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted'],
      },
    ],
  },
  // ───────────── National unified market opinions (CPC Central Committee and State Council, April 2022) ─────────────
  {
    id: 'document:opinions-on-accelerating-construction-of-national-unified-market',
    name: 'Opinions of the Central Committee of the Communist Party of China and the State Council on Accelerating the Construction of a Unified National Market',
    nameZh: '中共中央国务院关于加快建设全国统一大市场的意见',
    aliases: [
      'Opinions on Accelerating the Construction of a National Unified Market',
      'Opinions on Accelerating the Construction of a Unified National Market',
      'Guideline of the CPC Central Committee and the State Council on Accelerating the Establishment of a Unified Domestic Market',
    ],
    zhShortNames: ['关于加快建设全国统一大市场的意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    promulgated: '2022-04-10',
    summary:
      'Party and State Council opinions to break local protection and build a unified national market, including unified markets for factors of production such as land, labour, capital, technology, data and energy.',
    sources: [
      {
        url: 'https://huihuacong.com/view/%E4%BB%A5%E7%BB%9F%E4%B8%80%E5%A4%A7%E5%B8%82%E5%9C%BA%E5%BB%BA%E8%AE%BE%E4%B8%BA%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95%E6%8F%90%E4%BE%9B%E6%94%AF%E6%92%91%E6%9C%89%E7%9A%84%E6%94%BE%E7%9F%A2',
        title: 'huihuacong.com',
        quote: '《中共中央国务院关于加快建设全国统一大市场的意见》从全局和战略高度明确了加快推进全国统一大市场建设的总体要求、主要目标和重点任务。',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://news.cgtn.com/news/2022-04-10/China-issues-guidelines-on-building-unified-national-market-197AILefHnW/index.html',
        title: 'CGTN',
        quote:
          'China issues guideline on building unified national market\nUpdated 21:23, 10-Apr-2022\n\n\nTo break local protection and facilitate the smooth flow of economic circulation, China on Sunday issued a guideline on building a unified national market at a faster pace. … the guideline document jointly released by the State Council and the Central Committee of the Communist Party of China. … The guideline also vows to build unified markets for various production factors, including land, labor, capital, technology, data and energy.',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://iddi.nju.edu.cn/EV/e2/f7/c48096a582391/page.htm',
        title: 'Nanjing University (IDDI)',
        quote:
          'Recently, the Opinions of the Central Committee of the Communist Party of China and the State Council on Accelerating the Construction of a Unified National Market was officially issued',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://www.china.org.cn/china/2022-04/21/content_78177616_11.htm',
        title: 'China.org.cn (SCIO press conference)',
        quote:
          'We recently noted that the Guideline of the CPC Central Committee and the State Council on Accelerating the Establishment of a Unified Domestic Market was released.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.cementchina.net/news/content/57925911390426115.html',
        title: 'cementchina.net (Qiushi article)',
        quote: 'In recent years, we have issued the Opinions on Accelerating the Construction of a Unified National Market and a series of supporting measures',
        supports: ['aliases'],
      },
      {
        url: 'http://lwxsd.com/en/info_view.php?VID=23233&tab=mynews',
        title: 'lwxsd.com',
        quote:
          'Recently, the CPC Central Committee and the State Council issued the "opinions on accelerating the construction of a national unified market" (hereinafter referred to as the "opinions").',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ───────────── Network civilization opinions (General Offices, September 2021) ─────────────
  {
    id: 'document:opinions-on-strengthening-construction-of-network-civilization',
    name: 'Opinions on Strengthening the Construction of Network Civilization',
    nameZh: '关于加强网络文明建设的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    // Xinhua reported it on 14 September 2021 as "recently" issued, so the month.
    promulgated: '2021-09',
    summary:
      'Party and State Council General Offices’ opinions on building civility online, among them governance of the online ecosystem, a national rumour-refuting mechanism and the Qinglang and Jingwang campaigns.',
    sources: [
      {
        url: 'https://www.breakinglatest.news/news/the-general-office-of-the-central-committee-of-the-communist-party-of-china-and-the-general-office-of-the-state-council-issued-the-opinions-on-strengthening-the-construction-of-network-civilization_/',
        title: 'Breaking Latest News (Xinhua)',
        quote:
          'Xinhua News Agency, Beijing, September 14. Recently, the General Office of the Central Committee of the Communist Party of China and the General Office of the State Council issued the “Opinions on Strengthening the Construction of Network Civilization” (hereinafter referred to as the “Opinions”)',
        supports: ['name', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'https://ashea.com.cn/guandian/2021/0916/414392.html',
        title: 'ashea.com.cn',
        quote:
          '《意见》指出,要加强网络空间生态治理。进一步规范网上内容生产、信息发布和传播流程,深入推进公众账号分级分类管理,构建以中国互联网联合辟谣平台为依托的全国网络辟谣联动机制。深入推进“清朗”、“净网”系列专项行动',
        supports: ['summary'],
      },
      {
        url: 'https://www.zcbk.cn/wuhan/index.php?m=home&c=View&a=index&aid=83619',
        title: '中办国办印发《关于加强网络文明建设的意见》(据新华社电)',
        quote:
          '中办国办印发《关于加强网络文明建设的意见》 栏目:通知公告 发布时间:2021-09-15 … 据新华社电 近日,中共中央办公厅、国务院办公厅印发了《关于加强网络文明建设的意见》(以下简称《意见》),并发出通知,要求各地区各部门结合实际认真贯彻落实。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
    ],
  },
  // ───────────── Digital government guiding opinions (State Council, 2022) ─────────────
  {
    id: 'document:guiding-opinions-on-strengthening-digital-government-construction',
    name: 'Guiding Opinions of the State Council on Strengthening the Building of a Digital Government',
    nameZh: '国务院关于加强数字政府建设的指导意见',
    zhShortNames: ['关于加强数字政府建设的指导意见', '国发〔2022〕14号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2022-06-23',
    code: '国发〔2022〕14号',
    summary:
      'State Council guidance on digital government: a top-level design and coordination mechanism by 2025 and a coordinated, efficient, intelligent digital government by 2035, with open and shared government data.',
    sources: [
      {
        url: 'https://www.lawinfochina.com/display.aspx?id=38988&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Guiding Opinions of the State Council on Strengthening the Building of a Digital Government [Effective]\n国务院关于加强数字政府建设的指导意见 [现行有效] … (No. 14 [2022] of the State Council) (国发〔2022〕14号)',
        supports: ['name', 'nameZh', 'issuers', 'status', 'kind', 'code', 'zhShortNames'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%9C%8B%E5%8B%99%E9%99%A2%E9%97%9C%E6%96%BC%E5%8A%A0%E5%BC%B7%E6%95%B8%E5%AD%97%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%A8%AD%E7%9A%84%E6%8C%87%E5%B0%8E%E6%84%8F%E8%A6%8B/61576657',
        title: 'newton.com.tw (wiki)',
        quote: '發文字號:〔2022〕14號\n  • 發布日期:2022年6月23日\n  • 成文日期:2022年06月06日\n  • 發文機關國務院',
        supports: ['promulgated', 'issuers'],
      },
      {
        url: 'http://en.people.cn/n3/2022/0623/c90000-10114049.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          'By 2025, the country will strive to improve the top-level design and coordination mechanism of a digital government that matches the modernization of the national governance system, according to a guideline released by the State Council, China\'s cabinet. … By 2035, China will seek to establish a digital government that is coordinated, efficient, intelligent, open, transparent, and inclusive. … To build an open and shared data resource system',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── National informatization development strategy outline (General Offices, July 2016) ─────────────
  {
    id: 'document:outline-of-national-informatization-development-strategy',
    name: 'Outline of the National Informatization Development Strategy',
    nameZh: '国家信息化发展战略纲要',
    aliases: ['Outline of National Informatization Development Strategy', 'Outline on the National Information Technology Development Strategy'],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    promulgated: '2016-07-27',
    summary:
      'Ten-year programmatic document on informatization replacing the 2006–2020 strategy: core technologies, information resources and cyberspace administration.',
    sources: [
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2016/07/27/outline-of-the-national-informatization-development-strategy/',
        title: 'China Copyright and Media',
        quote:
          'Outline of the National Informatization Development Strategy\n\nPosted on Updated on\n\nCentral Committee General Office\n\nState Council General Office\n\n27 July 2016 … This Strategy Outline is an adjustment and development of the “National Informatization Development Strategy 2006-2020” on the basis of new circumstances, it is a programmatic document to standardize and guide national informatization development in the next ten years',
        supports: ['name', 'issuers', 'promulgated', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://m.fx361.cc/news/2016/1020/3173272.html',
        title: 'fx361.cc (WTO经济导刊)',
        quote:
          '中办、国办印发《国家信息化发展战略纲要》\n2016-10-20 … 7月27日消息,中共中央办公厅、国务院办公厅印发《国家信息化发展战略纲要》。作为规范和指导未来10年国家信息化发展的纲领性文件',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'http://www.usito.org/news/state-council-released-outline-national-informatization-development-strategy',
        title: 'USITO',
        quote:
          'On July 27, the General Office of CPC and the State Council released an Outline of National Informatization Development Strategy, which is a guiding document for regulating and directing the national informatization development over the next 10 years … developing industry and core technology, developing and utilizing information resources, and strengthening cyberspace administration among others.',
        supports: ['aliases', 'promulgated', 'summary'],
      },
      {
        url: 'https://thecre.com/fnews/?p=8638',
        title: 'Center for Regulatory Effectiveness',
        quote:
          'The blueprint—formally titled the “Outline on the National Information Technology Development Strategy”—lays out the government’s IT goals and targets for the next ten years.',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── 14th Five-Year Plan for National Informatization (Central Cyberspace Affairs Commission, December 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-national-informatization',
    name: '14th Five-Year Plan for National Informatization',
    nameZh: '“十四五”国家信息化规划',
    aliases: ['National Informatization Plan for the 14th five year plan'],
    kind: 'plan',
    status: 'final',
    issuers: ['central-cyberspace-affairs-commission'],
    promulgated: '2021-12-28',
    summary:
      'Central Cyberspace Affairs Commission plan for informatization in the 14th Five-Year Plan period, with ten major tasks from digital infrastructure and data-element resources to digital government and the governance of digital development.',
    relations: [{ type: 'based_on', target: 'document:outline-of-national-informatization-development-strategy', source: 1 }],
    sources: [
      {
        url: 'https://digichina.stanford.edu/work/translation-14th-five-year-plan-for-national-informatization-dec-2021/',
        title: 'DigiChina (Stanford University)',
        quote:
          'The Central Commission for Cybersecurity and Informatization on Dec. 28, 2021, issued the 14th Five-Year Plan for National Informatization.',
        supports: ['name', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'http://oortzone.com/njcd/2021/Article/154.html',
        title: 'oortzone.com',
        quote:
          '《“十四五”国家信息化规划》(节选)\n  本规划依据《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》《国家信息化发展战略纲要》等制定,是"十四五"国家规划体系的重要组成部分,是指导"十四五"期间各地区、各部门信息化工作的行动指南。',
        supports: ['nameZh', 'relations'],
      },
      {
        url: 'http://news.mlzgw.cn/zix/2021/1228/61010.html',
        title: '工人日报 (reprint)',
        quote:
          '2021-12-28 10:59:37 来源:工人日报\n据“网信中国”微信公众号消息,近日,中央网络安全和信息化委员会印发《“十四五”国家信息化规划》(以下简称《规划》),对我国“十四五”时期信息化发展作出部署安排。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinastockmarketnews.com/post/38844.html',
        title: 'chinastockmarketnews.com',
        quote:
          'National Informatization Plan for the 14th five year plan: moderately advance the deployment of the next generation intelligent facility system … Focusing on development goals, the plan has deployed 10 major tasks from eight aspects.',
        supports: ['aliases'],
      },
      {
        url: 'https://chinastockmarketnews.com/post/38790.html',
        title: 'chinastockmarketnews.com',
        quote:
          'The plan has deployed 10 major tasks around the determined development goals. The first is to build a ubiquitous digital infrastructure system of Zhilian, the second is to establish an efficient data element resource system … The seventh is to build a collaborative and efficient digital government service system … the tenth is to establish and improve a standardized and orderly digital development governa',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── National cultural digitalization strategy opinions (General Offices, May 2022) ─────────────
  {
    id: 'document:opinions-on-promoting-implementation-of-national-cultural-digitization-strategy',
    name: 'Opinions on Promoting the Implementation of the National Cultural Digitization Strategy',
    nameZh: '关于推进实施国家文化数字化战略的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    promulgated: '2022-05-22',
    summary:
      'Party and State Council General Offices’ opinions to build cultural digital infrastructure and a national cultural big-data system by 2035, including a national cultural network and oversight of cultural-data trading.',
    sources: [
      {
        url: 'https://www.lwxsd.com/pcen/info_view.php?tab=mynews&VID=24248',
        title: 'lwxsd.com',
        quote:
          '2022-05-23   \n\nRecently, the general office of the CPC Central Committee and the general office of the State Council issued the opinions on promoting the implementation of the national cultural digitization strategy (hereinafter referred to as the opinions)',
        supports: ['name', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://yuyinfang.com/fwc/a/Mzg4MzgzMzkyNw==/2247532171/1',
        title: '伏羲云 (臧志彭、陈美欣,《西南民族大学学报》)',
        quote: '2022年5月22日,中共中央办公厅、国务院办公厅印发《关于推进实施国家文化数字化战略的意见》',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.jjckb.cn/2022-05/23/c_1310601158.htm',
        title: '经济参考报',
        quote:
          '近日,中共中央办公厅、国务院办公厅印发《关于推进实施国家文化数字化战略的意见》(以下简称《意见》)。 … 到2035年,建成物理分布、逻辑关联、快速链接、高效搜索、全面共享、重点集成的国家文化大数据体系 … 二是夯实文化数字化基础设施,依托现有有线电视网络设施、广电5G网络和互联互通平台,形成国家文化专网。 … 八是构建文化数字化治理体系,完善文化市场综合执法体制,强化文化数据要素市场交易监管。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
];

/** Other English names of authorities already in the gazetteer, as the sources above write them. */
export const AUTHORITY_VARIANTS_CENTRAL_POLICY_6: AuthorityVariant[] = [
  {
    slug: 'central-cyberspace-affairs-commission',
    aliases: ['Central Commission for Cybersecurity and Informatization'],
    sources: [
      {
        url: 'https://digichina.stanford.edu/?p=1952',
        title: 'DigiChina (Stanford University)',
        quote:
          'This Plan was issued by the Central Commission for Cybersecurity and Informatization, a dedicated body … and the bureaucratic parent of the Cyberspace Administration of China.',
        supports: ['aliases'],
      },
    ],
  },
];
