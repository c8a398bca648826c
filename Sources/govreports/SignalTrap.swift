import Foundation
import GovReportsCore

/// Turns SIGINT/SIGTERM into a stop request so the run ends after the document in hand, with state saved.
enum SignalTrap {
    /// Dispatch sources kept alive for the process lifetime.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    /// The signal that stopped the run (exit code 128 + signal).
    nonisolated(unsafe) private static var received: Int32 = 0

    /// Exit code for the received signal: 130 for SIGINT, 143 for SIGTERM.
    static var exitCode: Int32 { received == 0 ? 130 : 128 + received }

    /// Installs handlers that set `flag`.
    static func install(_ flag: StopFlag) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                received = sig
                flag.set()
            }
            source.resume()
            sources.append(source)
        }
    }
}
