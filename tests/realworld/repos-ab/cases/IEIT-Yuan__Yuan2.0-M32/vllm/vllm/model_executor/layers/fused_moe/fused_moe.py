stub: upstream file of 17960 bytes
