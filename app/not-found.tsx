import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">There is nothing at this address. It may have been removed, or the link is mistyped.</p>
      <p className="mt-4">
        <Link href="/" className="underline">
          Back to Hindsight's home page
        </Link>
      </p>
    </div>
  );
}
