stub: upstream file of 33157 bytes
