package cn.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.gongkai.organization.Organization;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GongkaiTest
class CatalogueTest {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organization organization;

	@Test
	void listsEveryDisclosureTypeOfTheDesignWithItsUnitsAndSections() {
		assertThat(catalogue.types()).extracting(Catalogue.DisclosureType::key)
			.containsExactlyInAnyOrder("env-quality", "emission-totals", "key-enterprises", "enforcement", "complaints",
					"incident", "radiation", "supervision-notice", "applications", "annual-report");
		assertThat(catalogue.type("annual-report").yearlyDueDay()).contains(java.time.MonthDay.of(1, 31));
		assertThat(catalogue.type("applications").onRequest()).isTrue();
		assertThat(catalogue.type("applications").sections()).isEmpty();
		assertThat(catalogue.type("env-quality").units()).containsExactly("jiance", "jiancezhan");
		assertThat(catalogue.type("incident").defaultGrade()).isEqualTo(3);
		assertThat(catalogue.type("env-quality").sections()).containsExactly("air-quality", "water-quality", "drinking-water");
	}

	@Test
	void aMistakeStopsStartUpWithAMessageNamingTheEntry() {
		var broken = new Catalogue(List.of(new Catalogue.Section("air-quality", "空气质量", "环境监测信息")),
				List.of(new Catalogue.DisclosureType("env-quality", "空气", List.of("air-quality", "nowhere"),
						List.of("jiance", "nosuchunit"), Catalogue.Cadence.TWICE_MONTHLY, "15日前", "通知", 4,
						new Catalogue.EventPeriod(0, " "), false, false, "02-30"),
						new Catalogue.DisclosureType("applications", "依申请公开答复", List.of("air-quality"), List.of("jiance"),
								Catalogue.Cadence.EVENT, "20个工作日", "条例", 2, new Catalogue.EventPeriod(20, "答复"), false,
								true, null)));
		assertThatThrownBy(() -> CatalogueConfiguration.validated(broken, organization))
			.hasMessageContaining("type env-quality: unknown section 'nowhere'")
			.hasMessageContaining("type env-quality: unknown unit 'nosuchunit'")
			.hasMessageContaining("type env-quality: defaultGrade must be 1, 2 or 3, not 4")
			.hasMessageContaining("type env-quality: eventPeriod needs 1 to 366 working days and its wording")
			.hasMessageContaining("type applications: answers on request are never on the column, so have no section")
			.hasMessageContaining("type env-quality: yearlyDue must be MM-DD, not '02-30'");
	}

	@Test
	void administratorsCanReadItAndTheColumnShowsItsSections() {
		var admin = new WebClient(port).basic("admin", Staff.PASSWORD);
		assertThat(admin.get("/api/admin/catalogue").body()).contains("\"key\":\"complaints\"").contains("群众投诉处理");
		assertThat(new WebClient(port).basic("jianceHead", Staff.PASSWORD).get("/api/admin/catalogue").statusCode())
			.isEqualTo(403);
		String home = new WebClient(port).get("/").body();
		for (Catalogue.Section section : catalogue.sections()) {
			assertThat(home).contains(section.name()).contains(section.group());
			assertThat(new WebClient(port).get("/column/" + section.key()).statusCode()).as(section.key()).isEqualTo(200);
		}
	}

}
