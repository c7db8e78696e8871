/**
 * Chinese court case numbers (案号), e.g. “(2017) Jing 04 Min Zhong No. 367” / （2017）京04民终367号
 * and “(2023) Jing 0491 Min Chu No. 11279” / （2023）京0491民初11279号.
 *
 * The shape (see CASE_NUMBER_SOURCES [0], [1], [31], [32]): “(” + year of acceptance + “)” + court code
 * + case type code + serial number + “号”. Since the SPC's 2018 amendment a one-character
 * specialised-adjudication code (知 for intellectual property) may stand between the court code and
 * the case type code ([22]), as in (2019)最高法知民终1号.
 *
 * The court code of a high court is its province's one-character abbreviation ([1]); intermediate and
 * basic courts append digits to it ([1], [31]); 73 is the number of an intellectual property court
 * under a provincial high court ([22]).
 *
 * Every row below names, in a comment, the CASE_NUMBER_SOURCES entries that support it. Pinyin:
 * where no source spells the romanised form, the comment says “pinyin: standard romanisation” (plain
 * Hanyu Pinyin without tones, as English citations write it, e.g. “Jing 04”, “Su 05”).
 * Note that romanisation is ambiguous: 刑终 (criminal) and 行终 (administrative) are both “Xing Zhong”,
 * and 赣 (Jiangxi) and 甘 (Gansu) are both “Gan”.
 *
 * Titles: the search tool returned no titles; each title is the page's own heading as the excerpt
 * shows it, or, in parentheses, a description where the excerpt shows none.
 */

export interface SourcedNote { url: string; title: string; quote: string }

export const CASE_NUMBER_SOURCES: SourcedNote[] = [
  // [0]
  {
    url: 'https://www.chinajusticeobserver.com/insights/secret-signal-in-case-number-case-numbering-system-of-chinese-courts.html',
    title: '“Secret Signal” in Case Number: Case Numbering System of Chinese Courts',
    quote: "“Jing 04”(京04) is the court code, referring to Beijing Fourth Intermediate People's Court … “Min Zhong”(民终) is the case type code, referring to the civil case of second instance",
  },
  // [1]
  {
    url: 'https://www.shoulawyer.com/zhishi/102947.htm',
    title: '(no title returned; shoulawyer.com article on the 2016 case-number rules)',
    quote: '最高人民法院的法院代字为“最高法”。各省、自治区、直辖市高级人民法院的法院代字与其所在行政区划简称一致,但特定情况除外。内蒙古自治区高级人民法院、中国人民解放军军事法院、新疆维吾尔自治区高级人民法院生产建设兵团分院的法院代字分别为“内”、“军”、“兵”。',
  },
  // [2]
  {
    url: 'https://w.sf024.com/info/490003347492134452.html',
    title: '省市自治区名及简称',
    quote: '1.北京市 京\n2.天津市 津\n3.上海市 沪\n4.重庆市 渝\n5.河北省 冀\n6.山西省 晋\n7.陕西省 陕(秦)\n8.山东省 鲁\n9.河南省 豫\n10.辽宁省 辽\n11.吉林省 吉\n12.黑龙江省 黑\n13.江苏省 苏\n14.浙江省 浙\n15.安徽省 皖\n16.江西省 赣\n17.福建省 闽\n18.湖北省 鄂\n19.湖南省 湘\n20.四川省 川(蜀)\n21.贵州省 贵(黔)\n22.云南省 云(滇)\n23.广东省 粤\n24.海南省 琼\n25.甘肃省 甘(陇)\n26.青海省 青\n27.台湾省 台\n28.内蒙古自治区 内蒙古\n29.新疆维吾尔自治区 新\n30.西藏自治区 藏\n31.广西壮族自治区 桂\n32.宁夏回族自治区 宁',
  },
  // [3]
  {
    url: 'http://daochinasite.com/eng/study/jiansheng.shtml',
    title: 'Short names of Chinese provinces',
    quote: 'Peking  北京  běijīng  京  jīng\n Tientsin  天津  tiānjīn  津  jīn … Shanxi  山西  shānxī  晋  jìn\n Liaoning  辽宁  liáoníng  辽  liáo … Heilongjiang  黑龙江 hēilóngjiāng  黑  hēi … Zhejiang  浙江  zhèjiāng  浙  zhè\n Anhui  安徽  ānhuī  皖  wǎn\n Fujian  福建  fújiàn  闽  mǐn\n Jiangxi  江西  jiāngxī  赣  gàn',
  },
  // [4]
  {
    url: 'https://www.tangfl.com/msss/415326.html',
    title: '中华人民共和国民事诉讼二审案号格式规则',
    quote: '“京”代表北京市,“沪”代表上海市,“粤”代表广东省等。 … 常见的类型标识包括“民终”(民事终审)、“刑终”(刑事终审)和“行终”(行政终审)',
  },
  // [5]
  {
    url: 'https://blog.feichangdao.com/2021/07/?m=0',
    title: 'The 7.09 Prosecutions: Zhu Chengzhi Criminal Judgment (blog.feichangdao.com, posts from July 2021)',
    quote: "Intermediate People's Court of Suzhou, Jiangsu Criminal Ruling (2020) Su 05 Criminal Final No. 6601 … Intermediate Court of Xuzhou, Jiangsu Criminal Judgment (2019) Su 03 Criminal First Instance No. 201",
  },
  // [6]
  {
    url: 'https://blog.feichangdao.com/2021/10/',
    title: 'Translation: New York Times v. Sullivan with PRC Characteristics',
    quote: "Intermediate People's Court of Yulin, Shaanxi\n\nAdministrative Decision\n\n(2020) Shaan 08 Administrative Final No. 521",
  },
  // [7]
  {
    url: 'http://blog.feichangdao.com/2021/03/translation-police-using-private.html',
    title: 'Translation: Police Using Private Lawsuits to Jail Critics',
    quote: "Intermediate People's Court of Jingde, Jiangxi\n\nCriminal Ruling\n\n(2020) Gan 02 Criminal Final No. 77",
  },
  // [8]
  {
    url: 'https://blog.feichangdao.com/2021/08/',
    title: 'Translation: Court Judgment in Li Doe Disturbing the Peace Case',
    quote: "People's Court of Pingchang County, Sichuan Criminal Judgment (2020) Chuan 1923 Criminal First Instance No. 15",
  },
  // [9]
  {
    url: 'http://blog.feichangdao.com/2021/01/',
    title: "Translation: Judgment in the Case of Citizen Journalist Zhang Zhan's Reporting on the Novel Coronavirus Outbreak in Wuhan",
    quote: "People's Court of Pudong, Shanghai Criminal Judgment (2020) Hu 0115 Criminal First Instance No. 4002",
  },
  // [10]
  {
    url: 'http://en.wikisource.org/wiki/Translation:People_v_Sun_Xiaolong_(2019)',
    title: 'Translation:People v Sun Xiaolong (2019)',
    quote: 'Shenyang, Liaoning, PR China\nCriminal Judgement\n[2019] Liao 0113 Xing Chu No 350',
  },
  // [11]
  {
    url: 'http://en.wikisource.org/wiki/Translation:People_v_Jiang_Tengda_(2020)',
    title: 'Translation:People v Jiang Tengda (2020)',
    quote: 'Nanjing, Jiangsu, PR China\nCriminal Judgement\n[2020] Su 0102 Xing Chu No 300',
  },
  // [12]
  {
    url: 'http://en.wikisource.org/wiki/Translation:People_v_Guan_Qingyuan_(2020)',
    title: 'Translation:People v Guan Qingyuan (2020)',
    quote: 'Kunming, Yunnan, PR China\nCriminal Judgement\n[2020] Yun 0111 Xing Chu No 2300',
  },
  // [13]
  {
    url: 'https://m.everything2.com/user/dharmaraja/writeups/China',
    title: 'China (everything2 writeup by dharmaraja): one character abbreviations of the provinces',
    quote: "Anhuiwan Name of an ancient state of the Spring and Autumn period … Beijingjing The character means 'capital city'. … Chongqingyu Another name for the Jialing River (嘉陵江) … Fujianmin The name of a river in the province … Guangdongyue Originally the name of the local indigenous tribe. … Guangxigui The cassia bark tree.",
  },
  // [14]
  {
    url: 'https://qzbk.net/changshi/QnM4bd9mXd.html',
    title: '什么是民初民终什么意思',
    quote: '定义:民初是指民事案件的一审,即法院对民事纠纷案件的初次审理。',
  },
  // [15]
  {
    url: 'http://english.bjinternetcourt.gov.cn/2024-03/06/c_708.htm',
    title: "BIC's top 10 typical cases in 2023- (2021) Jing 0491 Min Chu No. 51722",
    quote: "BIC's top 10 typical cases in 2023- (2021) Jing 0491 Min Chu No. 51722 … the Beijing Internet Court (BIC) selected the \"Top 10 Typical Cases in 2023\"",
  },
  // [16]
  {
    url: 'https://andreaiplaw.com/dyna-ultraman-aigc-case-by-guangzhou-internet-court',
    title: 'Navigating the AIGC Judicial Practice in China – AIGC Rulings from Guangzhou and Beijing Internet Courts',
    quote: 'In 2023, the Beijing Internet Court delivered a ruling in case number (2023) Jing 0491 Minchu 11279 … the Guangzhou Internet Court issued another judgment numbered (2024) Yue 0192 Minchu 113',
  },
  // [17]
  {
    url: 'https://www.ciplawyer.cn/articles/156546.html',
    title: '北京高院发布2024年度知识产权司法保护十大案例',
    quote: '案例一:全国首例涉及确认数据知识产权登记证书效力不正当竞争纠纷案 … 案号:(2021)京0491民初45708号、(2024)京73民终546号',
  },
  // [18]
  {
    url: 'https://cpahkltd.com/index.php?c=show&id=100479',
    title: '北京知识产权法院2019年度典型案例',
    quote: '——安斯泰来公司、安斯泰来(中国)公司与海正药业公司、仁和药房网公司诉前行为保全案\n北京知识产权法院(2019)京73行保1号',
  },
  // [19]
  {
    url: 'http://www.elawcn.com/copyright/2020/0118/541.html',
    title: '微博平台数据受法律保护 他人不正当竞争判赔210万',
    quote: '北京知识产权法院民事判决书\n(2019)京73民终2799号 … 不服北京市海淀区人民法院(2017)京0108民初24510号民事判决,向本院提起上诉。',
  },
  // [20]
  {
    url: 'https://tftnews.com/news2389161',
    title: '被告提出訴訟時效的抗辯還質證嗎',
    quote: '中華人民共和國最高人民法院\n民 事 判 決 書\n(2019)最高法知民終1号',
  },
  // [21]
  {
    url: 'http://www.iprdaily.cn/article_33931.html',
    title: '最高人民法院发布2022年中国法院十大知识产权案件和50件典型知识产权案例|附答记者问',
    quote: '〔最高人民法院(2022)最高法民再44号民事判决书〕 … 〔最高人民法院(2022)最高法知民终905号民事判决书〕 … 〔四川省高级人民法院(2021)川知民终2152号民事',
  },
  // [22]
  {
    url: 'https://zh.m.wikisource.org/zh-hant/%E5%85%B3%E4%BA%8E%E4%BF%AE%E6%94%B9%E3%80%8A%E5%85%B3%E4%BA%8E%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2%E6%A1%88%E4%BB%B6%E6%A1%88%E5%8F%B7%E7%9A%84%E8%8B%A5%E5%B9%B2%E8%A7%84%E5%AE%9A%E3%80%8B%E7%9A%84%E5%86%B3%E5%AE%9A',
    title: '關於修改《關於人民法院案件案號的若干規定》的決定',
    quote: '專門審判代字是最高人民法院確定的專門審判類別簡稱,用1 個中文漢字表示。 … 省、自治區、直轄市高級人民法院所轄的鐵路、海事、知識產權、油田、林業、農墾專門中級法院,各省、自治區高級人民法院所轄的跨行政區劃中級法院以及為省(自治區)內部分縣級行政區劃人民法院對應設立的中級法院,數字代碼分別按 71、72、73、74、75 -80、81- 85,87-95 以及96-99 確定',
  },
  // [23]
  {
    url: 'https://m.110ask.com/zhishi/1852537004218972867.html',
    title: '法院案号执是什么案件',
    quote: '案号中带有“执”字的案件,属于执行案件,“执”是代表执行的意思。',
  },
  // [24]
  {
    url: 'https://m.cybk.net/changshi/rD6wxKAQNx.html',
    title: '民申属于什么案件',
    quote: '民申案件是指 民事申诉案件。 … 在民事诉讼中,民申案件通常是指当事人对已经发生法律效力的判决或裁定不服,依法向法院或者检察机关提出重新处理的要求。',
  },
  // [25]
  {
    url: 'https://anbk.net/changshi/Qkx6BXexVm.html',
    title: '什么叫刑初',
    quote: '此外,刑初也可以指刑事诉讼的一审程序,包括向公安机关申请立案、人民检察院审核是否起诉、人民法院进行排期开庭等环节。',
  },
  // [26]
  {
    url: 'http://crsrw.com/zhishichanquanbaohu/61884.html',
    title: '(no title returned; crsrw.com page quoting an older, pre-2016 list of case type codes, partly garbled)',
    quote: '(壹)“刑初”適用於第壹審程序中的刑事案件,包括發回重審的再審案件;',
  },
  // [27]
  {
    url: 'http://jmszy.hljcourt.gov.cn/public/detail.php?id=1397',
    title: '依再审程序“一撤到底”案件案号斧正之我见',
    quote: '论证了本文所列举案件编立“再”字号、适用再审程序的理论依据和现实可行性',
  },
  // [28]
  {
    url: 'http://www.fondeeip.com/discussion',
    title: '《最高人民法院知识产权法庭裁判要旨摘要(2021)》',
    quote: '一、专利行政案件 … 【案号】(2019)最高法知行终61号',
  },
  // [29]
  {
    url: 'http://cyberlaw.chinalaw.org.cn/portal/article/index/id/1040.html',
    title: '杭州法院发布涉电子商务平台十大典型案例',
    quote: '(2017)浙8601民初4034号 … 经审理,杭州铁路运输法院判决美景公司立即停止涉案被诉行为并赔偿淘宝公司损失200万元。',
  },
  // [30]
  {
    url: 'http://fadaip.com.cn/ipluntan/lwxd/20150310/10338.html',
    title: '设立什么样的知识产权法院',
    quote: '2014年8月31日,十二届全国人大常委会第十次会议通过了《关于在北京、上海、广州设立知识产权法院的决定》',
  },
  // [31]
  {
    url: 'https://news.ifeng.com/a/20160108/46983977_0.shtml',
    title: '元旦起全市法院实行新案号标准',
    quote: '代码化处理后,用省级行政区划简称与地级、县级行政区划代码相结合方式来表示法院代字,就不会出现案号重复现象,也确保各级法院代字的唯一性。',
  },
  // [32]
  {
    url: 'https://www.chinalawtranslate.com/%E5%85%B3%E4%BA%8E%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2%E6%A1%88%E4%BB%B6%E6%A1%88%E5%8F%B7%E7%9A%84%E8%8B%A5%E5%B9%B2%E8%A7%84%E5%AE%9A/?lang=en',
    title: "Several Rules Regarding Case Numbers Used by People's Courts (China Law Translate)",
    quote: 'Article 2: The basic elements of a case number are: Year of Acceptance, Court Code, Category Code, and Case Number.',
  },
];

/**
 * Province-level court code characters: 京 → Jing → Beijing … A high court's code is its province's
 * abbreviation ([1]), and intermediate and basic courts of the province start with it ([1], [31]).
 * Left out for want of a source saying which abbreviation the courts use: Guizhou (贵 or 黔) and
 * Gansu (甘 or 陇); Hong Kong, Macau and Taiwan have no code in this system.
 */
export const PROVINCE_CODES: Array<{ zh: string; pinyin: string; name: string }> = [
  // [0], [1], [2], [4]; pinyin: [0], [3], [13], [15]
  { zh: '京', pinyin: 'Jing', name: 'Beijing' },
  // [1], [2]; pinyin: [3]
  { zh: '津', pinyin: 'Jin', name: 'Tianjin' },
  // [1], [2], [4]; pinyin and court use: [9]
  { zh: '沪', pinyin: 'Hu', name: 'Shanghai' },
  // [1], [2]; pinyin: [13]
  { zh: '渝', pinyin: 'Yu', name: 'Chongqing' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '冀', pinyin: 'Ji', name: 'Hebei' },
  // [1], [2]; pinyin: [3]
  { zh: '晋', pinyin: 'Jin', name: 'Shanxi' },
  // [1] (the court code is 内, not the usual abbreviation 蒙 / 内蒙古 of [2]); pinyin: standard romanisation
  { zh: '内', pinyin: 'Nei', name: 'Inner Mongolia' },
  // [1], [2]; pinyin: [3]; court use: [10]
  { zh: '辽', pinyin: 'Liao', name: 'Liaoning' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '吉', pinyin: 'Ji', name: 'Jilin' },
  // [1], [2]; pinyin: [3]
  { zh: '黑', pinyin: 'Hei', name: 'Heilongjiang' },
  // [1], [2]; pinyin and court use: [5], [11]
  { zh: '苏', pinyin: 'Su', name: 'Jiangsu' },
  // [1], [2]; pinyin: [3]; court use: [29]
  { zh: '浙', pinyin: 'Zhe', name: 'Zhejiang' },
  // [1], [2]; pinyin: [3], [13]
  { zh: '皖', pinyin: 'Wan', name: 'Anhui' },
  // [1], [2]; pinyin: [3], [13]
  { zh: '闽', pinyin: 'Min', name: 'Fujian' },
  // [1], [2]; pinyin: [3]; court use: [7]
  { zh: '赣', pinyin: 'Gan', name: 'Jiangxi' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '鲁', pinyin: 'Lu', name: 'Shandong' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '豫', pinyin: 'Yu', name: 'Henan' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '鄂', pinyin: 'E', name: 'Hubei' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '湘', pinyin: 'Xiang', name: 'Hunan' },
  // [1], [2], [4]; pinyin: [13], [16]; court use: [16], [31]
  { zh: '粤', pinyin: 'Yue', name: 'Guangdong' },
  // [1], [2]; pinyin: [13]
  { zh: '桂', pinyin: 'Gui', name: 'Guangxi' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '琼', pinyin: 'Qiong', name: 'Hainan' },
  // [2] (川 or 蜀); court use: [21] (四川省高级人民法院 … 川知民终), [8]; pinyin: [8]
  { zh: '川', pinyin: 'Chuan', name: 'Sichuan' },
  // [2] (云 or 滇); court use and pinyin: [12]
  { zh: '云', pinyin: 'Yun', name: 'Yunnan' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '藏', pinyin: 'Zang', name: 'Tibet' },
  // [2] (陕 or 秦); court use and pinyin: [6]
  { zh: '陕', pinyin: 'Shaan', name: 'Shaanxi' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '青', pinyin: 'Qing', name: 'Qinghai' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '宁', pinyin: 'Ning', name: 'Ningxia' },
  // [1], [2]; pinyin: standard romanisation
  { zh: '新', pinyin: 'Xin', name: 'Xinjiang' },
];

/** Case type codes: 民初 → Min Chu → "civil case of first instance" … */
export const CASE_TYPE_CODES: Array<{ zh: string; pinyin: string; meaning: string }> = [
  // [14]; pinyin: [15], [16]
  { zh: '民初', pinyin: 'Min Chu', meaning: 'civil case of first instance' },
  // [0], [4]; pinyin: [0]
  { zh: '民终', pinyin: 'Min Zhong', meaning: 'civil case of second instance (final appeal)' },
  // [24]; pinyin: standard romanisation
  { zh: '民申', pinyin: 'Min Shen', meaning: 'civil petition case: application against an effective civil judgment or ruling (review of a retrial application)' },
  // [21] (最高法民再 … 民事判决书), [27] (“再” case numbers go with the retrial procedure); pinyin: standard romanisation
  { zh: '民再', pinyin: 'Min Zai', meaning: 'civil retrial case' },
  // [25], [26]; pinyin: [10], [11], [12] (criminal judgments)
  { zh: '刑初', pinyin: 'Xing Chu', meaning: 'criminal case of first instance' },
  // [4]; English “Criminal Final”: [5], [7]; pinyin: standard romanisation (same as 行终)
  { zh: '刑终', pinyin: 'Xing Zhong', meaning: 'criminal case of second instance (final appeal)' },
  // [4]; English “Administrative Final”: [6]; pinyin: standard romanisation (same as 刑终)
  { zh: '行终', pinyin: 'Xing Zhong', meaning: 'administrative case of second instance (final appeal)' },
  // [23]; pinyin: standard romanisation
  { zh: '执', pinyin: 'Zhi', meaning: 'enforcement case' },
  // [22] (知: specialised-adjudication code for IP), [20] (SPC civil judgment 最高法知民终1号), [21], [0] (民终); pinyin: standard romanisation
  { zh: '知民终', pinyin: 'Zhi Min Zhong', meaning: 'intellectual property civil case of second instance' },
  // [22], [28] (SPC IP Tribunal, patent administrative cases, 最高法知行终61号), [4] (行终); pinyin: standard romanisation
  { zh: '知行终', pinyin: 'Zhi Xing Zhong', meaning: 'intellectual property administrative case of second instance' },
  // [18] (诉前行为保全案 … 京73行保1号); pinyin: standard romanisation
  { zh: '行保', pinyin: 'Xing Bao', meaning: 'conduct preservation (pre-suit injunction) case' },
];

/** Specific court codes: 京0491 → Beijing Internet Court, 京73 → Beijing Intellectual Property Court … */
export const COURT_CODES: Array<{ code: string; pinyin: string; court: string; courtZh?: string }> = [
  // [1], [20], [21]; pinyin: standard romanisation
  { code: '最高法', pinyin: 'Zui Gao Fa', court: "Supreme People's Court", courtZh: '最高人民法院' },
  // [1]; pinyin: standard romanisation
  { code: '军', pinyin: 'Jun', court: "Military Court of the People's Liberation Army", courtZh: '中国人民解放军军事法院' },
  // [1]; pinyin: standard romanisation
  { code: '兵', pinyin: 'Bing', court: 'Xinjiang Production and Construction Corps Branch of the Xinjiang Uygur Autonomous Region High People’s Court', courtZh: '新疆维吾尔自治区高级人民法院生产建设兵团分院' },
  // [0]
  { code: '京04', pinyin: 'Jing 04', court: "Beijing Fourth Intermediate People's Court" },
  // [15], [16], [17]
  { code: '京0491', pinyin: 'Jing 0491', court: 'Beijing Internet Court', courtZh: '北京互联网法院' },
  // [18], [19], [17]; pinyin: standard romanisation
  { code: '京73', pinyin: 'Jing 73', court: 'Beijing Intellectual Property Court', courtZh: '北京知识产权法院' },
  // [19]; pinyin: standard romanisation
  { code: '京0108', pinyin: 'Jing 0108', court: "Haidian District People's Court, Beijing", courtZh: '北京市海淀区人民法院' },
  // [16]
  { code: '粤0192', pinyin: 'Yue 0192', court: 'Guangzhou Internet Court', courtZh: '广州互联网法院' },
  // [29]; pinyin: standard romanisation
  { code: '浙8601', pinyin: 'Zhe 8601', court: 'Hangzhou Railway Transport Court', courtZh: '杭州铁路运输法院' },
  // Derived, not quoted as such: 73 is an IP court under a provincial high court [22], 沪 is Shanghai [1], [2], [4],
  // and an IP court was set up in Shanghai [30]. Pinyin: standard romanisation
  { code: '沪73', pinyin: 'Hu 73', court: 'Shanghai Intellectual Property Court', courtZh: '上海知识产权法院' },
  // Derived likewise: [22], 粤 is Guangdong [1], [2], [4], an IP court was set up in Guangzhou [30]. Pinyin: standard romanisation
  { code: '粤73', pinyin: 'Yue 73', court: 'Guangzhou Intellectual Property Court', courtZh: '广州知识产权法院' },
];
