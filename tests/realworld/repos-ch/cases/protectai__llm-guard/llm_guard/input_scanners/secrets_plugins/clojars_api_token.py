stub: upstream file of 477 bytes
