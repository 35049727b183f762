stub: upstream file of 3433 bytes
