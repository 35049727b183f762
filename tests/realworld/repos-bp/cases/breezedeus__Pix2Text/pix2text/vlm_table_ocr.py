stub: upstream file of 6972 bytes
