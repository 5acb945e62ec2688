export default function Flash({ sp }: { sp: Record<string, string | undefined> }) {
  if (sp.err)
    return (
      <div className="alert" role="alert">
        {sp.err}
      </div>
    );
  if (sp.ok)
    return (
      <div className="notice" role="status">
        {sp.ok}
      </div>
    );
  return null;
}
