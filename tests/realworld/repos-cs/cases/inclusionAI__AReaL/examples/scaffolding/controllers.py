stub: upstream file of 37106 bytes
