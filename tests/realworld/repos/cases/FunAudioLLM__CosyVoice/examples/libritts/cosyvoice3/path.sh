stub: upstream symlink to ../cosyvoice/path.sh
