export * from "./outlets";
export * from "./fetch-runs";
export * from "./articles";
export * from "./app-meta";
export * from "./accounts";
export * from "./statements";
export * from "./framing";
export * from "./rollups";
