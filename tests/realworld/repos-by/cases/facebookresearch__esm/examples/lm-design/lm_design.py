stub: upstream file of 17399 bytes
