stub: upstream file of 14030 bytes
