stub: upstream file of 29925 bytes
