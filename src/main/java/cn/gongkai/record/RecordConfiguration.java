package cn.gongkai.record;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecordConfiguration {

	@Bean
	Clock clock(@Value("${gongkai.time-zone}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
