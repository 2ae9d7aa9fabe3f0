import { useEffect, type ReactNode } from 'react';
import { errorText } from '../api/client.js';

export const Loading = ({ what = 'Loading' }: { what?: string }) => (
  <p className="muted" role="status">
    {what}…
  </p>
);

/** An error the user should read: announced at once, with the server's own words. */
export const ErrorNote = ({ error, title }: { error: unknown; title?: string }) =>
  error === null || error === undefined ? null : (
    <div className="notice notice-error" role="alert">
      {title !== undefined && <strong>{title} </strong>}
      {errorText(error)}
    </div>
  );

export const Notice = ({ children }: { children: ReactNode }) => (
  <div className="notice notice-ok" role="status">
    {children}
  </div>
);

/** Sets the tab title; each page calls it once with its own name. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Afterview`;
  }, [title]);
}
