stub: upstream file of 6006 bytes
