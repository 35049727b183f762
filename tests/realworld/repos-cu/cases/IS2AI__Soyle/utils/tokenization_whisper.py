stub: upstream file of 40542 bytes
