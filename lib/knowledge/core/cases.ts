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
    ],
  },
];
