stub: upstream file of 71224 bytes
