import { describe, expect, it } from 'vitest';
import { buildLocalBodyData, PageLocalBodies } from '../../../lib/recognise/page-local-bodies';

const data = buildLocalBodyData(
  [
    { id: 'authority:beijing-economy-it-bureau', names: ['北京市经济和信息化局'] },
    { id: 'authority:shanghai-economy-it-bureau', names: ['上海市经济和信息化局'] },
    { id: 'authority:sichuan-psd', names: ['四川省公安厅'] },
    { id: 'authority:shenzhen-data-bureau', names: ['深圳市政务服务和数据管理局', '深圳市政务服务数据管理局'] },
    { id: 'authority:samr', names: ['国家市场监督管理总局'] },
  ],
  { 省: ['浙江'], 市: ['杭州'] },
);
const nothingTaken = () => false;
const read = (...texts: string[]) => {
  const reader = new PageLocalBodies(data);
  return texts.flatMap((text) => reader.find(text, nothingTaken).map((found) => [found.matched, found.id]));
};

describe('local bodies written without their place', () => {
  it('builds its table from the places the graph’s local bodies name, not from national bodies', () => {
    expect(data.bodies['市经济和信息化局']).toEqual([
      ['北京', 'authority:beijing-economy-it-bureau'],
      ['上海', 'authority:shanghai-economy-it-bureau'],
    ]);
    expect(Object.keys(data.bodies).some((key) => key.includes('场监督'))).toBe(false);
    expect(data.places).toEqual({ 省: ['四川', '浙江'], 市: ['上海', '北京', '杭州', '深圳'] });
  });

  it('reads a name as the body of the one place of its level the page names, in this text or before', () => {
    expect(read('北京市人大代表建议的答复:我们会同市经济和信息化局研究')).toEqual([['市经济和信息化局', 'authority:beijing-economy-it-bureau']]);
    expect(read('四川公安机关', '按照公安部和省公安厅的部署')).toEqual([['省公安厅', 'authority:sichuan-psd']]);
    // The longer of two names that start alike.
    expect(read('深圳:市政务服务和数据管理局')).toEqual([['市政务服务和数据管理局', 'authority:shenzhen-data-bureau']]);
  });

  it('leaves it alone where the page names two places of that level, none, or one without such a body', () => {
    expect(read('上海与北京:市经济和信息化局')).toEqual([]);
    expect(read('市经济和信息化局')).toEqual([]);
    expect(read('杭州市:市经济和信息化局')).toEqual([]);
    // A city's name is no province's: 省公安厅 on a Beijing page is no body the graph holds.
    expect(read('北京:省公安厅')).toEqual([]);
  });

  it('leaves it alone after more of a name (某市, 该市) and inside what is already read', () => {
    expect(read('北京:某市经济和信息化局、该市经济和信息化局')).toEqual([]);
    const reader = new PageLocalBodies(data);
    expect(reader.find('北京:本市经济和信息化局', () => true)).toEqual([]);
  });
});
