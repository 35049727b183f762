stub: upstream file of 3161 bytes
