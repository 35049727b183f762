stub: upstream file of 4464 bytes
