/**
 * Court cases TMT pages cite by their parties or number, with the number and other names real
 * pages use, each backed by a quote from a stored public page.
 */
import type { CoreCase } from './types';

export const CORE_CASES: CoreCase[] = [
  {
    // The bundled newsletters call it "the first copyright infringement case of AI-generated images"; that
    // title is not given as an alias, as no stored page quoted here uses it.
    id: 'case:judgement-of-the-first-copyright-infringement-case-of-ai-generated',
    name: 'Li v. Liu',
    // Chinese pages name it by its (anonymised) parties or as the first AI-image copyright case.
    aliases: ['“AI文生图”著作权案', '李某与刘某侵害著作权纠纷案', '李某诉刘某侵犯信息网络传播权一案', '国内AI生成图片著作权侵权第一案'],
    caseNumber: '(2023) Jing 0491 Min Chu No. 11279',
    court: 'Beijing Internet Court',
    date: '2023-11-27',
    summary: 'The Beijing Internet Court held that an image made with Stable Diffusion was a work protected by the Copyright Law, owned by the user who made it.',
    sources: [
      {
        url: "https://www.chinajusticeobserver.com/a/landmark-ruling-china's-court-upholds-copyright-for-ai-generated-images",
        title: 'China Justice Observer',
        quote:
          'In November 2023, China’s Beijing Internet Court ruled that the author owns the copyright to AI-generated images (Li v. Liu (2023) Jing 0491 Min Chu No. 11279). … On 27 Nov. 2023, the Beijing Internet Court rendered a first-instance judgment, holding that the AI-generated image, in this case, possessed originality and should be protected as works under the Copyright Law.',
        supports: ['name', 'caseNumber', 'court', 'date', 'summary'],
      },
      {
        url: 'https://www.quimbee.com/cases/li-v-liu',
        title: 'Quimbee',
        quote: 'Li v. Liu\nBeijing Internet Court\n(2023) Jing 0491 Min Chu No. 11279 (2023) … Li (plaintiff) used Stable Diffusion, an artificial-intelligence (AI) image generator, to create a picture of a young Asian woman.',
        supports: ['name', 'caseNumber', 'court', 'summary'],
      },
      {
        url: 'https://peking.bjd.com.cn/content/s65adb860e4b0f6c5abd51015.html',
        title: '北京日报 – 北京互联网法院2023年度十大典型案件',
        quote: '(2023)京0491民初11279号\n\n“AI文生图”著作权案\n\n——李某与刘某侵害著作权纠纷案',
        supports: ['aliases', 'caseNumber'],
      },
      {
        url: 'https://www.hanspub.org/journal/paperinformation?paperid=100318',
        title: '汉斯出版社 (Hans Publishers)',
        quote: '近期,北京互联网法院审理完结李某诉刘某侵犯信息网络传播权一案[案号:(2023)京0491民初11279号]。这一号称“国内AI生成图片著作权侵权第一案”的裁判',
        supports: ['aliases', 'caseNumber', 'court'],
      },
    ],
  },
];
