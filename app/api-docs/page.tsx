import type { Metadata } from "next";
import { PageHeader } from "../_components/page-header";
import { ApiReference } from "./api-reference";

export const metadata: Metadata = { title: "API reference" };

export default function ApiDocsPage() {
  return (
    <div>
      <PageHeader title="API reference">
        Every <code>/api/v1</code> route with its request and answer shapes and error codes, read from the{" "}
        <a href="/api/v1/openapi.json" className="underline">
          OpenAPI 3.1 document
        </a>{" "}
        (generated from the schemas that validate requests). Send <code>Authorization: Bearer &lt;token&gt;</code> (Settings → API tokens) to write.
      </PageHeader>
      <ApiReference />
    </div>
  );
}
