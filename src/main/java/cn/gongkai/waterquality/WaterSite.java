package cn.gongkai.waterquality;

/**
 * A monitoring section or drinking-water source, as reference data the administrators keep: the water it is on, whether
 * that is a lake or reservoir (total phosphorus has its own limits there), and the class it is to meet.
 */
public record WaterSite(String id, WaterKind kind, String name, String water, boolean lake, WaterClass target,
		boolean active) {
}
