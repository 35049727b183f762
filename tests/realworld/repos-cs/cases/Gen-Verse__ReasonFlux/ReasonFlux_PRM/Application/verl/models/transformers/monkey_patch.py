stub: upstream file of 11973 bytes
