package vn.loa.broadcast;

/**
 * The names of programme slots, for the slot part of play commands (PROTOCOL.md 4.1f). A port: {@code programme}
 * implements it, so the dependency runs from {@code programme} to {@code broadcast} only.
 */
public interface SlotNames {

    /** The slot's name, or null when there is no such slot. */
    String name(long slotId);
}
