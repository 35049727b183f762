stub: upstream file of 37316 bytes
