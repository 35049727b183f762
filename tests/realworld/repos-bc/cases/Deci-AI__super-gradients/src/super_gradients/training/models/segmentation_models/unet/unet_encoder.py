stub: upstream file of 13426 bytes
