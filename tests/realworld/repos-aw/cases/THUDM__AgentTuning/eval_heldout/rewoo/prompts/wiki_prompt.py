stub: upstream file of 6106 bytes
