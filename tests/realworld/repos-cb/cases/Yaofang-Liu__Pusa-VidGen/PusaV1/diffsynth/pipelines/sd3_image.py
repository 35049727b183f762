stub: upstream file of 6291 bytes
