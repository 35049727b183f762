stub: upstream file of 3469 bytes
