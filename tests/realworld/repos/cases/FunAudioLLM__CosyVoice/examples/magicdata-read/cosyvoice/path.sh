stub: upstream symlink to ../../libritts/cosyvoice/path.sh
