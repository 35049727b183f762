stub: upstream file of 3560 bytes
