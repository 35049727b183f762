stub: upstream file of 6454 bytes
