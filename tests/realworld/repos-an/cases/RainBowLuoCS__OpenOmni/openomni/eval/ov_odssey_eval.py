stub: upstream file of 8297 bytes
