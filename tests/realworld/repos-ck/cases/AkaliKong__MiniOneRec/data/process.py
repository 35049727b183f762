stub: upstream file of 8441 bytes
