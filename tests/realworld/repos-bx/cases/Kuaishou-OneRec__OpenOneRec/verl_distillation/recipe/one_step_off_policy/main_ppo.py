stub: upstream file of 10421 bytes
