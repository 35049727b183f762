stub: upstream file of 479 bytes
