/**
 * Your data (PRODUCT.md §11): download everything as one JSON file, the same file the export
 * writes, which an import restores into a new home byte for byte.
 */
export function DataSection() {
  return (
    <section className="card settings-section" aria-labelledby="data-title" id="data">
      <h2 id="data-title">Your data</h2>
      <p className="muted">
        Everything you recorded (applications, interviews, plans, messages, debriefs, offers,
        settings) as one file you keep. It leaves out your SMTP password and the calendar feed
        address: give them again after you restore it.
      </p>
      <div className="button-row">
        <a className="button" href="/api/export" download>
          Download everything (JSON)
        </a>
      </div>
    </section>
  );
}
