/**
 * Well-known other names of core PRC laws that newsletters use without defining them,
 * with their Chinese titles, so that "PIPL" or 个人信息保护法 on a page finds the law.
 * Keys are the law's usual English title.
 */
export interface KnownDocument {
  name: string;
  aliases: string[];
  abbreviations: string[];
  nameZh: string;
}

export const KNOWN_DOCUMENTS: KnownDocument[] = [
  { name: 'Cybersecurity Law', aliases: ['Cyber Security Law', 'Network Security Law'], abbreviations: ['CSL'], nameZh: '网络安全法' },
  { name: 'Data Security Law', aliases: [], abbreviations: ['DSL'], nameZh: '数据安全法' },
  { name: 'Personal Information Protection Law', aliases: [], abbreviations: ['PIPL'], nameZh: '个人信息保护法' },
  { name: 'Counter-Espionage Law', aliases: ['Anti-Espionage Law', 'Counterespionage Law'], abbreviations: [], nameZh: '反间谍法' },
  { name: 'Anti-Monopoly Law', aliases: ['Antimonopoly Law'], abbreviations: ['AML'], nameZh: '反垄断法' },
  { name: 'Anti-Unfair Competition Law', aliases: [], abbreviations: ['AUCL'], nameZh: '反不正当竞争法' },
  { name: 'Advertising Law', aliases: [], abbreviations: [], nameZh: '广告法' },
  { name: 'E-Commerce Law', aliases: ['E-commerce Law'], abbreviations: [], nameZh: '电子商务法' },
  { name: 'Law on Guarding State Secrets', aliases: ['State Secrets Law', 'Law on the Protection of State Secrets'], abbreviations: [], nameZh: '保守国家秘密法' },
  { name: 'National Security Law', aliases: [], abbreviations: [], nameZh: '国家安全法' },
  { name: 'Copyright Law', aliases: [], abbreviations: [], nameZh: '著作权法' },
  { name: 'Civil Code', aliases: [], abbreviations: [], nameZh: '民法典' },
  { name: 'Cryptography Law', aliases: [], abbreviations: [], nameZh: '密码法' },
  { name: 'Law on the Protection of Minors', aliases: ['Minors Protection Law'], abbreviations: [], nameZh: '未成年人保护法' },
  { name: 'Anti-Telecom and Online Fraud Law', aliases: ['Anti-Telecommunications Network Fraud Law', 'Law against Telecom and Online Fraud'], abbreviations: [], nameZh: '反电信网络诈骗法' },
  { name: 'Foreign Investment Law', aliases: [], abbreviations: [], nameZh: '外商投资法' },
  { name: 'Regulations on the Security Protection of Critical Information Infrastructure', aliases: ['CII Regulations'], abbreviations: [], nameZh: '关键信息基础设施安全保护条例' },
  { name: 'Measures for Security Assessment of Outbound Data Transfers', aliases: ['Measures for the Security Assessment of Outbound Data Transfers', 'Outbound Data Transfer Security Assessment Measures', 'Security Assessment Measures for Outbound Data Transfers'], abbreviations: [], nameZh: '数据出境安全评估办法' },
  // Not "Radio Regulations": in telecom that names the ITU's treaty.
  { name: 'Radio Management Regulations', aliases: [], abbreviations: [], nameZh: '无线电管理条例' },
];
