stub: upstream file of 36296 bytes
