package vn.loa.receiver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A village a receiver reaches besides its own, through an FM transmitter it feeds or a wired line (issue 16 item
 * 5). Recorded by administrators ({@link ServedVillages}); the log's coverage counts the village as reached when
 * that receiver played.
 */
@Entity
@Table(name = "served_village")
public class ServedVillage extends PanacheEntityBase {

    /** How the receiver's sound gets to the village. */
    public enum Medium {
        /** A low-power FM transmitter fed by the receiver; the village listens on radios or FM loudspeakers. */
        FM,
        /** A wired loudspeaker line run from the receiver's amplifier. */
        WIRE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "receiver_id", nullable = false, length = 63)
    public String receiverId;

    /** The village served (an area of level VILLAGE). */
    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Medium medium;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
