stub: upstream file of 24211 bytes
