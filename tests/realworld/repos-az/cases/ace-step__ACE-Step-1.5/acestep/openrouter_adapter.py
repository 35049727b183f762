stub: upstream file of 27508 bytes
