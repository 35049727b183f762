stub: upstream file of 61539 bytes
