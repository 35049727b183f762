stub: upstream file of 11900 bytes
