stub: upstream file of 8212 bytes
