using System.Runtime.InteropServices;
using ClaimCheck.Cli;

// Ctrl+C or a kill (SIGTERM) while the report is being written: remove the temporary file, then stop as usual.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => AtomicFile.DeletePending());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => AtomicFile.DeletePending());

// Machine output goes to stdout (or --out); progress, tables and errors go to stderr.
return CliApp.Run(args, new CliIo(Console.In, Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected)
{
    InBytes = Console.IsInputRedirected ? Console.OpenStandardInput() : null,
});
