stub: upstream file of 6317 bytes
