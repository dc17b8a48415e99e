package dev.huifang.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Huifang package: generated implementations stay package-private
 * behind their abstract type, and only the JDK's collections are used.
 *
 * <p>Apply it in {@code package-info.java}, never on a type: Immutables does not merge styles, so
 * an inline style silently replaces this one. Source retention keeps Immutables out of the
 * runtime class path of users, and generated classes carry no annotation from Immutables' jar.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Only Override: no @Generated from Immutables' annotation jar on generated classes, which
    // consumers do not have and javac -Xlint:all -Werror would fail on ("Cannot find annotation
    // method 'from()'").
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface HuifangStyle {}
