package dev.opcon.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link SubjectFactory} and describes it in one line. The registry reads this annotation
 * from the factory's class, so listing the subjects instantiates none of them: a factory is
 * created only when its subject is picked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SubjectInfo {
    String name();

    String description();
}
