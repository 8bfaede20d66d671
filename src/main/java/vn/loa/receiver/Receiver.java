package vn.loa.receiver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A village receiver: the box that drives a loudspeaker. Presence fields are updated from its status topic. */
@Entity
public class Receiver extends PanacheEntityBase {

    @Id
    @Column(length = 63)
    public String id;

    @Column(nullable = false, length = 120)
    public String name;

    /** The village (an area of level VILLAGE) this receiver stands in. */
    @Column(name = "area_id", nullable = false)
    public Long areaId;

    /** Display names of the village and its commune, kept equal to the areas' names on rename and move. */
    @Column(nullable = false, length = 120)
    public String village;

    @Column(nullable = false, length = 120)
    public String commune;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public boolean online;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(length = 64)
    public String agent;

    /** The last command sequence number given to this receiver (PROTOCOL.md 4.5). */
    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    /** Health from the last heartbeat (PROTOCOL.md 4.3); null when never reported. */
    @Column(name = "status_at")
    public Instant statusAt;

    @Column(length = 64)
    public String firmware;

    @Column(name = "power_source", length = 16)
    public String powerSource;

    @Column(name = "battery_percent")
    public Integer batteryPercent;

    /** The battery reserve the receiver says it keeps (routine plays skipped below it), percent; null if unsaid. */
    @Column(name = "battery_reserve_percent")
    public Integer batteryReservePercent;

    @Column(name = "signal_dbm")
    public Integer signalDbm;

    @Column(name = "volume_percent")
    public Integer volumePercent;

    @Column(name = "storage_free_bytes")
    public Long storageFreeBytes;

    @Column(name = "queued_commands")
    public Integer queuedCommands;

    /** Estimated receiver clock minus controller clock, milliseconds. */
    @Column(name = "clock_offset_ms")
    public Long clockOffsetMs;

    /** Hashes of the broker secret (see {@link ReceiverSecrets}); the secret itself is never stored. */
    @Column(name = "secret_sha256", length = 64)
    public String secretSha256;

    @Column(name = "mosquitto_hash", length = 200)
    public String mosquittoHash;

    /** WGS 84 degrees; both null when the position is unknown. */
    @Column
    public Double latitude;

    @Column
    public Double longitude;
}
