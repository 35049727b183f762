stub: upstream file of 3432 bytes
