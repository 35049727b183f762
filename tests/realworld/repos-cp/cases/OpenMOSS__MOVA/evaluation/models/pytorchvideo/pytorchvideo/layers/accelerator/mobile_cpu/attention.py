stub: upstream file of 4399 bytes
