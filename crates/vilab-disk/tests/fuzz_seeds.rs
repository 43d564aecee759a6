//! The fuzz targets' seeds (fuzz/seeds/, made by regenerate.sh) reach the
//! parsers' good paths: a seed that stopped parsing would leave its target
//! fuzzing only the first checks.

use std::path::PathBuf;

use vilab_disk::carve::{CarveOptions, carve};
use vilab_disk::ewf::EwfImage;
use vilab_disk::fat::{FatFs, Status};
use vilab_disk::volume::{Scheme, read_volumes};
use vilab_disk::{Extent, MemImage, ReadAt};

fn seed(path: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds").join(path);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn seeds_parse() {
    let t = read_volumes(&MemImage(seed("mbr_gpt/mbr-extended.img")));
    assert_eq!((t.scheme, t.volumes.len()), (Scheme::Mbr, 5), "{t:?}");
    let t = read_volumes(&MemImage(seed("mbr_gpt/gpt.img")));
    assert_eq!((t.scheme, t.volumes.len()), (Scheme::Gpt, 2), "{t:?}");
    assert!(t.errors.is_empty());

    let fs = FatFs::open(MemImage(seed("fat/fat12.img"))).unwrap();
    let (entries, _) = fs.entries();
    assert!(entries.iter().any(|e| e.path == b"/a long name.txt" && e.status == Status::Allocated));
    assert!(entries.iter().any(|e| e.status.is_deleted()));

    // The exFAT seed (laid out by disk-seeds.py, without the boot region's
    // checksum sector, which the reader does not need).
    let fs = vilab_disk::exfat::ExfatFs::open(MemImage(seed("fat/exfat.img"))).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let paths: Vec<_> = entries.iter().map(|e| (e.path_display(), e.status, e.checksum_ok, e.extents.len())).collect();
    assert_eq!(
        paths,
        [
            ("/Photos".to_string(), Status::Allocated, true, 1),
            ("/a contiguous file.txt".to_string(), Status::Allocated, true, 1),
            ("/gone.txt".to_string(), Status::DeletedLikelyIntact, true, 1),
            ("/Photos/in two pieces.bin".to_string(), Status::Allocated, true, 2),
        ]
    );

    // The ext2 seed (laid out by disk-seeds.py; e2fsck -fn finds it clean).
    let fs = vilab_disk::ext::ExtFs::open(MemImage(seed("fat/ext2.img"))).unwrap();
    let (entries, errors) = fs.entries();
    assert!(errors.is_empty(), "{errors:?}");
    let got: Vec<_> = entries.iter().map(|e| (e.path_display(), e.inode, e.status, e.size)).collect();
    assert_eq!(
        got,
        [
            ("/lost+found".to_string(), 11, Status::Allocated, 0),
            ("/dir".to_string(), 12, Status::Allocated, 0),
            ("/tiny.txt".to_string(), 14, Status::Allocated, 5),
            ("/gone.txt".to_string(), 15, Status::DeletedLikelyIntact, 4),
            ("/dir/three.bin".to_string(), 13, Status::Allocated, 3000),
        ]
    );

    for name in ["ewf/compressed-and-raw.E01", "ewf/raw-chunks.E01"] {
        let seg: Box<dyn ReadAt> = Box::new(MemImage(seed(name)));
        let img = EwfImage::from_segments(vec![(name.into(), seg)]).unwrap();
        assert!(img.verify().unwrap().verified(), "{name}");
    }

    for (name, at_least) in [("carve/pictures.bin", 3), ("carve/mp4.bin", 1)] {
        let img = MemImage(seed(name));
        let mut n = 0;
        carve(&img, [Extent { offset: 0, len: img.len() }], CarveOptions::default(), |_| n += 1);
        assert!(n >= at_least, "{name}: {n}");
    }
}
