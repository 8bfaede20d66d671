package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.loa.receiver.ReceiverId;

class TopicsTest {

    @Test
    void command_buildsReceiverTopic() {
        assertEquals("loa/v1/rx/rx-thon-ma-01/cmd", Topics.command(ReceiverId.of("rx-thon-ma-01")));
    }

    @Test
    void parse_ackTopic_givesReceiverAndKind() {
        final Topics.Parsed p = Topics.parse("loa/v1/rx/rx-thon-ma-01/ack").orElseThrow();
        assertEquals("rx-thon-ma-01", p.receiver().value());
        assertEquals(Topics.Kind.ack, p.kind());
    }

    @Test
    void parse_foreignOrMalformedTopics_areEmpty() {
        for (String t : new String[] {"loa/v2/rx/a1/ack", "loa/v1/rx/a1/ack/extra", "loa/v1/rx//ack",
                "loa/v1/rx/A1/ack", "loa/v1/rx/a1/unknown", "loa/v1/rx/a1", "other/topic", "", "loa/v1/rx/+/ack"}) {
            assertTrue(Topics.parse(t).isEmpty(), t);
        }
    }
}
