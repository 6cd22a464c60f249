package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.thyrobank.platform.database.MigrateWhenBehind;

class AotContextWithoutWebTests {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final AotContextWithoutWeb filter = new AotContextWithoutWeb();

    @Test
    void aWebConfigurationAndTheBeansItsMethodsMakeAreLeftOutAndOtherBeansStay() throws Exception {
        beans.registerBeanDefinition(
                "openApiDocs", new RootBeanDefinition(Class.forName("org.thyrobank.web.OpenApiDocs")));
        RootBeanDefinition madeByTheWeb = new RootBeanDefinition();
        madeByTheWeb.setFactoryBeanName("openApiDocs");
        madeByTheWeb.setFactoryMethodName("thyrobankApi");
        beans.registerBeanDefinition("thyrobankApi", madeByTheWeb);
        beans.registerBeanDefinition("migrateWhenBehind", new RootBeanDefinition(MigrateWhenBehind.class));

        assertThat(filter.isExcludedFromAotProcessing(RegisteredBean.of(beans, "openApiDocs")))
                .isTrue();
        assertThat(filter.isExcludedFromAotProcessing(RegisteredBean.of(beans, "thyrobankApi")))
                .isTrue();
        assertThat(filter.isExcludedFromAotProcessing(RegisteredBean.of(beans, "migrateWhenBehind")))
                .isFalse();
    }
}
