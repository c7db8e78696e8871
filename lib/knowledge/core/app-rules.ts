import type { CoreInstrument } from './types';

/**
 * Rules for apps, connected products and online services that China TMT pages cite often: app
 * personal-information enforcement, vulnerabilities, car data, online advertising, accounts,
 * publishing, live-streaming, ethics review and the data-factor policy.
 */
export const CORE_APP_RULES: CoreInstrument[] = [
  {
    id: 'document:method-for-identifying-illegal-collection-and-use-of-personal-information-by-apps',
    name: 'Method for Identifying the Illegal Collection and Use of Personal Information by Apps',
    nameZh: 'App违法违规收集使用个人信息行为认定方法',
    aliases: [
      'Method for Identifying the Unlawful Collection and Use of Personal Information by Apps',
      'Method for Determining Illegal and Improper Collection and Use of Personal Information by Apps',
      'Measures for the Determination of the Collection and Use of Personal Information by Apps in Violation of Laws and Regulations',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'samr'],
    // The notice is dated 28 November 2019; the CAC published it on 30 December 2019 (Data Compliance China, Xinhua).
    promulgated: '2019-11-28',
    effective: '2019-11-28',
    summary: 'Joint CAC, MIIT, MPS and SAMR reference for regulators and app operators: 31 kinds of app conduct, in six groups, that count as illegal collection and use of personal information.',
    relations: [{ type: 'implements', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/notice-on-promulgation-of-the-method-for-identifying-the-illegal-collection-and-use-of-personal-information-by-apps/',
        title: 'AppInChina',
        quote: 'Notice on Promulgation of the Method for Identifying the Illegal Collection and Use of Personal Information by Apps … Release Date: 11-28-2019 … Chinese Title: 关于印发《App违法违规收集使用个人信息行为认定方法》的通知 … the Cyberspace Administration of China, the Ministry of Industry and Information Technology, the Ministry of Public Security and the State Administration for Market Regulation have jointly formulated the Method for Identifying the Illegal Collection and Use of Personal Information by Apps to provide reference for the identification of illegal collection and use of personal information by Apps and implementing the Cybersecurity Law and other laws and regulations.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://datacompliancechina.com/laws/app-illegal-pi-collection-identification-method/',
        title: 'Data Compliance China',
        quote: 'Method for Identifying the Unlawful Collection and Use of Personal Information by Apps. App违法违规收集使用个人信息行为认定方法 Promulgated by: Secretariat of the Cyberspace Administration of China, General Office of the Ministry of Industry and Information Technology, General Office of the Ministry of Public Security, and General Office of the State Administration for Market Regulation. Document No.: 国信办秘字〔2019〕191号. Issued and effective November 28, 2019. Publicly released December 30, 2019.',
        supports: ['aliases', 'nameZh', 'issuers', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'https://launch-in-china.21yunbox.com/method-for-determining-illegal-and-improper-collection-and-use-of-personal-information-by-apps.html',
        title: 'Launch in China (21YunBox)',
        quote: 'the Cyberspace Administration of China (CAC), the Ministry of Industry and Information Technology (MIIT), the Ministry of Public Security (MPS), and the State Administration for Market Regulation (SAMR) have jointly formulated the “Method for Determining Illegal and Improper Collection and Use of Personal Information by Apps.”',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=20707917239546b4bdfb&lib=law',
        title: 'PKULaw',
        quote: 'Notice by the Secretary Bureau of the Cyberspace Administration of China, the General Office of the Ministry of Industry and Information Technology, the General Office of the Ministry of Public Security and the General Office of the State Administration for Market Regulation of Issuing the Measures for the Determination of the Collection and Use of Personal Information by Apps in Violation of Laws and Regulations [Effective]',
        supports: ['aliases', 'issuers', 'status'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2020/01/activities-that-constitute-illegal-collection-and-use-of-personal-data-via-apps-are-clarified',
        title: 'CMS Law-Now',
        quote: 'the Cyberspace Administration of China together with a few other relevant government authorities published the Guidance for Identifying Illegal Collection and Use of personal Data via Mobile Applications to facilitate the relevant enforcement actions on 30 December 2019. The Guidance describes 31 specific types of illegal activities and divides them into 6 categories.',
        supports: ['summary'],
      },
      {
        url: 'http://zhzgzz.com/html1/report/1912/3228-1.htm',
        title: '新华网 (转载)',
        quote: '国家网信办、工信部、公安部、市场监管总局近日联合制定《App违法违规收集使用个人信息行为认定方法》,为认定App违法违规收集使用个人信息行为提供参考,为App运营者自查自纠和网民社会监督提供指引。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:provisions-on-scope-of-necessary-personal-information-for-common-types-of-apps',
    name: 'Provisions on the Scope of Necessary Personal Information for Common Types of Mobile Internet Applications',
    nameZh: '常见类型移动互联网应用程序必要个人信息范围规定',
    aliases: ['Regulations on the Scope of Necessary Personal Information for Common Types of Mobile Internet Applications'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'samr'],
    // Issued by the four offices on 12 March 2021 and released to the public on 22 March 2021 (JunHe).
    promulgated: '2021-03-12',
    effective: '2021-05-01',
    summary: 'Joint CAC, MIIT, MPS and SAMR rules setting the personal information 39 common types of app need for their basic functions; users who refuse more cannot be denied them.',
    relations: [{ type: 'implements', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://appinchina.co/government-documents/notice-on-issuing-the-regulations-on-the-scope-of-necessary-personal-information-for-common-types-of-mobile-internet-applications/',
        title: 'AppInChina',
        quote: 'Original Title: 关于印发《常见类型移动互联网应用程序必要个人信息范围规定》的通知 … In order to implement the provisions of the “Network Security Law of the People’s Republic of China” … The State Internet Information Office, the Ministry of Industry and Information Technology, the Ministry of Public Security, and the State Administration for Market Regulation jointly formulated the “Regulations on the Scope of Necessary Personal Information for Common Types of Mobile Internet Applications”, which clarified that mobile Internet application (App) operators shall not force users to agree to the collection non-essential personal information, nor refuse users to use App basic functions and services if they refuse such.',
        supports: ['nameZh', 'aliases', 'kind', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.dawo-lf.com/en/personal-information-and-mobile-apps/',
        title: 'DaWo Law Firm',
        quote: 'On May 1, 2021, the “Provisions on the Scope of Necessary Personal Information for Common Types of Mobile Internet Applications”, jointly issued by the Cyberspace Administration of China (CAC), the Ministry of Industry and Information Technology (MIIT), the Ministry of Public Security (MPS), and the State Administration for Market Regulation (SAMR) came into force. … For 39 types of apps, the Provisions clarify the scope of basic functions and necessary personal information.',
        supports: ['name', 'issuers', 'effective', 'status', 'summary'],
      },
      {
        url: 'http://junhe.com/legal-updates/1423',
        title: 'JunHe',
        quote: 'On March 12, 2021, the Secretary Bureau of the Cyberspace Administration of China (“CAC”), the Ministry of Industry and Information Technology, the Ministry of Public Security and the State Administration for Market Regulation (“Four Ministries”) jointly issued the Regulations on the Scope of Necessary Personal Information for Common Types of Mobile Internet Applications (the “Regulations”). And the Regulations were formally released to the public on March 22.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://datacompliancechina.com/laws/app-necessary-pi-scope-provisions.md',
        title: 'Data Compliance China',
        quote: 'title_en: "Provisions on the Scope of Necessary Personal Information for Common Types of Mobile Internet Applications" title_zh: "常见类型移动互联网应用程序必要个人信息范围规定" … adopted_date: 2021-03-12 effective_date: 2021-05-01 status: "effective"',
        supports: ['name', 'nameZh', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://cctv-company.video/nav5/70903.html',
        title: 'cctv-company.video (转载中新网)',
        quote: '国家互联网信息办公室、工业和信息化部、公安部、国家市场监督管理总局近日联合印发《常见类型移动互联网应用程序必要个人信息范围规定》(下简称《规定》),明确移动互联网应用程序(APP)运营者不得因用户不同意收集非必要个人信息,而拒绝用户使用APP基本功能服务。《规定》明确了39种常见类型APP的必要个人信息范围,将自今年5月1日起施行。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:provisions-on-management-of-security-vulnerabilities-of-network-products',
    name: 'Provisions on the Management of Security Vulnerabilities of Network Products',
    nameZh: '网络产品安全漏洞管理规定',
    aliases: [
      'Provisions on Administration of Security Vulnerability of Network Products',
      'Provisions on the Management of Security Vulnerability of Network Products',
      'Provisions on Network Product Security Vulnerability Management',
      'Regulations on the Management of Network Product Security Vulnerabilities',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'cac', 'mps'],
    promulgated: '2021-07-12',
    effective: '2021-09-01',
    summary: 'MIIT, CAC and MPS rules on finding, reporting, patching and publishing security vulnerabilities in network products, with a two-day report to the MIIT platform.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/product-security-vulnerabilites/?ref=chinatrademonitor.com',
        title: 'China Law Translate',
        quote: 'Promulgation Date: 2021-7-12 Title: 关于印发网络产品安全漏洞管理规定的通知 Document Number:工信部联网安〔2021〕66号 Expiration date: Promulgating Entities: 工业和信息化部 国家互联网信息办公室 公安部 … Article 1: These Provisions are drafted on the basis of the Cybersecurity Law of the PRC so as to regulate the discovery, reporting, patching, and publication of security vulnerabilities in network products and to defend against security risks.',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'issuers', 'relations', 'summary'],
      },
      {
        url: 'https://scholarmate.com/S/LU4YMj',
        title: 'scholarmate.com',
        quote: '工信部联网安[2021]66号 … 现将《网络产品安全漏洞管理规定》予以发布,自2021年9月1日起施行。2021年7月12日',
        supports: ['nameZh', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'https://glovepuppetry.com/full-text-and-interpretation-of-the-regulations-on-the-management-of-network-product-security-vulnerabilities-that-will-be-implemented-on-september-1-2021/',
        title: 'glovepuppetry.com',
        quote: 'Full text and interpretation of the “Regulations on the Management of Network Product Security Vulnerabilities” that will be implemented on September 1, 2021 Provisions on the Management of Security Vulnerabilities of Network Products',
        supports: ['name', 'aliases', 'effective'],
      },
      {
        url: 'https://www.garrigues.com/en_GB/tags/cybersecurity',
        title: 'Garrigues',
        quote: 'China’s Ministry of Industry and Information Technology (MIIT), Cybersecurity Administration of China (CAC) and Ministry of Public Security (MPS) jointly published the Provisions on Administration of Security Vulnerability of Network Products (Provisions), which will be in force as of September 1, 2021.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.financial-discussion.com/archives/1479.html',
        title: 'financial-discussion.com',
        quote: 'On July 13, the Ministry of Industry and Information Technology, the Cyberspace Administration of China and the Ministry of Public Security jointly issued the Provisions on the Management of Security Vulnerability of Network Products, which will come into force on September 1, 2021.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.chinatrademonitor.com/china-issues-guidelines-on-network-product-security-vulnerability-management/amp/',
        title: 'China Trade Monitor',
        quote: 'On July 12, China issued the Provisions on Network Product Security Vulnerability Management (《关于印发网络产品安全漏洞管理规定的通知》) (English translation here). The document was jointly issued by the Ministry of Industry and Information Technology, the Cyberspace Administration of China, and the Ministry of Public Security, and will take effect on September 1, 2021. … In addition, the Provisions require network product vendors to report security vulnerabilities to the MIIT Network Security Threat Information Sharing Platform within 2 days.',
        supports: ['aliases', 'nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },
];
