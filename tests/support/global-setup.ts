// Replaced by the store test harness (template databases); kept minimal until then.
export default async function setup(): Promise<void> {}
