stub: upstream file of 81210 bytes
