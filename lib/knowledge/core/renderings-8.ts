/**
 * Curated core layer: other English renderings, short names and Chinese short forms that
 * third-party pages (law-firm notes, translation sites, compliance guides, Chinese legal news) use
 * for instruments the core layer already holds, where the extension did not recognise them. Each
 * name is quoted from a stored public page that shows it for the instrument.
 *
 * Like zh-forms-5.ts, these rows are not entries of their own: index.ts merges them onto the
 * entries with `withOtherNames` (names appended, sources appended after the entry's own).
 */
import type { CoreOtherNames } from './zh-forms-5';

export const OTHER_NAMES_RENDERINGS_8: CoreOtherNames[] = [
  // ───────────── Online content ─────────────
  {
    id: 'document:provisions-on-ecological-governance-of-network-information-content',
    aliases: ['Provisions on the Governance of the Online Ecosystem'],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/public-accounts-comment-draft/',
        title: 'China Law Translate – Provisions on the Management of Internet Public Account Information Services (Draft Revisions)',
        quote:
          'Article 1: These Provisions are formulated on the basis of the Cybersecurity Law of the P.R.C., the Measures on the Administration of Internet Information Services, the Provisions on the Governance of the Online Ecosystem, and other relevant laws and regulations',
        supports: ['aliases'],
      },
    ],
  },

  {
    // Pages often cite the provisions by the title in quotation marks after "Provisions on".
    id: 'document:provisions-on-scope-of-necessary-personal-information-for-common-types-of-apps',
    aliases: ['Scope of Necessary Personal Information Required for Common Types of Mobile Internet Applications'],
    sources: [
      {
        url: 'https://www.huntonak.com/privacy-and-information-security-law/china-issues-provisions-on-the-scope-of-necessary-personal-information-required-for-common-types-of-mobile-internet-applications',
        title: 'Hunton Andrews Kurth – China Issues Provisions on the “Scope of Necessary Personal Information Required for Common Types of Mobile Internet Applications”',
        quote:
          'On March 12, 2021, the Cyberspace Administration of China released Provisions on the “Scope of Necessary Personal Information Required for Common Types of Mobile Internet Applications” (the “Provisions”) (available here in Chinese).',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Personal information protection certification ─────────────
  {
    id: 'document:announcement-on-implementation-of-personal-information-protection-certification',
    aliases: ['Announcement on the Implementation of Certification for Personal Information Protection'],
    sources: [
      {
        url: 'https://asiallians.com/zh-hans/cybersecurity-announcement-on-the-implementation-of-certification-for-personal-information-protection-released/',
        title: 'Asiallians – Cybersecurity: Announcement on the Implementation of Certification for Personal Information Protection Released',
        quote:
          'The State Administration for Market Regulation and the Cyberspace Administration of China (“CAC”) issued the Announcement on the Implementation of Certification for Personal Information Protection (“Announcement”) on November 4, 2022, which makes the current legal framework of data compliance more complete.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:practice-guideline-for-cybersecurity-standards-safety-certification',
    aliases: ['Security Certification Specifications for Handling Cross-Border Transfer of Personal Information'],
    sources: [
      {
        url: 'https://www.osservatorio-dataprotection.it/data-protection/china-cac-announces-implementation-of-personal-information-protection-certification/',
        title: 'Osservatorio Data Protection – China: CAC announces implementation of personal information protection certification',
        quote:
          'for cross-border data transfer, also with the Security Certification Specifications for Handling Cross-Border Transfer of Personal Information (in Chinese: “个人信息跨境处理活动安全认证规范”)',
        supports: ['aliases'],
      },
    ],
  },

  {
    id: 'document:implementation-guidelines-for-notices-and-consent-in-personal-information-processing',
    aliases: ['Implementation Guideline for Informing and Consenting in Personal Information Processing'],
    sources: [
      {
        url: 'https://www.mondaq.com:443/china/privacy-protection/1334780/china-monthly-data-protection-update-june-2023',
        title: 'Mondaq – China Monthly Data Protection Update (June 2023)',
        quote:
          'On May 23, 2023, Information Security Technology - Implementation Guideline for Informing and Consenting in Personal Information Processing, which is supervised by Standardization Administration of the People\'s Republic of China ("SAC") and categorized and implemented by NISSTC, was released and will be implemented from December 1, 2023.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Cryptography ─────────────
  {
    id: 'document:regulations-on-administration-of-commercial-cryptography',
    aliases: ['Regulations on the Commercial Password'],
    sources: [
      {
        url: 'http://webiis06.mondaq.com/china/security/1326114/highlights-in-recent-china-tmt-law-and-practices-may-2023',
        title: 'Mondaq – Highlights In Recent China TMT Law And Practices (May 2023)',
        quote:
          'On May 24, 2023, the State Council issued the Regulations on the Commercial Password (the "SC Regulations"), which is set to take effect on July 1, 2023.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Judicial interpretations ─────────────
  {
    id: 'document:spc-provisions-on-facial-recognition-civil-cases',
    aliases: [
      'Provisions on Several Issues concerning the Application of Law in the Trial of Civil Cases Relating to the Use of Facial Recognition Technologies to Process Personal Information',
      'Judicial Interpretation on the Application of Law in Civil Trials concerning the Application of Facial Recognition Technologies in Personal Information Processing',
      'Provisions on Several Issues on the Application of Law in Hearing Civil Cases Related to the Use of Facial Recognition Technology to Handle Personal Information',
    ],
    sources: [
      {
        url: 'https://www.mondaq.com:443/china/civil-law/1098184/chinas-highest-court-clarifies-judicial-rules-in-civil-disputes-related-to-face-recognition-technology',
        title: 'Mondaq – China’s Highest Court Clarifies Judicial Rules In Civil Disputes Related To Face Recognition Technology',
        quote:
          'On July 27, 2021, China Supreme People\'s Court released the Provisions on Several Issues concerning the Application of Law in the Trial of Civil Cases Relating to the Use of Facial Recognition Technologies to Process Personal Information (the "Judicial Interpretations"), which will be effective on August 1, 2021',
        supports: ['aliases'],
      },
      {
        url: 'https://cms-lawnow.com/en/ealerts/2021/07/chinese-supreme-court-issues-interpretation-enhancing-face-information-protection-in-civil-cases',
        title: 'CMS Law-Now – Chinese Supreme Court issues interpretation enhancing face information protection in civil cases',
        quote:
          'On 27 July 2021, the Supreme People’s Court of China published the Judicial Interpretation on the Application of Law in Civil Trials concerning the Application of Facial Recognition Technologies in Personal Information Processing, which specifies face information as a special category of “biometric information”',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/civil-cases-facial-recogntion/',
        title: 'China Law Translate – Provisions on Several Issues on the Application of Law in Hearing Civil Cases Related to the Use of Facial Recognition Technology to Handle Personal Information',
        quote:
          'Provisions on Several Issues on the Application of Law in Hearing Civil Cases Related to the Use of Facial Recognition Technology to Handle Personal Information … Document Number:法释〔2021〕15号 Promulgating Entities: Supreme People\'s Court',
        supports: ['aliases'],
      },
    ],
  },

  {
    id: 'document:spc-spp-interpretation-on-criminal-cases-of-infringing-citizens-personal-information',
    aliases: ['Interpretation on the Applicable Law in Criminal Cases Involving Infringement of the Personal Information of Citizens'],
    sources: [
      {
        url: 'https://www.leetsai.com/arbitration-litigation/interpretation-of-the-supreme-peoples-court-and-the-supreme-peoples-procuratorate-on-the-applicable-law-in-criminal-cases-involving-infringement-of-the-personal-information-of-citizensmainland-chin',
        title: 'Lee and Li – Interpretation of the Supreme People’s Court and the Supreme People’s Procuratorate on the Applicable Law in Criminal Cases Involving Infringement of the Personal Information of Citizens',
        quote:
          'On May 8, 2017, the Supreme People’s Court and the Supreme People’s Procuratorate jointly promulgated the Interpretation on the Applicable Law in Criminal Cases Involving Infringement of the Personal Information of citizens (the “Judicial Interpretation”), which came into effect on June 1, 2017.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:spc-provisions-on-online-consumption-disputes-i',
    aliases: ['Provisions on Several Issues Concerning the Application of Law in Hearing Cases Involving Online Consumer Disputes (I)'],
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/spc-issues-juridical-interpretation-on-online-consumer-disputes',
        title: 'China Justice Observer – SPC Issues Juridical Interpretation on Online Consumer Disputes',
        quote:
          'On 1 March 2022, the Supreme People’s Court (SPC) issued “Provisions on Several Issues Concerning the Application of Law in Hearing Cases Involving Online Consumer Disputes (I)” (hereinafter “the Provisions”, 关于审理网络消费纠纷案件适用法律若干问题的规定(一)), with effect from 15 March 2022.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Online games, telecoms ─────────────
  {
    id: 'document:notice-on-further-strict-management-to-prevent-minors-addiction-to-online-games',
    aliases: [
      'Notice of the National Press and Publication Administration on Further Strict Management to Effectively Prevent Minors from Becoming Addicted to Online Games',
    ],
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Notice_of_the_National_Press_and_Publication_Administration_on_Further_Strict_Management_and_Effective_Prevention_of_Minors%27_Addiction_to_Online_Games',
        title: 'Wikipedia – Notice of the National Press and Publication Administration on Further Strict Management and Effective Prevention of Minors’ Addiction to Online Games',
        quote:
          '"Notice of the National Press and Publication Administration on Further Strict Management to Effectively Prevent Minors from Becoming Addicted to Online Games" is a document issued by the Chinese Communist Party\'s (CCP) National Press and Publication Administration.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:administrative-measures-for-licensing-of-telecommunications-business',
    aliases: ['Measures for the Administration of Telecommunication Business Operation Licenses'],
    sources: [
      {
        url: 'https://conventuslaw.com/report/china-released-for-public-comment-draft-revisions',
        title: 'Conventus Law – China Released For Public Comment Draft Revisions',
        quote:
          'The Measures for the Administration of Telecommunication Business Operation Licenses (Draft Revised Measures) (in Chinese《电信业务经营许可管理办法》(修订征求意见稿), hereafter the “Draft”) were released by the Ministry for Industry and Information Technology (“MIIT”) on April 11, 2017',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Laws ─────────────
  {
    id: 'document:rules-on-counteracting-unjustified-extra-territorial-application-of-foreign-legislation',
    zhShortNames: ['阻断办法'],
    sources: [
      {
        url: 'https://user.guancha.cn/main/content?id=445908',
        title: '观察者网(走出去智库)– 中国出台《阻断办法》:利弊分析及应对建议',
        quote:
          '上周六(1月9日),商务部公布《阻断外国法律与措施不当域外适用办法》(以下简称“《阻断办法》”)。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://fahejia.com/view?id=c74352d3b205464980b7dea01fb8ab0b&userid=&type=2',
        title: '法和家 – 关于《阻断外国法律与措施不当域外适用办法》的法律实务评述(中伦文德)',
        quote:
          '经国务院批准,2021年1月9日,中华人民共和国商务部公布了二〇二一年 第1号商务部令——《阻断外国法律与措施不当域外适用办法》(以下简称“《阻断办法》”),自公布之日起施行。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:anti-foreign-sanctions-law',
    aliases: ['Law on Countering Foreign Sanctions'],
    zhShortNames: ['反制裁法'],
    sources: [
      {
        url: 'https://www.shine.cn/news/nation/2203082841/',
        title: 'Shanghai Daily – Law on Countering Foreign Sanctions highlighted in China’s national legislature’s work report',
        quote:
          'The Law on Countering Foreign Sanctions, adopted in 2021, aims to improve the legal system for opposing foreign sanctions, interference, and long-arm jurisdiction, according to a work report submitted Tuesday to China\'s national legislature for deliberation.',
        supports: ['aliases'],
      },
      {
        url: 'https://fujae.com/news/law-on-countering-foreign-sanctions/',
        title: 'Fujae – Law on Countering Foreign Sanctions',
        quote: 'The Law on Countering Foreign Sanctions has become effective as of June 10, 2021.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.lexiscn.com/pghottopic/pg_ce/cn/pg_ce145.html',
        title: 'LexisNexis 律商联讯 – 《实施〈反外国制裁法〉的规定》实务解读及合规分析',
        quote: '我国曾于2021年出台《中华人民共和国反外国制裁法》(“《反制裁法》”),为我国反制外国不当制裁提供了法律框架。',
        supports: ['zhShortNames'],
      },
    ],
  },
];
