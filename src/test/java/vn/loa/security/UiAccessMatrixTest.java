package vn.loa.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * Every web page under {@code /ui} and every form it posts, for anonymous and the four roles, on something inside the
 * caller's area and on something outside it: the web UI's twin of {@link AccessMatrixTest}. Two communes in one
 * province: the callers (ui.staff, ui.approver, ui.official, logged in through the form login) work in "Xã Trong";
 * "Xã Ngoài" holds the outside fixtures, made by its own staff and approver. {@code admin} acts everywhere.
 *
 * <p>Each expectation is five tokens, for anonymous, staff, approver, official and admin: a status code, optionally
 * followed by {@code +} (the page mentions the row's marker) or {@code -} (it does not). Anonymous callers are sent
 * to the login page (302 to {@code /ui/login}, checked). Forms are posted with the session's valid CSRF token; a
 * form that needs a one-time form token takes it from the row's token page when the caller may open it.
 * Placeholders in braces take the fixture of the side being tested; {@code draft} and {@code submitted} are made
 * fresh for each case.
 */
@QuarkusTest
class UiAccessMatrixTest {

    private static final String[] CALLERS = {null, "ui.staff", "ui.approver", "ui.official", "admin"};
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDateTime PLAY_AT = LocalDateTime.now(HCM).plusDays(3).withSecond(0).withNano(0);
    /** The body {@code {wav}}: a short WAV recording, sent as {@code audio/wav} with the X-CSRF-TOKEN header. */
    private static final String WAV = "{wav}";
    private static final byte[] WAV_BYTES = vn.loa.audio.RecordingFixtures.wav(16_000, 1, 1_000, -20);
    private static final String BULLETIN_FORM = "title=Họp thôn {name}&text=The meeting starts at nine.&language=en"
            + "&priority=routine&action=save&formToken={formToken}";
    private static final String SCHEDULE_FORM = "formToken={formToken}&date=" + PLAY_AT.toLocalDate() + "&time="
            + PLAY_AT.format(DateTimeFormatter.ofPattern("HH:mm")) + "&receivers={rx}";

    private static final String CANCEL_FORM = "formToken={formToken}&reason=Lệnh đã được dỡ bỏ&confirm=yes";
    private static final String STOP_FORM = "formToken={formToken}&confirm=yes";
    /** A daily slot in the side's village, one minute long, at a fresh minute of the day after PLAY_AT. */
    private static final String SLOT_FORM = "formToken={formToken}&areaId={village}&name=Bản tin {name}&day="
            + PLAY_AT.toLocalDate().plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + "&time={slotTime}&days=1&minutes=1&pause=2";
    private static final String TOKEN_FORM = "formToken={formToken}&name=ui-{name}&days=30";
    private static final String EMERGENCY_FORM = "formToken={formToken}&title=Khẩn {name}&text=Flood now.&language=en"
            + "&area={village}";
    private static final String CORRECTION_FORM = "formToken={formToken}&text=Đính chính: lũ đã rút.&language=vi";
    /** A trusted CAP sender with a fresh EC public key (PEM; the fields are encoded when sent). */
    /** An e-portal feed of the side's commune, at a port where nothing listens (never polled here). */
    private static final String PORTAL_FEED_FORM = "formToken={formToken}&url=http://127.0.0.1:9/{name}.rss"
            + "&area={commune}&name=";
    private static final String CAP_SENDER_FORM = "formToken={formToken}&sender={name}@canhbao.vn&key=" + capKey();

    private static String capKey() {
        try {
            final java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
            g.initialize(256);
            return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getEncoder()
                    .encodeToString(g.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
    private static final String TEMPLATE_FORM = "formToken={formToken}&title=Mẫu {name}&text=Lũ về lúc {gio_1}."
            + "&language=vi&priority=emergency&blankName=gio_1&blankLabel=Giờ&blankKind=time";
    private static final String SEND_FORM = "formToken={formToken}&blank=gio_1&fill=07:30&area={village}&confirm=yes";

    private record Row(String method, String path, String form, String tokenPage, String marker, String inside,
            String outside) {
    }

    private static Row row(final String method, final String path, final String form, final String tokenPage,
            final String marker, final String inside, final String outside) {
        return new Row(method, path, form, tokenPage, marker, inside, outside);
    }

    //               method  path                                     form             token page                          marker            inside                     outside
    private static final List<Row> MATRIX = List.of(
            // lists first, while the fixtures are still among the newest things
            row("GET",  "/ui/bulletins",                           null,            null,                               "{bulletinTitle}", "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/broadcasts",                          null,            null,                               "{bulletinTitle}", "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/approvals",                           null,            null,                               "{pendingTitle}", "302 403 200+ 403 403",    "302 403 200- 403 403"),
            row("GET",  "/ui/fleet",                               null,            null,                               "{rx}",          "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/receivers/import",                    null,            null,                               null,            "302 403 403 403 200",     "302 403 403 403 200"),
            row("GET",  "/ui/log?receiver={rx}",                   null,            null,                               "{bulletinTitle}", "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/log/export.csv?receiver={rx}",        null,            null,                               "{bulletinTitle}", "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/log/export.xlsx",                     null,            null,                               null,            "302 200 200 200 200",     "302 200 200 200 200"),
            row("GET",  "/ui",                                     null,            null,                               null,            "302 200 200 200 200",     "302 200 200 200 200"),
            row("GET",  "/ui/login",                               null,            null,                               null,            "200 200 200 200 200",     "200 200 200 200 200"),
            // the public commune page and podcast: no login, the same for everyone (the demo commune Lũng Cú)
            row("GET",  "/c/xa-lung-cu",                           null,            null,                               null,            "200 200 200 200 200",     "200 200 200 200 200"),
            row("GET",  "/c/xa-lung-cu/podcast.rss",               null,            null,                               null,            "200 200 200 200 200",     "200 200 200 200 200"),
            row("GET",  "/ui/bulletins/new",                       null,            null,                               null,            "302 200 403 403 403",     "302 200 403 403 403"),
            row("GET",  "/ui/bulletins/{bulletin}",                null,            null,                               "{bulletinTitle}", "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            row("GET",  "/ui/bulletins/{draft}/edit",              null,            null,                               null,            "302 200 403 403 403",     "302 404 403 403 403"),
            row("GET",  "/ui/bulletins/{bulletin}/schedule",       null,            null,                               null,            "302 200 403 403 403",     "302 404 403 403 403"),
            row("GET",  "/ui/broadcasts/{broadcast}",              null,            null,                               "{rx}",          "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            row("GET",  "/ui/broadcasts/{broadcast}/rows",         null,            null,                               "{rx}",          "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            row("GET",  "/ui/broadcasts/{broadcast}/cancel",       null,            null,                               null,            "302 200 200 403 403",     "302 404 404 404 403"),
            row("GET",  "/ui/broadcasts/{broadcast}/stop",         null,            null,                               "{rx}",          "302 200+ 200+ 403- 200+", "302 404- 404- 404- 200+"),
            // forms
            row("POST", "/ui/bulletins",                           BULLETIN_FORM,   "/ui/bulletins/new",                null,            "302 303 403 403 403",     "302 303 403 403 403"),
            row("POST", "/ui/bulletins/{draft}",                   BULLETIN_FORM,   null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/bulletins/{draft}/public",            "public=no",     null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/bulletins/{draft}/submit",            "",              null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/bulletins/{submitted}/preview",       "",              null,                               null,            "302 303 303 403 403",     "302 404 404 403 403"),
            row("PUT",  "/ui/bulletins/{draft}/recording",         WAV,             null,                               null,            "302 200 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/bulletins/estimate",                  "text=Họp thôn lúc 7 giờ.&language=vi&priority=routine", null, null, "302 200 403 403 403", "302 200 403 403 403"),
            row("POST", "/ui/approvals/{submitted}/listen",        "",              null,                               null,            "302 403 303 403 403",     "302 403 404 403 403"),
            row("POST", "/ui/approvals/{submitted}/approve",       "",              null,                               null,            "302 403 303 403 403",     "302 403 404 403 403"),
            row("POST", "/ui/approvals/{submitted}/reject",        "reason=Nói rõ thôn nào", null,                      null,            "302 403 303 403 403",     "302 403 404 403 403"),
            row("POST", "/ui/bulletins/{insideBulletin}/schedule", SCHEDULE_FORM,   "/ui/bulletins/{insideBulletin}/schedule", null,     "302 303 403 403 403",     "302 403 403 403 403"),
            row("POST", "/ui/broadcasts/{freshBroadcast}/cancel",  CANCEL_FORM,     "/ui/broadcasts/{freshBroadcast}/cancel", null,      "302 303 303 403 403",     "302 404 404 404 403"),
            row("POST", "/ui/broadcasts/{broadcast}/stop",         STOP_FORM,       "/ui/broadcasts/{broadcast}/stop",  null,            "302 303 303 403 303",     "302 404 404 404 303"),
            // programme slots: everyone reads those of their area; staff make them and plan their playlists
            row("GET",  "/ui/slots",                               null,            null,                               "{slotName}",    "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/slots/{slot}",                        null,            null,                               "{slotName}",    "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            row("POST", "/ui/slots",                               SLOT_FORM,       "/ui/slots",                        null,            "302 303 403 403 403",     "302 403 403 403 403"),
            row("POST", "/ui/slots/{slot}/items",                  "at={slotAt}&ids=&add={bulletin}", null,             null,            "302 303 403 403 403",     "302 404 403 403 403"),
            // API tokens: everyone makes their own (shown once, 200), lists and revokes their own; admins all
            row("GET",  "/ui/tokens",                              null,            null,                               "{tokenName}",   "302 200+ 200- 200- 200+", "302 200- 200- 200- 200+"),
            row("POST", "/ui/tokens",                              TOKEN_FORM,      "/ui/tokens",                       null,            "302 200 200 200 200",     "302 200 200 200 200"),
            row("POST", "/ui/tokens/{token}/revoke",               "",              null,                               null,            "302 303 404 404 303",     "302 404 404 404 303"),
            // emergencies: staff send from the red button's page, everyone follows them, approvers' queue refreshes itself
            row("GET",  "/ui/emergency",                           null,            null,                               null,            "302 200 403 403 403",     "302 200 403 403 403"),
            row("GET",  "/ui/emergency/{emergency}",               null,            null,                               "{emergencyTitle}", "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            row("GET",  "/ui/emergency/{emergency}/state",         null,            null,                               null,            "302 200 200 200 200",     "302 404 404 404 200"),
            row("GET",  "/ui/approvals/items",                     null,            null,                               "{pendingTitle}", "302 403 200+ 403 403",    "302 403 200- 403 403"),
            row("GET",  "/ui/corrections/{sentBroadcast}",         null,            null,                               null,            "302 200 200 403 403",     "302 404 404 403 403"),
            row("POST", "/ui/emergency",                           EMERGENCY_FORM,  "/ui/emergency",                    null,            "302 303 403 403 403",     "302 403 403 403 403"),
            row("POST", "/ui/corrections/{freshSentBroadcast}",    CORRECTION_FORM, "/ui/corrections/{sentBroadcast}",  null,            "302 303 303 403 403",     "302 404 404 403 403"),
            // trusted CAP senders: administrators only
            row("GET",  "/ui/upward",                              null,            null,                               null,            "302 403 403 403 200",     "302 403 403 403 200"),
            row("POST", "/ui/upward/outbox/999999999/retry",       "",              null,                               null,            "302 403 403 403 404",     "302 403 403 403 404"),
            row("GET",  "/ui/cap/senders",                         null,            null,                               null,            "302 403 403 403 200",     "302 403 403 403 200"),
            row("POST", "/ui/cap/senders",                         CAP_SENDER_FORM, "/ui/cap/senders",                  null,            "302 403 403 403 303",     "302 403 403 403 303"),
            row("POST", "/ui/cap/senders/999999999/remove",        "",              null,                               null,            "302 403 403 403 404",     "302 403 403 403 404"),
            row("GET",  "/ui/portal-feeds",                        null,            null,                               null,            "302 403 403 403 200",     "302 403 403 403 200"),
            row("POST", "/ui/portal-feeds",                        PORTAL_FEED_FORM, "/ui/portal-feeds",                null,            "302 403 403 403 303",     "302 403 403 403 303"),
            row("POST", "/ui/portal-feeds/999999999/pause",        "",              null,                               null,            "302 403 403 403 404",     "302 403 403 403 404"),
            row("POST", "/ui/portal-feeds/999999999/resume",       "",              null,                               null,            "302 403 403 403 404",     "302 403 403 403 404"),
            row("POST", "/ui/portal-feeds/999999999/remove",       "",              null,                               null,            "302 403 403 403 404",     "302 403 403 403 404"),
            row("GET",  "/ui?suggestions",                         null,            null,                               "{articleTitle}", "302 200+ 200- 200- 200-", "302 200- 200- 200- 200-"),
            row("POST", "/ui/portal/suggestions/{article}/draft",  "",              null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/portal/suggestions/{article}/dismiss", "",             null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            // quiet hours of the areas: administrators only (an empty window clears, so the matrix's village keeps none)
            row("GET",  "/ui/programme",                           null,            null,                               null,            "302 200 200 200 200",     "302 200 200 200 200"),
            row("GET",  "/ui/receivers/{rx}/serves",               null,            null,                               "{rx}",          "302 403 403 403 200+",    "302 403 403 403 200+"),
            row("POST", "/ui/receivers/{rx}/serves",               "areaId={fmVillage}&medium=FM", null,                null,            "302 403 403 403 303",     "302 403 403 403 303"),
            row("POST", "/ui/receivers/{rx}/serves/remove",        "areaId={fmVillage}", null,                          null,            "302 403 403 403 303",     "302 403 403 403 303"),
            row("GET",  "/ui/areas/quiet-hours",                   null,            null,                               null,            "302 403 403 403 200",     "302 403 403 403 200"),
            row("POST", "/ui/areas/quiet-hours",                   "areaId={village}&from=&to=", null,                  null,            "302 403 403 403 303",     "302 403 403 403 303"),
            // test broadcasts: administrators set the schedules (switched off here: nothing to approve); reports for all
            row("GET",  "/ui/areas/test-schedule",                 null,            null,                               null,            "302 403 403 403 200",     "302 403 403 403 200"),
            row("POST", "/ui/areas/test-schedule",                 "areaId={village}&day=01/01/2030&time=09:00&rrule=FREQ%3DDAILY%3BCOUNT%3D1&language=en", null, null, "302 403 403 403 303", "302 403 403 403 303"),
            row("GET",  "/ui/test-reports/{testBroadcast}.csv",    null,            null,                               "{rx}",          "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            // emergency templates: staff write and send, approvers decide, staff and approvers archive
            row("GET",  "/ui/templates",                           null,            null,                               "{templateTitle}", "302 200+ 200+ 200+ 200+", "302 200- 200- 200- 200+"),
            row("GET",  "/ui/templates/new",                       null,            null,                               null,            "302 200 403 403 403",     "302 200 403 403 403"),
            row("GET",  "/ui/templates/{template}",                null,            null,                               "{templateTitle}", "302 200+ 200+ 200+ 200+", "302 404- 404- 404- 200+"),
            row("GET",  "/ui/templates/{template}/send",           null,            null,                               null,            "302 200 403 403 403",     "302 404 403 403 403"),
            row("GET",  "/ui/templates/{template}/sent/{sent}",    null,            null,                               null,            "302 200 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/templates",                           TEMPLATE_FORM,   "/ui/templates/new",                null,            "302 303 403 403 403",     "302 303 403 403 403"),
            row("GET",  "/ui/templates/{draftTemplate}/edit",      null,            null,                               null,            "302 200 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/templates/{draftTemplate}/edit",      TEMPLATE_FORM,   null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/templates/{draftTemplate}/submit",    "",              null,                               null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/templates/{submittedTemplate}/approve", "",            null,                               null,            "302 403 303 403 403",     "302 403 404 403 403"),
            row("POST", "/ui/templates/{submittedTemplate}/reject", "reason=Nói rõ nơi sơ tán", null,                   null,            "302 403 303 403 403",     "302 403 404 403 403"),
            row("POST", "/ui/templates/{draftTemplate}/archive",   "",              null,                               null,            "302 303 303 403 403",     "302 404 404 403 403"),
            row("POST", "/ui/templates/{template}/send",           SEND_FORM,       "/ui/templates/{template}/send",    null,            "302 303 403 403 403",     "302 404 403 403 403"),
            row("POST", "/ui/logout",                              "",              null,                               null,            "302 303 303 303 303",     "302 303 303 303 303"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @jakarta.inject.Inject
    vn.loa.broadcast.ManyReceivers receivers;

    @jakarta.inject.Inject
    vn.loa.portal.FeedPoller poller;

    /** Logged-in sessions by caller; a logout drops its session. */
    private final Map<String, UiSession> sessions = new HashMap<>();

    /** Fixtures of one side: inside (Xã Trong) or outside (Xã Ngoài). */
    private static final class Side {
        final Map<String, Supplier<String>> values = new HashMap<>();

        Side(final String tag, final long province) {
            final long commune = area(province, "commune", "Xã " + tag + " " + COUNTER.incrementAndGet());
            final long village = area(commune, "village", "Thôn " + tag + " " + COUNTER.incrementAndGet());
            final boolean in = "Trong".equals(tag);
            final String staff = in ? "ui.staff" : "ui.staff.ngoai";
            final String approver = in ? "ui.approver" : "ui.approver.ngoai";
            user(staff, "staff", commune);
            user(approver, "approver", commune);
            if (in) {
                user("ui.official", "official", commune);
            }
            final String rx = "rx-ui-" + tag.toLowerCase(java.util.Locale.ROOT) + "-" + COUNTER.incrementAndGet();
            as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "areaId", village)).post("/api/receivers")
                    .then().statusCode(201);
            as("admin").body(Map.of("latitude", 23.25, "longitude", 105.29)).put("/api/receivers/" + rx + "/position")
                    .then().statusCode(200);
            final String title = "Tin giao diện " + tag + " " + COUNTER.incrementAndGet();
            final long bulletin = submitted(staff, title);
            Api.as(approver).post("/api/bulletins/" + bulletin + "/approve").then().statusCode(200);
            final long broadcast = Api.as(staff).body(Map.of("bulletinId", bulletin, "playAt",
                    PLAY_AT.atZone(HCM).toOffsetDateTime().toString(), "targets", Map.of("receivers", List.of(rx))))
                    .post("/api/broadcasts").then().statusCode(201).extract().jsonPath().getLong("id");
            final String pendingTitle = "Chờ duyệt giao diện " + tag + " " + COUNTER.incrementAndGet();
            submitted(staff, pendingTitle);
            values.put("rx", () -> rx);
            values.put("village", () -> Long.toString(village));
            // a village of the commune without a receiver, that {rx} may serve by FM
            final long fmVillage = area(commune, "village", "Thôn FM " + tag + " " + COUNTER.incrementAndGet());
            values.put("fmVillage", () -> Long.toString(fmVillage));
            values.put("commune", () -> Long.toString(commune));
            final String[] testBroadcast = new String[1];
            values.put("testBroadcast", () -> {
                if (testBroadcast[0] == null) {
                    final long testSeries = as("admin").body(Map.of("start", PLAY_AT.atZone(HCM).toOffsetDateTime()
                            .toString(), "rrule", "FREQ=DAILY;COUNT=1", "language", "en", "enabled", true))
                            .put("/api/areas/" + village + "/test-schedule").then().statusCode(200).extract()
                            .jsonPath().getLong("seriesId");
                    testBroadcast[0] = as("admin").get("/api/series/" + testSeries).then().statusCode(200)
                            .extract().jsonPath().getString("occurrences[0].broadcastId");
                }
                return testBroadcast[0];
            });
            final String templateTitle = "Mẫu giao diện " + tag + " " + COUNTER.incrementAndGet();
            final long template = template(staff, templateTitle);
            Api.as(staff).post("/api/templates/" + template + "/submit").then().statusCode(200);
            Api.as(approver).post("/api/templates/" + template + "/approve").then().statusCode(200);
            final long sent = Api.as(staff).body(Map.of("fills", Map.of("gio_1", "07:30"), "targets",
                    Map.of("receivers", List.of(rx)))).post("/api/templates/" + template + "/send").then()
                    .statusCode(201).extract().jsonPath().getLong("broadcastId");
            values.put("template", () -> Long.toString(template));
            values.put("templateTitle", () -> templateTitle);
            values.put("sent", () -> Long.toString(sent));
            values.put("draftTemplate", () -> Long.toString(template(staff, "Mẫu nháp " + COUNTER.incrementAndGet())));
            values.put("submittedTemplate", () -> {
                final long t = template(staff, "Mẫu chờ " + COUNTER.incrementAndGet());
                Api.as(staff).post("/api/templates/" + t + "/submit").then().statusCode(200);
                return Long.toString(t);
            });
            values.put("bulletin", () -> Long.toString(bulletin));
            values.put("bulletinTitle", () -> title);
            values.put("pendingTitle", () -> pendingTitle);
            values.put("broadcast", () -> Long.toString(broadcast));
            // cancel is final: each case withdraws a broadcast of its own
            values.put("freshBroadcast", () -> Long.toString(Api.as(staff).body(Map.of("bulletinId", bulletin,
                    "playAt", PLAY_AT.atZone(HCM).toOffsetDateTime().toString(), "targets",
                    Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201).extract()
                    .jsonPath().getLong("id")));
            values.put("draft", () -> Long.toString(draft(staff, "Nháp " + COUNTER.incrementAndGet())));
            values.put("submitted", () -> Long.toString(submitted(staff, "Chờ " + COUNTER.incrementAndGet())));
            values.put("name", () -> Integer.toString(COUNTER.incrementAndGet()));
            values.put("village", () -> Long.toString(village));
            final String emergencyTitle = "Khẩn giao diện " + tag + " " + COUNTER.incrementAndGet();
            final long emergency = emergency(staff, emergencyTitle, rx);
            values.put("emergency", () -> Long.toString(emergency));
            values.put("emergencyTitle", () -> emergencyTitle);
            final long sentBroadcast = sentEmergencyBroadcast(staff, approver, rx);
            values.put("sentBroadcast", () -> Long.toString(sentBroadcast));
            values.put("freshSentBroadcast", () -> Long.toString(sentEmergencyBroadcast(staff, approver, rx)));
            final java.time.OffsetDateTime slotAt = PLAY_AT.atZone(HCM).toOffsetDateTime().withHour(5).withMinute(0);
            final String slotName = "Bản tin giao diện " + tag + " " + COUNTER.incrementAndGet();
            final String slot = Api.as(staff).body(Map.of("areaId", village, "name", slotName, "start",
                    slotAt.toString(), "rrule", "FREQ=DAILY;COUNT=1", "lengthSeconds", 60)).post("/api/slots").then()
                    .statusCode(201).extract().jsonPath().getString("id");
            values.put("slot", () -> slot);
            values.put("slotName", () -> slotName);
            values.put("slotAt", () -> slotAt.toInstant().toString());
            values.put("slotTime", () -> java.time.LocalTime.of(6, 0).plusMinutes(COUNTER.incrementAndGet() % 900)
                    .format(DateTimeFormatter.ofPattern("HH:mm")));
            final String tokenName = "ui-tok-" + COUNTER.incrementAndGet();
            Api.as(staff).body(Map.of("name", tokenName, "days", 30)).post("/api/tokens").then().statusCode(201);
            values.put("tokenName", () -> tokenName);
            values.put("token", () -> String.valueOf(Api.as(staff).body(Map.of("name", "ui-tok-"
                    + COUNTER.incrementAndGet(), "days", 1)).post("/api/tokens").then().statusCode(201).extract()
                    .jsonPath().getLong("token.id")));
        }
    }

    /** The test's province, archived afterwards: other classes register receivers by commune name into the only
     * open province. */
    private Long province;

    @org.junit.jupiter.api.AfterEach
    void archiveTheProvince() {
        if (province != null) {
            as("admin").post("/api/areas/" + province + "/archive").then().statusCode(200);
        }
    }

    @Test
    void everyPageAndForm_everyRole_insideAndOutsideTheArea() {
        final long province = area(null, "province", "Tỉnh Giao Diện " + COUNTER.incrementAndGet());
        this.province = province;
        final Side inside = new Side("Trong", province);
        final Side outside = new Side("Ngoai", province);
        for (Side s : List.of(inside, outside)) {
            // playing now, so the stop page offers its form (a real receiver's ack would do the same); after the
            // dispatcher has sent it, so its send does not race the change
            final String broadcast = s.values.get("broadcast").get();
            org.awaitility.Awaitility.await().until(() -> !"QUEUED".equals(as("admin").get("/api/broadcasts/"
                    + broadcast).then().extract().jsonPath().getString("deliveries[0].state")));
            receivers.state(Long.parseLong(s.values.get("broadcast").get()), s.values.get("rx").get(),
                    vn.loa.broadcast.DeliveryState.PLAYING);
        }
        final String insideBulletin = inside.values.get("bulletin").get();
        for (Side s : List.of(inside, outside)) {
            s.values.put("insideBulletin", () -> insideBulletin);
        }
        for (Side s : List.of(inside, outside)) {
            final String articleTitle = "Bài cổng giao diện " + COUNTER.incrementAndGet();
            final long article = vn.loa.support.EPortal.article(poller, Long.parseLong(s.values.get("commune").get()),
                    articleTitle);
            s.values.put("article", () -> Long.toString(article));
            s.values.put("articleTitle", () -> articleTitle);
        }
        final List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Row row : MATRIX) {
            for (boolean in : new boolean[] {true, false}) {
                final String[] expected = (in ? row.inside() : row.outside()).trim().split("\\s+");
                assertEquals(CALLERS.length, expected.length, "five expectations in " + row);
                for (int i = 0; i < CALLERS.length; i++) {
                    cases++;
                    final String problem = check(row, in ? inside : outside, CALLERS[i], expected[i]);
                    if (problem != null) {
                        failures.add((in ? "inside  " : "outside ") + row.method() + " " + row.path() + " as "
                                + (CALLERS[i] == null ? "anonymous" : CALLERS[i]) + ": " + problem);
                    }
                }
            }
        }
        System.out.printf("ui access matrix: %d pages and forms x %d callers x 2 sides = %d cases, %d failed%n",
                MATRIX.size(), CALLERS.length, cases, failures.size());
        assertEquals(MATRIX.size() * CALLERS.length * 2, cases);
        assertEquals(83 * 5 * 2, cases, "every page and form of /ui is in the matrix");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Runs one case; null when it met the expectation, else what happened. */
    private String check(final Row row, final Side side, final String caller, final String token) {
        final int status = Integer.parseInt(token.replaceAll("[^0-9]", ""));
        final String path = expand(row.path(), side);
        final UiSession session = caller == null ? null : session(caller);
        // read the tokens first: a request takes the session's cookies (the CSRF cookie among them) when it is made
        final String csrf = session == null || row.form() == null ? "none" : session.csrfFrom("/ui");
        final String formToken = session == null || row.tokenPage() == null ? "none"
                : formToken(session, expand(row.tokenPage(), side));
        side.values.put("formToken", () -> formToken);
        RequestSpecification spec = session == null ? given().redirects().follow(false) : session.request();
        if (WAV.equals(row.form())) {
            spec = spec.header("X-CSRF-TOKEN", csrf).contentType("audio/wav").body(WAV_BYTES);
        } else if (row.form() != null) {
            final Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : expand(row.form(), side).split("&")) {
                if (!pair.isEmpty()) {
                    fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            fields.put("csrf-token", csrf);
            spec = spec.contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(fields);
        }
        final Response response = spec.request(row.method(), path);
        if ("/ui/logout".equals(row.path()) && caller != null) {
            sessions.remove(caller);
        }
        final String text = response.asString();
        if (response.statusCode() != status) {
            return "expected " + status + ", got " + response.statusCode() + " " + response.header("Location") + " "
                    + abbreviate(text);
        }
        if (caller == null && status == 302 && !String.valueOf(response.header("Location")).endsWith("/ui/login")) {
            return "anonymous sent to " + response.header("Location") + ", not to the login page";
        }
        if (token.endsWith("+") || token.endsWith("-")) {
            final String marker = expand(row.marker(), side);
            if (text.contains(marker) != token.endsWith("+")) {
                return (token.endsWith("+") ? "missing " : "shows ") + marker;
            }
        }
        return null;
    }

    private UiSession session(final String caller) {
        return sessions.computeIfAbsent(caller, UiSession::login);
    }

    /** The one-time form token of a page the caller may open, else a token that is not one. */
    private static String formToken(final UiSession session, final String page) {
        final Response r = session.get(page);
        final Matcher m = FORM_TOKEN.matcher(r.asString());
        return r.statusCode() == 200 && m.find() ? m.group(1) : "none";
    }

    private static String expand(final String template, final Side side) {
        final Matcher m = PLACEHOLDER.matcher(template);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            final Supplier<String> value = side.values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no fixture {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String abbreviate(final String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static long emergency(final String staff, final String title, final String rx) {
        return Api.as(staff).body(Map.of("title", title, "text", "Flood now.", "language", "en",
                "targets", Map.of("receivers", List.of(rx)))).post("/api/emergencies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The broadcast of an emergency just approved. */
    private static long sentEmergencyBroadcast(final String staff, final String approver, final String rx) {
        final long id = emergency(staff, "Khẩn " + COUNTER.incrementAndGet(), rx);
        final long bulletin = Api.as(staff).get("/api/emergencies/" + id).then().extract().jsonPath()
                .getLong("bulletinId");
        Api.as(approver).post("/api/bulletins/" + bulletin + "/approve").then().statusCode(200);
        return Api.as(staff).get("/api/emergencies/" + id).then().extract().jsonPath().getLong("broadcastId");
    }

    /** A draft emergency template with one blank, for the staff member's commune. */
    private static long template(final String staff, final String title) {
        return Api.as(staff).body(Map.of("title", title, "text", "Lũ về lúc {gio_1}, sơ tán ngay.", "blanks",
                List.of(Map.of("name", "gio_1", "label", "Giờ", "kind", "time")), "language", "vi",
                "priority", "emergency")).post("/api/templates").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long area(final Long parent, final String level, final String name) {
        final Map<String, Object> body = new HashMap<>(Map.of("level", level, "name", name));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return as("admin").body(body).post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Matrix users get the demo password, so {@link UiSession#login} logs them in. */
    private static void user(final String username, final String role, final long areaId) {
        as("admin").body(Map.of("username", username, "password", Api.DEMO_PASSWORD, "role", role, "areaId", areaId))
                .post("/api/users").then().statusCode(201);
    }

    private static long draft(final String staff, final String title) {
        return Api.as(staff).body(Map.of("title", title, "text", "The meeting starts at eight tonight.",
                "language", "en", "priority", "routine")).post("/api/bulletins").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long submitted(final String staff, final String title) {
        final long id = draft(staff, title);
        Api.as(staff).post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
