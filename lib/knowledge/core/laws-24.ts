/**
 * Curated core layer: national laws (法律) pages on China still cite that the graph lacked — the
 * Criminal Procedure Law, the budget, construction and infectious-disease laws — and the civil laws
 * the Civil Code replaced on 1 January 2021 (the Contract Law, the Property Law, the Guarantee Law,
 * the Marriage Law, the Inheritance Law and the General Principles of the Civil Law), which pages and
 * older contracts still name. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_LAWS_24: CoreInstrument[] = [
  {
    "id": "document:criminal-procedure-law",
    "name": "Criminal Procedure Law",
    "nameZh": "刑事诉讼法",
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "1979-07-01",
    "effective": "1980-01-01",
    "amended": [
      "1996-03-17",
      "2012-03-14",
      "2018-10-26"
    ],
    "summary": "Governs criminal proceedings: jurisdiction, defence, evidence and compulsory measures, case filing, investigation and public prosecution, trial, and the execution of judgments.",
    "sources": [
      {
        "url": "https://english.court.gov.cn/2015-07/17/c_761544.htm",
        "title": "Supreme People’s Court (English)",
        "quote": "Criminal Procedure Law of the People's Republic of China … (Adopted at the Second Session of the Fifth National People's Congress on July 1, 1979, promulgated by Order No.6 of the Chairman of the Standing Committee of the National People’s Congress on July 7, 1979 and effective as of January 1, 1980; amended in according with the Decision on Revising the Criminal Procedure Law of the People's Republic of China adopted at the Forth Session of the Eighth National People's Congress on March 17, 1996)",
        "supports": [
          "name",
          "kind",
          "status",
          "issuers",
          "adopted",
          "effective",
          "amended"
        ]
      },
      {
        "url": "http://en.renguanglaw.com/news/31.html",
        "title": "Renguang Law Firm",
        "quote": "(adopted at the second session of the Fifth National People's Congress on July 1, 1979, and amended for the first time … on March 17, 1996 According to the second amendment to the decision on Amending the criminal procedure law of the people's Republic of China adopted at the fifth session of the Eleventh National People's Congress on March 14, 2012, and the third amendment … adopted at the sixth meeting of the Standing Committee of the Thirteenth National People's Congress on October 26, 2018)",
        "supports": [
          "adopted",
          "amended"
        ]
      },
      {
        "url": "https://jskuaiji.com/new/zhiye/sifa/12/18077.html",
        "title": "jskuaiji.com",
        "quote": "中华人民共和国刑事诉讼法(修改)\n(1979年7月1日第五届全国人民代表大会第二次会议通过",
        "supports": [
          "nameZh",
          "issuers",
          "adopted"
        ]
      },
      {
        "url": "https://english.court.gov.cn/2015-07/17/c_761544.htm",
        "title": "Supreme People’s Court (English)",
        "quote": "Chapter IV Defence and Representation\n\nChapter V Evidence\n\nChapter VI Compulsory Measures … Part Two Filing a Case, Investigation, and Initiation of Public Prosecution … Part Three Trial … Part Four Execution",
        "supports": [
          "summary"
        ]
      }
    ]
  },
  {
    "id": "document:contract-law",
    "name": "Contract Law",
    "nameZh": "合同法",
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "1999-03-15",
    "promulgated": "1999-03-15",
    "effective": "1999-10-01",
    "repealed": "2021-01-01",
    "summary": "The 1999 unified contract law (formation, validity, performance and breach of contracts, and fifteen named contract types); the Civil Code replaced it in 2021.",
    "sources": [
      {
        "url": "https://hk.lexiscn.com/law/law-english-1-226830-T.html?crid=8146aaf8-c591-d7ae-1778-58aaaa08432a&prid=2c2e1f54-5098-aba2-cfdc-4e487012d40c",
        "title": "LexisNexis China",
        "quote": "Contract Law of the People's Republic of China\n\nOrder of the President [1999] No.15\n\nMarch 15, 1999\n\nThe Contract Law of the People's Republic of China, adopted at the Second Session of the Ninth National People's Congress of the People's Republic of China on March 15, 1999, is hereby promulgated and shall take effect as of October 1, 1999.",
        "supports": [
          "name",
          "kind",
          "status",
          "issuers",
          "adopted",
          "promulgated",
          "effective"
        ]
      },
      {
        "url": "https://appinchina.co/government-documents/contract-law-of-the-peoples-republic-of-china/",
        "title": "AppInChina",
        "quote": "Contract Law of the People’s Republic of China\n\nEffective Date: 10-01-1999\n\nSource: Website\n\nChinese Title: 中华人民共和国合同法\n\nAdopted 15 March 1999 by the 2nd Session of the 9th National People’s Congress.",
        "supports": [
          "name",
          "nameZh",
          "issuers",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "https://en.wikipedia.org/wiki/Contract_Law_of_the_People%27s_Republic_of_China",
        "title": "Wikipedia",
        "quote": "The Contract Law of the People's Republic of China was a law in the PRC that came into force on October 1, 1999, and was abolished on Jan 1, 2021 with the enforcement of Civil Code of the People's Republic of China. … The law includes both general and specific provisions and also has the legal rules that relate to the formation, fulfilment and breach of contracts.",
        "supports": [
          "name",
          "effective",
          "repealed",
          "summary"
        ]
      },
      {
        "url": "https://www.taylorfrancis.com/books/9781134053735/chapters/10.4324%2F9780203880234-11",
        "title": "Taylor & Francis",
        "quote": "In 1999, the Contract Law was passed,3 repealing the previous three contract laws. The Contract Law consists of 428 articles and is divided into two sections: general principles and specific provisions. The specific-provision section deals with 15 particular types of contracts",
        "supports": [
          "summary"
        ]
      }
    ]
  },
  {
    "id": "document:property-law",
    "name": "Property Law",
    "nameZh": "物权法",
    "aliases": [
      "Law on Rights in Rem"
    ],
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "2007-03-16",
    "effective": "2007-10-01",
    "repealed": "2021-01-01",
    "summary": "The 2007 law on rights in things: ownership, usufructs and security interests in property, with equal protection of state, collective and private property; the Civil Code replaced it in 2021.",
    "sources": [
      {
        "url": "https://www.lexology.com/library/detail.aspx?g=c09f2fe7-eb04-44a2-a4d7-e88bea9233f8",
        "title": "Lexology",
        "quote": "the long-awaited Property Law of the People's Republic of China (the \"Property Law\") was finally adopted by the National People's Congress on March 16, 2007, and will go into effect on October 1, 2007.\n\nComposed of five parts, 19 chapters and 247 articles, the Property Law is a comprehensive law covering property rights such as ownership, usufructuary rights, security interest in property rights, and possession of property.",
        "supports": [
          "name",
          "kind",
          "status",
          "issuers",
          "adopted",
          "effective",
          "summary"
        ]
      },
      {
        "url": "https://www.wikiwand.com/en/Property_Law_of_the_People's_Republic_of_China",
        "title": "Wikiwand (Wikipedia)",
        "quote": "The Property Law of the People's Republic of China (Chinese: 中华人民共和国物权法; pinyin: Zhōnghuá Rénmín Gònghéguó Wùquán Fǎ) is a property law adopted by the National People's Congress in 2007 (on March 16[1]) that went into effect on October 1, 2007.",
        "supports": [
          "name",
          "nameZh",
          "issuers",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "http://www.emeraldinsight.com/doi/full/10.1108/jpif.2009.11227bab.001",
        "title": "Journal of Property Investment & Finance (Emerald)",
        "quote": "China’s Law on Rights in Rem (, the “Property Law”), which took effect on October 1, 2007",
        "supports": [
          "aliases",
          "effective"
        ]
      },
      {
        "url": "https://www.lexology.com/library/detail.aspx?g=c09f2fe7-eb04-44a2-a4d7-e88bea9233f8",
        "title": "Lexology",
        "quote": "The most prominent features of the Property Law are its extension of equal protection to state-owned, collective, and private property",
        "supports": [
          "summary"
        ]
      },
      {
        "url": "http://fdi-law.com/en/view.php?id=2777",
        "title": "FDI Law",
        "quote": "The Civil Code of China was adopted by the National People's Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.",
        "supports": [
          "repealed",
          "summary"
        ]
      }
    ]
  },
  {
    "id": "document:guarantee-law",
    "name": "Guarantee Law",
    "nameZh": "担保法",
    "aliases": [
      "Guaranty Law"
    ],
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc-standing-committee"
    ],
    "adopted": "1995-06-30",
    "promulgated": "1995-06-30",
    "effective": "1995-10-01",
    "repealed": "2021-01-01",
    "summary": "The 1995 law on security for debts — suretyship, mortgage, pledge, lien and deposit; the Civil Code replaced it in 2021.",
    "sources": [
      {
        "url": "https://international.laws.com/china-laws/2001/guarantee-law-of-the-peoples",
        "title": "international.laws.com",
        "quote": "GUARANTEE LAW OF THE PEOPLE’S REPUBLIC OF CHINA\n\nThe Standing Committee of the National People’s Congress\n\nOrder of President of the People’s Republic of China\n\nNo.50\n\nAdopted at the 14th Meeting of the Standing Committee of the Eighth National People’s Congress on June 30, 1995, promulgated by Order\nNo.50 of the President of the People’s Republic of China on June 30, 1995, and effective as of October 1, 1995",
        "supports": [
          "name",
          "kind",
          "status",
          "issuers",
          "adopted",
          "promulgated",
          "effective"
        ]
      },
      {
        "url": "https://international.laws.com/china-laws/2001/guarantee-law-of-the-peoples",
        "title": "international.laws.com",
        "quote": "The modes of guarantee provided for in this Law shall be guaranty, mortgage, pledge, lien and deposit.",
        "supports": [
          "summary"
        ]
      },
      {
        "url": "https://max.book118.com/html/2018/0504/164640415.shtm",
        "title": "book118.com",
        "quote": "《中华人民共和国担保法》已由中华人民共和国第八届全国人民代表大会常务委员会第十四次会议于1995年6月30日通过,现予公布,自1995年10月1日起施行。",
        "supports": [
          "nameZh",
          "issuers",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "https://enread.com/job/words/14064.html",
        "title": "enread.com",
        "quote": "The Guaranty Law of the People's Republic of China, adopted at the 14th Meeting of the Standing1 Committee of the Eighth National People's Congress of the People's Republic of China on June 30, 1995, is hereby promulgated2 and shall enter into force as of October 1, 1995.",
        "supports": [
          "aliases",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "http://fdi-law.com/en/view.php?id=2777",
        "title": "FDI Law",
        "quote": "The Civil Code of China was adopted by the National People's Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.",
        "supports": [
          "repealed",
          "summary"
        ]
      }
    ]
  },
  {
    "id": "document:marriage-law",
    "name": "Marriage Law",
    "nameZh": "婚姻法",
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "1980-09-10",
    "effective": "1981-01-01",
    "amended": [
      "2001-04-28"
    ],
    "repealed": "2021-01-01",
    "summary": "The 1980 law on marriage and the family (free choice of partners, monogamy, equality between man and woman); Book Five of the Civil Code replaced it in 2021.",
    "sources": [
      {
        "url": "https://engbus.cn/hangye/11/10107.html",
        "title": "engbus.cn",
        "quote": "中华人民共和国婚姻法 Marriage Law of the People's Republic of China (1980年9月10日第五届全国人民代表大会第三次会议通过根据2001年4月28日第九届全国人民代表大会常务委员会第二十一次会议《关于修改〈中华人民共和国婚姻法〉的决定》修正)",
        "supports": [
          "name",
          "nameZh",
          "kind",
          "status",
          "issuers",
          "adopted",
          "amended"
        ]
      },
      {
        "url": "https://worldlaw.eu/marriage-law-of-the-peoples-republic-of-china/",
        "title": "worldlaw.eu",
        "quote": "MARRIAGE LAW OF THE PEOPLE’S REPUBLIC OF CHINA\n\n(Adopted at the Third Session of the Fifth National People’s Congress and promulgated by Order No. 9 of the Chairman of the Standing Committee of the National People’s Congress on September 10, 1980, and effective as of January 1, 1981)",
        "supports": [
          "name",
          "issuers",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "https://uscode.law.cornell.edu/women-and-justice/resource/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%A9%9A%E5%A7%BB%E6%B3%95_%28marriage_law_of_the_people%27s_republic_of_china%29",
        "title": "Cornell Law School, Women and Justice",
        "quote": "This law was replaced in 2020 by the Civil Code, Book Five (Marriage and Family) … The Marriage Law of the People’s Republic of China was adopted by the National People’s Congress on September 10, 1980 and amended on April 28, 2001. Article 2 provides that the marriage system is “based on the free choice of partners, on monogamy and on equality between man and woman.”",
        "supports": [
          "name",
          "issuers",
          "adopted",
          "amended",
          "summary"
        ]
      },
      {
        "url": "http://fdi-law.com/en/view.php?id=2777",
        "title": "FDI Law",
        "quote": "The Civil Code of China was adopted by the National People's Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.",
        "supports": [
          "repealed"
        ]
      }
    ]
  },
  {
    "id": "document:inheritance-law",
    "name": "Inheritance Law",
    "nameZh": "继承法",
    "aliases": [
      "Law of Succession",
      "Succession Law"
    ],
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "1985-04-10",
    "promulgated": "1985-04-10",
    "effective": "1985-10-01",
    "repealed": "2021-01-01",
    "summary": "The 1985 law protecting citizens’ right to inherit private property; the Civil Code replaced it in 2021.",
    "sources": [
      {
        "url": "http://iolaw.cssn.cn/ywb/ywflfg/civilandcommerciallaw/201210/t20121011_4618449.shtml",
        "title": "Institute of Law, CASS",
        "quote": "LAW OF SUCCESSION OF THE PEOPLE’S REPUBLIC OF CHINA\n\n(Adopted at the Third Session of the Sixth National People’s Congress and promulgated by Order No. 24 of the President of the People’s Republic of China on April 10, 1985, and effective as of October 1, 1985)",
        "supports": [
          "aliases",
          "kind",
          "status",
          "issuers",
          "adopted",
          "promulgated",
          "effective"
        ]
      },
      {
        "url": "http://iolaw.cssn.cn/ywb/ywflfg/civilandcommerciallaw/201210/t20121011_4618449.shtml",
        "title": "Institute of Law, CASS",
        "quote": "Article 1. This Law is enacted pursuant to the provisions of the Constitution of the People’s Republic of China with a view to protecting the right of citizens to inherit private property.",
        "supports": [
          "summary"
        ]
      },
      {
        "url": "https://cq.zkzxpx.net/chongqing/zcfg/fljd/101645859109434.html",
        "title": "zkzxpx.net",
        "quote": "中华人民共和国继承法(附英文)\n\n【时 效 性】 有效 【颁布日期】 1985-04-10\n【颁布单位】 全国人民代表大会 【实施日期】 1985-10-01",
        "supports": [
          "nameZh",
          "issuers",
          "promulgated",
          "effective"
        ]
      },
      {
        "url": "http://fdi-law.com/en/view.php?id=2777",
        "title": "FDI Law",
        "quote": "The Civil Code of China was adopted by the National People's Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.",
        "supports": [
          "name",
          "repealed",
          "summary"
        ]
      },
      {
        "url": "http://en.chispo.com/dynamic/yejiezixun/2020/0615/225.html",
        "title": "China Patent Agent (H.K.) Ltd.",
        "quote": "On May 28, 2020, the Civil Code of the People’s Republic of China was adopted at the Third Session of the Thirteenth National People’s Congress, effective from January 1, 2021. … The Marriage Law, the Succession Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Law, and the General Provisions of the Civil Law should be concurrently repealed.",
        "supports": [
          "aliases",
          "repealed"
        ]
      }
    ]
  },
  {
    "id": "document:general-principles-of-the-civil-law",
    "name": "General Principles of the Civil Law",
    "nameZh": "民法通则",
    "aliases": [
      "General Principles of Civil Law"
    ],
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "1986-04-12",
    "promulgated": "1986-04-12",
    "effective": "1987-01-01",
    "amended": [
      "2009-08-27"
    ],
    "repealed": "2021-01-01",
    "summary": "The 1986 general civil law (nine chapters and 156 articles, among them civil rights and civil liability); the Civil Code replaced it in 2021.",
    "sources": [
      {
        "url": "https://en.wikipedia.org/wiki/General_Principles_of_the_Civil_Law_of_the_People%27s_Republic_of_China",
        "title": "Wikipedia",
        "quote": "The General Principles of the Civil Law of the People's Republic of China () is a law in the People's Republic of China (PRC) that was promulgated on April 12, 1986, and came into force on January 1, 1987. … The \"General Principles\" include both civil rights and liabilities under civil law, and contains 9 chapters and 156 articles.",
        "supports": [
          "name",
          "kind",
          "status",
          "promulgated",
          "effective",
          "summary"
        ]
      },
      {
        "url": "https://m.jinchutou.com/p-112786509.html",
        "title": "jinchutou.com",
        "quote": "中华人民共和国民法通则 GENERAL PRINCIPLES OF THE CIVIL LAW OF THE PEOPLES REPUBLIC OF CHINA 中华人民共和国民法通则已由中华人民共和国第六届全国人民代表大会第四次会议于一九八六年四月十二日通过,现予公布,自一九八七年一月一日起施行。 (Adopted at the Fourth Session of the Sixth National Peoples Congress, promulgated by on April 12, 1986, and effective as of January 1, 1987)",
        "supports": [
          "name",
          "nameZh",
          "issuers",
          "adopted",
          "promulgated",
          "effective"
        ]
      },
      {
        "url": "https://doksi.hu/get.php?lid=24806",
        "title": "doksi.hu (University of Michigan translation)",
        "quote": "GENERAL PRINCIPLES OF CIVIL LAW OF THE PEOPLES REPUBLIC OF CHINA TRANSLATED BY WHITMORE GRAY* AND HENRY RUIHENG ZHENGt (Adopted April 12, 1986, at the Fourth Session of the Sixth National Peoples Congress, to take effect on January 1, 1987)",
        "supports": [
          "aliases",
          "issuers",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "https://newton.com.tw/wiki/%E3%80%8A%E6%B0%91%E6%B3%95%E9%80%9A%E5%89%87%E3%80%8B/2088441",
        "title": "newton.com.tw",
        "quote": "2020年5月28日,十三屆全國人大三次會議表決通過了《中華人民共和國民法典》,自2021年1月1日起施行。《中華人民共和國民法通則》同時廢止。 … 修正時間:2009年8月27日\n  • 廢止日期:2021年1月1日",
        "supports": [
          "nameZh",
          "amended",
          "repealed"
        ]
      },
      {
        "url": "http://fdi-law.com/en/view.php?id=2777",
        "title": "FDI Law",
        "quote": "The Civil Code of China was adopted by the National People's Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.",
        "supports": [
          "name",
          "repealed"
        ]
      }
    ]
  },
  {
    "id": "document:budget-law",
    "name": "Budget Law",
    "nameZh": "预算法",
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc"
    ],
    "adopted": "1994-03-22",
    "effective": "1995-01-01",
    "amended": [
      "2014-08-31",
      "2018-12-29"
    ],
    "summary": "Governs how budgets at the five levels of government are prepared, reviewed, approved, executed, adjusted and supervised, with general public, government fund, state capital and social insurance fund budgets.",
    "sources": [
      {
        "url": "https://international.laws.com/china-laws/2000/budget-law-of-the-peoples-rep",
        "title": "international.laws.com",
        "quote": "The Budget Law of the People’s Republic of China, adopted at the Second Session of the Eighth National People’s Congress on March\n22, 1994, is promulgated now, and shall enter into force as of January 1, 1995.",
        "supports": [
          "name",
          "kind",
          "status",
          "issuers",
          "adopted",
          "effective"
        ]
      },
      {
        "url": "http://en.pkulaw.cn/display.aspx?cgid=395adb0b994ed728bdfb&lib=law",
        "title": "PKULaw",
        "quote": "Decision of the Standing Committee of the National People's Congress on Amending the Budget Law of the People's Republic of China (2014) [Effective]\n全国人大常委会关于修改《中华人民共和国预算法》的决定(2014) [现行有效]",
        "supports": [
          "name",
          "nameZh",
          "amended"
        ]
      },
      {
        "url": "https://www.shndlaw.com/post/233",
        "title": "shndlaw.com",
        "quote": "(Adopted at the Second Session of the Eighth National People's Congress on March 22, 1994, and revised according to Decision of the Standing Committee of the National People's Congress on Revising the Budget Law of the People's Republic of China adopted at the Tenth Session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on August 31, 2014)",
        "supports": [
          "issuers",
          "adopted",
          "amended"
        ]
      },
      {
        "url": "https://chinajusticeobserver.com/law/x/budget-law-20181229/enchn",
        "title": "China Justice Observer",
        "quote": "The Budget Law was promulgated in 1994 and amended in 2014 and 2018 respectively. The latest revision entered into force on December 29, 2018. … The State shall establish a budget at each of the five levels of government … A budget includes the general public budget, government fund budget, state-owned capital operating budget and social insurance fund budget.",
        "supports": [
          "name",
          "amended",
          "summary"
        ]
      },
      {
        "url": "https://www.shndlaw.com/post/233",
        "title": "shndlaw.com",
        "quote": "Article 2 Provisions of the Law apply to the preparation, review, approval and supervision of budget and final account, as well as the implementation of and adjustment to the budget.",
        "supports": [
          "summary"
        ]
      }
    ]
  },
  {
    "id": "document:construction-law",
    "name": "Construction Law",
    "nameZh": "建筑法",
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc-standing-committee"
    ],
    "adopted": "1997-11-01",
    "promulgated": "1997-11-01",
    "effective": "1998-03-01",
    "amended": [
      "2011-04-22",
      "2019-04-23"
    ],
    "summary": "Regulates building activities: construction permits and contractor qualifications, letting and undertaking construction contracts, project supervision, and construction safety and quality.",
    "sources": [
      {
        "url": "http://www.asianlii.org/cn/legis/cen/laws/clotproc449",
        "title": "AsianLII",
        "quote": "The Construction Law of the People's Republic of China which has been adopted at the 28th Meeting of the Standing Committee of the Eighth National People's Congress on November 1, 1997 is promulgated now, and shall enter into force as of March 1, 1998.",
        "supports": [
          "name",
          "kind",
          "status",
          "issuers",
          "adopted",
          "promulgated",
          "effective"
        ]
      },
      {
        "url": "http://law.lenchy.com/law/ebb1c39484f14a2eb5fa1a66a7bbecc1",
        "title": "lenchy.com",
        "quote": "中华人民共和国建筑法 Construction Law of the People's Republic of China\n\n(Adopted at the 28th Meeting of the Standing Committee of the Eighth National People's Congress on November 1, 1997 and promulgated by Order No. 91 of the President of the People's Republic of China on November 1, 1997)",
        "supports": [
          "name",
          "nameZh",
          "issuers",
          "adopted",
          "promulgated"
        ]
      },
      {
        "url": "https://hk.lexiscn.com/law/law-english-1-3415874-T.html",
        "title": "LexisNexis China",
        "quote": "(Adopted at the 28th Session of the Standing Committee of the 8th National People's Congress on November 1, 1997, amanded for the first time in accordance with the Decisions on Amending Construction Law of the People's Republic of China passed at the 20th Session of the Standing Committee of the 11th National People's Congress on April 22, 2011, and amended for the second time in accordance with the Decision of the Standing Committee of the National People's Congress on Amending Eight Laws Including the Construction Law of the People's Republic of China on April 23, 2019 )",
        "supports": [
          "adopted",
          "amended"
        ]
      },
      {
        "url": "http://www.asianlii.org/cn/legis/cen/laws/clotproc449",
        "title": "AsianLII",
        "quote": "Chapter II Building Permit\n\nSection 1 Building Permit for Construction Project\n\nSection 2 Qualifications for Operations\n\nChapter III Construction Project Contract Issuance and Contracting … Chapter IV Construction Project Supervision and Control\n\nChapter V Construction Production Safety Management\n\nChapter VI Construction Project Quality Control",
        "supports": [
          "summary"
        ]
      }
    ]
  },
  {
    "id": "document:infectious-disease-prevention-law",
    "name": "Law on the Prevention and Control of Infectious Diseases",
    "nameZh": "传染病防治法",
    "aliases": [
      "Law on Prevention and Treatment of Infectious Diseases"
    ],
    "kind": "law",
    "status": "final",
    "issuers": [
      "npc-standing-committee"
    ],
    "adopted": "1989-02-21",
    "effective": "2025-09-01",
    "amended": [
      "2004-08-28",
      "2013-06-29",
      "2025-04-30"
    ],
    "summary": "Governs the prevention, monitoring, reporting and early warning, control and medical treatment of infectious diseases; revised in April 2025 with effect from 1 September 2025.",
    "sources": [
      {
        "url": "https://www.lexiscn.com/law/law-english-1-5722482-T.html?eng=0",
        "title": "LexisNexis China",
        "quote": "The Law of the People's Republic of China on the Prevention and Treatment of Infectious Diseases, which was revised and adopted at the 15th Meeting of the Standing Committee of the 14th National People's Congress of the People's Republic of China on April 30, 2025, is hereby promulgated and shall come into force as of September 1, 2025. … (Adopted at the 6th Meeting of the Standing Committee of the 7th National People's Congress on February 21, 1989; revised for the first time … on August 28, 2004; amended … on June 29, 2013; and revised for the second time at the 15th Meeting of the Standing Committee of the 14th National People's Congress on April 30, 2025)",
        "supports": [
          "kind",
          "status",
          "issuers",
          "adopted",
          "effective",
          "amended"
        ]
      },
      {
        "url": "http://www.csrcare.com/Law/LawShowEn?id=234610",
        "title": "csrcare.com",
        "quote": "The Law on Prevention and Treatment of Infectious Diseases, as revised and adopted at the 15th session of the Standing Committee of the Fourteenth National People's Congress of the People's Republic of China on April 30, 2025, is hereby issued, and shall come into force on September 1, 2025.",
        "supports": [
          "aliases",
          "issuers",
          "amended",
          "effective"
        ]
      },
      {
        "url": "https://www.cceeccic.org/540128230.html",
        "title": "CCPIT Commercial Law Center (cceeccic.org)",
        "quote": "Law of the People's Republic of China on the Prevention and Control of Infectious Diseases … This Law is formulated in accordance with the Constitution for the purpose of preventing, controlling and eliminating the occurrence and prevalence of infectious diseases, safeguarding public life safety and physical health, preventing and defusing public health risks, and maintaining national security and social stability.",
        "supports": [
          "name",
          "summary"
        ]
      },
      {
        "url": "http://www.gscdc.cn/html/news/jiankangtishi/jiankangtishi-show-9400.html",
        "title": "甘肃省疾病预防控制中心",
        "quote": "《中华人民共和国传染病防治法》已由中华人民共和国第十四届全国人民代表大会常务委员会第十五次会议于2025年4月30日修订通过,现予公布,自2025年9月1日起施行。 … 新修订的传染病防治法包括总则,预防,监测、报告和预警,疫情控制,医疗救治,保障措施,监督管理,法律责任,附则,共9章115条。",
        "supports": [
          "nameZh",
          "issuers",
          "amended",
          "effective",
          "summary"
        ]
      }
    ]
  }
];
