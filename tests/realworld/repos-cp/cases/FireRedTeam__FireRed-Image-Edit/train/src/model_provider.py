stub: upstream file of 8452 bytes
