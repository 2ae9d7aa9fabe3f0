import {
  ChartColumn,
  House,
  Kanban,
  Layers,
  ListChecks,
  Menu,
  Plus,
  Scale,
  Settings,
  Users,
  X,
  type LucideIcon,
} from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';

interface NavItem {
  to: string;
  label: string;
  end: boolean;
  icon: LucideIcon;
}

const NAV: readonly NavItem[] = [
  { to: '/', label: 'Today', end: true, icon: House },
  { to: '/pipeline', label: 'Pipeline', end: false, icon: Kanban },
  { to: '/review', label: 'Review', end: false, icon: Layers },
  { to: '/contacts', label: 'Contacts', end: false, icon: Users },
  { to: '/insights', label: 'Insights', end: false, icon: ChartColumn },
  { to: '/offers', label: 'Offers', end: false, icon: Scale },
  { to: '/musts', label: 'Must-haves', end: false, icon: ListChecks },
  { to: '/settings', label: 'Settings', end: false, icon: Settings },
];

/**
 * The page shell: skip link, banner with the main navigation, the main region, a footer. On a
 * phone-wide window the navigation folds behind a Menu button so the banner keeps one line.
 */
export function Layout({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  const [open, setOpen] = useState(false);
  // After a client-side navigation, move focus to the new page so a screen reader reads it and
  // keyboard users start at the top, as a full page load would do.
  useEffect(() => {
    setOpen(false);
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
          <button
            type="button"
            className="button button-quiet menu-toggle"
            aria-expanded={open}
            aria-controls="main-nav"
            onClick={() => {
              setOpen(!open);
            }}
          >
            {open ? <X aria-hidden size={18} /> : <Menu aria-hidden size={18} />}
            Menu
          </button>
          <nav aria-label="Main" id="main-nav" className={open ? 'nav-wrap nav-open' : 'nav-wrap'}>
            <ul className="nav">
              {NAV.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.end}>
                    <n.icon aria-hidden size={16} />
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <NavLink to="/applications/new" className="button button-primary add-app">
            <Plus aria-hidden size={16} />
            <span className="add-app-long">Add application</span>
            <span className="add-app-short">Add</span>
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
