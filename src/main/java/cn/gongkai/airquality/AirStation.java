package cn.gongkai.airquality;

/**
 * A monitoring station the bureau reports for: reference data the administrators keep. A station is never renamed or
 * deleted, only retired ({@code active} false), so that every published table keeps the names it was published with.
 */
public record AirStation(String id, String name, boolean active) {
}
