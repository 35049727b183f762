stub: upstream file of 41122 bytes
