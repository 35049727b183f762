stub: upstream file of 9291 bytes
