stub: upstream file of 24303 bytes
