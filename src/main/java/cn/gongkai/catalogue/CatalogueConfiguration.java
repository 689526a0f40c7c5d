package cn.gongkai.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.gongkai.organization.Organization;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	static final String FILE = "catalogue.json";

	@Bean
	Catalogue catalogue(ObjectMapper objectMapper, Organization organization) throws IOException {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return validated(objectMapper.readValue(in, Catalogue.class), organization);
		}
	}

	static Catalogue validated(Catalogue catalogue, Organization organization) {
		List<String> problems = catalogue.problems(organization.unitNames().keySet());
		if (!problems.isEmpty()) {
			throw new IllegalStateException(FILE + ": " + String.join("; ", problems));
		}
		return catalogue;
	}

}
