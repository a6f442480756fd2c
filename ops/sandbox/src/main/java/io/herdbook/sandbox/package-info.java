/**
 * A loopback stand-in for the platform (TikTok) for demos, tests and benchmarks.
 *
 * <p>{@link io.herdbook.sandbox.Sandbox} serves the platform's own paths ({@code /@handle},
 * {@code /@handle/video/id}, {@code /api/post/item_list}, {@code /api/comment/list}) on
 * {@code 127.0.0.1}. Pages that were captured from the real platform are served byte for byte; every
 * other answer is generated in the platform's current format ({@code __UNIVERSAL_DATA_FOR_REHYDRATION__}
 * pages and web-API JSON) from the {@link io.herdbook.sandbox.CaptureLibrary}, so that it parses back
 * to the same values. When no capture folder exists the library is generated (three creators) so a
 * fresh clone still demos.
 *
 * <p>{@link io.herdbook.sandbox.Faults} injects the failures the platform really produces (the
 * captured CDN blocks, timeouts, 5xx, challenge shells) per path or per creator, in process or over
 * {@code /__sandbox/faults}.
 */
package io.herdbook.sandbox;
