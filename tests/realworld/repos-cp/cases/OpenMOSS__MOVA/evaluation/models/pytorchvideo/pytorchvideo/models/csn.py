stub: upstream file of 7482 bytes
