package quanze.found;

import quanze.model.Location;

/** QZ140: posts that do not move with functions: functions taken without posts, or posts without functions. */
public record PostsApart(Apart apart) implements Found {

    @Override
    public String itemId() {
        return apart.take().taker();
    }

    @Override
    public Location location() {
        return apart.take().location();
    }

    @Override
    public String message() {
        var t = apart.take();
        return apart.functionsOnly()
                ? "'" + t.taker() + "' takes over functions of '" + t.giver() + "' without its posts ("
                        + (t.posts() == null ? "no posts stated, while '" + t.giver() + "' has posts" : "0 posts")
                        + ", and postsWith names no unit that holds them)"
                : "'" + t.taker() + "' takes " + t.posts() + " posts of '" + t.giver() + "' without any of its"
                        + " functions, and no unit that takes its functions says its staff's posts are here"
                        + " (postsWith)";
    }
}
