stub: upstream file of 6190 bytes
