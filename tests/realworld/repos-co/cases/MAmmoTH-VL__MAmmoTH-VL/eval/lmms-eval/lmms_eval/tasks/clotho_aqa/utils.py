stub: upstream file of 5454 bytes
