export function NotAllowed({ role, doing }: { role: string; doing: string }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-12 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-stone-600">
        Only {role}s and above may {doing}. Ask an admin if you need to.
      </p>
    </div>
  );
}
