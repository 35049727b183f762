stub: upstream file of 2577 bytes
