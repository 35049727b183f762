stub: upstream file of 4474 bytes
