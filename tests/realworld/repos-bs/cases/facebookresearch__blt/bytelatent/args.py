stub: upstream file of 12534 bytes
