import { describe, expect, it } from 'vitest';
import { NamedCourts } from '../../../lib/recognise/page-court-names';

function named(text: string, courts: Array<[string, string]>) {
  const mentions = courts.map(([name, id]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, id, matched: name };
  });
  const found = new NamedCourts();
  found.add(mentions);
  return found.find(text, mentions).map((mention) => [mention.matched, mention.id]);
}

describe('NamedCourts', () => {
  it('reads a court’s kind alone as the one court of that kind the page named', () => {
    const text = 'The Hangzhou Internet Court opened in 2017. Cases at the Internet Court are heard online; the Internet court also rules.';
    expect(named(text, [['Hangzhou Internet Court', 'authority:hangzhou']])).toEqual([
      ['Internet Court', 'authority:hangzhou'],
      ['Internet court', 'authority:hangzhou'],
    ]);
    const last = 'The Intermediate People’s Court of Shenzhen Municipality ruled; on appeal the Intermediate Court held.';
    expect(named(last, [['Intermediate People’s Court of Shenzhen Municipality', 'authority:shenzhen']])).toEqual([['Intermediate Court', 'authority:shenzhen']]);
  });

  it('reads nothing where two courts of the kind were named, in lower case, in a plural, or inside another court’s name', () => {
    const two = 'The Hangzhou Internet Court and the Beijing Internet Court opened. The Internet Court is busy.';
    expect(named(two, [['Hangzhou Internet Court', 'authority:hangzhou'], ['Beijing Internet Court', 'authority:beijing']])).toEqual([]);
    const others = 'The Hangzhou Internet Court opened; China has three internet courts, and the Guangzhou Internet Court and the Internet Court of Chengdu followed. Internet Courts are new.';
    expect(named(others, [['Hangzhou Internet Court', 'authority:hangzhou']])).toEqual([]);
  });

  it('takes no court named without a place, nor a court of another kind', () => {
    const text = 'The Supreme People’s Court and the Shanghai Maritime Court ruled. The People’s Court and the Internet Court agreed.';
    expect(named(text, [['Supreme People’s Court', 'authority:spc'], ['Shanghai Maritime Court', 'authority:maritime']])).toEqual([]);
  });
});
