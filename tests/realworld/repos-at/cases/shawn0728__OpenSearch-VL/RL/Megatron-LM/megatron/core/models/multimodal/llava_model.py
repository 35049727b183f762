stub: upstream file of 48810 bytes
