/** Placeholder replaced by the database prerequisites check. */
export default function setup() {}
