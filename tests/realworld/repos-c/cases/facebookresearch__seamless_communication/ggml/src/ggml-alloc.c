stub: upstream file of 28411 bytes
