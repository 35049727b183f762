stub: upstream file of 454 bytes
