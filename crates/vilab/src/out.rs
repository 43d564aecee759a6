//! Writing to standard output the way a Unix tool should: when the reader
//! goes away (`vilab media list | head`), the program ends quietly with
//! status 0, as `ripgrep` does, instead of panicking in `println!`.

use std::io::Write as _;

/// Writes formatted text to standard output; a closed pipe ends the
/// process at once with status 0 (everything the command set out to store
/// is stored before it prints), any other failure with status 1.
pub fn write(args: std::fmt::Arguments<'_>) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args) {
        end_on(&e);
    }
}

/// Writes bytes to standard output as they are (a file's text), ending as
/// [`write`] does on a failure.
pub fn write_bytes(bytes: &[u8]) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        end_on(&e);
    }
}

/// Ends the process on a failed write to standard output.
pub fn end_on(error: &std::io::Error) -> ! {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("vilab: error: writing to standard output: {error}");
    std::process::exit(1);
}

/// `print!` that ends quietly on a closed pipe.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::out::write(format_args!($($arg)*)) };
}

/// `println!` that ends quietly on a closed pipe.
#[macro_export]
macro_rules! outln {
    () => { $crate::out::write(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::out::write(format_args!("{}\n", format_args!($($arg)*))) };
}
