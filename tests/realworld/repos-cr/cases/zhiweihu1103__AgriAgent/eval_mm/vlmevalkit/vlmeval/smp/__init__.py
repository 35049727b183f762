stub: upstream file of 78 bytes
