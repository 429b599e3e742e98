/** What keeps a scorecard from being saved or imported: a sentence, then each problem with where it is. */
export function TemplateProblems({ intro, problems }: { intro: string; problems: readonly string[] }) {
  return (
    <>
      <p>{intro}</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </>
  );
}
