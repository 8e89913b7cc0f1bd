package news.credibility.api;

import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import news.credibility.audit.AuditExport;
import news.credibility.audit.AuditLog;
import news.credibility.audit.AuditReader;
import news.credibility.audit.ChainVerifier;
import news.credibility.audit.RuleSetArchive;

import news.credibility.config.ConfiguredUsers;
import news.credibility.config.CredibilityProperties;
import news.credibility.config.RequestBodyFilter;
import news.credibility.config.SecurityConfiguration;

/**
 * What a web slice test needs besides the controller: security, users, the body filter, the
 * settings, and the audit recorder and the audit controllers' services over a store that keeps
 * nothing (the store has its own tests; AuditSecurityTests replaces these with answering mocks).
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

    @Bean
    AuditReader auditReader() {
        return Mockito.mock(AuditReader.class);
    }

    @Bean
    ChainVerifier chainVerifier() {
        return Mockito.mock(ChainVerifier.class);
    }

    @Bean
    AuditExport auditExport() {
        return Mockito.mock(AuditExport.class);
    }

    @Bean
    Replayer replayer() {
        return Mockito.mock(Replayer.class);
    }
}
