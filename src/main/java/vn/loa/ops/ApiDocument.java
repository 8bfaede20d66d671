package vn.loa.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Room: operations. Shapes the OpenAPI document Quarkus builds from the JAX-RS resources ({@code /q/openapi}): only
 * {@code /api} stays (the pages under {@code /ui} and {@code /c} are HTML, not API), every operation is tagged with
 * the feature its path belongs to, and the document declares how to sign in: HTTP basic or an API token
 * ({@code Authorization: Bearer loa_…}). The audio download is the one operation without a login.
 */
public final class ApiDocument implements OASFilter {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    /** Each feature tag and what it covers. */
    static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("bulletin", "Bulletins: write, submit, approve or reject (four eyes), recordings"),
            Map.entry("audio", "Speech voices and the audio store"),
            Map.entry("broadcast", "Broadcasts on receivers, villages or communes; deliveries and their states"),
            Map.entry("emergency", "The emergency fast path and corrections"),
            Map.entry("template", "Pre-approved emergency templates"),
            Map.entry("programme", "Recurring schedules (RRULE) and programme slots with their playlists"),
            Map.entry("testbroadcast", "Scheduled test broadcasts and their reports"),
            Map.entry("portal", "E-portal feeds and their articles as draft suggestions"),
            Map.entry("upward", "The upward report for the province and its push targets and outbox"),
            Map.entry("receiver", "The receiver registry, presence and the fleet"),
            Map.entry("control", "Operator commands to receivers: stop, rotate-key, reconcile"),
            Map.entry("signing", "The controller's signing key and its rotation"),
            Map.entry("report", "The broadcast log: JSON, CSV, XLSX"),
            Map.entry("area", "Provinces, communes, villages, quiet hours"),
            Map.entry("audit", "The tamper-evident audit trail"),
            Map.entry("alert", "Security events: refused commands, forged acks, locked logins"),
            Map.entry("security", "Users, roles and login lockout"),
            Map.entry("token", "API tokens and service accounts"),
            Map.entry("cap", "CAP 1.2 alerts from trusted senders"),
            Map.entry("dispatch", "MQTT broker files (Mosquitto password file and ACL)"),
            Map.entry("other", "Not yet sorted into a feature"));

    /** First path segment after {@code /api} to its feature tag. */
    static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("bulletins", "bulletin"), Map.entry("voices", "audio"), Map.entry("audio", "audio"),
            Map.entry("broadcasts", "broadcast"), Map.entry("emergencies", "emergency"),
            Map.entry("templates", "template"), Map.entry("series", "programme"), Map.entry("receivers", "receiver"),
            Map.entry("fleet", "receiver"), Map.entry("stop", "control"), Map.entry("reconcile", "control"),
            Map.entry("control-commands", "control"), Map.entry("keys", "signing"), Map.entry("logs", "report"),
            Map.entry("areas", "area"), Map.entry("audit", "audit"), Map.entry("security-events", "alert"),
            Map.entry("users", "security"), Map.entry("me", "security"), Map.entry("tokens", "token"),
            Map.entry("cap", "cap"), Map.entry("broker", "dispatch"), Map.entry("slots", "programme"),
            Map.entry("test-reports", "testbroadcast"), Map.entry("portal", "portal"),
            Map.entry("portal-feeds", "portal"), Map.entry("upward", "upward"), Map.entry("upward-report", "upward"));

    @Override
    public void filterOpenAPI(final OpenAPI openAPI) {
        final Paths paths = openAPI.getPaths();
        final Map<String, String> tags = new TreeMap<>();
        if (paths != null && paths.getPathItems() != null) {
            for (final String path : List.copyOf(paths.getPathItems().keySet())) {
                if (!path.startsWith("/api/")) {
                    paths.removePathItem(path);
                    continue;
                }
                final String tag = featureOf(path);
                tags.put(tag, TAGS.get(tag));
                for (final Operation op : operations(paths.getPathItem(path))) {
                    op.setTags(new ArrayList<>(List.of(tag)));
                    if (path.startsWith("/api/audio/")) {
                        op.setSecurity(new ArrayList<>()); // receivers download without an account
                    }
                }
            }
        }
        openAPI.setTags(new ArrayList<>(tags.entrySet().stream()
                .map(e -> (Tag) OASFactory.createTag().name(e.getKey()).description(e.getValue())).toList()));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("User name and password (sent up front: Loa gives no challenge)"))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("loa_…")
                        .description("An API token from /api/tokens or /ui/tokens: Authorization: Bearer loa_…"));
        final List<SecurityRequirement> either = new ArrayList<>();
        either.add(OASFactory.createSecurityRequirement().addScheme(BASIC));
        either.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        openAPI.setSecurity(either);
    }

    /** The feature tag of an {@code /api/...} path; a path no row knows is tagged {@code other} (the test flags it). */
    static String featureOf(final String path) {
        final String rest = path.substring("/api/".length());
        final int slash = rest.indexOf('/');
        return FEATURES.getOrDefault(slash < 0 ? rest : rest.substring(0, slash), "other");
    }

    private static List<Operation> operations(final PathItem item) {
        return item.getOperations() == null ? List.of() : List.copyOf(item.getOperations().values());
    }
}
