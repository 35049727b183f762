stub: upstream file of 106 bytes
