stub: upstream file of 30001 bytes
