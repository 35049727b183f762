stub: upstream file of 3402 bytes
