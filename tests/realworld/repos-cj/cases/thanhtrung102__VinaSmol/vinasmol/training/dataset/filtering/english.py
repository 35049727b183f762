stub: upstream file of 8380 bytes
