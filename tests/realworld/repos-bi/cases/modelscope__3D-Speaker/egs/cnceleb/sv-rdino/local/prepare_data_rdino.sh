stub: upstream file of 4473 bytes
