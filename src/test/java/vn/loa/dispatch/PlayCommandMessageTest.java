package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.OutgoingCommand;
import vn.loa.bulletin.Priority;

class PlayCommandMessageTest {

    @Test
    void toJson_sameCommandAsFixture_equalsFixture() throws Exception {
        final JsonNode fixture = Wire.JSON.readTree(Fixtures.bytes("play-command.json"));
        final String sha = fixture.at("/audio/sha256").asText();
        final OutgoingCommand c = new OutgoingCommand(fixture.get("commandId").asText(), "rx-thon-ma-01", 42, sha,
                48640, 12160, Instant.parse("2026-12-06T06:30:00Z"), Instant.parse("2026-12-06T07:30:00Z"),
                Priority.EMERGENCY, fixture.get("title").asText());
        final JsonNode produced = Wire.JSON.readTree(PlayCommandMessage.of(c).toJson());
        assertEquals(fixture, produced);
    }
}
