stub: upstream file of 4431 bytes
