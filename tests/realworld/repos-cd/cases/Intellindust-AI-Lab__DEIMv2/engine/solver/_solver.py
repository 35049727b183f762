stub: upstream file of 24274 bytes
