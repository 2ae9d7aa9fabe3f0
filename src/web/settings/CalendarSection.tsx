import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.js';
import { ErrorNote } from '../components/Status.js';

/** What `GET /api/calendar` and its token routes answer: the feed's address while one exists. */
interface CalendarJson {
  url: string | null;
}

/**
 * The subscribable calendar feed (PRODUCT.md §10): its secret address, renew (a new token, the
 * old address stops working) and revoke. Hidden altogether while the server has no calendar
 * routes, so an older server never shows a broken section.
 */
export function CalendarSection() {
  const qc = useQueryClient();
  const cal = useQuery({
    queryKey: ['calendar'],
    queryFn: async () => {
      try {
        return await api.get<CalendarJson>('/api/calendar');
      } catch (e) {
        if (e instanceof ApiError && e.status === 404 && e.field === null) return null;
        throw e;
      }
    },
  });
  const renew = useMutation({
    mutationFn: () => api.post<CalendarJson>('/api/calendar/token'),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const revoke = useMutation({
    mutationFn: () => api.del<unknown>('/api/calendar/token'),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['calendar'] }),
  });
  if (cal.isPending || cal.data === null) return null;
  if (cal.isError) return <ErrorNote error={cal.error} />;
  const feed = cal.data.url;
  return (
    <section className="card settings-section" aria-labelledby="calendar-title" id="calendar">
      <h2 id="calendar-title">Calendar</h2>
      <p className="muted">
        Subscribe to your interviews and due actions, with reminders, in your calendar program. The
        address is a secret: anyone who has it can read the feed.
      </p>
      {feed === null ? (
        <p>No feed address yet.</p>
      ) : (
        <p>
          <span className="label">Feed address: </span>
          <code className="feed">{feed}</code>
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={renew.isPending}
          onClick={() => {
            renew.mutate();
          }}
        >
          {feed === null ? 'Create a feed address' : 'Renew the address'}
        </button>
        {feed !== null && (
          <button
            type="button"
            className="button button-quiet"
            disabled={revoke.isPending}
            onClick={() => {
              revoke.mutate();
            }}
          >
            Revoke
          </button>
        )}
      </div>
      <ErrorNote error={renew.error ?? revoke.error} />
    </section>
  );
}
