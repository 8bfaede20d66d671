package vn.loa.testbroadcast;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A series that a test schedule ran: its broadcasts are test broadcasts of the area, for the reports, even after the
 * schedule was changed or switched off.
 */
@Entity
@Table(name = "test_series")
public class TestSeries extends PanacheEntityBase {

    @Id
    @Column(name = "series_id")
    public Long seriesId;

    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static TestSeries of(final long seriesId, final long areaId, final Instant now) {
        final TestSeries t = new TestSeries();
        t.seriesId = seriesId;
        t.areaId = areaId;
        t.createdAt = now;
        return t;
    }
}
