interface Report {
  ok: boolean;
  title: string;
  lines: readonly string[];
}

/**
 * What an import or export did, in words. Both live regions are always there, empty until a report arrives: text
 * put into a region that already exists is announced; a region added together with its text often is not.
 */
export function TransferReport({ report }: { report: Report | undefined }) {
  const box = (tone: string, r: Report) => (
    <div data-testid="import-report" className={`rounded-md p-3 text-sm ${tone}`}>
      <p className="font-semibold">{r.title}</p>
      {r.lines.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {r.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
  // empty:mb-0: an empty region takes no room in its parent's space-y column.
  return (
    <>
      <div role="status" className="empty:mb-0">
        {report?.ok && box('bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100', report)}
      </div>
      <div role="alert" className="empty:mb-0">
        {report && !report.ok && box('bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100', report)}
      </div>
    </>
  );
}
