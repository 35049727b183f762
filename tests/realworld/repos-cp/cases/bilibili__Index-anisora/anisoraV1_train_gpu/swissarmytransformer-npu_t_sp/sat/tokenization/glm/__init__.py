stub: upstream file of 87 bytes
