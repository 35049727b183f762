stub: upstream file of 5983 bytes
