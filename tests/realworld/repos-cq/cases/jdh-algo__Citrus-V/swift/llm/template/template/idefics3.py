stub: upstream file of 1472 bytes
