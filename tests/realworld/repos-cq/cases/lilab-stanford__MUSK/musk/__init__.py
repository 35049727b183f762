stub: upstream file of 472 bytes
