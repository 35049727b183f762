stub: upstream file of 2308 bytes
