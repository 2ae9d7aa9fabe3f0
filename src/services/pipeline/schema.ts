import { z } from 'zod';
import { countOrText, opt } from '../input.js';

/** `GET /api/pipeline`: how many applications the board shows (most recently active first). */
export const pipelineInput = z.object({ limit: opt(countOrText(1, 1000)) });
export type PipelineInput = z.output<typeof pipelineInput>;
