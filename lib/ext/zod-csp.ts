/**
 * Imported first by every entrypoint. MV3's content security policy forbids `new Function`,
 * which zod 4 otherwise uses to speed up object parsing; jitless mode avoids it.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
