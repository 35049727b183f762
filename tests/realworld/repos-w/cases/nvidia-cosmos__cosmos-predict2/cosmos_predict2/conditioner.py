stub: upstream file of 43945 bytes
