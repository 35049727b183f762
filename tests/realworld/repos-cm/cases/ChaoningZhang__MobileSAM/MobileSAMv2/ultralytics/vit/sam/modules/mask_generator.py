stub: upstream file of 15293 bytes
