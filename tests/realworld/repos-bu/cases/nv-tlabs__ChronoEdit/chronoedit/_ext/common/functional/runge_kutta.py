stub: upstream file of 9373 bytes
