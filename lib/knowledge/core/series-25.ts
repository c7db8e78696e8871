/**
 * Curated core layer: more years of the yearly documents China TMT pages cite, each year its own
 * entry modelled on the year the graph already held (the 2025 Government Work Report in
 * campaigns-yearly-4.ts): the Government Work Reports the Premier delivered to the NPC in March
 * 2019 and March 2022. Each fact is quoted from a stored public page that states it.
 */
import type { CoreInstrument } from './types';

export const CORE_SERIES_25: CoreInstrument[] = [
  // ───────────── 2019 Government Work Report (second session of the 13th NPC, 5 March 2019) ─────────────
  {
    id: 'document:government-work-report-2019',
    name: '2019 Government Work Report',
    nameZh: '2019年政府工作报告',
    kind: 'report',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2019-03-05',
    summary:
      'The Premier’s report on the work of the government to the second session of the 13th NPC (March 2019); it set a growth target of 6 to 6.5 percent and pledged stronger intellectual property protection, with punitive compensation for infringements.',
    sources: [
      {
        url: 'http://www1.rmhb.com.cn/zw2018/rdzt/2019lh/pl/201903/t20190306_800159834.html',
        title: '人民画报',
        quote:
          '2019年3月5日,国务院总理李克强代表国务院向十三届全国人大二次会议做政府工作报告。2019年政府工作报告分为三大部分:2018年工作回顾,2019年经济社会发展总体要求和政策取向以及2019年政府工作任务。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://news.cgtn.com/news/3d3d514f3341544d33457a6333566d54/index.html',
        title: 'CGTN – Highlights of 2019 government work report',
        quote:
          "Highlights of 2019 government work report … The second session of the 13th National People's Congress (NPC) opened at the Great Hall of the People in Beijing on Tuesday. … Chinese Premier Li Keqiang delivered a government work report to lawmakers. … China has set its GDP growth target range for 2019 at 6 percent-6.5 percent, according to the work report.",
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://english.www.gov.cn/govtworkreport2019/',
        title: 'english.www.gov.cn – Government Work Report 2019',
        quote:
          'Premier Li delivered the work report to the second session of the 13th National People’s Congress in Beijing on March 5. … China will strengthen intellectual property (IP) protection across the board, improve the system of punitive compensation for IP infringements, says a government work report. … Delivering government work report on March 5, 2019',
        supports: ['kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── 2022 Government Work Report (fifth session of the 13th NPC, 5 March 2022) ─────────────
  {
    id: 'document:government-work-report-2022',
    name: '2022 Government Work Report',
    nameZh: '2022年政府工作报告',
    kind: 'report',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2022-03-05',
    summary:
      'The Premier’s report on the work of the government to the fifth session of the 13th NPC (March 2022); it gave the digital economy a paragraph of its own for the first time and called for stronger cybersecurity, data security and personal information protection.',
    sources: [
      {
        url: 'http://en.people.cn/n3/2022/0305/c90000-9966384.html',
        title: "People's Daily Online – Highlights of 2022 Government Work Report",
        quote:
          "Highlights of 2022 Government Work Report … Chinese Premier Li Keqiang delivers a government work report at the opening meeting of the fifth session of the 13th National People's Congress at the Great Hall of the People in Beijing, capital of China, March 5, 2022. … - China to strengthen cyber security, data security, personal information protection",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://subsites.chinadaily.com.cn/guangxi/2022-03/10/c_725066.htm',
        title: 'China Daily – Highlights of 2022 Government Work Report',
        quote:
          "Premier Li Keqiang delivered the 2022 Government Work Report at the opening of this year's session of the 13th National People's Congress in Beijing on March 5.",
        supports: ['name', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://m.fx361.cc/news/2022/0822/11089563.html',
        title: '网信军民融合 2022年3期 (fx361)',
        quote:
          '而2022年政府工作报告中,“数字经济”首次以单独成段的方式进行表述,与创新、制造业等处于同等地位 … 3月5日,国务院总理李克强在作《政府工作报告》时提出:促进数字经济发展。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },
];
