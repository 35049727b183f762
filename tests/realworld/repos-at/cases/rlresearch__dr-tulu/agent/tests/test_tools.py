stub: upstream file of 17152 bytes
