/**
 * The layout of everything TMT Lens keeps in extension storage (`browser.storage.local`), by
 * version. Each versioned value carries its own `version`, so a value can be read, migrated,
 * backed up or set aside on its own.
 *
 * 0 — before storage was versioned: `highlightSettings` only (lib/settings.ts), no version field.
 * 1 — adds the user's own data: `notes` (notes and stars on entries), one `import:<id>` per
 *     imported newsletter, and `setAside:<key>:<hash>` for stored values that failed validation.
 *     `highlightSettings` keeps its version-0 shape and key: the content script reads it as is.
 *
 * A new version adds its step to lib/storage/migrations.ts and a fixture to the migration tests;
 * nothing else reads old shapes.
 */
export const STORAGE_VERSION = 1;
