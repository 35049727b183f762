stub: upstream file of 11482 bytes
