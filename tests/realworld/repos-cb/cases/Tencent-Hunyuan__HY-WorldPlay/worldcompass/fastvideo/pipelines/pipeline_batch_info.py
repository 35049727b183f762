stub: upstream file of 10454 bytes
