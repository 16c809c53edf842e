/** Small programs built on the Minutes AST, as an outside user would write them. */
package org.minutes.samples;
