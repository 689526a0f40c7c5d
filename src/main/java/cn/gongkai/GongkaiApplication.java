package cn.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GongkaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongkaiApplication.class, args);
	}

}
