stub: upstream file of 491 bytes
