stub: upstream file of 12454 bytes
