stub: upstream file of 293 bytes
