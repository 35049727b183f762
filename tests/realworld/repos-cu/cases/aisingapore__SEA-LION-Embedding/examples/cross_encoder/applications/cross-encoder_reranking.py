stub: upstream file of 8610 bytes
