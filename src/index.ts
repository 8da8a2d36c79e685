// Placeholder entry, replaced by src/action/.
export {};
