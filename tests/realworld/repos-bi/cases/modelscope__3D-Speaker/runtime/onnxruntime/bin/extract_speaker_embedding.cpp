stub: upstream file of 4211 bytes
