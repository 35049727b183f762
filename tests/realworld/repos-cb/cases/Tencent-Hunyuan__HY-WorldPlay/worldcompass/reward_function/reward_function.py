stub: upstream file of 25495 bytes
