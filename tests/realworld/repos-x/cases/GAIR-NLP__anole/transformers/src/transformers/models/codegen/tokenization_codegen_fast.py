stub: upstream file of 11432 bytes
