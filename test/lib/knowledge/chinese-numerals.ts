/** Numbers written in Chinese numerals in a text (七十, 十六, 二〇二五, 五千, 三百萬), as values. */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000, 亿: 1e8, 億: 1e8 };
const NUMERAL = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/g;

function valueOf(numeral: string): number {
  // 二〇二五: digit by digit, as years are written.
  if (![...numeral].some((char) => char in UNITS)) return Number([...numeral].map((char) => DIGITS[char]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of numeral) {
    if (char in DIGITS) digit = DIGITS[char]!;
    else if (char === '万' || char === '萬' || char === '亿' || char === '億') {
      // 每万人: 万 alone is ten thousand.
      total += (section + digit || 1) * UNITS[char]!;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * UNITS[char]!;
      digit = 0;
    }
  }
  return total + section + digit;
}

export function chineseNumeralsIn(text: string): number[] {
  return (text.match(NUMERAL) ?? []).map(valueOf);
}
