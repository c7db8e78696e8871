/**
 * A message with elements in it (a link, a <kbd>, emphasis): the message keeps the sentence
 * whole, with `{name}` where each element goes, so a translation can move them.
 */
import { Fragment, type ReactNode } from 'react';
import type { MessageKey, Translate } from '../../lib/i18n/translate';

/** Private-use characters around each part's number: nothing a message file or a name contains. */
const MARK = '\uE000';

export function richText(t: Translate, key: MessageKey, parts: Readonly<Record<string, ReactNode>>): ReactNode {
  const names = Object.keys(parts);
  const marks = Object.fromEntries(names.map((name, position) => [name, `${MARK}${position}${MARK}`]));
  const text = (t as unknown as (key: string, named: object) => string)(key, marks);
  return text.split(new RegExp(`${MARK}(\\d+)${MARK}`)).map((piece, position) =>
    position % 2 === 1 ? <Fragment key={position}>{parts[names[Number(piece)]!]}</Fragment> : piece,
  );
}
