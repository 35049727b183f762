stub: upstream file of 39546 bytes
