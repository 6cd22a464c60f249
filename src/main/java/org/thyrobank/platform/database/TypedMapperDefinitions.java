package org.thyrobank.platform.database;

import org.mybatis.spring.mapper.MapperFactoryBean;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Rewrites each scanned MyBatis mapper definition as a {@code MapperFactoryBean<TheMapper>} made by its no-argument
 * constructor, its object type a class. As MyBatis scans them (a constructor argument naming the interface, the
 * object type a string), Spring's AOT processing generates code that cannot make them, in the context's package,
 * where package-private mappers are out of reach, and that leaves their type to be found by making them (with
 * MyBatis, Flyway and the DataSource) while post-processors are still being registered. Without AOT the rewritten
 * definitions make the same beans.
 */
@Component
public final class TypedMapperDefinitions implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        // the mapper scanner registers its definitions in this phase: they are rewritten in the next one
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition scanned = registry.getBeanDefinition(name);
            Object mapper = scanned.getPropertyValues().get("mapperInterface");
            if (scanned instanceof RootBeanDefinition // generated ahead of time: typed already
                    || !MapperFactoryBean.class.getName().equals(scanned.getBeanClassName())
                    || mapper == null) {
                continue;
            }
            Class<?> mapperInterface = mapper instanceof Class<?> type
                    ? type
                    : ClassUtils.resolveClassName(mapper.toString(), beanFactory.getBeanClassLoader());
            RootBeanDefinition typed = new RootBeanDefinition(MapperFactoryBean.class);
            typed.setTargetType(ResolvableType.forClassWithGenerics(MapperFactoryBean.class, mapperInterface));
            typed.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, mapperInterface);
            typed.setPropertyValues(new MutablePropertyValues(scanned.getPropertyValues()));
            typed.setLazyInit(scanned.isLazyInit());
            registry.removeBeanDefinition(name);
            registry.registerBeanDefinition(name, typed);
        }
    }
}
