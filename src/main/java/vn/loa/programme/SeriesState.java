package vn.loa.programme;

/** Where a series stands. Its occurrences have their own broadcasts, whose deliveries say what played. */
public enum SeriesState {
    /** Occurrences remain to be expanded into broadcasts. */
    ACTIVE,
    /** Every occurrence has its broadcast. */
    EXPANDED,
    /** Ended by someone, or split: no occurrence at or after {@code endsBefore} belongs to it. */
    ENDED
}
