stub: upstream file of 3461 bytes
