package quanze.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;

import quanze.engine.RuleMeta;
import quanze.model.Catalog;
import quanze.model.InputException;
import quanze.model.Item;
import quanze.model.Level;
import quanze.model.Principle;
import quanze.model.Problem;
import quanze.model.Role;
import quanze.report.Format;
import quanze.script.Lang;
import quanze.variant.Diff;

/**
 * The workbench's web server ({@code quanze serve}): one page, a JSON API behind it, and the HTML report of the
 * edited catalog.
 * <p>
 * Safe by default: it listens on the loopback address unless told otherwise; a request must name this server in
 * its {@code Host} (a web site that rebinds its own name to 127.0.0.1 does not) and, when it says where it comes
 * from, come from this server's own page; a request that changes anything must carry the token this start drew
 * (it is in the page, which another site cannot read), as JSON no larger than {@link #MAX_BODY} bytes, at most
 * {@link #MAX_EDITS} per {@link #WINDOW_MS} ms. Every edit is read as a variant file's would be, and refused with
 * a message and nothing changed when it does not read or apply; files are read and written only in the variants
 * folder, by name.
 */
public final class WorkbenchServer implements AutoCloseable {

    /** The largest request body (an edit is a few hundred bytes; an added item a few kB). */
    public static final int MAX_BODY = 64 * 1024;
    /** Requests that change state allowed per window: far above what a person clicks, far below a script's loop. */
    public static final int MAX_EDITS = 60;
    public static final long WINDOW_MS = 10_000;
    public static final String TOKEN_HEADER = "X-Quanze-Token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workbench wb;
    private final String token;
    private final Lang defaultLang;
    private final Set<String> hosts = new TreeSet<>();
    private final Deque<Long> recent = new ArrayDeque<>();
    private final ScheduledExecutorService watcher;
    private final Javalin app;
    private final String page;
    private final List<String> codes;

    private WorkbenchServer(Workbench wb, String host, int port, Lang lang, List<String> codes) {
        this.wb = wb;
        this.defaultLang = lang;
        this.codes = codes;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.page = resource("index.html");
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = MAX_BODY;
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            cfg.routes.before(this::guard);
            cfg.routes.get("/", this::page);
            cfg.routes.get("/api/state", ctx -> json(ctx, 200, state()));
            cfg.routes.get("/api/items", this::items);
            cfg.routes.get("/api/item", this::item);
            cfg.routes.get("/report", this::report);
            cfg.routes.post("/api/edit", ctx -> change(ctx, this::edit));
            cfg.routes.post("/api/undo", ctx -> change(ctx, body -> wb.undo()));
            cfg.routes.post("/api/load", ctx -> change(ctx, body -> wb.load(text(body, "name"))));
            cfg.routes.post("/api/save", ctx -> change(ctx, body -> {
                String saved = wb.save(text(body, "name"), optional(body, "title"), body.path("overwrite").asBoolean(false));
                Map<String, Object> out = state();
                out.put("saved", saved);
                return out;
            }));
            cfg.routes.exception(Refusal.class, (e, ctx) -> json(ctx, e.status, error(e.getMessage(), List.of())));
            cfg.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
                    json(ctx, e.getStatus(), error(e.getStatus() == 413 ? "the request is larger than " + MAX_BODY
                            + " bytes" : e.getStatus() == 404 ? "no such page: " + ctx.path() : e.getMessage(), List.of())));
            cfg.routes.exception(Exception.class, (e, ctx) -> json(ctx, 500, error("internal error: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), List.of())));
        });
        app.start();
        int actual = app.port();
        for (String h : List.of("127.0.0.1", "localhost", "[::1]", host.contains(":") ? "[" + host + "]" : host)) {
            hosts.add(h + ":" + actual);
        }
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "quanze-workbench-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(wb::reloadIfChanged, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts a server on {@code host}:{@code port} (0: any free port). */
    public static WorkbenchServer start(Workbench wb, String host, int port, Lang lang, List<RuleMeta> rules) {
        List<String> codes = new ArrayList<>(new TreeSet<>(rules.stream().map(RuleMeta::code)
                .filter(java.util.Objects::nonNull).toList()));
        return new WorkbenchServer(wb, host, port, lang, codes);
    }

    public int port() {
        return app.port();
    }

    /** The page's address, with a host that passes the Host check. */
    public String url() {
        return "http://" + hosts.iterator().next().replaceFirst(":\\d+$", "") + ":" + port() + "/";
    }

    String token() {
        return token;
    }

    private static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private interface Change {
        Object apply(JsonNode body) throws Exception;
    }

    /** Host, origin, and for requests that change state: token, JSON, size and rate. */
    private void guard(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new Refusal(403, "this server answers to " + String.join(", ", hosts) + " only, not to '" + host + "'");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !hosts.contains(origin.toLowerCase(Locale.ROOT).replaceFirst("^http://", ""))) {
            throw new Refusal(403, "requests from '" + origin + "' are refused: only this server's own page may send them");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.method().name().equals("POST")) return;
        String given = ctx.header(TOKEN_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(403, "missing or wrong " + TOKEN_HEADER + " header: changes are taken only from the page"
                    + " this server gave out (reload it)");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refusal(415, "a change is sent as application/json");
        }
        if (ctx.contentLength() > MAX_BODY) throw new Refusal(413, "the request is larger than " + MAX_BODY + " bytes");
        long now = System.currentTimeMillis();
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst() < now - WINDOW_MS) recent.pollFirst();
            if (recent.size() >= MAX_EDITS) {
                throw new Refusal(429, "more than " + MAX_EDITS + " changes in " + WINDOW_MS / 1000 + " s; wait a moment");
            }
            recent.addLast(now);
        }
    }

    /** Runs a change: bad input is a 400 with its problems, a refusal its own status; either way nothing changed. */
    private void change(Context ctx, Change change) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "the request is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) throw new Refusal(400, "the request is a JSON object");
        try {
            Object out = change.apply(body);
            json(ctx, 200, out instanceof Workbench.View ? state() : out);
        } catch (InputException e) {
            List<String> problems = e.problems().stream().map(Problem::toString).toList();
            Problem first = e.problems().get(0);
            // a problem of the edits themselves is said without its place in the draft the page does not show
            String said = first.at() != null && Workbench.EDITS.equals(first.at().file()) ? first.message()
                    : first.toString();
            json(ctx, 400, error("the edit was not applied: " + said
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems));
        } catch (Workbench.Refused e) {
            json(ctx, e.status(), error(e.getMessage(), List.of()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An edit from the page, as a draft with that edit. */
    private Object edit(JsonNode body) throws Exception {
        String op = text(body, "op");
        Draft d = wb.draft();
        Draft next = switch (op) {
            case "principle" -> d.principle(text(body, "key"), plain(field(body, "value")));
            case "item" -> d.item(text(body, "id"), object(body, "patch"));
            case "remove" -> d.remove(text(body, "id"));
            case "add" -> d.add(object(body, "item"));
            case "disable" -> d.disable(text(body, "rule"));
            default -> throw new Refusal(400, "unknown op '" + op + "' (expected principle, item, remove, add or disable)");
        };
        String step = switch (op) {
            case "principle" -> "principle." + text(body, "key");
            case "item" -> "items." + text(body, "id") + " " + String.join(", ", object(body, "patch").keySet());
            case "remove" -> "remove " + text(body, "id");
            case "add" -> "add " + object(body, "item").get("id");
            default -> "rules.disable " + text(body, "rule");
        };
        return wb.apply(next, step);
    }

    private static JsonNode field(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null) throw new Refusal(400, "missing field '" + key + "'");
        return v;
    }

    private static String text(JsonNode body, String key) {
        JsonNode v = field(body, key);
        if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > 200) {
            throw new Refusal(400, "'" + key + "' is a non-empty string of at most 200 characters");
        }
        return v.asText();
    }

    private static String optional(JsonNode body, String key) {
        JsonNode v = body.get(key);
        return v != null && v.isTextual() && v.asText().length() <= 200 ? v.asText() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JsonNode body, String key) {
        JsonNode v = field(body, key);
        if (!v.isObject() || v.isEmpty()) throw new Refusal(400, "'" + key + "' is a non-empty JSON object of fields");
        return (Map<String, Object>) plain(v);
    }

    /** A JSON value as the plain values a draft holds (numbers kept as numbers, text as text). */
    private static Object plain(JsonNode v) {
        return JSON.convertValue(v, Object.class);
    }

    private Lang lang(Context ctx) {
        String tag = ctx.queryParam("lang");
        for (Lang l : Lang.values()) if (l.tag().equals(tag)) return l;
        return defaultLang;
    }

    private void page(Context ctx) {
        Lang lang = lang(ctx);
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
                + " frame-src 'self'; frame-ancestors 'none'; connect-src 'self'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.html(page.replace("{{token}}", token).replace("{{lang}}", lang.tag()));
    }

    private void report(Context ctx) throws IOException {
        StringWriter w = new StringWriter();
        int n = wb.catalog().items().size();
        if (n > 5_000) {
            ctx.html("<!DOCTYPE html><meta charset=utf-8><p>The report of " + n + " items is"
                    + " too large to show here; run <code>quanze check --format html</code> for it.</p>");
            return;
        }
        Format.HTML.report(null, lang(ctx)).write(wb.result(), w);
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.html(w.toString());
    }

    /** Items whose id or name contains {@code q} (at most 50), for the page's search. */
    private void items(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").toLowerCase(Locale.ROOT);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Item i : wb.catalog().items()) {
            String name = i.name() == null ? "" : (i.name().zh() + " " + i.name().en());
            if (q.isEmpty() || i.id().toLowerCase(Locale.ROOT).contains(q) || name.toLowerCase(Locale.ROOT).contains(q)) {
                out.add(brief(i));
                if (out.size() == 50) break;
            }
        }
        json(ctx, 200, out);
    }

    private void item(Context ctx) {
        String id = ctx.queryParam("id");
        for (Item i : wb.catalog().items()) {
            if (i.id().equals(id)) {
                Map<String, Object> m = brief(i);
                m.put("traits", i.traits().stream().map(t -> t.key()).toList());
                m.put("scope", i.scope() == null ? null : i.scope().key());
                m.put("floor", i.floor() == null ? null : i.floor().id());
                m.put("level", i.declared() == null ? null : i.declared().level() == null ? null : i.declared().level().id());
                m.put("category", i.categoryId());
                json(ctx, 200, m);
                return;
            }
        }
        throw new Refusal(404, "no item '" + id + "' in the catalog");
    }

    private static Map<String, Object> brief(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("zh", i.name() == null ? null : i.name().zh());
        m.put("en", i.name() == null ? null : i.name().en());
        return m;
    }

    /** The view as the page reads it. */
    private Map<String, Object> state() {
        Workbench.View v = wb.view();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", v.version());
        out.put("catalog", wb.baseline().catalog().dir());
        out.put("millis", v.millis());
        out.put("incremental", v.incremental());
        out.put("problems", v.problems().stream().map(Problem::toString).toList());
        out.put("notice", v.notice());
        out.put("steps", v.steps());
        out.put("draft", v.draft());
        out.put("variants", v.variants());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("before", v.diff().before());
        summary.put("after", v.diff().after());
        out.put("summary", summary);
        Catalog now = wb.catalog();
        Map<String, Item> names = new LinkedHashMap<>();
        for (Item i : wb.baseline().catalog().items()) names.putIfAbsent(i.id(), i);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Diff.Change c : v.diff().changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", c.item());
            Item i = names.get(c.item());
            m.put("zh", i == null || i.name() == null ? null : i.name().zh());
            m.put("en", i == null || i.name() == null ? null : i.name().en());
            m.put("field", c.field());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("causes", c.causes());
            changes.add(m);
        }
        out.put("changes", changes);
        Principle p = now.principle();
        Map<String, Object> principle = new LinkedHashMap<>();
        principle.put("delegableTraits", p.delegableTraits().stream().map(t -> t.key()).sorted().toList());
        principle.put("blockingScopes", p.blockingScopes().stream().map(s -> s.key()).sorted().toList());
        Map<String, String> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) if (p.delegated().containsKey(r)) roles.put(r.key(), p.delegated().get(r));
        principle.put("delegated", roles);
        out.put("principle", principle);
        out.put("levels", now.levels().stream().map(Level::id).toList());
        out.put("categories", now.categories().stream().map(c -> c.id()).toList());
        out.put("codes", codes);
        out.put("items", now.items().size());
        return out;
    }

    private static Map<String, Object> error(String message, List<String> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("problems", problems);
        return m;
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status);
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = WorkbenchServer.class.getResourceAsStream("/quanze/workbench/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource quanze/workbench/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        app.stop();
        wb.close();
    }
}
