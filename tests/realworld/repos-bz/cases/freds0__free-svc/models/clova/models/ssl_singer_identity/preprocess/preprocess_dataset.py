stub: upstream file of 8519 bytes
