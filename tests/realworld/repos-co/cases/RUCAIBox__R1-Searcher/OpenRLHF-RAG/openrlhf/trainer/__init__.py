stub: upstream file of 435 bytes
