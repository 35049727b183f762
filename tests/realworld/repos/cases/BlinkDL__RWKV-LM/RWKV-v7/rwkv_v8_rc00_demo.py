stub: upstream file of 19464 bytes
