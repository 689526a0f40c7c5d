package cn.gongkai.airquality;

/** A monitoring station the bureau reports for: reference data the administrators keep. */
public record AirStation(String id, String name) {
}
