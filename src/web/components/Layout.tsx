import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/pipeline', label: 'Pipeline', end: false },
  { to: '/offers', label: 'Offers', end: false },
  { to: '/musts', label: 'Must-haves', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const;

/** The page shell: skip link, banner with the main navigation, the main region, a footer. */
export function Layout({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // After a client-side navigation, move focus to the new page so a screen reader reads it and
  // keyboard users start at the top, as a full page load would do.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="banner">
        <div className="banner-inner">
          <NavLink to="/" className="brand">
            Afterview
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.end}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <NavLink to="/applications/new" className="button button-primary">
            Add application
          </NavLink>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>Your data stays on this computer. Afterview never writes to an employer on its own.</p>
      </footer>
    </>
  );
}
