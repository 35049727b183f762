stub: upstream file of 308 bytes
