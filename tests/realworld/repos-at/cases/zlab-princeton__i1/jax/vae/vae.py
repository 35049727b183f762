stub: upstream file of 13127 bytes
