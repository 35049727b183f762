stub: upstream file of 10474 bytes
