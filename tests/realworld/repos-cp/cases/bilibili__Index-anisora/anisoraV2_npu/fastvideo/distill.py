stub: upstream file of 33221 bytes
