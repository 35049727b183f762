stub: upstream file of 1147 bytes
