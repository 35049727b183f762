stub: upstream file of 18464 bytes
