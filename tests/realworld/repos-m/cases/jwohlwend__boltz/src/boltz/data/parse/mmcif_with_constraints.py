stub: upstream file of 51473 bytes
