package news.credibility.api;

import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import news.credibility.audit.AuditLog;
import news.credibility.audit.RuleSetArchive;

import news.credibility.config.ConfiguredUsers;
import news.credibility.config.CredibilityProperties;
import news.credibility.config.RequestBodyFilter;
import news.credibility.config.SecurityConfiguration;

/**
 * What a web slice test needs besides the controller: security, users, the body filter, the
 * settings, and the audit recorder over a store that keeps nothing (the store has its own tests).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredibilityProperties.class)
@Import({SecurityConfiguration.class, ConfiguredUsers.class, RequestBodyFilter.class, AuditRecorder.class})
public class WebSlice {

    @Bean
    AuditLog auditLog() {
        return Mockito.mock(AuditLog.class, Mockito.RETURNS_MOCKS);
    }

    @Bean
    RuleSetArchive ruleSetArchive() {
        return Mockito.mock(RuleSetArchive.class);
    }
}
