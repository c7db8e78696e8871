/**
 * A message lib/ produces for the user, without wording it: lib/ runs in Node and in every
 * extension context and cannot know the UI's language, so it says what happened as a code and
 * the values the sentence needs, and the page words it with t() (components/i18n/coded-wording.ts).
 * `message` is the same sentence in English, for logs, the graph builder's console and tests.
 */
import { z } from 'zod';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface CodedMessage<Code extends string = string> {
  code: Code;
  params?: MessageParams;
  message: string;
}

export function coded<Code extends string>(code: Code, message: string, params?: MessageParams): CodedMessage<Code> {
  return params === undefined ? { code, message } : { code, params, message };
}

/** A code and its values as stored inside a record, where the English sentence is stored beside it. */
export const storedCodeSchema = z.object({
  code: z.string().min(1).max(100),
  params: z.record(z.string(), z.union([z.string().max(2000), z.number()])).optional(),
});
export type StoredCode = z.infer<typeof storedCodeSchema>;
