stub: upstream file of 1569 bytes
