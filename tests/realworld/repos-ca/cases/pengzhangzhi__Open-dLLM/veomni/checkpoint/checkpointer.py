stub: upstream file of 10178 bytes
