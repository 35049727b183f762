stub: upstream file of 6303 bytes
