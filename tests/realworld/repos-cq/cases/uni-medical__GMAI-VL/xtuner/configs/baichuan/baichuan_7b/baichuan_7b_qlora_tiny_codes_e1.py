stub: upstream file of 7385 bytes
