stub: upstream file of 476 bytes
