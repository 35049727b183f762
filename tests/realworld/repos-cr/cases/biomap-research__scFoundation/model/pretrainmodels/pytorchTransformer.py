stub: upstream file of 2498 bytes
