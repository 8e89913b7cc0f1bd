package news.credibility.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import news.credibility.config.ConfiguredUsers;
import news.credibility.config.CredibilityProperties;
import news.credibility.config.RequestBodyFilter;
import news.credibility.config.SecurityConfiguration;

/** What a web slice test needs besides the controller: security, users, the body filter, the settings. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredibilityProperties.class)
@Import({SecurityConfiguration.class, ConfiguredUsers.class, RequestBodyFilter.class})
public class WebSlice {
}
