stub: upstream file of 10471 bytes
