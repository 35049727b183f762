stub: upstream file of 22297 bytes
