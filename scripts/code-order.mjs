// Code-unit order for what the build writes (knowledge files, licence notices, the README's rule list): the
// same on every builder, where `localeCompare` follows the locale (under Lithuanian collation `y` sorts
// between `i` and `k`), and dist/ would differ from one machine to the next.
export const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
