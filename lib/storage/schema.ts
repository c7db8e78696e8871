/**
 * The one schema of everything TMT Lens stores, at the current version (see versions.ts).
 * Stored values are checked against it whenever they are read; older shapes are first brought
 * up to date by migrations.ts, and what still fails is set aside (read-stored-data.ts).
 */
import { z } from 'zod';
import { storedCodeSchema } from '../i18n/coded-message';
import { graphSchema, nodeTypeSchema } from '../graph/schema';
import { highlightSettingsSchema } from '../settings';
import { STORAGE_VERSION } from './versions';

export const timestampSchema = z.iso.datetime();
export const entryIdSchema = z.string().regex(/^(authority|document|case|topic):[a-z0-9][a-z0-9-]*$/);
/** Import ids are hashes of the newsletter's text (see lib/import/import-id.ts). */
export const importIdSchema = z.string().regex(/^[0-9a-f]{14}$/);
const currentVersion = z.literal(STORAGE_VERSION);

/** A note and/or a star on one entry. */
export const noteSchema = z.object({
  entryId: entryIdSchema,
  /**
   * The entry's name and type when the note was last saved: if a later import or build gives
   * the entry another id, the note still says what it was about instead of becoming a riddle.
   */
  entryName: z.string().min(1),
  entryType: nodeTypeSchema,
  text: z.string(),
  starred: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Note = z.infer<typeof noteSchema>;

/** `notes`: every note, one per entry. */
export const notesValueSchema = z.object({
  version: currentVersion,
  notes: z.array(noteSchema),
});
export type NotesValue = z.infer<typeof notesValueSchema>;

/** `import:<id>`: one imported newsletter, its text and the graph read from it. */
export const importRecordSchema = z
  .object({
    version: currentVersion,
    id: importIdSchema,
    /** The issue's title as the parser read it. */
    title: z.string(),
    /** The file it came from; absent when the text was pasted. */
    fileName: z.string().optional(),
    importedAt: timestampSchema,
    /**
     * The newsletter's text (HTML already reduced to text). Kept so a backup is complete and a
     * later version can read the newsletter again with its own parser.
     */
    text: z.string().min(1),
    /** News items the parser found. */
    items: z.number().int().nonnegative(),
    warnings: z.array(z.string()),
    graph: graphSchema,
  })
  .superRefine((record, context) => {
    // Every fact must cite this import: that is what lets removing it remove exactly its facts.
    const newsletter = `import:${record.id}`;
    const foreign = [...record.graph.nodes, ...record.graph.edges].some((part) => part.sources.some((source) => source.newsletter !== newsletter));
    if (foreign) context.addIssue({ code: 'custom', path: ['graph'], message: `every source must be ${newsletter}` });
  });
export type ImportRecord = z.infer<typeof importRecordSchema>;

/** `setAside:<key>:<hash>`: a stored value that failed validation, kept exactly as it was. */
export const setAsideRecordSchema = z.object({
  version: currentVersion,
  /** The key it was stored under. */
  from: z.string(),
  /** What was wrong with it, in English words a user can act on (records before codes have only these). */
  reason: z.string(),
  /** The same as a code and its values, which the page words in its language. */
  reasonCode: storedCodeSchema.optional(),
  at: timestampSchema,
  value: z.unknown(),
});
export type SetAsideRecord = z.infer<typeof setAsideRecordSchema>;

export { highlightSettingsSchema };

/** Everything the user owns, readable and at the current version: what backups hold. */
export const userDataSchema = z.object({
  /** Absent when nothing is stored (the defaults apply). */
  settings: z.optional(highlightSettingsSchema),
  notes: z.array(noteSchema),
  imports: z.array(importRecordSchema),
  setAside: z.array(z.object({ key: z.string(), record: setAsideRecordSchema })),
});
export type UserData = z.infer<typeof userDataSchema>;

export const EMPTY_USER_DATA: UserData = { notes: [], imports: [], setAside: [] };
