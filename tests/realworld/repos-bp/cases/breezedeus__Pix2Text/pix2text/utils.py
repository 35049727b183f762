stub: upstream file of 52464 bytes
