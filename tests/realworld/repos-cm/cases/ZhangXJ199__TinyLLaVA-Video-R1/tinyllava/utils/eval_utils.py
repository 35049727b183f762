stub: upstream file of 2179 bytes
