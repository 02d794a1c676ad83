/** Why something did not happen, read out at once; nothing at all when there is nothing to say. */
export function AlertLine({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice" role="alert">
      {message}
    </p>
  );
}
