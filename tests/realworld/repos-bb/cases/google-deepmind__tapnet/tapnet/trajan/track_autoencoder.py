stub: upstream file of 13569 bytes
