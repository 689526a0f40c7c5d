package cn.gongkai.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each of the application's tables has one owning package, and only the owner's code names the table in SQL; every
 * other package reads through the owner's API, so a renamed column or status is one package's change.
 */
class TableOwnershipTest {

	/** Table → owning package (under {@code cn.gongkai}). */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("gk_record", "record"),
			Map.entry("gk_record_version", "record"), Map.entry("gk_attachment", "record"),
			Map.entry("gk_version_attachment", "record"), Map.entry("gk_review_record", "record"),
			Map.entry("gk_published_version", "record"), Map.entry("gk_record_change", "record"),
			Map.entry("gk_column_entry", "record"), Map.entry("gk_column_change", "record"),
			Map.entry("gk_column_change_seq", "record"), Map.entry("gk_obligation", "obligation"),
			Map.entry("gk_calendar_year", "calendar"), Map.entry("gk_calendar_day", "calendar"),
			Map.entry("gk_notification", "notification"), Map.entry("gk_breach", "supervision"),
			Map.entry("gk_report", "report"), Map.entry("gk_report_photo", "report"),
			Map.entry("gk_report_sender", "report"), Map.entry("gk_camunda_schema_history", "process"),
			Map.entry("gk_application", "application"), Map.entry("gk_application_pause", "application"),
			Map.entry("gk_application_letter", "application"), Map.entry("gk_annual_report", "annualreport"),
			Map.entry("gk_annual_report_figure", "annualreport"), Map.entry("gk_annual_report_version", "annualreport"),
			Map.entry("gk_air_station", "airquality"), Map.entry("gk_air_dataset", "airquality"),
			Map.entry("gk_air_day", "airquality"), Map.entry("gk_air_version", "airquality"),
			Map.entry("gk_water_site", "waterquality"), Map.entry("gk_water_dataset", "waterquality"),
			Map.entry("gk_water_month", "waterquality"), Map.entry("gk_water_value", "waterquality"),
			Map.entry("gk_water_version", "waterquality"));

	static final Pattern TABLE = Pattern.compile("\\bgk_[a-z_]+\\b");
	static final Pattern CREATED = Pattern.compile("CREATE TABLE (gk_[a-z_]+)");

	@Test
	void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.toList()) {
				Matcher m = CREATED.matcher(Files.readString(file));
				while (m.find()) {
					created.add(m.group(1));
				}
			}
		}
		assertThat(created).isNotEmpty();
		assertThat(OWNERS.keySet()).containsAll(created);
	}

	@Test
	void onlyItsOwnerNamesATable() throws IOException {
		Path root = Path.of("src/main/java/cn/gongkai");
		List<String> trespasses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String owner = root.relativize(file).getName(0).toString();
				Matcher m = TABLE.matcher(Files.readString(file));
				while (m.find()) {
					String expected = OWNERS.get(m.group());
					if (expected != null && !expected.equals(owner)) {
						trespasses.add(root.relativize(file) + " names " + m.group() + ", owned by " + expected);
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

}
