package cn.gongkai.organization;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration(proxyBeanMethods = false)
class OrganizationConfiguration {

	@Bean
	Organization organization(ObjectMapper objectMapper) throws IOException {
		try (InputStream in = new ClassPathResource("organization.json").getInputStream()) {
			Organization organization = objectMapper.readValue(in, Organization.class);
			organization.validate();
			return organization;
		}
	}

}
