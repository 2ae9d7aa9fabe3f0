import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { STATUSES } from '../../domain/status.js';
import type { Status } from '../api/types.js';

/**
 * The board's columns, in the order the status machine runs (PRODUCT.md §4). The web may not
 * import the domain's code, so the list is written out; `satisfies` makes it fail type-check
 * unless it is the domain's `STATUSES`, same statuses in the same order.
 */
export const COLUMNS = [
  'saved',
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
] as const satisfies typeof STATUSES;

/** The closed statuses: folded on the board until opened. */
export const CLOSED: ReadonlySet<Status> = new Set([
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
]);

/**
 * Keyboard moves jump a whole column: ← and → put the lifted card over the previous or next
 * status (in the status machine's order, wherever the column wrapped on screen), so "Space, →,
 * Space" moves a card one status on. dnd-kit's default moves 25 px per key press, which would
 * take several presses and land between columns.
 */
export const columnJump: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const { active, over, droppableRects, collisionRect } = context;
  if (step === 0 || active === null || collisionRect === null) return undefined;
  event.preventDefault();
  const from = (over?.id ?? active.data.current?.status) as Status | undefined;
  const target = from === undefined ? undefined : COLUMNS[COLUMNS.indexOf(from) + step];
  const rect = target === undefined ? undefined : droppableRects.get(target);
  if (rect === undefined) return undefined;
  return { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + 8 };
};
