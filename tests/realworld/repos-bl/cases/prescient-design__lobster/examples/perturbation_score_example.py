stub: upstream file of 6398 bytes
