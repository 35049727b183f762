stub: upstream file of 16196 bytes
