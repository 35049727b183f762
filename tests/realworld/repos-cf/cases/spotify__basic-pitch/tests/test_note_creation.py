stub: upstream file of 2115 bytes
