stub: upstream file of 3303 bytes
