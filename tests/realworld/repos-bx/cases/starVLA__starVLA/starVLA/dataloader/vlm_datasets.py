stub: upstream file of 27474 bytes
