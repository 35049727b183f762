stub: upstream file of 13549 bytes
