package cn.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain and the public pages know nothing of the engine; engine glue stays in the process package. */
@AnalyzeClasses(packages = "cn.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainIsFreeOfTheEngine = noClasses().that()
		.resideInAnyPackage("cn.gongkai.record..", "cn.gongkai.column..", "cn.gongkai.workspace..",
				"cn.gongkai.calendar..", "cn.gongkai.catalogue..", "cn.gongkai.obligation..", "cn.gongkai.escalation..",
				"cn.gongkai.airquality..", "cn.gongkai.waterquality..", "cn.gongkai.datatable..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.camunda..");

	@ArchTest
	static final ArchRule domainDoesNotReachIntoTheGlue = noClasses().that()
		.resideInAnyPackage("cn.gongkai.record..", "cn.gongkai.obligation..", "cn.gongkai.calendar..",
				"cn.gongkai.airquality..", "cn.gongkai.waterquality..", "cn.gongkai.datatable..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("cn.gongkai.process..", "cn.gongkai.security..", "cn.gongkai.column..",
				"cn.gongkai.workspace..");

	/** Packages by capability depend on each other one way only. */
	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("cn.gongkai.(*)..").should().beFreeOfCycles();

}
