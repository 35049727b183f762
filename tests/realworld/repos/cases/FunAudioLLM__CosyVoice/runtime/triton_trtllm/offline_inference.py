stub: upstream file of 27147 bytes
