stub: upstream file of 15464 bytes
