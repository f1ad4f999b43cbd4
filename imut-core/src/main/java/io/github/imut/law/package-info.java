/**
 * The law as data: {@link io.github.imut.law.LegalBasis} citations, the
 * {@link io.github.imut.law.InForce} periods of provisions, effective-dated
 * {@link io.github.imut.law.LegalParameters}, the {@link io.github.imut.law.PoliticalCalendar} and the
 * {@link io.github.imut.law.WorkingDayCalendar} of national holidays and cuti bersama.
 * Everything here is immutable and thread-safe; nothing returns null.
 */
package io.github.imut.law;
