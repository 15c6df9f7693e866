export const KIND_LABEL = {
  PERSON: "Person",
  ORGANISATION: "Organisation",
  UNNAMED_GROUP: "Unnamed",
} as const;
