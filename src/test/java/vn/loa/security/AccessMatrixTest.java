package vn.loa.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.alert.SecurityEvents;

/**
 * Every endpoint, for every role and anonymous, on something inside the caller's area and on something outside it.
 * Two communes in one province: the callers (mx.staff, mx.approver, mx.official) work in "Xã Trong"; "Xã Ngoài" holds
 * the outside fixtures, made by its own staff and approver. {@code admin} acts everywhere.
 *
 * <p>Each expectation is five tokens, for anonymous, staff, approver, official and admin. A token is a status code,
 * optionally followed by {@code +} (the body mentions the row's marker: the inside or outside thing is listed) or
 * {@code -} (it does not), or {@code !} (a 403 problem of type {@code outside-area}). Placeholders in braces take the
 * inside or outside fixture of the side being tested; {@code draft} and {@code submitted} are made fresh for each
 * case. Outside things named in the URL answer 404 (their existence is not revealed); outside targets named in a
 * body answer 403 {@code outside-area}.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String[] CALLERS = {null, "mx.staff", "mx.approver", "mx.official", "admin"};
    private static final String PASSWORD = "matrix-long-password";
    private static final String PLAY_AT = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).withNano(0).toString();
    /** The second occurrence of the fixtures' series (daily from {@link #PLAY_AT}), in UTC for a query string. */
    private static final String SERIES_SECOND = OffsetDateTime.parse(PLAY_AT).plusDays(1).toInstant().toString();
    private static final String SERIES_BODY = "{\"bulletinId\":{bulletin},\"start\":\"" + SERIES_SECOND
            + "\",\"rrule\":\"FREQ=DAILY;COUNT=1\",\"targets\":{\"receivers\":[\"{rx}\"]}}";
    /** A log range (dates in Vietnam) that holds the fixtures' broadcasts, {@link #PLAY_AT}. */
    private static final String RANGE = "from=" + OffsetDateTime.now(ZoneOffset.ofHours(7)).toLocalDate()
            + "&to=" + OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(5).toLocalDate();
    /** The body {@code {wav}}: a short spoken-level WAV recording, sent as {@code audio/wav}. */
    private static final String WAV = "{wav}";
    /** A body starting with this is a receiver import file, sent as {@code text/csv}. */
    private static final String CSV_HEADER = "id,name,village,commune,lat,lon\n";
    private static final byte[] WAV_BYTES = vn.loa.audio.RecordingFixtures.wav(16_000, 1, 1_000, -20);

    /** The body {@code {cap}}: a CAP message the schema refuses, sent as {@code application/cap+xml}. */
    private static final String CAP = "{cap}";
    /** A PEM public key, JSON-escaped, for the trusted-sender rows. */
    private static final String CAP_KEY = capKey();

    private static String capKey() {
        try {
            final java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
            g.initialize(256);
            return "-----BEGIN PUBLIC KEY-----\\n" + java.util.Base64.getEncoder().encodeToString(
                    g.generateKeyPair().getPublic().getEncoded()) + "\\n-----END PUBLIC KEY-----";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
    /** A template body; its blank {@code {gio_1}} is no placeholder of the matrix (those are letters only). */
    private static final String TEMPLATE_BODY = "{\"title\":\"Lũ\",\"text\":\"Lũ về lúc {gio_1}.\",\"blanks\":"
            + "[{\"name\":\"gio_1\",\"label\":\"Giờ\",\"kind\":\"time\"}],\"language\":\"vi\",\"priority\":\"emergency\"}";

    private record Row(String method, String path, String body, String marker, String inside, String outside) {
    }

    private static Row row(final String method, final String path, final String body, final String marker,
            final String inside, final String outside) {
        return new Row(method, path, body, marker, inside, outside);
    }

    //               method    path                                   body                        marker        inside                     outside
    private static final List<Row> MATRIX = List.of(
            row("GET",    "/api/areas",                            null,                        "{villageName}", "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/areas/{village}",                  null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/areas",                            "{\"parentId\":{commune},\"level\":\"village\",\"name\":\"{name}\"}",
                                                                                                null,          "401 403 403 403 201",     "401 403 403 403 201"),
            row("PUT",    "/api/areas/{freshArea}",                "{\"name\":\"{name}\"}",     null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/areas/{freshArea}/archive",        null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("DELETE", "/api/areas/{freshArea}",                null,                        null,          "401 403 403 403 204",     "401 403 403 403 204"),
            row("GET",    "/api/areas/{village}/quiet-hours",      null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("PUT",    "/api/areas/{freshArea}/quiet-hours",    "{\"from\":\"21:00\",\"to\":\"05:00\"}", null, "401 403 403 403 200", "401 403 403 403 200"),
            row("GET",    "/api/areas/{village}/test-schedule",    null,                        null,          "401 200 200 200 200",     "401 403! 403! 403! 200"),
            row("PUT",    "/api/areas/{freshArea}/test-schedule",  "{\"start\":\"" + PLAY_AT + "\",\"rrule\":\"FREQ=DAILY;COUNT=1\",\"language\":\"en\",\"enabled\":false}",
                    null, "401 403 403 403 200", "401 403 403 403 200"),
            row("GET",    "/api/test-reports?area={village}",      null,                        null,          "401 200 200 200 200",     "401 403! 403! 403! 200"),
            row("GET",    "/api/test-reports/{testBroadcast}",     null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("GET",    "/api/test-reports/{testBroadcast}.csv", null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/users",                            "{\"username\":\"{name}\",\"password\":\"" + PASSWORD + "\",\"role\":\"staff\",\"areaId\":{commune}}",
                                                                                                null,          "401 403 403 403 201",     "401 403 403 403 201"),
            row("GET",    "/api/users",                            null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("GET",    "/api/me",                               null,                        null,          "401 200 200 200 200",     "401 200 200 200 200"),
            row("GET",    "/api/voices",                           null,                        null,          "401 200 200 200 200",     "401 200 200 200 200"),
            row("POST",   "/api/receivers",                        "{\"name\":\"Loa {name}\",\"areaId\":{village}}",
                                                                                                null,          "401 403 403 403 201",     "401 403 403 403 201"),
            row("POST",   "/api/receivers/import",                 CSV_HEADER + "{csvId},Loa,Thôn Nhập,{communeName},,\n",
                                                                                                null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/receivers/{rx}/secret",            null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("GET",    "/api/receivers",                        null,                        "{rx}",        "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/receivers/{rx}",                   null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("GET",    "/api/receivers/{rx}/serves",            null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("PUT",    "/api/receivers/{rx}/serves",            "{\"villages\":[]}",          null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("GET",    "/api/bulletins?limit=1000",             null,                        "{bulletinTitle}", "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/bulletins/{bulletin}",             null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/bulletins",                        "{\"title\":\"t\",\"text\":\"Meeting at eight.\",\"language\":\"en\",\"priority\":\"routine\",\"areaId\":{village}}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("PUT",    "/api/bulletins/{draft}",                "{\"title\":\"t2\",\"text\":\"Meeting at nine.\",\"language\":\"en\",\"priority\":\"routine\"}",
                                                                                                null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/bulletins/{bulletin}/revisions",   null,                        null,          "401 201 403 403 403",     "401 404 403 403 403"),
            row("PUT",    "/api/bulletins/{draft}/public",         "{\"public\":false}",        null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/bulletins/{draft}/submit",         null,                        null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/bulletins/{submitted}/preview",    null,                        null,          "401 200 200 403 403",     "401 404 404 403 403"),
            row("POST",   "/api/bulletins/{submitted}/approve",    null,                        null,          "401 403 200 403 403",     "401 403 404 403 403"),
            row("POST",   "/api/bulletins/{submitted}/reject",     "{\"reason\":\"Say which villages\"}",
                                                                                                null,          "401 403 200 403 403",     "401 403 404 403 403"),
            row("POST",   "/api/broadcasts",                       "{\"bulletinId\":{insideBulletin},\"playAt\":\"" + PLAY_AT + "\",\"targets\":{\"areas\":[{village}]}}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("POST",   "/api/broadcasts",                       "{\"bulletinId\":{insideBulletin},\"playAt\":\"" + PLAY_AT + "\",\"targets\":{\"receivers\":[\"{rx}\"]}}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("GET",    "/api/broadcasts?limit=500",             null,                        "{rx}",        "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/broadcasts/{broadcast}",           null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/stop",                             "{\"receivers\":[\"{rx}\"]}", null,         "401 202 202 403 202",     "401 403! 403! 403 202"),
            row("POST",   "/api/stop",                             "{\"all\":true}",            "{rx}",        "401 202+ 202+ 403 202+",  "401 202- 202- 403 202+"),
            row("POST",   "/api/reconcile",                        "{\"receivers\":[\"{rx}\"]}", null,         "401 202 403 403 202",     "401 403! 403 403 202"),
            row("POST",   "/api/keys/rotate",                      null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("GET",    "/api/control-commands?limit=1000",      null,                        "{rx}",        "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/logs",                             null,                        "{rx}",        "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/logs?format=csv",                  null,                        "{rx}",        "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/security-events?limit=1000",       null,                        "{rx}",        "401 403 403 200+ 200+",   "401 403 403 200- 200+"),
            row("GET",    "/api/keys/controller",                  null,                        null,          "401 200 200 200 200",     "401 200 200 200 200"),
            row("GET",    "/api/broker/mosquitto/passwd",          null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("GET",    "/api/broker/mosquitto/acl",             null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("GET",    "/api/audio/{audio}.mp3",                null,                        null,          "200 200 200 200 200",     "200 200 200 200 200"),
            row("HEAD",   "/api/audio/{audio}.mp3",                null,                        null,          "200 200 200 200 200",     "200 200 200 200 200"),
            // recordings: the author uploads and removes; the author, approvers, officials and admins listen
            row("PUT",    "/api/bulletins/{draft}/recording",      WAV,                         null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("DELETE", "/api/bulletins/{recorded}/recording",   null,                        null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("GET",    "/api/bulletins/{recorded}/recording",   null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            // cancellation: staff and approvers of the area withdraw a broadcast wholly inside it
            row("POST",   "/api/broadcasts/{freshBroadcast}/cancel", "{\"reason\":\"Đã hết cảnh báo\"}",
                                                                                                null,          "401 200 200 403 403",     "401 404 404 403 403"),
            // recurring series: staff plan them; staff change them from an occurrence on; staff and approvers end them
            row("POST",   "/api/series",                           "{\"bulletinId\":{insideBulletin},\"start\":\"" + PLAY_AT + "\",\"rrule\":\"FREQ=DAILY;COUNT=2\",\"targets\":{\"receivers\":[\"{rx}\"]}}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("GET",    "/api/series/{series}",                  null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/series/{freshSeries}/split?from=" + SERIES_SECOND, SERIES_BODY,
                                                                                                null,          "401 201 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/series/{freshSeries}/end?from=" + SERIES_SECOND, null,
                                                                                                null,          "401 200 200 403 403",     "401 404 404 403 403"),
            // programme slots: staff plan them and their playlists in their area; everyone logged in reads them there
            row("POST",   "/api/slots",                            "{\"areaId\":{village},\"name\":\"Bản tin sáng\",\"start\":\"{slotStart}\",\"rrule\":\"FREQ=DAILY;COUNT=1\",\"lengthSeconds\":60}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("GET",    "/api/slots?area={village}",             null,                        "{slotName}",  "401 200+ 200+ 200+ 200+", "401 403! 403! 403! 200+"),
            row("GET",    "/api/slots/{slot}",                     null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("GET",    "/api/slots/{slot}/occurrences?from={slotAt}", null,                  null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("PUT",    "/api/slots/{slot}/occurrences/{slotAt}/items", "{\"bulletinIds\":[{bulletin}]}",
                                                                                                null,          "401 200 403 403 403",     "401 404 403 403 403"),
            // the audit trail: officials read what the people of their area did, admins everything and verify the chain
            row("GET",    "/api/audit?subject=bulletin:{bulletin}", null,                       "{bulletinTitle}", "401 403 403 200+ 200+",   "401 403 403 200- 200+"),
            row("POST",   "/api/audit/verify",                     null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/users/{staffName}/unlock",         null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            // the log's statistics and exports, only the caller's area
            row("GET",    "/api/logs/coverage?" + RANGE,          null,                        "{villageName}", "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/logs/daily?" + RANGE,             null,                        null,          "401 200 200 200 200",     "401 200 200 200 200"),
            row("GET",    "/api/logs?format=xlsx",                 null,                        null,          "401 200 200 200 200",     "401 200 200 200 200"),
            // the upward report: officials of the area and admins; push targets and the outbox: admins only
            row("GET",    "/api/upward-report?area={commune}&" + RANGE, null,                 "{rx}",        "401 403 403 200+ 200+",   "401 403 403 404 200+"),
            row("GET",    "/api/upward-report?format=csv&area={commune}&" + RANGE, null,      "{rx}",        "401 403 403 200+ 200+",   "401 403 403 404 200+"),
            row("GET",    "/api/upward-report?format=xlsx&area={commune}&" + RANGE, null,     null,          "401 403 403 200 200",     "401 403 403 404 200"),
            row("GET",    "/api/upward/targets",                   null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/upward/targets",                   "{\"name\":\"{name}\",\"url\":\"http://127.0.0.1:9/loa\",\"areaId\":{commune},\"dailyReport\":false}",
                                                                                                null,          "401 403 403 403 201",     "401 403 403 403 201"),
            row("DELETE", "/api/upward/targets/{upwardTarget}",    null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/upward/targets/{upwardTarget}/send", null,                      null,          "401 403 403 403 202",     "401 403 403 403 202"),
            row("GET",    "/api/upward/outbox",                    null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/upward/outbox/999999999/retry",    null,                        null,          "401 403 403 403 404",     "401 403 403 403 404"),
            // the fleet map (before the position rows below, which move the fixture receiver)
            row("GET",    "/api/fleet/map.svg",                    null,                        "{rx}",        "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("DELETE", "/api/receivers/{rx}/position",          null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("PUT",    "/api/receivers/{rx}/position",          "{\"latitude\":23.25,\"longitude\":105.29}",
                                                                                                null,          "401 403 403 403 200",     "401 403 403 403 200"),
            // API tokens: everyone makes their own and sees and revokes their own; admins see and revoke all
            row("GET",    "/api/tokens",                           null,                        "{tokenName}", "401 200+ 200- 200- 200+", "401 200- 200- 200- 200+"),
            row("POST",   "/api/tokens",                           "{\"name\":\"t{name}\",\"days\":30}",
                                                                                                null,          "401 201 201 201 201",     "401 201 201 201 201"),
            row("DELETE", "/api/tokens/{token}",                   null,                        null,          "401 200 404 404 200",     "401 404 404 404 200"),
            // emergencies: staff send (played on approval), everyone follows those of the area, staff and approvers correct
            row("POST",   "/api/emergencies",                      "{\"title\":\"Khẩn\",\"text\":\"Flood now.\",\"language\":\"en\",\"targets\":{\"receivers\":[\"{rx}\"]}}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("GET",    "/api/emergencies",                      null,                        "{emergencyTitle}", "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/emergencies/{emergency}",          null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/emergencies/{sentEmergency}/correction", "{\"text\":\"Đính chính: lũ đã rút.\"}",
                                                                                                null,          "401 201 201 403 403",     "401 404 404 403 403"),
            row("POST",   "/api/broadcasts/{sentEmergencyBroadcast}/correction", "{\"text\":\"Đính chính: lũ đã rút.\"}",
                                                                                                null,          "401 201 201 403 403",     "401 404 404 403 403"),
            // CAP: officials and admins post alerts (a schema-invalid one here: 400 past the role check) and read
            // what became of them; only admins keep the trusted senders
            row("POST",   "/api/cap",                              CAP,                         null,          "401 403 403 400 400",     "401 403 403 400 400"),
            row("GET",    "/api/cap/alerts",                       null,                        null,          "401 403 403 200 200",     "401 403 403 200 200"),
            row("GET",    "/api/cap/alerts/999999999",             null,                        null,          "401 403 403 404 404",     "401 403 403 404 404"),
            row("GET",    "/api/cap/senders",                      null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/cap/senders",                      "{\"sender\":\"{name}@canhbao.vn\",\"key\":\"" + CAP_KEY + "\"}",
                                                                                                null,          "401 403 403 403 201",     "401 403 403 403 201"),
            row("DELETE", "/api/cap/senders/999999999",            null,                        null,          "401 403 403 403 404",     "401 403 403 403 404"),
            row("GET",    "/api/portal-feeds",                     null,                        null,          "401 403 403 403 200",     "401 403 403 403 200"),
            row("POST",   "/api/portal-feeds",                     "{\"url\":\"http://127.0.0.1:9/{name}.rss\",\"areaId\":{commune}}",
                                                                                                null,          "401 403 403 403 201",     "401 403 403 403 201"),
            row("PUT",    "/api/portal-feeds/999999999/paused",    "{\"paused\":true}",       null,          "401 403 403 403 404",     "401 403 403 403 404"),
            row("DELETE", "/api/portal-feeds/999999999",           null,                        null,          "401 403 403 403 404",     "401 403 403 403 404"),
            row("GET",    "/api/portal/suggestions",               null,                        "{articleTitle}", "401 200+ 403 403 403", "401 200- 403 403 403"),
            row("POST",   "/api/portal/suggestions/{article}/draft", null,                      null,          "401 201 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/portal/suggestions/{article}/dismiss", null,                    null,          "401 204 403 403 403",     "401 404 403 403 403"),
            // emergency templates: staff write, submit and send; approvers decide; staff and approvers archive
            row("GET",    "/api/templates?limit=1000",             null,                        "{templateTitle}", "401 200+ 200+ 200+ 200+", "401 200- 200- 200- 200+"),
            row("GET",    "/api/templates/{template}",             null,                        null,          "401 200 200 200 200",     "401 404 404 404 200"),
            row("POST",   "/api/templates",                        TEMPLATE_BODY.replace("\"language\"", "\"areaId\":{village},\"language\""),
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"),
            row("PUT",    "/api/templates/{draftTemplate}",        TEMPLATE_BODY,               null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/templates/{draftTemplate}/submit", null,                        null,          "401 200 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/templates/{submittedTemplate}/approve", null,                   null,          "401 403 200 403 403",     "401 403 404 403 403"),
            row("POST",   "/api/templates/{submittedTemplate}/reject", "{\"reason\":\"Nói rõ nơi sơ tán\"}",
                                                                                                null,          "401 403 200 403 403",     "401 403 404 403 403"),
            row("POST",   "/api/templates/{draftTemplate}/archive", null,                       null,          "401 200 200 403 403",     "401 404 404 403 403"),
            row("POST",   "/api/templates/{template}/send",        "{\"fills\":{\"gio_1\":\"07:30\"},\"targets\":{\"receivers\":[\"{rx}\"]}}",
                                                                                                null,          "401 201 403 403 403",     "401 404 403 403 403"),
            row("POST",   "/api/templates/{insideTemplate}/send",  "{\"fills\":{\"gio_1\":\"07:30\"},\"targets\":{\"receivers\":[\"{rx}\"]}}",
                                                                                                null,          "401 201 403 403 403",     "401 403! 403 403 403"));


    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject
    SecurityEvents events;

    @Inject
    vn.loa.portal.FeedPoller poller;

    /** Fixtures of one side: inside (Xã Trong) or outside (Xã Ngoài). */
    private final class Side {
        final Map<String, Supplier<String>> values = new HashMap<>();

        Side(final String tag, final long province) {
            final String communeName = "Xã " + tag + " " + COUNTER.incrementAndGet();
            final long commune = area(province, "commune", communeName);
            final String villageName = "Thôn " + tag + " " + COUNTER.incrementAndGet();
            final long village = area(commune, "village", villageName);
            // inside, the callers themselves make the fixtures; outside, the other commune's own people do
            final boolean in = "Trong".equals(tag);
            final String staff = in ? "mx.staff" : "mx.staff.ngoai";
            final String approver = in ? "mx.approver" : "mx.approver.ngoai";
            user(staff, "staff", commune);
            user(approver, "approver", commune);
            if (in) {
                user("mx.official", "official", commune);
            }
            final String rx = "rx-mx-" + tag.toLowerCase(java.util.Locale.ROOT) + "-" + COUNTER.incrementAndGet();
            as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "areaId", village)).post("/api/receivers")
                    .then().statusCode(201);
            final String title = "Tin " + tag + " " + COUNTER.incrementAndGet();
            final long bulletin = submitted(staff, title);
            login(approver).post("/api/bulletins/" + bulletin + "/approve").then().statusCode(200);
            final long broadcast = login(staff).body(Map.of("bulletinId", bulletin, "playAt", PLAY_AT,
                    "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            as("admin").body(Map.of("receivers", List.of(rx))).post("/api/stop").then().statusCode(202);
            as("admin").body(Map.of("latitude", 23.25, "longitude", 105.29)).put("/api/receivers/" + rx + "/position")
                    .then().statusCode(200);
            events.rejection(rx, null, "bad-signature: matrix fixture", null);
            values.put("commune", () -> Long.toString(commune));
            final String articleTitle = "Bài cổng " + tag + " " + COUNTER.incrementAndGet();
            final long article = vn.loa.support.EPortal.article(poller, commune, articleTitle);
            values.put("article", () -> Long.toString(article));
            values.put("articleTitle", () -> articleTitle);
            values.put("village", () -> Long.toString(village));
            values.put("communeName", () -> communeName);
            values.put("csvId", () -> "mx-imp-" + COUNTER.incrementAndGet());
            values.put("villageName", () -> villageName);
            values.put("freshArea", () -> Long.toString(area(commune, "village", "Thôn " + COUNTER.incrementAndGet())));
            values.put("rx", () -> rx);
            values.put("bulletin", () -> Long.toString(bulletin));
            values.put("bulletinTitle", () -> title);
            values.put("broadcast", () -> Long.toString(broadcast));
            values.put("draft", () -> Long.toString(draft(staff, "Nháp " + COUNTER.incrementAndGet())));
            values.put("submitted", () -> Long.toString(submitted(staff, "Chờ duyệt " + COUNTER.incrementAndGet())));
            values.put("recorded", () -> Long.toString(recorded(staff, "Ghi âm " + COUNTER.incrementAndGet())));
            values.put("freshBroadcast", () -> Long.toString(login(staff).body(Map.of("bulletinId", bulletin,
                    "playAt", PLAY_AT, "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then()
                    .statusCode(201).extract().jsonPath().getLong("id")));
            final java.util.function.Supplier<String> series = () -> login(staff).body(Map.of("bulletinId", bulletin,
                    "start", PLAY_AT, "rrule", "FREQ=DAILY;COUNT=3", "targets", Map.of("receivers", List.of(rx))))
                    .post("/api/series").then().statusCode(201).extract().jsonPath().getString("id");
            final String oneSeries = series.get();
            final String[] testBroadcast = new String[1];
            values.put("testBroadcast", () -> {
                if (testBroadcast[0] == null) {
                    final long testSeries = as("admin").body(Map.of("start", PLAY_AT, "rrule", "FREQ=DAILY;COUNT=1",
                            "language", "en", "enabled", true)).put("/api/areas/" + village + "/test-schedule")
                            .then().statusCode(200).extract().jsonPath().getLong("seriesId");
                    testBroadcast[0] = as("admin").get("/api/series/" + testSeries).then().statusCode(200).extract()
                            .jsonPath().getString("occurrences[0].broadcastId");
                }
                return testBroadcast[0];
            });
            values.put("series", () -> oneSeries);
            values.put("freshSeries", series);
            values.put("staffName", () -> staff);
            // slots never overlap: the fixed one an hour after PLAY_AT, fresh ones two minutes apart after that
            final OffsetDateTime slotAt = OffsetDateTime.parse(PLAY_AT).plusHours(1);
            final String slotName = "Bản tin " + tag + " " + COUNTER.incrementAndGet();
            final String oneSlot = login(staff).body(Map.of("areaId", village, "name", slotName, "start",
                    slotAt.toString(), "rrule", "FREQ=DAILY;COUNT=1", "lengthSeconds", 60)).post("/api/slots").then()
                    .statusCode(201).extract().jsonPath().getString("id");
            values.put("slot", () -> oneSlot);
            values.put("slotName", () -> slotName);
            values.put("slotAt", () -> slotAt.toInstant().toString());
            values.put("slotStart", () -> OffsetDateTime.parse(PLAY_AT).plusHours(2)
                    .plusMinutes(2L * COUNTER.incrementAndGet()).toString());
            final String tokenName = "mx-tok-" + COUNTER.incrementAndGet();
            login(staff).body(Map.of("name", tokenName, "days", 30)).post("/api/tokens").then().statusCode(201);
            values.put("tokenName", () -> tokenName);
            values.put("token", () -> String.valueOf(login(staff).body(Map.of("name", "mx-tok-"
                    + COUNTER.incrementAndGet(), "days", 1)).post("/api/tokens").then().statusCode(201).extract()
                    .jsonPath().getLong("token.id")));
            values.put("name", () -> "mx.n" + COUNTER.incrementAndGet());
            // a fresh push target of this commune each time (its url refuses connections: nothing is ever sent)
            values.put("upwardTarget", () -> String.valueOf(login("admin").body(Map.of("name", "mx-up-"
                    + COUNTER.incrementAndGet(), "url", "http://127.0.0.1:9/loa", "areaId", commune,
                    "dailyReport", false)).post("/api/upward/targets").then().statusCode(201).extract().jsonPath()
                    .getLong("id")));
            final String emergencyTitle = "Khẩn " + tag + " " + COUNTER.incrementAndGet();
            final long emergency = emergency(staff, emergencyTitle, rx);
            values.put("emergency", () -> Long.toString(emergency));
            values.put("emergencyTitle", () -> emergencyTitle);
            values.put("sentEmergency", () -> Long.toString(sentEmergency(staff, approver, rx)));
            values.put("sentEmergencyBroadcast", () -> login(staff).get("/api/emergencies/"
                    + sentEmergency(staff, approver, rx)).then().statusCode(200).extract().path("broadcastId")
                    .toString());
            final String templateTitle = "Mẫu " + tag + " " + COUNTER.incrementAndGet();
            final long template = template(staff, templateTitle, commune);
            login(staff).post("/api/templates/" + template + "/submit").then().statusCode(200);
            login(approver).post("/api/templates/" + template + "/approve").then().statusCode(200);
            values.put("template", () -> Long.toString(template));
            values.put("templateTitle", () -> templateTitle);
            values.put("draftTemplate", () -> Long.toString(template(staff, "Mẫu nháp " + COUNTER.incrementAndGet(),
                    commune)));
            values.put("submittedTemplate", () -> {
                final long t = template(staff, "Mẫu chờ duyệt " + COUNTER.incrementAndGet(), commune);
                login(staff).post("/api/templates/" + t + "/submit").then().statusCode(200);
                return Long.toString(t);
            });
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
    void everyEndpoint_everyRole_insideAndOutsideTheArea() {
        final long province = area(null, "province", "Tỉnh Ma Trận " + COUNTER.incrementAndGet());
        this.province = province;
        final Side inside = new Side("Trong", province);
        final Side outside = new Side("Ngoai", province);
        final String insideBulletin = inside.values.get("bulletin").get();
        final String audio = as("admin").get("/api/bulletins/" + insideBulletin).then().extract().path("audio.sha256");
        final String insideTemplate = inside.values.get("template").get();
        for (Side s : List.of(inside, outside)) {
            s.values.put("insideTemplate", () -> insideTemplate);
            s.values.put("insideBulletin", () -> insideBulletin);
            s.values.put("audio", () -> audio);
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
        System.out.printf("access matrix: %d endpoints x %d callers x 2 sides = %d cases, %d failed%n",
                MATRIX.size(), CALLERS.length, cases, failures.size());
        assertEquals(MATRIX.size() * CALLERS.length * 2, cases);
        assertEquals(113 * 5 * 2, cases, "every API endpoint (and its variants) is in the matrix");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Runs one case; null when it met the expectation, else what happened. */
    private String check(final Row row, final Side side, final String caller, final String token) {
        final int status = Integer.parseInt(token.replaceAll("[^0-9]", ""));
        final String path = expand(row.path(), side);
        final String body = row.body() == null || WAV.equals(row.body()) || CAP.equals(row.body()) ? row.body()
                : expand(row.body(), side);
        RequestSpecification spec = caller == null ? given().contentType(ContentType.JSON) : login(caller);
        if (WAV.equals(body)) {
            spec = spec.contentType("audio/wav").body(WAV_BYTES);
        } else if (body != null && body.startsWith(CSV_HEADER)) {
            spec = spec.contentType("text/csv; charset=UTF-8").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (CAP.equals(body)) {
            spec = spec.contentType("application/cap+xml").body("<alert/>");
        } else if (body != null) {
            spec = spec.body(body);
        }
        final Response response = spec.request(row.method(), path);
        final String text = response.asString();
        if (response.statusCode() != status) {
            return "expected " + status + ", got " + response.statusCode() + " " + abbreviate(text);
        }
        if (token.endsWith("!") && !text.contains("/problems/outside-area")) {
            return "expected problem outside-area, got " + abbreviate(text);
        }
        if (token.endsWith("+") || token.endsWith("-")) {
            final String marker = expand(row.marker(), side);
            if (text.contains(marker) != token.endsWith("+")) {
                return (token.endsWith("+") ? "missing " : "shows ") + marker;
            }
        }
        return null;
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

    private static RequestSpecification login(final String user) {
        return "admin".equals(user) ? as("admin")
                : given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON);
    }

    private static long area(final Long parent, final String level, final String name) {
        final Map<String, Object> body = new HashMap<>(Map.of("level", level, "name", name));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return as("admin").body(body).post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void user(final String username, final String role, final long areaId) {
        as("admin").body(Map.of("username", username, "password", PASSWORD, "role", role, "areaId", areaId))
                .post("/api/users").then().statusCode(201);
    }

    private static long draft(final String staff, final String title) {
        return login(staff).body(Map.of("title", title, "text", "The meeting starts at eight tonight.",
                "language", "en", "priority", "routine")).post("/api/bulletins").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long emergency(final String staff, final String title, final String rx) {
        return login(staff).body(Map.of("title", title, "text", "Flood now.", "language", "en",
                "targets", Map.of("receivers", List.of(rx)))).post("/api/emergencies").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** An emergency sent: approved, so a broadcast plays it. */
    private static long sentEmergency(final String staff, final String approver, final String rx) {
        final long id = emergency(staff, "Khẩn " + COUNTER.incrementAndGet(), rx);
        final long bulletin = login(staff).get("/api/emergencies/" + id).then().extract().jsonPath().getLong("bulletinId");
        login(approver).post("/api/bulletins/" + bulletin + "/approve").then().statusCode(200);
        return id;
    }

    /** A draft with a recording attached. */
    private static long recorded(final String staff, final String title) {
        final long id = draft(staff, title);
        login(staff).contentType("audio/wav").body(WAV_BYTES).put("/api/bulletins/" + id + "/recording").then()
                .statusCode(200);
        return id;
    }

    /** A draft emergency template with one blank, for the commune. */
    private static long template(final String staff, final String title, final long commune) {
        return login(staff).body(Map.of("title", title, "text", "Lũ về lúc {gio_1}, sơ tán ngay.", "blanks",
                List.of(Map.of("name", "gio_1", "label", "Giờ", "kind", "time")), "language", "vi",
                "priority", "emergency", "areaId", commune)).post("/api/templates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long submitted(final String staff, final String title) {
        final long id = draft(staff, title);
        login(staff).post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
