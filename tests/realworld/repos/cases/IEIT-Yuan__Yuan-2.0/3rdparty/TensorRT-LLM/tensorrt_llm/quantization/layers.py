stub: upstream file of 51334 bytes
