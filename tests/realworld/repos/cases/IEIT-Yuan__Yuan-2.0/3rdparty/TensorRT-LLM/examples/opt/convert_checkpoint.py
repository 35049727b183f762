stub: upstream file of 14119 bytes
