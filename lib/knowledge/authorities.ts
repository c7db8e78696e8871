/**
 * The authority gazetteer: curated names of Chinese (and a few foreign) public bodies that
 * TMT newsletters cite. English names, other names seen in practice, abbreviations as
 * written (matched case-sensitively), Chinese names, kind and level. Misspellings that
 * appear in real newsletters ("SMAR", "MITT") are kept as abbreviations so they resolve.
 * Bodies not listed here are still found by the pattern rules in lib/parse.
 */
import type { AuthorityNode } from '../graph/schema';

export interface GazetteerAuthority {
  slug: string;
  name: string;
  aliases?: string[];
  abbreviations?: string[];
  nameZh?: string;
  kind: AuthorityNode['kind'];
  level: AuthorityNode['level'];
}

export const AUTHORITY_GAZETTEER: GazetteerAuthority[] = [
  // Party and central government
  { slug: 'cpc-central-committee', name: 'Central Committee of the Communist Party of China', aliases: ['Central Committee of the CPC', 'CPC Central Committee'], nameZh: '中共中央', kind: 'party', level: 'national' },
  { slug: 'central-cyberspace-affairs-commission', name: 'Central Cyberspace Affairs Commission', aliases: ['Office of the Central Cyberspace Affairs Commission', '中央网络安全和信息化委员会办公室'], nameZh: '中央网络安全和信息化委员会', kind: 'party', level: 'national' },
  { slug: 'state-council', name: 'State Council', aliases: ['State Council of the People’s Republic of China', "State Council of the People's Republic of China", 'State Council of the PRC'], nameZh: '国务院', kind: 'government', level: 'national' },
  { slug: 'general-office-of-the-state-council', name: 'General Office of the State Council', nameZh: '国务院办公厅', kind: 'government', level: 'national' },
  { slug: 'state-council-information-office', name: 'State Council Information Office', abbreviations: ['SCIO'], nameZh: '国务院新闻办公室', kind: 'government', level: 'national' },
  // Legislature, courts, procuratorates
  { slug: 'npc', name: 'National People’s Congress', aliases: ["National People's Congress"], abbreviations: ['NPC'], nameZh: '全国人民代表大会', kind: 'legislature', level: 'national' },
  { slug: 'npc-standing-committee', name: 'Standing Committee of the National People’s Congress', aliases: ["Standing Committee of the National People's Congress", 'NPC Standing Committee', 'Standing Committee of the 14th National People’s Congress', "Standing Committee of the 14th National People's Congress", 'Standing Committee of the 13th National People’s Congress'], abbreviations: ['NPCSC'], nameZh: '全国人民代表大会常务委员会', kind: 'legislature', level: 'national' },
  { slug: 'spc', name: 'Supreme People’s Court', aliases: ["Supreme People's Court", 'Supreme Court'], abbreviations: ['SPC'], nameZh: '最高人民法院', kind: 'court', level: 'national' },
  { slug: 'spp', name: 'Supreme People’s Procuratorate', aliases: ["Supreme People's Procuratorate"], abbreviations: ['SPP'], nameZh: '最高人民检察院', kind: 'procuratorate', level: 'national' },
  // Regulators and ministries
  { slug: 'cac', name: 'Cyberspace Administration of China', aliases: ['State Internet Information Office', 'Internet Information Office', 'Cyberspace Administration'], abbreviations: ['CAC'], nameZh: '国家互联网信息办公室', kind: 'regulator', level: 'national' },
  { slug: 'miit', name: 'Ministry of Industry and Information Technology', abbreviations: ['MIIT', 'MITT'], nameZh: '工业和信息化部', kind: 'ministry', level: 'national' },
  { slug: 'samr', name: 'State Administration for Market Regulation', aliases: ['State Administration for Market Regulations', 'State Administration of Market Regulation'], abbreviations: ['SAMR', 'SMAR'], nameZh: '国家市场监督管理总局', kind: 'regulator', level: 'national' },
  { slug: 'sac', name: 'Standardization Administration of China', aliases: ['Standardisation Administration of China', 'Standardization Administration', 'Standardisation Administration', 'Standardisation Commission', 'Standardization Commission', 'National Standardization Administration'], abbreviations: ['SAC'], nameZh: '国家标准化管理委员会', kind: 'standards_body', level: 'national' },
  { slug: 'tc260', name: 'National Information Security Standardization Technical Committee', aliases: ['National Information Security Standardisation Technical Committee', 'Secretariat of the National Information Security Standardization Technical Committee', 'Secretariat of the National Information Security Standardisation Technical Committee', 'National Information Security Standard Committee', 'Information Security Standards Committee', 'National Cybersecurity Standardization Technical Committee', 'National Cybersecurity Standardisation Technical Committee'], abbreviations: ['TC260', 'ISSC'], nameZh: '全国信息安全标准化技术委员会', kind: 'standards_body', level: 'national' },
  { slug: 'mps', name: 'Ministry of Public Security', abbreviations: ['MPS'], nameZh: '公安部', kind: 'ministry', level: 'national' },
  { slug: 'mss', name: 'Ministry of State Security', abbreviations: ['MSS'], nameZh: '国家安全部', kind: 'ministry', level: 'national' },
  { slug: 'moj', name: 'Ministry of Justice', abbreviations: ['MOJ'], nameZh: '司法部', kind: 'ministry', level: 'national' },
  { slug: 'mofcom', name: 'Ministry of Commerce', abbreviations: ['MOFCOM'], nameZh: '商务部', kind: 'ministry', level: 'national' },
  { slug: 'most', name: 'Ministry of Science and Technology', abbreviations: ['MOST'], nameZh: '科学技术部', kind: 'ministry', level: 'national' },
  { slug: 'mot', name: 'Ministry of Transport', abbreviations: ['MOT'], nameZh: '交通运输部', kind: 'ministry', level: 'national' },
  { slug: 'moe', name: 'Ministry of Education', abbreviations: ['MOE'], nameZh: '教育部', kind: 'ministry', level: 'national' },
  { slug: 'mof', name: 'Ministry of Finance', abbreviations: ['MOF'], nameZh: '财政部', kind: 'ministry', level: 'national' },
  { slug: 'mnr', name: 'Ministry of Natural Resources', abbreviations: ['MNR'], nameZh: '自然资源部', kind: 'ministry', level: 'national' },
  { slug: 'mohurd', name: 'Ministry of Housing and Urban-Rural Development', abbreviations: ['MOHURD'], nameZh: '住房和城乡建设部', kind: 'ministry', level: 'national' },
  { slug: 'mct', name: 'Ministry of Culture and Tourism', abbreviations: ['MCT'], nameZh: '文化和旅游部', kind: 'ministry', level: 'national' },
  { slug: 'ndrc', name: 'National Development and Reform Commission', abbreviations: ['NDRC'], nameZh: '国家发展和改革委员会', kind: 'ministry', level: 'national' },
  { slug: 'nhc', name: 'National Health Commission', abbreviations: ['NHC'], nameZh: '国家卫生健康委员会', kind: 'ministry', level: 'national' },
  { slug: 'pboc', name: 'People’s Bank of China', aliases: ["People's Bank of China"], abbreviations: ['PBOC', 'PBoC'], nameZh: '中国人民银行', kind: 'regulator', level: 'national' },
  { slug: 'nfra', name: 'National Financial Regulatory Administration', aliases: ['General Administration of Financial Supervision', 'General Administration of Financial Supervision and Administration'], abbreviations: ['NFRA'], nameZh: '国家金融监督管理总局', kind: 'regulator', level: 'national' },
  { slug: 'csrc', name: 'China Securities Regulatory Commission', abbreviations: ['CSRC'], nameZh: '中国证券监督管理委员会', kind: 'regulator', level: 'national' },
  { slug: 'nmpa', name: 'National Medical Products Administration', abbreviations: ['NMPA'], nameZh: '国家药品监督管理局', kind: 'regulator', level: 'national' },
  { slug: 'nrta', name: 'National Radio and Television Administration', abbreviations: ['NRTA'], nameZh: '国家广播电视总局', kind: 'regulator', level: 'national' },
  { slug: 'nppa', name: 'National Press and Publication Administration', abbreviations: ['NPPA'], nameZh: '国家新闻出版署', kind: 'regulator', level: 'national' },
  { slug: 'ncac', name: 'National Copyright Administration', aliases: ['National Copyright Administration of China'], abbreviations: ['NCAC'], nameZh: '国家版权局', kind: 'regulator', level: 'national' },
  { slug: 'sca', name: 'State Cryptography Administration', abbreviations: ['SCA', 'OSCCA'], nameZh: '国家密码管理局', kind: 'regulator', level: 'national' },
  { slug: 'nea', name: 'National Energy Administration', abbreviations: ['NEA'], nameZh: '国家能源局', kind: 'regulator', level: 'national' },
  { slug: 'nda', name: 'National Data Administration', abbreviations: ['NDA'], nameZh: '国家数据局', kind: 'regulator', level: 'national' },
  { slug: 'saa', name: 'State Archives Administration', nameZh: '国家档案局', kind: 'regulator', level: 'national' },
  { slug: 'natcm', name: 'State Administration of Traditional Chinese Medicine', aliases: ['National Administration of Traditional Chinese Medicine'], abbreviations: ['NATCM'], nameZh: '国家中医药管理局', kind: 'regulator', level: 'national' },
  { slug: 'safe', name: 'State Administration of Foreign Exchange', abbreviations: ['SAFE'], nameZh: '国家外汇管理局', kind: 'regulator', level: 'national' },
  { slug: 'cnipa', name: 'China National Intellectual Property Administration', abbreviations: ['CNIPA'], nameZh: '国家知识产权局', kind: 'regulator', level: 'national' },
  { slug: 'cnnic', name: 'China Internet Network Information Center', aliases: ['China Internet Network Information Centre'], abbreviations: ['CNNIC'], nameZh: '中国互联网络信息中心', kind: 'other', level: 'national' },
  { slug: 'caict', name: 'China Academy of Information and Communications Technology', abbreviations: ['CAICT'], nameZh: '中国信息通信研究院', kind: 'other', level: 'national' },
  // Associations
  { slug: 'china-advertising-association', name: 'China Advertising Association', nameZh: '中国广告协会', kind: 'association', level: 'national' },
  { slug: 'nifa', name: 'National Internet Finance Association of China', aliases: ['China Internet Finance Association', 'Internet Finance Association'], abbreviations: ['NIFA'], nameZh: '中国互联网金融协会', kind: 'association', level: 'national' },
  { slug: 'amac', name: 'Asset Management Association of China', aliases: ['China Securities Investment Funds Association'], abbreviations: ['AMAC'], nameZh: '中国证券投资基金业协会', kind: 'association', level: 'national' },
  { slug: 'cadpa', name: 'China Audio-Video and Digital Publishing Association', abbreviations: ['CADPA'], nameZh: '中国音像与数字出版协会', kind: 'association', level: 'national' },
  { slug: 'cesa', name: 'China Electronics Standardization Association', aliases: ['China Electronic Industry Standardisation Association', 'China Electronic Industry Standardization Association'], nameZh: '中国电子工业标准化技术协会', kind: 'association', level: 'national' },
  { slug: 'china-consumers-association', name: 'China Consumers Association', abbreviations: ['CCA'], nameZh: '中国消费者协会', kind: 'association', level: 'national' },
  // Courts below the SPC that newsletters cite often
  { slug: 'beijing-internet-court', name: 'Beijing Internet Court', nameZh: '北京互联网法院', kind: 'court', level: 'municipal' },
  { slug: 'hangzhou-internet-court', name: 'Hangzhou Internet Court', nameZh: '杭州互联网法院', kind: 'court', level: 'municipal' },
  { slug: 'guangzhou-internet-court', name: 'Guangzhou Internet Court', nameZh: '广州互联网法院', kind: 'court', level: 'municipal' },
  { slug: 'beijing-ip-court', name: 'Beijing Intellectual Property Court', aliases: ['Beijing IP Court'], nameZh: '北京知识产权法院', kind: 'court', level: 'municipal' },
  { slug: 'shanghai-minhang-court', name: 'Shanghai Minhang District People’s Court', aliases: ['Shanghai Minhang Court', 'Minhang Court'], nameZh: '上海市闵行区人民法院', kind: 'court', level: 'municipal' },
  { slug: 'chongzhou-court', name: 'Primary People’s Court of Chongzhou City', aliases: ["Primary People's Court of Chongzhou City", 'Chongzhou People’s Court'], nameZh: '崇州市人民法院', kind: 'court', level: 'municipal' },
  // Local bodies named in the bundled newsletters
  { slug: 'beijing-municipal-government', name: 'Beijing Municipal Government', aliases: ['Beijing Municipal People’s Government'], nameZh: '北京市人民政府', kind: 'local_government', level: 'provincial' },
  { slug: 'shanghai-municipal-government', name: 'Shanghai Municipal Government', aliases: ['Shanghai Municipal People’s Government'], nameZh: '上海市人民政府', kind: 'local_government', level: 'provincial' },
  { slug: 'guangdong-provincial-government', name: 'Guangdong Provincial People’s Government', aliases: ["Guangdong Provincial People's Government", 'Guangdong Provincial Government'], nameZh: '广东省人民政府', kind: 'local_government', level: 'provincial' },
  { slug: 'beijing-people-s-congress-standing-committee', name: 'Standing Committee of Beijing Municipal People’s Congress', aliases: ["Standing Committee of Beijing Municipal People's Congress", 'Standing Committee of the Beijing Municipal People’s Congress'], nameZh: '北京市人民代表大会常务委员会', kind: 'legislature', level: 'provincial' },
  { slug: 'jiangsu-people-s-congress-standing-committee', name: 'Standing Committee of the Jiangsu Provincial People’s Congress', aliases: ["Standing Committee of the Jiangsu Provincial People's Congress"], nameZh: '江苏省人民代表大会常务委员会', kind: 'legislature', level: 'provincial' },
  { slug: 'cac-shanghai', name: 'Shanghai Cyberspace Administration', aliases: ['CAC, Shanghai Office', 'Shanghai Internet Information Office', 'Shanghai CAC', 'Cyberspace Administration of Shanghai'], nameZh: '上海市互联网信息办公室', kind: 'regulator', level: 'provincial' },
  { slug: 'cac-zhejiang', name: 'Zhejiang Cyberspace Administration', aliases: ['CAC, Zhejiang Office', 'Zhejiang CAC', 'Cyberspace Administration of Zhejiang'], nameZh: '浙江省互联网信息办公室', kind: 'regulator', level: 'provincial' },
  { slug: 'beijing-amr', name: 'Beijing Municipal Administration for Market Regulation', aliases: ['Beijing Municipal Administration of Market Supervision', 'Beijing Administration for Market Regulation'], nameZh: '北京市市场监督管理局', kind: 'regulator', level: 'provincial' },
  { slug: 'shanghai-amr', name: 'Shanghai Municipal Administration for Market Regulation', aliases: ['Shanghai Municipal Administration of Market Supervision', 'Shanghai Administration for Market Regulation'], nameZh: '上海市市场监督管理局', kind: 'regulator', level: 'provincial' },
  { slug: 'guangdong-amr', name: 'Guangdong Provincial Administration for Market Regulation', aliases: ['Guangdong Municipal Administration for Market Regulation', 'Guangdong Administration for Market Regulation'], nameZh: '广东省市场监督管理局', kind: 'regulator', level: 'provincial' },
  { slug: 'beijing-health-commission', name: 'Beijing Municipal Health Commission', aliases: ['Beijing Municipal Commission of Health'], nameZh: '北京市卫生健康委员会', kind: 'local_government', level: 'provincial' },
  { slug: 'beijing-economy-it-bureau', name: 'Beijing Municipal Bureau of Economy and Information Technology', nameZh: '北京市经济和信息化局', kind: 'local_government', level: 'provincial' },
  { slug: 'shanghai-economy-informatization-commission', name: 'Shanghai Municipal Commission of Economy and Informatization', nameZh: '上海市经济和信息化委员会', kind: 'local_government', level: 'provincial' },
  { slug: 'shanghai-pudong-market-supervision-bureau', name: 'Shanghai Pudong Market Supervision Bureau', aliases: ['Pudong New Area Market Supervision Bureau'], nameZh: '上海市浦东新区市场监督管理局', kind: 'regulator', level: 'municipal' },
  { slug: 'guangdong-consumer-council', name: 'Guangdong Provincial Consumer Council', abbreviations: ['CCPC'], nameZh: '广东省消费者委员会', kind: 'association', level: 'provincial' },
  { slug: 'lingang-management-committee', name: 'Management Committee of the Lingang New Area', aliases: ['Lingang New Area Management Committee', 'Management Committee of the Lingang New Area of the China (Shanghai) Pilot Free Trade Zone'], nameZh: '临港新片区管委会', kind: 'local_government', level: 'municipal' },
  // International
  { slug: 'iso-iec-jtc1-sc27', name: 'ISO/IEC JTC 1/SC 27', aliases: ['ISO/IEC JTC1/SC27'], kind: 'standards_body', level: 'international' },
  { slug: 'european-commission', name: 'European Commission', kind: 'government', level: 'international' },
];
