stub: upstream file of 50600 bytes
