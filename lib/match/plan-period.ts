/**
 * The start of the years a plan runs, after its title: 2015-, 2023—, 2023年—, 2024至 (…实施方案(2024-2025年)).
 * Shared by the names' variants (zh-variants.ts, on folded text) and the page's recogniser
 * (page-recogniser.ts, on the page's own text, where a full-width dash may stand).
 */
export const PLAN_PERIOD_START = String.raw`(?:19|20)\d\d\s*年?\s*(?:[-－–—~～至到]|——)`;
