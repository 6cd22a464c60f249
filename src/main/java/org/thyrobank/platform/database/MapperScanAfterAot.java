package org.thyrobank.platform.database;

import org.mybatis.spring.mapper.MapperScannerConfigurer;
import org.springframework.beans.factory.aot.BeanRegistrationExcludeFilter;
import org.springframework.beans.factory.support.RegisteredBean;

/**
 * Leaves MyBatis's mapper scanner out of the context generated ahead of time (META-INF/spring/aot.factories): the
 * mappers it found are in the generated context already, and scanning again at run time would register each a
 * second time and fail the start.
 */
public final class MapperScanAfterAot implements BeanRegistrationExcludeFilter {

    @Override
    public boolean isExcludedFromAotProcessing(RegisteredBean registeredBean) {
        return MapperScannerConfigurer.class.isAssignableFrom(registeredBean.getBeanClass());
    }
}
