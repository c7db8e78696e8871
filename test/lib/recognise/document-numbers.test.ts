import { describe, expect, it } from 'vitest';
import { documentNumberKey, findDocumentNumbers, numberKeysOf } from '../../../lib/recognise/document-numbers';

const BODIES: Record<string, string> = {
  商务部: 'authority:mofcom',
  海关总署: 'authority:gac',
  公安部: 'authority:mps',
  国务院: 'authority:state-council',
  'ministry of commerce': 'authority:mofcom',
  'general administration of customs': 'authority:gac',
  工业和信息化部: 'authority:miit',
  'ministry of industry and information technology': 'authority:miit',
  'state council': 'authority:state-council',
};
const bodyId = (name: string) => BODIES[/\p{Script=Han}/u.test(name) ? name : name.toLowerCase()];

/** The body mentions of a text, as the automaton would give them. */
function bodiesIn(text: string, names: Record<string, string>) {
  const found = [];
  for (const [name, id] of Object.entries(names)) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push({ start: at, end: at + name.length, id, matched: name });
  return found.sort((a, b) => a.start - b.start);
}

describe('numberKeysOf', () => {
  it('keys a number by its first issuer, kind, year and number', () => {
    expect(numberKeysOf(['商务部 海关总署公告2025年第10号'], bodyId)).toEqual([documentNumberKey('authority:mofcom', 'announcement', '2025', '10')]);
    expect(numberKeysOf(['互联网信息服务管理办法 中华人民共和国国务院令第 292 号'], bodyId)).toEqual([documentNumberKey('authority:state-council', 'order', '', '292')]);
    expect(numberKeysOf(['Announcement No. 123 of 2025 of the General Administration of Customs'], bodyId)).toEqual([documentNumberKey('authority:gac', 'announcement', '2025', '123')]);
    expect(numberKeysOf(['Ministry of Commerce and General Administration of Customs Announcement No. 18 of 2025'], bodyId)).toEqual([documentNumberKey('authority:mofcom', 'announcement', '2025', '18')]);
    // The year's 年 left out after 公告, as some pages write it.
    expect(numberKeysOf(['商务部公告2025第62号'], bodyId)).toEqual([documentNumberKey('authority:mofcom', 'announcement', '2025', '62')]);
  });

  it('keeps 和 and “and” inside a body’s name, and reads “Order of X No. N”', () => {
    expect(numberKeysOf(['工业和信息化部令第24号'], bodyId)).toEqual([documentNumberKey('authority:miit', 'order', '', '24')]);
    expect(numberKeysOf(['Ministry of Industry and Information Technology Order No. 42'], bodyId)).toEqual([documentNumberKey('authority:miit', 'order', '', '42')]);
    expect(numberKeysOf(['Order of the State Council No.745'], bodyId)).toEqual([documentNumberKey('authority:state-council', 'order', '', '745')]);
  });

  it('keys a number written with its kind after it', () => {
    expect(numberKeysOf(['商务部2026年第11号公告'], bodyId)).toEqual([documentNumberKey('authority:mofcom', 'announcement', '2026', '11')]);
  });

  it('keys nothing for a number without a known issuer', () => {
    expect(numberKeysOf(['某某局公告2025年第1号', 'Data Security Law'], bodyId)).toEqual([]);
    // A joint order is numbered in its first body's series: an unknown first body leaves it unkeyed.
    expect(numberKeysOf(['国家新闻出版广电总局 中华人民共和国工业和信息化部令第5号'], bodyId)).toEqual([]);
  });
});

describe('findDocumentNumbers', () => {
  const numbers = {
    [documentNumberKey('authority:mofcom', 'announcement', '2025', '10')]: 'document:tungsten',
    [documentNumberKey('authority:mps', 'order', '', '33')]: 'document:networking',
    [documentNumberKey('authority:cac', 'order', '', '12')]: 'document:deep-synthesis',
    [documentNumberKey('authority:mofcom', 'announcement', '2025', '11')]: 'document:gallium',
    [documentNumberKey('authority:mofcom', 'announcement', '2025', '12')]: 'document:graphite',
  };
  const find = (text: string, names: Record<string, string>) => findDocumentNumbers(text, bodiesIn(text, names), numbers).map((found) => [found.matched, found.id, found.issuers.map((issuer) => issuer.matched)]);

  it('reads a number after co-issuers, who stay bodies', () => {
    expect(find('商务部、海关总署公告2025年第10号,决定', { 商务部: 'authority:mofcom', 海关总署: 'authority:gac' })).toEqual([['公告2025年第10号', 'document:tungsten', ['商务部', '海关总署']]]);
  });

  it('reads a number with its kind after it, after a date between issuer and number', () => {
    expect(find('商务部7日发布2025年第10号公告,决定', { 商务部: 'authority:mofcom' })).toEqual([['2025年第10号公告', 'document:tungsten', ['商务部']]]);
  });

  it('reads the numbers listed after one as of its issuers, kind and year', () => {
    const mofcom = { 商务部: 'authority:mofcom', MOFCOM: 'authority:mofcom' };
    expect(find('商务部公告2025年第10号、11号及第12号', mofcom).map(([matched, id]) => [matched, id])).toEqual([
      ['商务部公告2025年第10号', 'document:tungsten'],
      ['11号', 'document:gallium'],
      ['第12号', 'document:graphite'],
    ]);
    expect(find('MOFCOM Announcements No. 10, 11 and 12 of 2025', mofcom).map(([matched, id]) => [matched, id])).toEqual([
      ['MOFCOM Announcements No. 10', 'document:tungsten'],
      ['11', 'document:gallium'],
      ['12', 'document:graphite'],
    ]);
    // A list needs a year only where the graph's numbers have one: without it nothing is read.
    expect(find('MOFCOM Announcements No. 10, 11 and 12', mofcom)).toEqual([]);
  });

  it('takes a single issuer glued to the number into its span, in any bracket form', () => {
    expect(find('公安部令(第33号)发布', { 公安部: 'authority:mps' })).toEqual([['公安部令(第33号)', 'document:networking', []]]);
  });

  it('takes the lead body of a joint order with “and N other departments” into the span', () => {
    expect(find('国家网信办等七部门令第12号公布', { 国家网信办: 'authority:cac' })).toEqual([['国家网信办等七部门令第12号', 'document:deep-synthesis', []]]);
    expect(find('国家网信办等部门令第12号', { 国家网信办: 'authority:cac' })).toEqual([['国家网信办等部门令第12号', 'document:deep-synthesis', []]]);
    // Any other words between the body and the number leave it out of the span.
    expect(find('国家网信办等七部门发布令第12号', { 国家网信办: 'authority:cac' })).toEqual([['令第12号', 'document:deep-synthesis', ['国家网信办']]]);
    expect(find('国家网信办会同公安部令第12号', { 国家网信办: 'authority:cac', 公安部: 'authority:mps' })).toEqual([]);
  });

  it('reads English orders with the state’s name between the kind and the number', () => {
    expect(find('a CAC Order of the People’s Republic of China No. 12 applies', { CAC: 'authority:cac' })).toEqual([['CAC Order of the People’s Republic of China No. 12', 'document:deep-synthesis', []]]);
  });

  it('reads English orders with their issuers before or after', () => {
    expect(find('Order No. 12 of CAC, MIIT, and MPS (jointly)', { CAC: 'authority:cac', MIIT: 'authority:miit', MPS: 'authority:mps' })).toEqual([['Order No. 12', 'document:deep-synthesis', ['CAC', 'MIIT', 'MPS']]]);
    // A single issuer right before its number is part of the document's name, as in Chinese (商务部公告…).
    expect(find('the CAC Order No. 12 took effect', { CAC: 'authority:cac' })).toEqual([['CAC Order No. 12', 'document:deep-synthesis', []]]);
  });

  it('reads an issuer after a comma only at the end of the bracket the number stands in', () => {
    expect(find('took effect in 2023 (Order No. 12, CAC).', { CAC: 'authority:cac' })).toEqual([['Order No. 12', 'document:deep-synthesis', ['CAC']]]);
    expect(find('under Order No. 12, CAC officials said, firms', { CAC: 'authority:cac' })).toEqual([]);
  });

  it('takes a closing bracket only after an opening one, and reads “Order of X No. N”', () => {
    expect(find('(公安部令第33号)发布', { 公安部: 'authority:mps' })).toEqual([['公安部令第33号', 'document:networking', []]]);
    expect(find('Order of the CAC No. 12 and', { CAC: 'authority:cac' })).toEqual([['Order of the CAC No. 12', 'document:deep-synthesis', []]]);
  });

  it('reads an announcement written without its year where the graph holds one of that number and the text gives its year', () => {
    expect(find('On 9 October 2025 MOFCOM issued controls (MOFCOM Announcement No. 10).', { MOFCOM: 'authority:mofcom' })).toEqual([['MOFCOM Announcement No. 10', 'document:tungsten', []]]);
    // Another year's announcement No. 10, as far as the text says.
    expect(find('In 2023 MOFCOM issued MOFCOM Announcement No. 10.', { MOFCOM: 'authority:mofcom' })).toEqual([]);
  });

  it('reads a number after its issuer and a verb, or without its issuer where the graph holds that number of one body the text names', () => {
    expect(find('On 9 October MOFCOM issued Announcement No. 10 of 2025, imposing controls', { MOFCOM: 'authority:mofcom' })).toEqual([['Announcement No. 10 of 2025', 'document:tungsten', ['MOFCOM']]]);
    expect(find('Regarding Announcement No. 10 of 2025, the rules apply. MOFCOM said', { MOFCOM: 'authority:mofcom' })).toEqual([['Announcement No. 10 of 2025', 'document:tungsten', []]]);
    // No body of that number named in the text.
    expect(find('Regarding Announcement No. 10 of 2025, the rules apply.', {})).toEqual([]);
  });

  it('reads the trade’s short numbers (2号令, 43号文, 15年43号文) after their body or a word of the sentence', () => {
    const page = { years: new Set(['2025']), bodies: () => ['authority:mofcom', 'authority:cac'] };
    const onPage = (text: string, names: Record<string, string> = {}) => findDocumentNumbers(text, bodiesIn(text, names), numbers, page).map((found) => [found.matched, found.id]);
    expect(onPage('公安部33号令规定', { 公安部: 'authority:mps' })).toEqual([['公安部33号令', 'document:networking']]);
    expect(onPage('即12号令')).toEqual([['12号令', 'document:deep-synthesis']]);
    expect(onPage('和25年11号文')).toEqual([['25年11号文', 'document:gallium']]);
    expect(onPage('的10号文件')).toEqual([['10号文件', 'document:tungsten']]);
    // Two named bodies hold a No. 12 (MOFCOM's 2025 announcement, the CAC's order): neither is taken.
    expect(onPage('的12号文件')).toEqual([]);
    // A name before it that is not a body the graph knows, another year, or a number no body named holds.
    expect(onPage('该公司12号令')).toEqual([]);
    expect(onPage('即24年11号文')).toEqual([]);
    expect(onPage('即99号令')).toEqual([]);
  });

  it('reads a number the page wrote alone by the years it gave and the bodies it named before', () => {
    const page = { years: new Set(['2025']), bodies: () => ['authority:mofcom'] };
    const onPage = (text: string, names: Record<string, string> = {}) => findDocumentNumbers(text, bodiesIn(text, names), numbers, page).map((found) => [found.matched, found.id]);
    expect(onPage('以对境外相关稀土物项实施出口管制的第10号公告为例')).toEqual([['第10号公告', 'document:tungsten']]);
    expect(onPage('(MOFCOM Announcement No. 11, "Announcement 11")', { MOFCOM: 'authority:mofcom' })).toEqual([['MOFCOM Announcement No. 11', 'document:gallium']]);
    expect(onPage('the ministry issued Announcement No. 12 on the same day')).toEqual([['Announcement No. 12', 'document:graphite']]);
    // Without the page's year or body, or where a name before or after it may be another issuer's.
    expect(findDocumentNumbers('实施出口管制的第10号公告', [], numbers, { years: new Set(['2024']), bodies: page.bodies })).toEqual([]);
    expect(findDocumentNumbers('实施出口管制的第10号公告', [], numbers, { years: page.years, bodies: () => ['authority:mps'] })).toEqual([]);
    expect(onPage('GACC Announcement No. 10 took effect')).toEqual([]);
    expect(onPage('the Provincial Bureau’s Announcement No. 10 took effect')).toEqual([]);
    expect(onPage('广州海关第10号公告')).toEqual([]);
    expect(onPage('该公司第10号公告称')).toEqual([]);
    expect(onPage('Announcement No. 10 (2025) of the Working Mechanism of the Unreliable Entity List')).toEqual([]);
  });

  it('reads the numbers of a list written with its kind after the last (2026年第11号和第12号公告)', () => {
    expect(find('商务部发布了2025年第11号和第12号公告。', { 商务部: 'authority:mofcom' }).map(([matched, id]) => [matched, id])).toEqual([
      ['2025年第11号', 'document:gallium'],
      ['第12号公告', 'document:graphite'],
    ]);
  });

  it('reads a list whose last number leaves out its 第, and traditional script’s 號', () => {
    expect(find('商务部发布了2025年第11号和12号公告。', { 商务部: 'authority:mofcom' }).map(([matched, id]) => [matched, id])).toEqual([
      ['2025年第11号', 'document:gallium'],
      ['12号公告', 'document:graphite'],
    ]);
    expect(find('商務部發佈了2025年第11號和第12號公告。', { 商務部: 'authority:mofcom' }).map(([matched, id]) => [matched, id])).toEqual([
      ['2025年第11號', 'document:gallium'],
      ['第12號公告', 'document:graphite'],
    ]);
    // A number without 第 that follows no listed one is not read.
    expect(find('商务部发布了2025年12号公告。', { 商务部: 'authority:mofcom' })).toEqual([]);
  });

  it('reads nothing for a number of another issuer, or without one', () => {
    expect(find('海关总署公告2025年第10号', { 海关总署: 'authority:gac' })).toEqual([]);
    expect(find('Order No. 12 took effect', {})).toEqual([]);
    expect(find('公告2025年第10号', {})).toEqual([]);
  });
});
