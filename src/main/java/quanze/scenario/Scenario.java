package quanze.scenario;

import quanze.catalog.Node;
import quanze.model.Location;

/**
 * One scenario of a rules/tests/*.yaml file: a sentence that names it, what is given (a partial item, a
 * principle override, or a whole small catalog), and what the rules must then derive.
 */
public record Scenario(String name, Node.MapNode given, Node.MapNode expect, Location location) {
}
