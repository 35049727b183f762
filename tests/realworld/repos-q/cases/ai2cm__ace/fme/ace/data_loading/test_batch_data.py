stub: upstream file of 58154 bytes
