stub: upstream file of 12101 bytes
