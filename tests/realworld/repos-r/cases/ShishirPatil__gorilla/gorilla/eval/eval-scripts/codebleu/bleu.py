stub: upstream file of 25636 bytes
