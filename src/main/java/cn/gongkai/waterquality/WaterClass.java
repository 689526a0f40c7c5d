package cn.gongkai.waterquality;

/**
 * The water classes of GB 3838-2002 (Ⅰ to Ⅴ, and 劣Ⅴ for water that meets none), each with the colour the national
 * water bulletins give it. Pages show the class in words beside the colour, so nothing is said by colour alone.
 */
public enum WaterClass {

	I("Ⅰ类", "#1e64c8"),
	II("Ⅱ类", "#5aa0e6"),
	III("Ⅲ类", "#00b050"),
	IV("Ⅳ类", "#ffd700"),
	V("Ⅴ类", "#ff8c00"),
	WORSE_THAN_V("劣Ⅴ类", "#e00000");

	private final String label;

	private final String colour;

	WaterClass(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	/** The class stored as its number: 1 to 5, and 6 for 劣Ⅴ. */
	public static WaterClass ofNumber(int number) {
		return values()[number - 1];
	}

	public int number() {
		return ordinal() + 1;
	}

	public String label() {
		return label;
	}

	public String colour() {
		return colour;
	}

	/** The style class of a table cell in this class (the pages' security policy allows no inline style). */
	public String cssClass() {
		return "water-" + number();
	}

	/** Classes a target may be: a target of 劣Ⅴ would be no target. */
	public boolean isTarget() {
		return this != WORSE_THAN_V;
	}

	public boolean worseThan(WaterClass other) {
		return ordinal() > other.ordinal();
	}

}
