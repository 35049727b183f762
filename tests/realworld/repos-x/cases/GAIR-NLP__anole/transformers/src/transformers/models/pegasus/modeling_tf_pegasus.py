stub: upstream file of 74200 bytes
