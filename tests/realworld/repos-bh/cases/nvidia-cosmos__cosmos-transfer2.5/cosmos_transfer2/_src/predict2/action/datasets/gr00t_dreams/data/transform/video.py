stub: upstream file of 23387 bytes
