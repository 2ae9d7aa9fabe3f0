import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../api/client.js';
import { useChangeStatus } from '../api/queries.js';
import type { PipelineCardJson, Status } from '../api/types.js';
import { ChevronsLeftRight, Clock, Hourglass } from 'lucide-react';
import { formatDate, formatWhen, STATUS_LABEL } from '../lib/format.js';
import { CLOSED, COLUMNS, columnJump } from './columns.js';

const nameOf = (a: PipelineCardJson): string => `${a.company}, ${a.role}`;

/**
 * The pipeline as a board: one column per status. A card moves by dragging its handle with a
 * pointer, or from the keyboard: focus the handle, Space to lift, ← → to pick a column, Space to
 * drop (Escape cancels). The move is the API's status change, so an illegal move (backwards, out
 * of a final status) is refused there and its message shown here.
 */
export function Board({ apps }: { apps: readonly PipelineCardJson[] }) {
  const change = useChangeStatus();
  // Where a card was dropped, shown at once while the server decides.
  const [pending, setPending] = useState<ReadonlyMap<number, Status>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  // The closed statuses start folded, so the open ones fit a laptop screen side by side.
  const [open, setOpen] = useState<ReadonlySet<Status>>(new Set());
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump, scrollBehavior: 'auto' }),
  );
  const byId = new Map(apps.map((a) => [String(a.id), a]));
  const label = (id: string | number): string => {
    const a = byId.get(String(id));
    return a === undefined ? 'the card' : nameOf(a);
  };
  const column = (id: string | number | undefined): string =>
    id === undefined ? 'no column' : STATUS_LABEL[id as Status];
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${label(active.id)}.`,
    onDragOver: ({ active, over }) => `${label(active.id)} is over ${column(over?.id)}.`,
    onDragEnd: ({ active, over }) =>
      over === null
        ? `${label(active.id)} was dropped outside the columns; nothing changed.`
        : `${label(active.id)} was dropped on ${column(over.id)}.`,
    onDragCancel: ({ active }) => `Moving ${label(active.id)} was cancelled; nothing changed.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const app = byId.get(String(active.id));
    if (app === undefined || over === null) return;
    const to = over.id as Status;
    if (to === (pending.get(app.id) ?? app.status)) return;
    setProblem(null);
    setPending((m) => new Map(m).set(app.id, to));
    const settle = () => {
      setPending((m) => {
        const next = new Map(m);
        next.delete(app.id);
        return next;
      });
    };
    change.mutate(
      { id: app.id, status: to },
      {
        onSuccess: settle,
        onError: (e) => {
          settle();
          setProblem(`${nameOf(app)} stays ${STATUS_LABEL[app.status]}: ${errorText(e)}`);
        },
      },
    );
  };

  return (
    <>
      <p className="hint" id="board-help">
        To move a card with the keyboard, focus its handle, press Space, pick a column with ← and →,
        and press Space again (Escape cancels).
      </p>
      <div role="alert" className={problem === null ? 'visually-hidden' : 'notice notice-error'}>
        {problem}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={rectIntersection}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'Press Space to lift the card. Use the left and right arrow keys to choose a status, Space to drop it there, Escape to cancel.',
          },
        }}
      >
        <div className="board">
          {COLUMNS.map((s) => (
            <Column
              key={s}
              status={s}
              apps={apps.filter((a) => (pending.get(a.id) ?? a.status) === s)}
              folded={CLOSED.has(s) && !open.has(s)}
              onFold={
                CLOSED.has(s)
                  ? () => {
                      setOpen((o) => {
                        const n = new Set(o);
                        if (n.has(s)) n.delete(s);
                        else n.add(s);
                        return n;
                      });
                    }
                  : undefined
              }
            />
          ))}
        </div>
      </DndContext>
    </>
  );
}

interface ColumnProps {
  status: Status;
  apps: readonly PipelineCardJson[];
  folded: boolean;
  /** Folds or unfolds a closed status; absent for the open ones. */
  onFold: (() => void) | undefined;
}

/**
 * Cards a column shows until asked for all: a column of hundreds is read by search in the list
 * view, and each card is a draggable whose rendering kept the board of 500 from painting within
 * the 100 ms target after the API answered.
 */
const SHOWN = 30;

function Column({ status, apps, folded, onFold }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const [all, setAll] = useState(false);
  const titleId = `column-${status}`;
  const shown = all ? apps : apps.slice(0, SHOWN);
  return (
    <section
      ref={setNodeRef}
      className={`column${isOver ? ' column-over' : ''}${folded ? ' column-folded' : ''}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="column-title">
        {STATUS_LABEL[status]} <span className="count">{apps.length}</span>
      </h2>
      {onFold !== undefined && (
        <button
          type="button"
          className="button button-quiet fold"
          aria-expanded={!folded}
          aria-controls={`${titleId}-cards`}
          onClick={onFold}
        >
          <ChevronsLeftRight aria-hidden size={16} />
          <span className="visually-hidden">
            {folded ? 'Show' : 'Hide'} {STATUS_LABEL[status]}
          </span>
        </button>
      )}
      {!folded && (
        <ul className="cards" id={`${titleId}-cards`}>
          {shown.map((a) => (
            <Card key={a.id} app={a} />
          ))}
        </ul>
      )}
      {!folded && shown.length < apps.length && (
        <button
          type="button"
          className="button button-quiet show-all"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {apps.length}
          <span className="visually-hidden"> {STATUS_LABEL[status]}</span>
        </button>
      )}
    </section>
  );
}

function Card({ app }: { app: PipelineCardJson }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: String(app.id),
    data: { status: app.status },
  });
  // The handle is the draggable button and the name a plain link next to it: a link inside a
  // button would be a nested control no screen reader can use.
  return (
    <li
      ref={setNodeRef}
      className={`board-card${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform) }}
      data-app-id={app.id}
    >
      <button
        type="button"
        className="handle"
        {...attributes}
        {...listeners}
        aria-label={`Move ${nameOf(app)} (${STATUS_LABEL[app.status]})`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="card-body">
        <Link to={`/applications/${String(app.id)}`} className="card-link">
          <span className="card-company">{app.company}</span>
          <span className="card-role">{app.role}</span>
        </Link>
        {app.next_action !== null && (
          <p className="card-next">
            <Clock aria-hidden size={14} />
            <span>
              {app.next_action.title}
              <span className="card-due"> · due {formatWhen(app.next_action.due)}</span>
            </span>
          </p>
        )}
        <p className="card-meta">
          {app.stale && (
            <span className="badge badge-stale">
              <Hourglass aria-hidden size={12} /> Stale
            </span>
          )}{' '}
          Last activity {formatDate(app.last_activity)}
        </p>
      </div>
    </li>
  );
}
