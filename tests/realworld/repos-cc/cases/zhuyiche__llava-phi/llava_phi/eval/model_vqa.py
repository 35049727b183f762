stub: upstream file of 4948 bytes
