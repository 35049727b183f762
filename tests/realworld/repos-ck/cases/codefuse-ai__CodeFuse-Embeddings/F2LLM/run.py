stub: upstream file of 8049 bytes
