stub: upstream file of 8432 bytes
