package quanze.model;

import java.util.List;

/**
 * One entry of a unit's {@code takes:}: the {@code taker} takes over {@code functions} of the unit {@code giver}
 * (null: all of them; empty: none, only posts), with {@code posts} of its posts (编制; null when not stated), or with
 * its posts held by {@code postsWith} (上挂: the staff work here, their posts sit with a district department).
 */
public record Take(String taker, String giver, List<String> functions, Integer posts, String postsWith,
                   Location location) {

    /** The hash of who takes from whom, where: a record's own hash would read the lists of every take it meets. */
    @Override
    public int hashCode() {
        return 31 * (31 * taker.hashCode() + giver.hashCode()) + location.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Take t && taker.equals(t.taker) && giver.equals(t.giver)
                && location.equals(t.location) && java.util.Objects.equals(functions, t.functions)
                && java.util.Objects.equals(posts, t.posts) && java.util.Objects.equals(postsWith, t.postsWith);
    }

    /** Whether it takes over function {@code f}. */
    public boolean covers(String f) {
        return functions == null || functions.contains(f);
    }

    /** Whether it takes over any function. */
    public boolean takesFunctions() {
        return functions == null || !functions.isEmpty();
    }

    /**
     * Whether it takes functions without posts from a giver with {@code giverPosts}: it says 0 posts, or says none
     * while the giver has some; never when its posts are held elsewhere ({@code postsWith}).
     */
    public boolean functionsWithoutPosts(Integer giverPosts) {
        if (!takesFunctions() || postsWith != null) return false;
        return posts != null ? posts == 0 : giverPosts != null && giverPosts > 0;
    }

    /** Whether it takes posts and no function. */
    public boolean postsWithoutFunctions() {
        return !takesFunctions() && posts != null && posts > 0;
    }
}
