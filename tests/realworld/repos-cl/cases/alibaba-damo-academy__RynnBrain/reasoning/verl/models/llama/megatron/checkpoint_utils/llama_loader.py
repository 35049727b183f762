stub: upstream file of 13900 bytes
