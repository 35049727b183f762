stub: upstream file of 433 bytes
