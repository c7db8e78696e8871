/**
 * Throughput and load-time benchmark of lib/match against a RegExp alternation baseline.
 *
 * runMatcherBench returns (MB = 10^6 UTF-16 code units of text, i.e. characters; every figure is
 * the median of several runs, matcher and RegExp runs alternated so both see the same load):
 *   matcher_mbps, regex_mbps            bundled dictionary on ~2 MB of generated article text
 *   matcher_mbps_10k, regex_mbps_10k    a 10,000-name dictionary (the bundled names plus
 *                                       synthetic titles and codes) on the same text
 *   speedup_vs_regex_10k, speedup_vs_regex
 *   throughput_10k_vs_bundled           matcher_mbps_10k over matcher_mbps, from runs of the two
 *                                       matchers alternated on the same text (so machine load
 *                                       between the two dictionaries' phases does not enter it)
 *   matcher_ready_ms, matcher_ready_ms_10k
 *                                       as the content script loads the bundled dictionary (and
 *                                       the user's names, which arrive compiled in a message):
 *                                       JSON.parse of the compiled form + loadDictionary, cold:
 *                                       the first load in a fresh process (cold-load.ts), as in
 *                                       a fresh content script; median of COLD_RUNS processes
 *   matcher_ready_ms_warm(_10k)         the same load repeated in this process, once V8 has
 *                                       optimised the loader
 *   *_10k_dense                         the 10k dictionary on a text made of its own names,
 *                                       where most words walk deep into the automaton
 * plus diagnostics: compile_ms(_10k), compiled_bytes(_10k), names(_10k), text_chars, mentions
 * and regex_matches per run. The article text mixes dictionary names into filler sentences at the
 * density of the real newsletters under seeds/ (about 1.7–1.9 mentions per 1,000 characters).
 * Nothing is printed here; `npx tsx test/bench/matcher-bench.ts` prints the figures for a
 * built-in dictionary of 324 real China TMT names.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { compileDictionary, findMentions, loadDictionary, type DictionaryEntry, type Matcher } from '../../lib/match/index';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, fast, good enough to make reproducible text. */
function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

// ---------------------------------------------------------------------------------------------
// Built-in dictionary: real China TMT names, one "kind|id|name" per line

const BUILTIN_SOURCE = `
title|authority:cac|Cyberspace Administration of China
abbr|authority:cac|CAC
zh|authority:cac|国家互联网信息办公室
zh|authority:cac|国家网信办
title|authority:miit|Ministry of Industry and Information Technology
abbr|authority:miit|MIIT
zh|authority:miit|工业和信息化部
zh|authority:miit|工信部
title|authority:samr|State Administration for Market Regulation
abbr|authority:samr|SAMR
zh|authority:samr|国家市场监督管理总局
zh|authority:samr|市场监管总局
title|authority:mps|Ministry of Public Security
abbr|authority:mps|MPS
zh|authority:mps|公安部
title|authority:npc|National People's Congress
abbr|authority:npc|NPC
zh|authority:npc|全国人民代表大会
zh|authority:npc|全国人大
title|authority:npcsc|Standing Committee of the National People's Congress
abbr|authority:npcsc|NPCSC
zh|authority:npcsc|全国人大常委会
title|authority:state-council|State Council
zh|authority:state-council|国务院
title|authority:spc|Supreme People's Court
abbr|authority:spc|SPC
zh|authority:spc|最高人民法院
title|authority:spp|Supreme People's Procuratorate
abbr|authority:spp|SPP
zh|authority:spp|最高人民检察院
title|authority:tc260|National Information Security Standardization Technical Committee
title|authority:tc260|National Cybersecurity Standardization Technical Committee
abbr|authority:tc260|TC260
zh|authority:tc260|全国信息安全标准化技术委员会
zh|authority:tc260|全国网络安全标准化技术委员会
title|authority:ndrc|National Development and Reform Commission
abbr|authority:ndrc|NDRC
zh|authority:ndrc|国家发展和改革委员会
title|authority:mofcom|Ministry of Commerce
abbr|authority:mofcom|MOFCOM
zh|authority:mofcom|商务部
title|authority:pboc|People's Bank of China
abbr|authority:pboc|PBOC
zh|authority:pboc|中国人民银行
title|authority:nfra|National Financial Regulatory Administration
abbr|authority:nfra|NFRA
zh|authority:nfra|国家金融监督管理总局
title|authority:csrc|China Securities Regulatory Commission
abbr|authority:csrc|CSRC
zh|authority:csrc|中国证券监督管理委员会
title|authority:nrta|National Radio and Television Administration
abbr|authority:nrta|NRTA
zh|authority:nrta|国家广播电视总局
title|authority:nppa|National Press and Publication Administration
abbr|authority:nppa|NPPA
zh|authority:nppa|国家新闻出版署
title|authority:most|Ministry of Science and Technology
abbr|authority:most|MOST
zh|authority:most|科学技术部
title|authority:moe|Ministry of Education
abbr|authority:moe|MOE
zh|authority:moe|教育部
title|authority:nhc|National Health Commission
abbr|authority:nhc|NHC
zh|authority:nhc|国家卫生健康委员会
title|authority:nmpa|National Medical Products Administration
abbr|authority:nmpa|NMPA
zh|authority:nmpa|国家药品监督管理局
title|authority:nda|National Data Administration
abbr|authority:nda|NDA
zh|authority:nda|国家数据局
title|authority:safe|State Administration of Foreign Exchange
abbr|authority:safe|SAFE
zh|authority:safe|国家外汇管理局
title|authority:cnipa|China National Intellectual Property Administration
abbr|authority:cnipa|CNIPA
zh|authority:cnipa|国家知识产权局
title|authority:mss|Ministry of State Security
abbr|authority:mss|MSS
zh|authority:mss|国家安全部
title|authority:nea|National Energy Administration
abbr|authority:nea|NEA
zh|authority:nea|国家能源局
title|authority:mot|Ministry of Transport
abbr|authority:mot|MOT
zh|authority:mot|交通运输部
title|authority:mof|Ministry of Finance
abbr|authority:mof|MOF
zh|authority:mof|财政部
title|authority:sasac|State-owned Assets Supervision and Administration Commission
abbr|authority:sasac|SASAC
title|authority:beijing-internet-court|Beijing Internet Court
zh|authority:beijing-internet-court|北京互联网法院
title|authority:hangzhou-internet-court|Hangzhou Internet Court
zh|authority:hangzhou-internet-court|杭州互联网法院
title|authority:guangzhou-internet-court|Guangzhou Internet Court
zh|authority:guangzhou-internet-court|广州互联网法院
title|authority:shanghai-cac|Shanghai Municipal Cyberspace Administration
title|authority:beijing-cac|Beijing Municipal Cyberspace Administration
title|authority:nassp|National Administration of State Secrets Protection
abbr|authority:nassp|NASSP
zh|authority:nassp|国家保密局
title|authority:ccac|Central Cyberspace Affairs Commission
zh|authority:ccac|中央网络安全和信息化委员会
title|authority:caict|China Academy of Information and Communications Technology
abbr|authority:caict|CAICT
zh|authority:caict|中国信息通信研究院
title|authority:sac|Standardization Administration of China
abbr|authority:sac|SAC
zh|authority:sac|国家标准化管理委员会
title|authority:mct|Ministry of Culture and Tourism
zh|authority:mct|文化和旅游部
title|authority:cncert|National Computer Network Emergency Response Technical Team
abbr|authority:cncert|CNCERT
title|document:csl|Cybersecurity Law
zh|document:csl|网络安全法
title|document:dsl|Data Security Law
zh|document:dsl|数据安全法
title|document:pipl|Personal Information Protection Law
abbr|document:pipl|PIPL
zh|document:pipl|个人信息保护法
title|document:cel|Counter-Espionage Law
zh|document:cel|反间谍法
title|document:state-secrets-law|Law on Guarding State Secrets
zh|document:state-secrets-law|保守国家秘密法
title|document:aml|Anti-Monopoly Law
zh|document:aml|反垄断法
title|document:aucl|Anti-Unfair Competition Law
zh|document:aucl|反不正当竞争法
title|document:ecl|E-Commerce Law
zh|document:ecl|电子商务法
title|document:cryptography-law|Cryptography Law
zh|document:cryptography-law|密码法
title|document:civil-code|Civil Code
zh|document:civil-code|民法典
title|document:criminal-law|Criminal Law
zh|document:criminal-law|刑法
title|document:civil-procedure-law|Civil Procedure Law
zh|document:civil-procedure-law|民事诉讼法
title|document:administrative-licensing-law|Administrative Licensing Law
title|document:administrative-penalty-law|Administrative Penalty Law
zh|document:administrative-penalty-law|行政处罚法
title|document:consumer-protection-law|Consumer Rights and Interests Protection Law
zh|document:consumer-protection-law|消费者权益保护法
title|document:minors-protection-law|Law on the Protection of Minors
zh|document:minors-protection-law|未成年人保护法
title|document:foreign-investment-law|Foreign Investment Law
zh|document:foreign-investment-law|外商投资法
title|document:foreign-relations-law|Foreign Relations Law
title|document:export-control-law|Export Control Law
zh|document:export-control-law|出口管制法
title|document:anti-foreign-sanctions-law|Anti-Foreign Sanctions Law
zh|document:anti-foreign-sanctions-law|反外国制裁法
title|document:national-security-law|National Security Law
zh|document:national-security-law|国家安全法
title|document:counter-terrorism-law|Counter-Terrorism Law
title|document:copyright-law|Copyright Law
zh|document:copyright-law|著作权法
title|document:trademark-law|Trademark Law
title|document:patent-law|Patent Law
title|document:advertising-law|Advertising Law
zh|document:advertising-law|广告法
title|document:electronic-signature-law|Electronic Signature Law
title|document:anti-fraud-law|Anti-Telecom and Online Fraud Law
zh|document:anti-fraud-law|反电信网络诈骗法
title|document:st-progress-law|Science and Technology Progress Law
title|document:standardization-law|Standardization Law
title|document:company-law|Company Law
title|document:securities-law|Securities Law
title|document:labor-contract-law|Labor Contract Law
title|document:legislation-law|Legislation Law
title|document:telecom-law|Telecommunications Law
title|document:ai-law|Artificial Intelligence Law
title|document:minors-online-regs|Regulations on the Protection of Minors Online
zh|document:minors-online-regs|未成年人网络保护条例
title|document:network-data-regs|Regulations on Network Data Security Management
zh|document:network-data-regs|网络数据安全管理条例
title|document:cii-regs|Regulations on the Security Protection of Critical Information Infrastructure
zh|document:cii-regs|关键信息基础设施安全保护条例
title|document:telecom-regs|Telecommunications Regulations
zh|document:telecom-regs|电信条例
title|document:internet-info-measures|Administrative Measures for Internet Information Services
zh|document:internet-info-measures|互联网信息服务管理办法
title|document:cybersecurity-review|Measures for Cybersecurity Review
zh|document:cybersecurity-review|网络安全审查办法
title|document:data-export-assessment|Measures for the Security Assessment of Outbound Data Transfers
zh|document:data-export-assessment|数据出境安全评估办法
title|document:standard-contract|Measures on the Standard Contract for the Outbound Transfer of Personal Information
zh|document:standard-contract|个人信息出境标准合同办法
title|document:cross-border-provisions|Provisions on Promoting and Regulating Cross-Border Data Flows
zh|document:cross-border-provisions|促进和规范数据跨境流动规定
title|document:genai-measures|Interim Measures for the Management of Generative Artificial Intelligence Services
zh|document:genai-measures|生成式人工智能服务管理暂行办法
title|document:deep-synthesis|Provisions on the Administration of Deep Synthesis of Internet-based Information Services
zh|document:deep-synthesis|互联网信息服务深度合成管理规定
title|document:algorithm-provisions|Provisions on the Administration of Algorithmic Recommendation of Internet Information Services
zh|document:algorithm-provisions|互联网信息服务算法推荐管理规定
title|document:ai-labeling|Measures for Labeling AI-Generated Synthetic Content
zh|document:ai-labeling|人工智能生成合成内容标识办法
title|document:ethics-review|Measures for Science and Technology Ethics Reviews (for Trial Implementation)
zh|document:ethics-review|科技伦理审查办法（试行）
title|document:children-pi|Provisions on the Cyber Protection of Children's Personal Information
zh|document:children-pi|儿童个人信息网络保护规定
title|document:miit-data-measures|Measures for the Administration of Data Security in the Field of Industry and Information Technology
title|document:auto-data|Several Provisions on the Management of Automobile Data Security (for Trial Implementation)
zh|document:auto-data|汽车数据安全管理若干规定（试行）
title|document:incident-reporting|Administrative Measures for the Reporting of National Cybersecurity Incidents
zh|document:incident-reporting|国家网络安全事件报告管理办法
title|document:content-ecosystem|Provisions on the Governance of the Online Information Content Ecosystem
zh|document:content-ecosystem|网络信息内容生态治理规定
title|document:app-provisions|Provisions on the Administration of Mobile Internet Applications Information Services
zh|document:app-provisions|移动互联网应用程序信息服务管理规定
title|document:internet-ads|Measures for the Administration of Internet Advertising
zh|document:internet-ads|互联网广告管理办法
title|document:popup-provisions|Provisions on the Administration of Internet Pop-up Information Push Services
title|document:account-provisions|Provisions on the Administration of Internet User Account Information
zh|document:account-provisions|互联网用户账号信息管理规定
title|document:vulnerability-provisions|Provisions on the Management of Security Vulnerabilities of Network Products
zh|document:vulnerability-provisions|网络产品安全漏洞管理规定
title|document:face-recognition|Measures for the Security Management of the Application of Face Recognition Technology
zh|document:face-recognition|人脸识别技术应用安全管理办法
title|document:compliance-audits|Measures for Personal Information Protection Compliance Audits
zh|document:compliance-audits|个人信息保护合规审计管理办法
title|document:pi-certification|Measures for the Certification of Personal Information Outbound Transfer
title|document:telecom-catalogue|Telecommunications Business Classification Catalogue
zh|document:telecom-catalogue|电信业务分类目录
title|document:negative-list|Special Administrative Measures for Foreign Investment Access (Negative List)
title|document:online-transactions|Measures for the Supervision and Administration of Online Transactions
zh|document:online-transactions|网络交易监督管理办法
title|document:online-aucl|Interim Provisions on Anti-Unfair Competition on the Internet
zh|document:online-aucl|网络反不正当竞争暂行规定
title|document:news-provisions|Provisions on the Administration of Internet News Information Services
zh|document:news-provisions|互联网新闻信息服务管理规定
title|document:banking-data|Administrative Measures for Data Security Management of Banking and Insurance Institutions
title|document:radio-regs|Radio Management Regulations
zh|document:radio-regs|无线电管理条例
title|document:minors-mode|Guidelines for the Construction of Minors Mode in the Mobile Internet
title|document:ai-governance-initiative|Global Initiative on Artificial Intelligence Governance
zh|document:ai-governance-initiative|全球人工智能治理倡议
title|document:data-security-initiative|Global Data Security Initiative
title|document:twenty-data-measures|Opinions on Building a Basic Data System to Better Leverage the Role of Data as a Factor of Production
title|document:twenty-data-measures|Twenty Data Measures
zh|document:twenty-data-measures|关于构建数据基础制度更好发挥数据要素作用的意见
title|document:data-elements-plan|Three-Year Action Plan for Data Elements X
title|document:data-accounting|Interim Provisions on the Accounting Treatment of Enterprise Data Resources
title|document:blockchain-provisions|Provisions on the Administration of Blockchain Information Services
zh|document:blockchain-provisions|区块链信息服务管理规定
title|document:domain-measures|Measures for the Administration of Internet Domain Names
zh|document:domain-measures|互联网域名管理办法
title|document:telecom-pi-provisions|Provisions on the Protection of Personal Information of Telecommunications and Internet Users
zh|document:telecom-pi-provisions|电信和互联网用户个人信息保护规定
title|document:av-provisions|Provisions on the Administration of Online Audio and Video Information Services
title|document:forum-provisions|Provisions on the Administration of Internet Forum Community Services
title|document:crypto-regs|Regulations on the Administration of Commercial Cryptography
zh|document:crypto-regs|商用密码管理条例
title|document:live-streaming|Provisions on the Administration of Internet Live Streaming Services
title|document:mlps-draft|Regulations on Cybersecurity Multi-level Protection
title|document:data-classification-rules|Rules for Data Classification and Grading
title|document:face-recognition-interpretation|Provisions of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Civil Cases Involving the Use of Face Recognition Technology to Process Personal Information
title|document:cyber-violence-opinions|Guiding Opinions on Punishing Cyber Violence Offences and Crimes in accordance with the Law
title|document:genai-filing-guide|Guidelines for the Filing of Generative Artificial Intelligence Services
title|document:export-control-catalogue|Catalogue of Technologies Prohibited or Restricted from Export
title|document:important-data-catalogue|Catalogue of Important Data in the Industry and Information Technology Sector
title|document:pi-impact-guide|Guidance for Personal Information Protection Impact Assessment
code|standard:gb-t-35273-2020|GB/T 35273-2020
title|standard:gb-t-35273-2020|Personal Information Security Specification
code|standard:gb-t-35273-2017|GB/T 35273-2017
code|standard:gb-40050-2021|GB 40050-2021
title|standard:gb-40050-2021|Critical Security Requirements for Network Products
code|standard:gb-t-22239-2019|GB/T 22239-2019
title|standard:gb-t-22239-2019|Baseline for Classified Protection of Cybersecurity
code|standard:gb-t-22240-2020|GB/T 22240-2020
code|standard:gb-t-28448-2019|GB/T 28448-2019
code|standard:gb-t-39335-2020|GB/T 39335-2020
title|standard:gb-t-39335-2020|Guidance for Personal Information Security Impact Assessment
code|standard:gb-t-41479-2022|GB/T 41479-2022
title|standard:gb-t-41479-2022|Network Data Processing Security Requirements
code|standard:gb-t-43697-2024|GB/T 43697-2024
title|standard:gb-t-43697-2024|Data Security Technology Rules for Data Classification and Grading
code|standard:gb-t-35274-2023|GB/T 35274-2023
code|standard:gb-t-37988-2019|GB/T 37988-2019
title|standard:gb-t-37988-2019|Data Security Capability Maturity Model
code|standard:gb-t-41391-2022|GB/T 41391-2022
title|standard:gb-t-41391-2022|Basic Requirements for Collecting Personal Information in Mobile Internet Applications
code|standard:gb-t-42460-2023|GB/T 42460-2023
code|standard:gb-45438-2025|GB 45438-2025
title|standard:gb-45438-2025|Cybersecurity Technology Labeling Method for Content Generated by Artificial Intelligence
code|standard:gb-t-45654-2025|GB/T 45654-2025
title|standard:gb-t-45654-2025|Basic Security Requirements for Generative Artificial Intelligence Service
code|standard:gb-t-39786-2021|GB/T 39786-2021
code|standard:gb-t-25069-2022|GB/T 25069-2022
code|standard:gb-t-20984-2022|GB/T 20984-2022
code|standard:gb-t-31168-2023|GB/T 31168-2023
code|standard:gb-t-34978-2017|GB/T 34978-2017
code|standard:gb-t-37964-2019|GB/T 37964-2019
title|standard:gb-t-37964-2019|Guide for De-Identifying Personal Information
code|standard:gb-t-42574-2023|GB/T 42574-2023
title|standard:gb-t-42574-2023|Guidelines for Notice and Consent in Personal Information Processing
code|standard:gb-t-39204-2022|GB/T 39204-2022
code|standard:gb-t-41871-2022|GB/T 41871-2022
code|standard:gb-44495-2024|GB 44495-2024
code|standard:gb-44496-2024|GB 44496-2024
code|standard:gb-t-44464-2024|GB/T 44464-2024
code|standard:yd-t-3867-2021|YD/T 3867-2021
code|standard:yd-t-4036-2022|YD/T 4036-2022
code|standard:jr-t-0171-2020|JR/T 0171-2020
title|standard:jr-t-0171-2020|Personal Financial Information Protection Technical Specification
code|standard:jr-t-0197-2020|JR/T 0197-2020
title|standard:jr-t-0197-2020|Financial Data Security Guidelines for Data Security Classification
code|standard:jr-t-0223-2021|JR/T 0223-2021
code|standard:tc260-003|TC260-003
code|standard:tc260-pg-20212a|TC260-PG-20212A
code|standard:tc260-pg-20242a|TC260-PG-20242A
title|case:guo-bing|Guo Bing v. Hangzhou Safari Park
title|case:huang-tencent|Huang v. Tencent
title|case:li-liu|Li v. Liu
title|case:ultraman|Ultraman Case
title|case:weibo-maimai|Sina Weibo v. Maimai
title|case:taobao-meijing|Taobao v. Meijing
title|case:tencent-yingxun|Tencent v. Yingxun
title|case:wechat-reading|WeChat Reading Case
title|case:ai-voice|AI Voice Infringement Case
title|case:didi-review|Didi Cybersecurity Review
title|case:cnki-fine|CNKI Anti-Monopoly Case
`;

/** Look-alike Chinese terms: 国家安全部门 (state security departments) is not 国家安全部 (MSS). */
const BUILTIN_ZH_EXCLUSIONS = ['国家安全部门', '公安部门', '商务部门', '财政部门', '教育部门', '刑法学'];

export const BUILTIN_ENTRIES: readonly DictionaryEntry[] = BUILTIN_SOURCE.trim()
  .split('\n')
  .map((line) => {
    const [kind, id, name] = line.split('|') as [DictionaryEntry['kind'], string, string];
    return { kind, id, name };
  });

// ---------------------------------------------------------------------------------------------
// Synthetic 10,000-name dictionary

/** Title shapes of Chinese regulatory documents, authorities, standards and cases. */
const TITLE_SHAPES = [
  'Measures for the Administration of {Q} {S} {O}',
  'Provisions on the Administration of {Q} {S} {O}',
  'Interim Measures for the Management of {Q} {S} {O}',
  'Guidelines for the Security of {Q} {S} {O}',
  'Regulations on the Protection of {Q} {S} {O}',
  'Implementation Rules for the Supervision of {Q} {S} {O}',
  'Several Opinions on Promoting {Q} {S} {O}',
  'Notice on Strengthening the Management of {Q} {S} {O}',
  'Technical Requirements for {Q} {S} {O}',
  'Rules for the Filing of {Q} {S} {O}',
  'Compliance Guidelines for {Q} {S} {O}',
  '{P} Measures for {Q} {S} {O}',
  '{P} Municipal Provisions on {Q} {S} {O}',
  '{P} Regulations on {Q} {S} {O}',
  '{Q} {S} {O} Law',
  '{Q} {S} {O} Promotion Law',
  'Law on {Q} {S} {O}',
  '{Q} {S} {O} Security Requirements',
  'Information Security Technology {Q} {S} {O} Specification',
  'Cybersecurity Standard Practice Guide for {Q} {S} {O}',
  'Catalogue of {Q} {S} {O}',
  'Three-Year Action Plan for {Q} {S} {O}',
  '{P} {Q} {S} Administration',
  '{P} {S} {O} Office',
  '{P} {Q} {S} Association',
  'Interpretation on {Q} {S} {O} Disputes',
  '{C} v. {C} {S} Case',
  '{C} {S} {O} Case',
];
const PLACES = [
  'Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou', 'Guangdong', 'Zhejiang', 'Hainan', 'Tianjin',
  'Chongqing', 'Jiangsu', 'Sichuan', 'Hubei', 'Fujian', 'Shandong', 'Wuhan', 'Chengdu', 'Xiamen',
  'Suzhou', 'Nanjing', 'Qingdao', 'Kunming', 'Guangzhou', 'Anhui', 'Hunan', 'Henan',
];
const COMPANIES = [
  'Tencent', 'Alibaba', 'Baidu', 'ByteDance', 'Douyin', 'Meituan', 'JD', 'Pinduoduo', 'Xiaomi',
  'Huawei', 'NetEase', 'Kuaishou', 'Didi', 'Weibo', 'Bilibili', 'iQIYI', 'Ctrip', 'Zhihu', 'Youku',
  'Ant', 'Sina', 'Sohu', 'Qihoo', 'Lenovo', 'Oppo', 'Vivo', 'Xiaohongshu', 'Meijing', 'Maimai',
];
const QUALIFIERS = [
  'Online', 'Mobile', 'Cross-Border', 'Generative', 'Automotive', 'Industrial', 'Financial', 'Medical',
  'Municipal', 'Cloud', 'Public', 'Critical', 'Personal', 'Commercial', 'Satellite', 'Broadband',
  'Smart', 'Digital', 'Biometric', 'Encrypted', 'Wireless', 'Rural', 'Urban', 'Consumer',
  'Enterprise', 'Platform', 'Internet', 'Telecom', 'Algorithmic', 'Synthetic', 'Quantum', 'Open',
];
const SUBJECTS = [
  'Data', 'Information', 'Payment', 'Content', 'Video', 'Audio', 'Map', 'Location', 'Health',
  'Education', 'Gaming', 'Advertising', 'Recommendation', 'Identity', 'Credit', 'Vehicle',
  'Drone', 'Chip', 'Software', 'Network', 'Storage', 'Computing', 'Model', 'Account', 'Domain',
  'Certificate', 'Blockchain', 'Livestreaming', 'Messaging', 'Search', 'Robotics', 'Sensor',
];
const OBJECTS = [
  'Services', 'Processing', 'Security', 'Products', 'Platforms', 'Operators', 'Infrastructure',
  'Transfers', 'Assessments', 'Applications', 'Providers', 'Systems', 'Markets', 'Records',
  'Certification', 'Labeling', 'Incidents', 'Resources', 'Exchanges', 'Terminals', 'Innovation',
];

/**
 * `count` distinct, realistic-looking names: mostly titles of many shapes (so, as in a real
 * dictionary, they do not all share a few first words), plus one standard code in twenty.
 */
export function generateSyntheticEntries(count: number, seed = 10_000): DictionaryEntry[] {
  const rng = createRng(seed);
  const entries = new Map<string, DictionaryEntry>();
  while (entries.size < count) {
    const i = entries.size;
    if (rng() < 0.05) {
      const prefix = pick(rng, ['GB/T', 'GB', 'YD/T', 'JR/T', 'GA/T', 'SJ/T']);
      const name = `${prefix} ${10000 + Math.floor(rng() * 40000)}-${2015 + Math.floor(rng() * 11)}`;
      entries.set(name, { id: `standard:synthetic-${i}`, name, kind: 'code' });
      continue;
    }
    const name = pick(rng, TITLE_SHAPES).replace(/\{(\w)\}/g, (_, slot: string) => {
      if (slot === 'P') return pick(rng, PLACES);
      if (slot === 'C') return pick(rng, COMPANIES);
      if (slot === 'Q') return pick(rng, QUALIFIERS);
      if (slot === 'S') return pick(rng, SUBJECTS);
      return pick(rng, OBJECTS);
    });
    entries.set(name, { id: `document:synthetic-${i}`, name, kind: 'title' });
  }
  return [...entries.values()];
}

// ---------------------------------------------------------------------------------------------
// Article text

const AUTHORITY_LIKE = ['the Ministry', 'the regulator', 'the authority', 'the local office', 'the court'];
const FILLER = [
  'The document takes effect on {date} and applies to all operators within the territory of the mainland.',
  'Comments from the public are invited until {date}, after which a final version is expected.',
  'Industry observers note that the requirements will increase compliance costs for small and medium-sized enterprises.',
  'Companies should review their internal policies, update their privacy notices and train relevant staff accordingly.',
  'The draft sets out obligations on data classification, risk assessment, incident reporting and record keeping.',
  'According to {auth}, more than {n} applications were removed from app stores during the campaign.',
  'Penalties range from a warning to a fine of up to RMB {n} million, and the suspension of related business.',
  'The notice also clarifies the scope of sensitive personal information and the conditions for separate consent.',
  'In practice, multinational companies have sought clarification on how the thresholds are calculated.',
  'The rules require service providers to conduct security assessments before launching new features.',
  'Local authorities in several provinces have issued implementing guidance with sector-specific examples.',
  'The {auth} held a press conference on {date} to explain the main changes compared with the earlier draft.',
  'Businesses that fail to complete the filing within the prescribed period may face rectification orders.',
  'The court held that the defendant had collected the information without a lawful basis and ordered compensation.',
  'The revision introduces a more detailed framework for cross-border transfers, including exemptions for small volumes.',
  'Experts expect further guidance on the interaction between the new provisions and existing sectoral rules.',
  'For more details, please refer to the official announcement and the accompanying question-and-answer document.',
  'The campaign focused on illegal collection of user data, excessive permissions and misleading pop-up windows.',
  'This newsletter summarises the latest developments in technology, media and telecommunications in China.',
  'If you would like to subscribe to our newsletters, please contact the editorial team at the address below.',
  'Regarding national security, the revised rules demonstrate a commitment to strengthening the overall framework.',
  'The guidelines provide basic guidance on the security issues of online services, such as content identification.',
  'In terms of optimising the business environment, the proposal would orderly expand the opening up of value-added services.',
  'The plan aims to build a unified national market and to promote the high-quality development of the digital economy.',
  'Follow the links below to view the official policy documents or public announcements.',
  'The measures clarify the work of the ethical review of science and technology and the regulatory mechanism.',
  'Platform operators shall establish internal complaint mechanisms and respond to user requests within fifteen working days.',
  'The authorities will carry out random inspections and publish typical cases on a regular basis.',
  'It remains to be seen how the requirements will be enforced against small developers and foreign companies.',
  'Several pilot zones have been designated to test new approaches to data circulation and trading.',
  'The consultation period lasts thirty days, and stakeholders may submit their feedback by email or by post.',
  'Operators of large platforms are expected to publish annual social responsibility reports.',
  'The new framework distinguishes between general data, important data and core data, with escalating obligations.',
  'Minors may only use online games for one hour on Fridays, weekends and public holidays.',
  'Medical institutions must obtain consent before using patient records for research or product development.',
  'Autonomous driving tests on public roads require a permit, a safety officer and real-time data logging.',
  'Financial institutions must encrypt customer information in storage and in transit, and keep access logs.',
  'The association also released a model contract and a checklist to help members comply with the new rules.',
  'Under the revised approach, the filing procedure is simplified for low-risk services and small volumes of data.',
  'Several questions remain open, including how group companies should allocate responsibilities among affiliates.',
  'The report found that most applications had improved their privacy policies but still requested unnecessary permissions.',
  'The judges pointed out that the platform had failed to take necessary measures after receiving the notice.',
  'Live-streaming marketing was a particular focus, with rules on product descriptions, pricing and refunds.',
  'The authority also warned against the abuse of facial recognition in residential communities and hotels.',
  'On the same day, officials answered questions from journalists about the timetable for implementation.',
];
const MENTION_FRAMES = [
  'On {date}, {auth} released {doc} for public comment.',
  'Under {doc}, network operators must adopt technical measures to ensure the security of data.',
  '{auth} issued {doc}, which clarifies the requirements set out in {doc}.',
  'The new rules are based on {doc} and {doc}, and complement {doc}.',
  'Article {n} of {doc} provides that processors shall notify individuals of the purpose of processing.',
  'In its enforcement report, {auth} cited violations of {doc} by several platforms.',
  '{auth} (“{abbr}”) and {auth} jointly published {doc}.',
  'The standard {code} replaces the previous version and will be implemented from {date}.',
  'Products must comply with {code} before they are sold or provided in China.',
  'The Chinese text of the document (《{zh}》) was released by {zhauth} on the same day.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface NamePools {
  titles: string[];
  abbrs: string[];
  codes: string[];
  zh: string[];
}

function poolsOf(entries: readonly DictionaryEntry[]): NamePools {
  const pools: NamePools = { titles: [], abbrs: [], codes: [], zh: [] };
  for (const e of entries) {
    if (e.kind === 'title') pools.titles.push(e.name);
    else if (e.kind === 'abbr') pools.abbrs.push(e.name);
    else if (e.kind === 'code') pools.codes.push(e.name);
    else pools.zh.push(e.name);
  }
  return pools;
}

/** A title as newsletters write it: usually with "the", sometimes qualified or in curly quotes. */
function writeTitle(rng: () => number, title: string): string {
  const r = rng();
  if (/ Law$/.test(title) && r < 0.15) return rng() < 0.5 ? `the PRC ${title}` : `the ${title} of the People’s Republic of China`;
  if (r < 0.7) return `the ${title}`;
  if (r < 0.8) return `the “${title}”`;
  return title;
}

function fill(rng: () => number, frame: string, pools: NamePools): string {
  const or = (pool: string[], fallback: string[]): string[] => (pool.length > 0 ? pool : fallback);
  return frame.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'date':
        return `${1 + Math.floor(rng() * 28)} ${pick(rng, MONTHS)} ${2021 + Math.floor(rng() * 5)}`;
      case 'n':
        return String(1 + Math.floor(rng() * 500));
      case 'auth':
        return pools.abbrs.length > 0 && rng() < 0.5 ? `the ${pick(rng, pools.abbrs)}` : pick(rng, AUTHORITY_LIKE);
      case 'abbr':
        return pick(rng, or(pools.abbrs, ['CAC']));
      case 'doc':
        return writeTitle(rng, pick(rng, or(pools.titles, ['Measures'])));
      case 'code':
        return pick(rng, or(pools.codes, ['GB/T 35273-2020']));
      case 'zh':
        return pick(rng, or(pools.zh, ['网络安全法']));
      case 'zhauth':
        return pools.zh.length > 0 ? pick(rng, pools.zh) : '国家互联网信息办公室';
      default:
        return slot;
    }
  });
}

const MENTION_SHARE = 1 / 9;

/** About `targetChars` characters of paragraphs mixing dictionary names with filler sentences. */
export function generateArticleText(entries: readonly DictionaryEntry[], targetChars: number, seed = 42): string {
  const rng = createRng(seed);
  const pools = poolsOf(entries);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(rng() * 5);
    for (let i = 0; i < count; i++) {
      // One sentence in nine names something, as in the real newsletters under seeds/ (about 1.7
      // mentions per 1,000 characters).
      sentences.push(fill(rng, rng() < MENTION_SHARE ? pick(rng, MENTION_FRAMES) : pick(rng, FILLER), pools));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Measurement

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time in ms of each function, after `warmup` unmeasured rounds. */
function timeMedians(runs: readonly (() => void)[], rounds: number, warmup = 2): number[] {
  const times = runs.map((): number[] => []);
  for (let round = -warmup; round < rounds; round++) {
    // Alternating the contenders within each round exposes them to the same machine load.
    runs.forEach((run, k) => {
      const t0 = performance.now();
      run();
      if (round >= 0) times[k]!.push(performance.now() - t0);
    });
  }
  return times.map(median);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The naive approach: one case-insensitive alternation, longest names first, word-bounded. */
export function buildRegexBaseline(entries: readonly DictionaryEntry[]): RegExp {
  const names = [...new Set(entries.map((e) => e.name))].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'gi');
}

function countRegexMatches(re: RegExp, text: string): number {
  let count = 0;
  const matches = text.matchAll(re);
  while (!matches.next().done) count++;
  return count;
}

interface Throughput {
  matcherMbps: number;
  regexMbps: number;
  mentions: number;
  regexMatches: number;
}

interface DictionaryFigures extends Throughput {
  matcher: Matcher;
  regex: RegExp;
  readyMs: number;
  coldReadyMs: number;
  compileMs: number;
  compiledBytes: number;
}

/** The matcher and the RegExp on the same text, runs alternated (see timeMedians). */
function measureThroughput(matcher: Matcher, regex: RegExp, text: string, runs: number): Throughput {
  let mentions = 0;
  let regexMatches = 0;
  const [matcherMs = 0, regexMs = 0] = timeMedians(
    [
      () => {
        mentions = findMentions(matcher, text).length;
      },
      () => {
        regexMatches = countRegexMatches(regex, text);
      },
    ],
    runs,
  );
  const mb = text.length / 1e6;
  return { matcherMbps: mb / (matcherMs / 1000), regexMbps: mb / (regexMs / 1000), mentions, regexMatches };
}

/**
 * A fresh process's load time swings by a factor of two from run to run (a young-generation
 * collection of the process's start-up garbage lands in the timed window or not), so the median
 * needs many runs to settle; each costs about 0.1 s.
 */
const COLD_RUNS = 21;

/**
 * Median of COLD_RUNS cold loads, each in a fresh Node process (see cold-load.ts). The loader is
 * bundled and minified first, as the content script is: run as separate unminified modules, V8
 * interprets every imported constant as a variable read, which doubles the cold time.
 */
function measureColdLoad(json: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'tmt-lens-cold-'));
  try {
    const file = join(dir, 'compiled.json');
    writeFileSync(file, json);
    const script = join(dir, 'cold-load.mjs');
    buildSync({ entryPoints: [resolve(import.meta.dirname, 'cold-load.ts')], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: script, logLevel: 'error' });
    const times: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) times.push(Number(execFileSync(process.execPath, [script, file], { encoding: 'utf8' }).trim()));
    if (times.some((ms) => !Number.isFinite(ms))) throw new Error(`cold-load.ts printed no time: ${times.join(', ')}`);
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureDictionary(entries: readonly DictionaryEntry[], text: string, runs: number): DictionaryFigures {
  const t0 = performance.now();
  const compiled = compileDictionary({ entries, zhExclusions: BUILTIN_ZH_EXCLUSIONS });
  const compileMs = performance.now() - t0;
  const json = JSON.stringify(compiled);
  const coldReadyMs = measureColdLoad(json);
  const [readyMs = 0] = timeMedians([() => loadDictionary(JSON.parse(json))], 15, 3);
  const matcher = loadDictionary(JSON.parse(json));
  const regex = buildRegexBaseline(entries);
  const figures = { matcher, regex, readyMs, coldReadyMs, compileMs, compiledBytes: json.length };
  return { ...measureThroughput(matcher, regex, text, runs), ...figures };
}

const TEXT_CHARS = 2_000_000;
const BIG_DICTIONARY = 10_000;

/**
 * Both dictionaries scan the same article text, which mentions the bundled names: the 10k figures
 * show what growing the dictionary to 10,000 names (the bundled ones plus synthetic titles) costs
 * on the same page. The *_dense figures scan a second text made of the 10k dictionary's own names,
 * where most words walk deep into the automaton: the matcher's worst realistic case.
 */
export async function runMatcherBench(opts: { bundledEntries: DictionaryEntry[] }): Promise<Record<string, number>> {
  const text = generateArticleText(opts.bundledEntries, TEXT_CHARS);
  const bigEntries = [
    ...opts.bundledEntries,
    ...generateSyntheticEntries(Math.max(0, BIG_DICTIONARY - opts.bundledEntries.length)),
  ];
  const bundled = measureDictionary(opts.bundledEntries, text, 9);
  const big = measureDictionary(bigEntries, text, 5);
  const dense = measureThroughput(big.matcher, big.regex, generateArticleText(bigEntries, TEXT_CHARS, 7), 5);
  const [bundledMs = 0, bigMs = 0] = timeMedians([() => findMentions(bundled.matcher, text), () => findMentions(big.matcher, text)], 7);
  return {
    matcher_mbps: bundled.matcherMbps,
    regex_mbps: bundled.regexMbps,
    matcher_mbps_10k: big.matcherMbps,
    regex_mbps_10k: big.regexMbps,
    speedup_vs_regex_10k: big.matcherMbps / big.regexMbps,
    matcher_ready_ms: bundled.coldReadyMs,
    matcher_ready_ms_10k: big.coldReadyMs,
    matcher_ready_ms_warm: bundled.readyMs,
    matcher_ready_ms_10k_warm: big.readyMs,
    speedup_vs_regex: bundled.matcherMbps / bundled.regexMbps,
    throughput_10k_vs_bundled: bundledMs / bigMs,
    matcher_mbps_10k_dense: dense.matcherMbps,
    regex_mbps_10k_dense: dense.regexMbps,
    speedup_vs_regex_10k_dense: dense.matcherMbps / dense.regexMbps,
    compile_ms: bundled.compileMs,
    compile_ms_10k: big.compileMs,
    compiled_bytes: bundled.compiledBytes,
    compiled_bytes_10k: big.compiledBytes,
    names: opts.bundledEntries.length,
    names_10k: bigEntries.length,
    text_chars: text.length,
    mentions: bundled.mentions,
    mentions_10k: big.mentions,
    mentions_10k_dense: dense.mentions,
    regex_matches: bundled.regexMatches,
    regex_matches_10k: big.regexMatches,
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href;
}

if (isRunDirectly()) {
  // No top-level await: the module must also load where it is compiled to CommonJS.
  void runMatcherBench({ bundledEntries: [...BUILTIN_ENTRIES] }).then((figures) => {
    for (const [name, value] of Object.entries(figures)) {
      console.log(`${name.padEnd(24)} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
    }
  });
}
