package quanze.found;

import quanze.model.Take;

/**
 * Derived: a take in which posts and functions part ways; {@code functionsOnly}: functions taken without posts,
 * else posts taken without functions.
 */
public record Apart(Take take, boolean functionsOnly) {
}
