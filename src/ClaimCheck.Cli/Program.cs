using ClaimCheck.Cli;

// Machine output goes to stdout (or --out); progress, tables and errors go to stderr.
return CliApp.Run(args, new CliIo(Console.In, Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected));
