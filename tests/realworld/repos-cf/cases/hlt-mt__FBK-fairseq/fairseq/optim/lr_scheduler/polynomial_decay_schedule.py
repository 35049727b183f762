stub: upstream file of 3302 bytes
