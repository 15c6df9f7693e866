"use client";
// RapiDoc (a web component, bundled here: no CDN, works offline) renders the OpenAPI document.
// It needs no eval and styles its shadow DOM with constructable style sheets, so the app's CSP
// (nonce-based scripts and styles) stays as it is. "Try it" is off: the page only reads.
import { createElement, useEffect, useState } from "react";

export function ApiReference() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    import("rapidoc").then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  if (!ready)
    return (
      <p role="status" className="text-sm text-stone-500">
        Loading the API reference…
      </p>
    );
  return createElement("rapi-doc", {
    "spec-url": "/api/v1/openapi.json",
    "render-style": "view",
    "show-header": "false",
    "allow-try": "false",
    "allow-authentication": "false",
    "show-info": "false",
    "schema-style": "table",
    theme: "light",
    "bg-color": "#ffffff",
    "primary-color": "#0369a1",
    "regular-font": "system-ui, sans-serif",
    "mono-font": "ui-monospace, monospace",
    style: { height: "80vh", width: "100%" },
    "aria-label": "API reference",
  });
}
