stub: upstream file of 1498 bytes
