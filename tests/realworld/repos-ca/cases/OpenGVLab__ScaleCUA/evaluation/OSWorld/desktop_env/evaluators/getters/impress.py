stub: upstream file of 7393 bytes
