stub: upstream file of 11293 bytes
