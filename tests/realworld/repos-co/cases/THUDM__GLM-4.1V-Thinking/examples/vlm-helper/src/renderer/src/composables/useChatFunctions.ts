stub: upstream file of 18387 bytes
